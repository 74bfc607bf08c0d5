// domain.md §4 over JSON: the corrections of a case after registration — list them, propose one (an
// officer), approve or reject one (the head or acting head, never its proposer). The same use-cases
// as the pages (app/cases/case-corrections.ts); the schemas below make the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import Type, { type Static } from 'typebox';
import { correctionsOf, decideCorrection, proposeCorrection } from '../../app/cases/case-corrections.js';
import { readCase } from '../../app/cases/read-case.js';
import { DomainError } from '../../app/errors.js';
import { IdempotencyKeyReusedError } from '../../db/idempotency.js';
import { originOf } from '../request-context.js';
import { CaseParams, IdempotencyHeaders } from '../schemas/cases.js';
import { refusals } from '../schemas/error.js';
import { apiActor, requireApiActor } from './api-actor.js';

const SESSION = [{ session: [] }];
const SESSION_AND_CSRF = [{ session: [], csrf: [] }];
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Value = Type.Union([Type.String(), Type.Number(), Type.Null()], {
  description: 'The value of the field (personal data: shown to staff who may read the case).',
});

const CorrectionJson = Type.Object({
  id: Type.String({ format: 'uuid' }),
  field: Type.String({ description: 'A path of the application, e.g. applicant.surname or members.2.iin.' }),
  oldValue: Value,
  newValue: Value,
  reason: Type.String(),
  status: Type.Enum(['proposed', 'approved', 'rejected']),
  proposedBy: Type.String({ format: 'uuid' }),
  proposedAt: Type.String({ format: 'date-time' }),
  decidedBy: Nullable(Type.String({ format: 'uuid' })),
  decidedAt: Nullable(Type.String({ format: 'date-time' })),
  decisionReason: Nullable(Type.String()),
});

const CorrectionListJson = Type.Object({ corrections: Type.Array(CorrectionJson) });

const ProposeBody = Type.Object(
  {
    field: Type.String({ minLength: 1, maxLength: 120 }),
    newValue: Type.String({ maxLength: 500, description: 'Checked by the same validators as intake.' }),
    reason: Type.String({ maxLength: 500 }),
    expectedVersion: Type.Integer({ description: "The case's version the officer saw." }),
  },
  { additionalProperties: false },
);
type ProposeBody = Static<typeof ProposeBody>;

const DecisionBody = Type.Object(
  {
    decision: Type.Enum(['approve', 'reject']),
    reason: Type.Optional(Type.String({ maxLength: 500, description: 'Required to reject.' })),
    expectedVersion: Type.Integer(),
  },
  { additionalProperties: false },
);
type DecisionBody = Static<typeof DecisionBody>;

const CorrectionParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  correctionId: Type.String({ format: 'uuid' }),
});

function keyReused(e: unknown): unknown {
  return e instanceof IdempotencyKeyReusedError
    ? new DomainError('CONFLICT', { 'idempotency-key': 'KEY_REUSED' }, { reason: 'IDEMPOTENCY_KEY_REUSED' })
    : e;
}

export function registerApiCaseCorrections(api: FastifyInstance): void {
  const write = { onRequest: requireApiActor, preHandler: api.csrfProtection };
  api.get<{ Params: { id: string } }>(
    '/api/v1/cases/:id/corrections',
    {
      schema: {
        summary: 'The corrections of a case after registration (domain.md §4)',
        tags: ['cases'],
        security: SESSION,
        params: CaseParams,
        response: { 200: CorrectionListJson, ...refusals(400, 401, 404) },
      },
      onRequest: requireApiActor,
    },
    async (req, reply) => {
      // The case's read rules and access-log entry: the values are personal data (§17).
      await readCase(api.deps, apiActor(req), originOf(req), req.params.id, 'api corrections');
      reply.header('cache-control', 'no-store');
      const rows = await correctionsOf(api.deps.database.db, req.params.id);
      return {
        corrections: rows.map((r) => ({
          ...r,
          oldValue: (r.oldValue ?? null) as string | number | null,
          newValue: (r.newValue ?? null) as string | number | null,
          proposedAt: r.proposedAt.toISOString(),
          decidedAt: r.decidedAt?.toISOString() ?? null,
        })),
      };
    },
  );

  api.post<{ Params: { id: string } }>(
    '/api/v1/cases/:id/corrections',
    {
      schema: {
        summary: 'Propose a correction of one field of the application (an officer; domain.md §4)',
        tags: ['cases'],
        security: SESSION_AND_CSRF,
        params: CaseParams,
        headers: IdempotencyHeaders,
        body: ProposeBody,
        response: {
          201: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          ...refusals(400, 401, 403, 404, 409),
        },
      },
      ...write,
    },
    async (req, reply) => {
      const body = req.body as ProposeBody;
      try {
        const created = await proposeCorrection(api.deps, apiActor(req), originOf(req), req.params.id, {
          field: body.field,
          newValue: body.newValue,
          reason: body.reason,
          expectedVersion: body.expectedVersion,
          idempotencyKey: req.headers['idempotency-key'] as string,
        });
        return reply.code(201).send(created);
      } catch (e) {
        throw keyReused(e);
      }
    },
  );

  api.post<{ Params: { id: string; correctionId: string } }>(
    '/api/v1/cases/:id/corrections/:correctionId/decision',
    {
      schema: {
        summary: 'Approve or reject a proposed correction (the head or acting head, not its proposer)',
        description:
          'Approving changes the application and appends a correct action (approvedBy) to the case log; rejecting needs a reason. FOUR_EYES when the proposer decides; CORRECTION_DECIDED when someone decided first; CASE_CHANGED for a stale expectedVersion.',
        tags: ['cases'],
        security: SESSION_AND_CSRF,
        params: CorrectionParams,
        headers: IdempotencyHeaders,
        body: DecisionBody,
        response: {
          200: Type.Object({ status: Type.Enum(['approved', 'rejected']), version: Type.Integer() }),
          ...refusals(400, 401, 403, 404, 409),
        },
      },
      ...write,
    },
    async (req) => {
      const body = req.body as DecisionBody;
      try {
        return await decideCorrection(
          api.deps,
          apiActor(req),
          originOf(req),
          req.params.id,
          req.params.correctionId,
          {
            decision: body.decision,
            ...(body.reason !== undefined ? { reason: body.reason } : {}),
            expectedVersion: body.expectedVersion,
            idempotencyKey: req.headers['idempotency-key'] as string,
          },
        );
      } catch (e) {
        throw keyReused(e);
      }
    },
  );
}
