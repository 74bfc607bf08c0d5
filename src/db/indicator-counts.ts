// The counts behind the annex 9 indicators, per office, straight from the case rows (domain.md §7).
// Indicator 1.1 here is the SQL twin of domain/indicators/timeliness.ts — the same clock per case,
// the same single day each case is counted on — and a test holds the two to the same answers.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';
import { ACTIVE_CLOCK } from './case-worklists.js';
import type { ShareCounts } from '../domain/indicators/shares.js';
import type { PlainDate } from '../domain/time/plain-date.js';

/** Which offices: one, a region's, or every service office of the country. */
export type OfficeScope = { office: string } | { region: string } | 'country';

export function officeFilter(scope: OfficeScope): SQL {
  if (scope === 'country') return sql`o.kind = 'service_office'`;
  if ('office' in scope) return sql`o.kind = 'service_office' and o.id = ${scope.office}`;
  return sql`o.kind = 'service_office' and o.region_code = ${scope.region}`;
}

/** The clock that measures the case: the one that stopped it, else the running one (ACTIVE_CLOCK);
 *  the due day of that clock and the office's day of the stop. */
export const CLOCK_FACTS = sql`
  select c.organisation_id,
    case when c.state in ('ready_to_collect', 'handed_over') then c.result_due
         when c.state = 'refusal_delivered' then c.refusal_due
         else case ${ACTIVE_CLOCK} when 'refusal' then c.refusal_due when 'result' then c.result_due end
    end as due,
    case when c.state in ('ready_to_collect', 'handed_over', 'refusal_delivered')
         then (c.stopped_at at time zone o.time_zone)::date end as stopped_on
  from cases c join organisations o on o.id = c.organisation_id`;

/** Each case of `facts` that counts as of `asOf`, whether on time and the one day it counts on. */
export const countedFacts = (asOf: PlainDate) => sql`
  select organisation_id, stopped_on is not null and stopped_on <= due as on_time,
    case when stopped_on is not null and stopped_on <= due then stopped_on else due end as day
  from facts
  where due is not null and (stopped_on is not null or due < ${asOf}::date)`;

/** Indicator 1.1 per office over [from, to], as of `asOf`: on time (hits) of the cases that count. */
export async function timelinessByOffice(
  ex: Executor,
  scope: OfficeScope,
  from: PlainDate,
  to: PlainDate,
  asOf: PlainDate,
): Promise<Map<string, ShareCounts>> {
  const rows = await queryRows<{ organisation_id: string; hits: number; total: number }>(
    ex,
    sql`with facts as (${CLOCK_FACTS} where ${officeFilter(scope)}),
      counted as (${countedFacts(asOf)})
      select organisation_id, count(*) filter (where on_time)::int as hits, count(*)::int as total
      from counted where day between ${from}::date and ${to}::date
      group by organisation_id`,
  );
  return new Map(rows.map((r) => [r.organisation_id, { hits: r.hits, total: r.total }]));
}

/** Indicator 3.2: the service offices of the scope and how many declare their information online. */
export async function declaredOnline(ex: Executor, scope: OfficeScope): Promise<ShareCounts> {
  const [row] = await queryRows<{ hits: number; total: number }>(
    ex,
    sql`select count(*) filter (where o.service_info_online)::int as hits, count(*)::int as total
        from organisations o where o.active and ${officeFilter(scope)}`,
  );
  return row ?? { hits: 0, total: 0 };
}
