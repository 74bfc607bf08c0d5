// What every queue use-case needs to know of an office: that it is a service office, its schedule
// (the seed's, else the usual one of annexes 1–2), its zone, its local day and the norms in force.
import { findOrganisation, type OrganisationRow } from '../../db/accounts-store.js';
import type { Executor } from '../../db/database.js';
import { builtInCalendar, type WorkingDayCalendar } from '../../domain/calendar/index.js';
import { RULE_VERSIONS, ruleVersionFor, type RuleVersion } from '../../domain/standard/index.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { USUAL_SCHEDULE, type WeeklySchedule } from '../../domain/time/weekly-schedule.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import type { PolicyAction } from '../policies/policy.js';
import { authorize } from '../act-context.js';

export interface QueueOffice {
  row: OrganisationRow;
  schedule: WeeklySchedule;
  timeZone: string;
  /** The office's local day now: queues restart each working day. */
  today: PlainDate;
  version: RuleVersion;
  calendar: WorkingDayCalendar;
}

export async function queueOffice(deps: Deps, db: Executor, organisationId: string): Promise<QueueOffice> {
  const row = await findOrganisation(db, organisationId);
  if (!row || row.kind !== 'service_office') throw new DomainError('NOT_FOUND');
  const today = plainDateAt(deps.now(), row.timeZone);
  return {
    row,
    schedule: row.schedule ?? USUAL_SCHEDULE,
    timeZone: row.timeZone,
    today,
    version: ruleVersionFor(today, RULE_VERSIONS),
    calendar: (await deps.calendar?.get()) ?? builtInCalendar(),
  };
}

/** The actor's own office, when the policy lets the actor do `action` there. */
export async function ownQueueOffice(
  deps: Deps,
  db: Executor,
  actor: Actor,
  action: PolicyAction,
): Promise<QueueOffice> {
  if (actor.organisation.kind !== 'service_office') throw new DomainError('FORBIDDEN');
  const office = await queueOffice(deps, db, actor.organisation.id);
  authorize(actor, action, { organisationId: office.row.id, regionCode: office.row.regionCode });
  return office;
}
