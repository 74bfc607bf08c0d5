// The live queue and the one-time pass over JSON, for staff consoles (§9, §10, §7.2–7.4). Thin
// routes over the same use-cases as the pages; writes carry x-csrf-token and an Idempotency-Key.
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../app/errors.js';
import { actOnTicket, callNext } from '../../app/queue/desk-work.js';
import { ownQueueOffice } from '../../app/queue/queue-office.js';
import {
  boardOfficeId,
  readBoard,
  readQueueFigures,
  waitingWithWarnings,
} from '../../app/queue/read-queue.js';
import { confirmPass, readPasses } from '../../app/queue/visitor-passes.js';
import { IdempotencyKeyReusedError } from '../../db/idempotency.js';
import {
  boardSchema,
  callNextSchema,
  confirmPassSchema,
  figuresSchema,
  passesSchema,
  ticketActSchema,
  waitingSchema,
  type PassBody,
  type TicketActBody,
} from '../schemas/queue.js';
import { validateRequest } from '../schemas/validate-request.js';
import { originOf } from '../request-context.js';
import { apiActor, requireApiActor } from './api-actor.js';

const keyReused = (e: unknown): unknown =>
  e instanceof IdempotencyKeyReusedError
    ? new DomainError('CONFLICT', { 'idempotency-key': 'KEY_REUSED' }, { reason: 'IDEMPOTENCY_KEY_REUSED' })
    : e;

const round1 = (x: number) => Math.round(x * 10) / 10;

export async function registerApiQueue(app: FastifyInstance): Promise<void> {
  const deps = app.deps;
  await app.register(async (api) => {
    api.setValidatorCompiler(validateRequest);
    const write = { onRequest: requireApiActor, preHandler: app.csrfProtection };

    api.get(
      '/api/v1/queue/waiting',
      { schema: waitingSchema, onRequest: requireApiActor },
      async (req, reply) => {
        const office = await ownQueueOffice(deps, deps.database.db, apiActor(req), 'queue.desk');
        const waiting = await waitingWithWarnings(deps, deps.database.db, office);
        reply.header('cache-control', 'no-store');
        return {
          day: office.today,
          waiting: waiting.map((w) => ({
            id: w.id,
            label: w.label,
            purpose: w.purpose,
            issuedAt: w.issuedAt.toISOString(),
            waitedMinutes: round1(w.waited),
            alert: w.warning.alert,
            normMinutes: w.warning.normMinutes,
            clause: w.warning.clause,
          })),
        };
      },
    );

    api.post<{ Params: { id: string } }>(
      '/api/v1/queue/desks/:id/call-next',
      { schema: callNextSchema, ...write },
      async (req) => {
        try {
          return await callNext(
            deps,
            apiActor(req),
            originOf(req),
            req.params.id,
            req.headers['idempotency-key'] as string,
          );
        } catch (e) {
          throw keyReused(e);
        }
      },
    );

    api.post<{ Params: { id: string; ticketId: string } }>(
      '/api/v1/queue/desks/:id/tickets/:ticketId/acts',
      { schema: ticketActSchema, ...write },
      async (req) => {
        try {
          return await actOnTicket(deps, apiActor(req), originOf(req), {
            deskId: req.params.id,
            ticketId: req.params.ticketId,
            act: (req.body as TicketActBody).act,
            idempotencyKey: req.headers['idempotency-key'] as string,
          });
        } catch (e) {
          throw keyReused(e);
        }
      },
    );

    api.get(
      '/api/v1/queue/figures',
      { schema: figuresSchema, onRequest: requireApiActor },
      async (req, reply) => {
        const q = req.query as { day?: string; office?: string };
        const view = await readQueueFigures(deps, apiActor(req), { officeCode: q.office, day: q.day });
        const f = view.figures;
        const norm = (s: typeof f.norms.queueWait) => ({
          clause: s.norm.clause,
          normMinutes: s.norm.minutes,
          purpose: s.purpose,
          measure: s.measure,
          counted: s.counted,
          within: s.within,
          share: s.share,
          distribution: s.distribution,
        });
        reply.header('cache-control', 'no-store');
        return {
          office: view.office.row.code,
          day: view.day,
          until: view.until.toISOString(),
          tickets: f.tickets,
          byPurpose: f.byPurpose,
          served: f.served,
          noShows: f.noShows,
          notCalled: f.notCalled,
          wait: f.wait,
          service: f.service,
          norms: {
            queueWait: norm(f.norms.queueWait),
            service: norm(f.norms.service),
            collectWait: norm(f.norms.collectWait),
          },
          perTicket: f.perTicket,
        };
      },
    );

    api.get<{ Params: { code: string } }>(
      '/api/v1/queue/board/:code',
      { schema: boardSchema },
      async (req, reply) => {
        const board = await readBoard(deps, await boardOfficeId(deps, req.params.code));
        reply.header('cache-control', 'no-store');
        return {
          office: board.officeCode,
          day: board.day,
          entries: board.entries.map(({ ticketId: _id, ...e }) => e),
        };
      },
    );

    api.post('/api/v1/passes', { schema: confirmPassSchema, ...write }, async (req, reply) => {
      const b = req.body as PassBody;
      try {
        const pass = await confirmPass(
          deps,
          apiActor(req),
          originOf(req),
          { visitorName: b.visitorName, documentKind: b.documentKind, lastDigits: b.lastDigits },
          req.headers['idempotency-key'] as string,
        );
        return reply.code(201).send(pass);
      } catch (e) {
        throw keyReused(e);
      }
    });

    api.get('/api/v1/passes', { schema: passesSchema, onRequest: requireApiActor }, async (req, reply) => {
      const q = req.query as { day?: string };
      const view = await readPasses(deps, apiActor(req), originOf(req), { scope: 'bureau', day: q.day });
      reply.header('cache-control', 'no-store');
      return {
        day: view.day,
        passes: view.passes.map((p) => ({
          id: p.id,
          number: p.number,
          visitorName: p.visitorName,
          documentKind: p.documentKind,
          lastDigits: p.documentLastDigits,
          orderedBy: p.orderedByName,
          orderedAt: p.orderedAt.toISOString(),
          enteredAt: p.enteredAt?.toISOString() ?? null,
          exitedAt: p.exitedAt?.toISOString() ?? null,
        })),
      };
    });
  });
}
