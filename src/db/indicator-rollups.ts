// Issue 10: the daily roll-ups of the annex 9 counts, written and read. The case and survey counts are
// computed here in one set-based statement from the same SQL as the raw table (indicator-counts.ts:
// the same clock per case, the same single day it counts on), so that the sums of the days are the
// raw table's counts; the queue figures are computed by the job (jobs/indicator-rollups.ts) with the
// pure queue rules and only written here.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';
import { CLOCK_FACTS, countedFacts, officeFilter, type OfficeScope } from './indicator-counts.js';
import { queueDailyFigures } from './schema/index.js';
import type { IndicatorId } from '../domain/indicators/annex9.js';
import type { ShareCounts } from '../domain/indicators/shares.js';
import type { Tenths } from '../domain/indicators/histogram.js';
import type { RollupRun } from '../domain/indicators/rollup-run.js';
import type { PlainDate } from '../domain/time/plain-date.js';

/** The office days a run recomputes: every day (rebuild) or those listed in the temporary table
 *  rollup_days (incremental). */
export type RollupDays = 'all' | 'listed';

/** Takes the marked days and the days whose unfinished cases may have turned late since the last run
 *  (every office, `from` to `to`) into rollup_days; returns how many office days. */
export async function claimDays(ex: Executor, from: PlainDate, to: PlainDate): Promise<number> {
  await ex.execute(sql`create temporary table rollup_days (organisation_id uuid not null, day date not null,
    primary key (organisation_id, day)) on commit drop`);
  await ex.execute(sql`with claimed as (delete from indicator_dirty_days returning organisation_id, day)
    insert into rollup_days
      select organisation_id, day from claimed
      union
      select o.id, g::date from organisations o, generate_series(${from}::date, ${to}::date, '1 day') g
        where o.kind = 'service_office'`);
  const [row] = await queryRows<{ n: number }>(ex, sql`select count(*)::int as n from rollup_days`);
  return row?.n ?? 0;
}

export async function analyzeRollups(ex: Executor): Promise<void> {
  await ex.execute(
    sql`analyze indicator_daily_counts, indicator_monthly_counts, queue_daily_figures, indicator_office_flags`,
  );
}

/** Forgets the marks when everything is recomputed. */
export async function clearDirtyDays(ex: Executor): Promise<void> {
  await ex.execute(sql`delete from indicator_dirty_days`);
}

const inDays = (days: RollupDays, alias: string): SQL =>
  days === 'all'
    ? sql`true`
    : sql`(${sql.raw(alias)}.organisation_id, ${sql.raw(alias)}.day) in (select organisation_id, day from rollup_days)`;

const scores = (col: string, alias = 'a') =>
  sql.raw(
    `array[${[1, 2, 3, 4, 5].map((s) => `count(*) filter (where ${alias}.${col} = ${s})::int`).join(', ')}]`,
  );

// domain.md §7: satisfied = 4 or 5 (the arrays are indexed by score, from 1).
const satisfied = (a: string) => sql.raw(`coalesce(${a}[4] + ${a}[5], 0)`);
const total = (a: string) => sql.raw(`coalesce(${a}[1] + ${a}[2] + ${a}[3] + ${a}[4] + ${a}[5], 0)`);

/** Replaces the case and survey counts of the office days with their recomputed values. */
export async function recomputeCaseCounts(ex: Executor, days: RollupDays, asOf: PlainDate): Promise<number> {
  if (days === 'all') await ex.execute(sql`delete from indicator_daily_counts`);
  else await ex.execute(sql`delete from indicator_daily_counts r where ${inDays(days, 'r')}`);
  const officeOfDays =
    days === 'all' ? sql`true` : sql`c.organisation_id in (select distinct organisation_id from rollup_days)`;
  const zero = sql`array[0, 0, 0, 0, 0]`;
  const rows = await queryRows<{ n: number }>(
    ex,
    sql`with facts as (${CLOCK_FACTS} where ${officeOfDays}),
      counted as (${countedFacts(asOf)}),
      case_days as (
        select organisation_id, day, count(*) filter (where on_time)::int as hits, count(*)::int as total
        from counted k where ${inDays(days, 'k')} group by organisation_id, day),
      survey_days as (
        select organisation_id, answered_on as day, ${scores('process')} as process,
          ${scores('information')} as information, ${scores('politeness')} as politeness
        from (select organisation_id, answered_on, answered_on as day, process, information, politeness
              from survey_answers) a
        where ${inDays(days, 'a')} group by organisation_id, answered_on),
      complaint_days as (
        select organisation_id, answered_on as day, ${scores('score')} as score
        from (select organisation_id, answered_on, answered_on as day, score from complaint_survey_answers) a
        where ${inDays(days, 'a')} group by organisation_id, answered_on),
      keys as (
        select organisation_id, day from case_days union select organisation_id, day from survey_days
        union select organisation_id, day from complaint_days),
      written as (
        insert into indicator_daily_counts (organisation_id, day, cases_total, cases_on_time, answers,
          process_satisfied, information_satisfied, politeness_satisfied, complaint_answers, complaint_satisfied,
          process_scores, information_scores, politeness_scores, complaint_scores)
        select k.organisation_id, k.day, coalesce(c.total, 0), coalesce(c.hits, 0),
          ${total('s.process')}, ${satisfied('s.process')}, ${satisfied('s.information')},
          ${satisfied('s.politeness')}, ${total('p.score')}, ${satisfied('p.score')},
          coalesce(s.process, ${zero}), coalesce(s.information, ${zero}), coalesce(s.politeness, ${zero}),
          coalesce(p.score, ${zero})
        from keys k
          left join case_days c on c.organisation_id = k.organisation_id and c.day = k.day
          left join survey_days s on s.organisation_id = k.organisation_id and s.day = k.day
          left join complaint_days p on p.organisation_id = k.organisation_id and p.day = k.day
        returning 1)
      select count(*)::int as n from written`,
  );
  await recomputeMonths(ex, days);
  return rows[0]?.n ?? 0;
}

const COUNT_COLUMNS = sql.raw(`cases_total, cases_on_time, answers, process_satisfied, information_satisfied,
  politeness_satisfied, complaint_answers, complaint_satisfied`);
const COUNT_SUMS = sql.raw(`sum(cases_total), sum(cases_on_time), sum(answers), sum(process_satisfied),
  sum(information_satisfied), sum(politeness_satisfied), sum(complaint_answers), sum(complaint_satisfied)`);

/** The months of the office days recomputed, added up again from their daily rows. */
async function recomputeMonths(ex: Executor, days: RollupDays): Promise<void> {
  if (days === 'all') {
    await ex.execute(sql`delete from indicator_monthly_counts`);
    await ex.execute(sql`insert into indicator_monthly_counts (organisation_id, month, ${COUNT_COLUMNS})
      select organisation_id, date_trunc('month', day)::date, ${COUNT_SUMS}
      from indicator_daily_counts group by 1, 2`);
    return;
  }
  const touched = sql`(select distinct organisation_id, date_trunc('month', day)::date as month from rollup_days)`;
  await ex.execute(sql`delete from indicator_monthly_counts m
    where (m.organisation_id, m.month) in ${touched}`);
  await ex.execute(sql`insert into indicator_monthly_counts (organisation_id, month, ${COUNT_COLUMNS})
    select r.organisation_id, date_trunc('month', r.day)::date, ${COUNT_SUMS}
    from indicator_daily_counts r
    where (r.organisation_id, date_trunc('month', r.day)::date) in ${touched}
    group by 1, 2`);
}

/** The offices and days of the queue figures to recompute, with their tickets' office. */
export async function queueDaysToRecompute(
  ex: Executor,
  days: RollupDays,
): Promise<{ organisation_id: string; day: string }[]> {
  if (days === 'all') {
    await ex.execute(sql`delete from queue_daily_figures`);
    return queryRows(
      ex,
      sql`select distinct organisation_id, day::text as day from queue_tickets order by 1, 2`,
    );
  }
  await ex.execute(sql`delete from queue_daily_figures r where ${inDays(days, 'r')}`);
  return queryRows(
    ex,
    sql`select distinct t.organisation_id, t.day::text as day from queue_tickets t
        where ${inDays(days, 't')} order by 1, 2`,
  );
}

export interface QueueDayRow {
  organisationId: string;
  day: string;
  tickets: number;
  served: number;
  noShows: number;
  queueWaitCounted: number;
  queueWaitWithin: number;
  serviceCounted: number;
  serviceWithin: number;
  collectWaitCounted: number;
  collectWaitWithin: number;
  waitTenths: Tenths;
  serviceTenths: Tenths;
}

export async function writeQueueDays(ex: Executor, rows: QueueDayRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await ex.insert(queueDailyFigures).values(rows.slice(i, i + 500));
}

/** 3.2: the day's declared flag of every service office (the last run of a day stands). */
export async function snapshotOfficeFlags(ex: Executor, day: PlainDate): Promise<void> {
  await ex.execute(sql`insert into indicator_office_flags (organisation_id, day, active, info_online)
    select id, ${day}::date, active, service_info_online from organisations where kind = 'service_office'
    on conflict (organisation_id, day) do update set active = excluded.active, info_online = excluded.info_online`);
}

export type { RollupRun };

export async function recordRun(ex: Executor, run: RollupRun, requestedBy: string | null): Promise<void> {
  await ex.execute(sql`insert into indicator_rollup_runs (kind, started_at, finished_at, as_of, office_days, requested_by)
    values (${run.kind}, ${run.startedAt.toISOString()}, ${run.finishedAt.toISOString()}, ${run.asOf}::date,
      ${run.officeDays}, ${requestedBy})`);
}

/** The last run: the freshness of every figure read from the roll-ups (null: never run). */
export async function lastRun(ex: Executor): Promise<RollupRun | null> {
  const [row] = await queryRows<{
    kind: 'incremental' | 'rebuild';
    started_at: string | Date;
    finished_at: string | Date;
    as_of: string;
    office_days: number;
  }>(
    ex,
    sql`select kind, started_at, finished_at, as_of::text as as_of, office_days from indicator_rollup_runs
        order by id desc limit 1`,
  );
  if (!row) return null;
  return {
    kind: row.kind,
    startedAt: new Date(row.started_at),
    finishedAt: new Date(row.finished_at),
    asOf: row.as_of as PlainDate,
    officeDays: row.office_days,
  };
}

// ---- Reading ----

/** The count rows of [from, to]: the whole months inside it from the monthly rows, the days of its
 *  partial months from the daily rows (a year of the country: about 2,600 rows, not 78,000). */
function periodCounts(from: PlainDate, to: PlainDate): SQL {
  const firstWhole = sql`(case when extract(day from ${from}::date) = 1 then ${from}::date
    else (date_trunc('month', ${from}::date) + interval '1 month')::date end)`;
  const afterWhole = sql`date_trunc('month', ${to}::date + 1)::date`;
  return sql`select organisation_id, ${COUNT_COLUMNS} from indicator_monthly_counts
      where month >= ${firstWhole} and month < ${afterWhole}
    union all
    select organisation_id, ${COUNT_COLUMNS} from indicator_daily_counts
      where day between ${from}::date and ${to}::date and (day < ${firstWhole} or day >= ${afterWhole})`;
}

/** The annex 9 counts from the roll-ups, per office (1.1 and the surveys) over [from, to]. */
export async function rolledUpCountsByOffice(
  ex: Executor,
  scope: OfficeScope,
  from: PlainDate,
  to: PlainDate,
): Promise<Map<string, Map<IndicatorId, ShareCounts>>> {
  const rows = await queryRows<{
    organisation_id: string;
    cases_total: number;
    cases_on_time: number;
    answers: number;
    process: number;
    information: number;
    politeness: number;
    complaints: number;
    complaint_hits: number;
  }>(
    ex,
    sql`select r.organisation_id, coalesce(sum(r.cases_total), 0)::int as cases_total,
          coalesce(sum(r.cases_on_time), 0)::int as cases_on_time,
          coalesce(sum(r.answers), 0)::int as answers, coalesce(sum(r.process_satisfied), 0)::int as process,
          coalesce(sum(r.information_satisfied), 0)::int as information,
          coalesce(sum(r.politeness_satisfied), 0)::int as politeness,
          coalesce(sum(r.complaint_answers), 0)::int as complaints,
          coalesce(sum(r.complaint_satisfied), 0)::int as complaint_hits
        from (${periodCounts(from, to)}) r join organisations o on o.id = r.organisation_id
        where ${officeFilter(scope)}
        group by r.organisation_id`,
  );
  return new Map(
    rows.map((r) => [
      r.organisation_id,
      new Map<IndicatorId, ShareCounts>([
        ['1.1', { hits: r.cases_on_time, total: r.cases_total }],
        ['2.1', { hits: r.process, total: r.answers }],
        ['3.1', { hits: r.information, total: r.answers }],
        ['5.1', { hits: r.politeness, total: r.answers }],
        ['4.1', { hits: r.complaint_hits, total: r.complaints }],
      ]),
    ]),
  );
}

/** The annex 9 counts from the roll-ups per month (YYYY-MM) over [from, to], the scope added up. */
export async function rolledUpCountsByMonth(
  ex: Executor,
  scope: OfficeScope,
  from: PlainDate,
  to: PlainDate,
): Promise<Map<string, Map<IndicatorId, ShareCounts>>> {
  const rows = await queryRows<{
    month: string;
    cases_total: number;
    cases_on_time: number;
    answers: number;
    process: number;
    information: number;
    politeness: number;
    complaints: number;
    complaint_hits: number;
  }>(
    ex,
    sql`select to_char(r.day, 'YYYY-MM') as month, coalesce(sum(r.cases_total), 0)::int as cases_total,
          coalesce(sum(r.cases_on_time), 0)::int as cases_on_time,
          coalesce(sum(r.answers), 0)::int as answers, coalesce(sum(r.process_satisfied), 0)::int as process,
          coalesce(sum(r.information_satisfied), 0)::int as information,
          coalesce(sum(r.politeness_satisfied), 0)::int as politeness,
          coalesce(sum(r.complaint_answers), 0)::int as complaints,
          coalesce(sum(r.complaint_satisfied), 0)::int as complaint_hits
        from indicator_daily_counts r join organisations o on o.id = r.organisation_id
        where ${officeFilter(scope)} and r.day between ${from}::date and ${to}::date
        group by 1 order by 1`,
  );
  return new Map(
    rows.map((r) => [
      r.month,
      new Map<IndicatorId, ShareCounts>([
        ['1.1', { hits: r.cases_on_time, total: r.cases_total }],
        ['2.1', { hits: r.process, total: r.answers }],
        ['3.1', { hits: r.information, total: r.answers }],
        ['5.1', { hits: r.politeness, total: r.answers }],
        ['4.1', { hits: r.complaint_hits, total: r.complaints }],
      ]),
    ]),
  );
}

/** 3.2 from the last snapshot of the flags: per office, whether its information is online. */
export async function rolledUpFlags(ex: Executor, scope: OfficeScope): Promise<Map<string, boolean>> {
  const rows = await queryRows<{ organisation_id: string; info_online: boolean }>(
    ex,
    sql`select f.organisation_id, f.info_online from indicator_office_flags f
          join organisations o on o.id = f.organisation_id
        where ${officeFilter(scope)} and f.active
          and f.day = (select max(day) from indicator_office_flags)`,
  );
  return new Map(rows.map((r) => [r.organisation_id, r.info_online]));
}

export interface QueuePeriodFigures {
  tickets: number;
  served: number;
  noShows: number;
  queueWait: ShareCounts;
  service: ShareCounts;
  collectWait: ShareCounts;
  waitTenths: Tenths;
  serviceTenths: Tenths;
}

/** The queue figures from the roll-ups per month (YYYY-MM), the scope added up; histograms merged. */
export async function rolledUpQueueByMonth(
  ex: Executor,
  scope: OfficeScope,
  from: PlainDate,
  to: PlainDate,
): Promise<Map<string, QueuePeriodFigures>> {
  const rows = await queryRows<{
    month: string;
    tickets: number;
    served: number;
    no_shows: number;
    qw_c: number;
    qw_w: number;
    s_c: number;
    s_w: number;
    cw_c: number;
    cw_w: number;
    wait: Tenths | null;
    service: Tenths | null;
  }>(
    ex,
    sql`with r as (
          select r.* from queue_daily_figures r join organisations o on o.id = r.organisation_id
          where ${officeFilter(scope)} and r.day between ${from}::date and ${to}::date),
        totals as (
          select to_char(day, 'YYYY-MM') as month, sum(tickets)::int as tickets, sum(served)::int as served,
            sum(no_shows)::int as no_shows, sum(queue_wait_counted)::int as qw_c,
            sum(queue_wait_within)::int as qw_w, sum(service_counted)::int as s_c,
            sum(service_within)::int as s_w, sum(collect_wait_counted)::int as cw_c,
            sum(collect_wait_within)::int as cw_w
          from r group by 1),
        waits as (
          select month, jsonb_object_agg(k, n) as h from (
            select to_char(day, 'YYYY-MM') as month, e.key as k, sum(e.value::int)::int as n
            from r, jsonb_each_text(r.wait_tenths) e group by 1, 2) x group by month),
        services as (
          select month, jsonb_object_agg(k, n) as h from (
            select to_char(day, 'YYYY-MM') as month, e.key as k, sum(e.value::int)::int as n
            from r, jsonb_each_text(r.service_tenths) e group by 1, 2) x group by month)
        select t.*, w.h as wait, s.h as service from totals t
          left join waits w on w.month = t.month left join services s on s.month = t.month
        order by t.month`,
  );
  return new Map(
    rows.map((r) => [
      r.month,
      {
        tickets: r.tickets,
        served: r.served,
        noShows: r.no_shows,
        queueWait: { hits: r.qw_w, total: r.qw_c },
        service: { hits: r.s_w, total: r.s_c },
        collectWait: { hits: r.cw_w, total: r.cw_c },
        waitTenths: r.wait ?? {},
        serviceTenths: r.service ?? {},
      },
    ]),
  );
}
