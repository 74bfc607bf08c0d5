// The case at the counter over JSON (domain.md §4): open a case, read it, act on it. Thin routes over
// the use-cases; the schemas (schemas/cases.ts) say what may come in and what leaves, and the same
// schemas make the OpenAPI document. Writes carry an Idempotency-Key and the x-csrf-token header.
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../app/actor.js';
import { openCaseAtCounter } from '../../app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../app/cases/perform-case-action.js';
import { readCase } from '../../app/cases/read-case.js';
import type { StaffCommand } from '../../app/cases/build-case-action.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { findCase } from '../../db/case-store.js';
import { IdempotencyKeyReusedError } from '../../db/idempotency.js';
import type { GroupApplicationInput, MissionaryApplicationInput } from '../../domain/standard/index.js';
import { originOf } from '../request-context.js';
import {
  caseActionSchema,
  openCaseSchema,
  readCaseSchema,
  type CaseActionBody,
  type OpenCaseBody,
} from '../schemas/cases.js';
import { validateRequest } from '../schemas/validate-request.js';
import { apiActor, requireApiActor } from './api-actor.js';
import { caseJson } from './api-case-json.js';
import { registerApiCaseLists } from './api-case-lists.js';
import { registerApiCaseCorrections } from './api-case-corrections.js';

// A group of a thousand members fits; a megabyte of JSON does not belong to one application.
const BODY_LIMIT = 256 * 1024;
// The use-case names application fields from the application's root; the API from the body's.
const BODY_FIELDS = new Set(['kind', 'language', 'consent']);

/** A reused key is the client's mistake, not the server's. */
function keyReused(e: unknown): unknown {
  return e instanceof IdempotencyKeyReusedError
    ? new DomainError('CONFLICT', { 'idempotency-key': 'KEY_REUSED' }, { reason: 'IDEMPOTENCY_KEY_REUSED' })
    : e;
}

/**
 * A case the actor may not act on is "not found" unless the actor may read it (a supervisor): then
 * the refusal is the role's, and says nothing a read would not.
 */
async function notActable(app: FastifyInstance, actor: Actor, caseId: string): Promise<DomainError> {
  const row = await findCase(app.deps.database.db, caseId);
  const office = row ? await findOrganisation(app.deps.database.db, row.organisationId) : null;
  const readable =
    office && can(actor, 'case.read', { organisationId: office.id, regionCode: office.regionCode });
  return readable
    ? new DomainError('FORBIDDEN', {}, { reason: 'WRONG_OFFICE' })
    : new DomainError('NOT_FOUND');
}

function staffCommand(body: CaseActionBody): StaffCommand {
  const { expectedVersion: _version, ...command } = body;
  if (command.kind === 'hand_over')
    return { ...command, powerOfAttorneyId: command.powerOfAttorneyId ?? null };
  return command as StaffCommand;
}

export async function registerApiCases(app: FastifyInstance): Promise<void> {
  await app.register(async (api) => {
    api.setValidatorCompiler(validateRequest);
    const write = { onRequest: requireApiActor, preHandler: app.csrfProtection, bodyLimit: BODY_LIMIT };

    api.post('/api/v1/cases', { schema: openCaseSchema, ...write }, async (req, reply) => {
      const body = req.body as OpenCaseBody;
      try {
        const opened = await openCaseAtCounter(app.deps, apiActor(req), originOf(req), {
          kind: body.kind,
          language: body.language,
          application: body.application as unknown as MissionaryApplicationInput | GroupApplicationInput,
          consent: body.consent,
          idempotencyKey: req.headers['idempotency-key'] as string,
        });
        return reply.code(201).send({
          ...opened,
          warnings: opened.warnings.map((w) => ({ path: `application.${w.path}`, code: w.code })),
        });
      } catch (e) {
        if (e instanceof DomainError && e.code === 'VALIDATION_FAILED') {
          const fields = Object.fromEntries(
            Object.entries(e.fields).map(([k, v]) => [BODY_FIELDS.has(k) ? k : `application.${k}`, v]),
          );
          throw new DomainError('VALIDATION_FAILED', fields, e.details);
        }
        throw keyReused(e);
      }
    });

    registerApiCaseLists(api);
    registerApiCaseCorrections(api);

    api.get<{ Params: { id: string } }>(
      '/api/v1/cases/:id',
      { schema: readCaseSchema, onRequest: requireApiActor },
      async (req, reply) => {
        const view = await readCase(app.deps, apiActor(req), originOf(req), req.params.id, 'api');
        reply.header('cache-control', 'no-store');
        return caseJson(view);
      },
    );

    api.post<{ Params: { id: string } }>(
      '/api/v1/cases/:id/actions',
      { schema: caseActionSchema, ...write },
      async (req) => {
        const actor = apiActor(req);
        const body = req.body as CaseActionBody;
        try {
          return await performCaseAction(
            app.deps,
            actor,
            originOf(req),
            req.params.id,
            body.expectedVersion,
            staffCommand(body),
            req.headers['idempotency-key'] as string,
          );
        } catch (e) {
          if (e instanceof DomainError && e.code === 'NOT_FOUND')
            throw await notActable(app, actor, req.params.id);
          throw keyReused(e);
        }
      },
    );
  });
}
