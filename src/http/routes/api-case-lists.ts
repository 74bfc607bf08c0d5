// GET /api/v1/cases?list=…: one of the office's worklists (domain.md §4, domain/case/worklist.ts),
// read from the cached columns by db/case-worklists.ts. The member of staff's own office only: a
// worklist is the office's work, and a supervisor reads cases one by one.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { findOfficeWorklists } from '../../db/case-worklists.js';
import { builtInCalendar, instantAtWallTime } from '../../domain/calendar/index.js';
import { DUE_SOON_WORKING_DAYS } from '../../domain/case/index.js';
import { workingDaysLeft } from '../../domain/standard/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { listCasesSchema, type CaseJson } from '../schemas/cases.js';
import { apiActor, requireApiActor } from './api-actor.js';

type Worklist = 'new' | 'due_soon' | 'overdue' | 'ready_to_collect' | 'refusals_to_deliver';

export function registerApiCaseLists(app: FastifyInstance): void {
  app.get(
    '/api/v1/cases',
    { schema: listCasesSchema, onRequest: requireApiActor },
    async (req: FastifyRequest<{ Querystring: { list: Worklist } }>, reply) => {
      const actor = apiActor(req);
      const office = await findOrganisation(app.deps.database.db, actor.organisation.id);
      if (
        !office ||
        office.kind !== 'service_office' ||
        !can(actor, 'case.read', { organisationId: office.id, regionCode: office.regionCode })
      )
        throw new DomainError('FORBIDDEN');
      const calendar = (await app.deps.calendar?.get()) ?? builtInCalendar();
      const today = plainDateAt(app.deps.now(), office.timeZone);
      const rows = await findOfficeWorklists(app.deps.database.db, office.id, {
        today,
        // "Due within 2 working days": before the 3rd working day after today.
        dueSoonBefore: calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1),
        // Only "uncollected" reads this bound, and the API does not offer that list.
        signedBefore: instantAtWallTime(today, 0, office.timeZone),
      });
      const cases = rows
        .filter((r) => r.lists.includes(req.query.list))
        .map((r) => ({
          id: r.id,
          trackingCode: r.trackingCode,
          kind: r.kind as CaseJson['kind'],
          state: r.state as CaseJson['state'],
          incomingNumber: r.incomingNumber,
          clock: r.clock,
          due: r.due,
          workingDaysLeft: r.due ? workingDaysLeft(r.due, today, calendar) || 0 : null,
        }));
      reply.header('cache-control', 'no-store');
      return { list: req.query.list, count: cases.length, cases };
    },
  );
}
