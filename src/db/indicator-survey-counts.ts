// The survey answers behind annex 9 indicators 2.1, 3.1, 5.1 (the case survey after hand-over or
// refusal: survey_answers, one row per answered survey with three 1–5 scores) and 4.1 (complainants
// after their complaint is closed: complaint_survey_answers), counted per indicator as satisfied
// answers (4 or 5, domain.md §7) of all answers, over the service offices of the scope and the
// period. Both tables hold no link to the case or the person: the counts are anonymous by design.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';
import { officeFilter, type OfficeScope } from './indicator-counts.js';
import type { IndicatorId } from '../domain/indicators/annex9.js';
import type { ShareCounts } from '../domain/indicators/shares.js';
import type { PlainDate } from '../domain/time/plain-date.js';

export async function surveyCounts(
  ex: Executor,
  scope: OfficeScope,
  from: PlainDate,
  to: PlainDate,
): Promise<Map<IndicatorId, ShareCounts>> {
  const [cases] = await queryRows<{
    total: number;
    process: number;
    information: number;
    politeness: number;
  }>(
    ex,
    sql`select count(*)::int as total,
          count(*) filter (where a.process >= 4)::int as process,
          count(*) filter (where a.information >= 4)::int as information,
          count(*) filter (where a.politeness >= 4)::int as politeness
        from survey_answers a join organisations o on o.id = a.organisation_id
        where ${officeFilter(scope)} and a.answered_on between ${from}::date and ${to}::date`,
  );
  const [complaints] = await queryRows<{ total: number; hits: number }>(
    ex,
    sql`select count(*)::int as total, count(*) filter (where a.score >= 4)::int as hits
        from complaint_survey_answers a join organisations o on o.id = a.organisation_id
        where ${officeFilter(scope)} and a.answered_on between ${from}::date and ${to}::date`,
  );
  const total = cases?.total ?? 0;
  return new Map<IndicatorId, ShareCounts>([
    ['2.1', { hits: cases?.process ?? 0, total }],
    ['3.1', { hits: cases?.information ?? 0, total }],
    ['5.1', { hits: cases?.politeness ?? 0, total }],
    ['4.1', { hits: complaints?.hits ?? 0, total: complaints?.total ?? 0 }],
  ]);
}
