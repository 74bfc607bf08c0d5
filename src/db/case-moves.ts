// The office's cases that a bulk move could send on (domain.md §1: an office's territory changed).
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';

export interface MovableCase {
  id: string;
  trackingCode: string;
  kind: string;
  incomingNumber: string | null;
  state: string;
  version: number;
  startDay: string | null;
}

/** Open cases of an office, registered ones (the state a transfer leaves from) first. */
export async function findOpenCasesOf(
  db: Executor,
  organisationId: string,
  limit = 2000,
): Promise<MovableCase[]> {
  return queryRows<MovableCase>(
    db,
    sql`select id, tracking_code as "trackingCode", kind, incoming_number as "incomingNumber", state, version,
        start_day::text as "startDay"
      from cases
      where organisation_id = ${organisationId}
        and state in ('at_counter', 'registered', 'under_review', 'proposed', 'refusal_drafted', 'refusal_signed')
      order by state <> 'registered', start_day nulls last, incoming_number
      limit ${limit}`,
  );
}

/** The given cases, only if they belong to the office (ids of other offices are simply absent). */
export async function findCasesOfOffice(
  db: Executor,
  organisationId: string,
  ids: readonly string[],
): Promise<MovableCase[]> {
  if (ids.length === 0) return [];
  return queryRows<MovableCase>(
    db,
    sql`select id, tracking_code as "trackingCode", kind, incoming_number as "incomingNumber", state, version,
        start_day::text as "startDay"
      from cases
      where organisation_id = ${organisationId}
        and id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  );
}
