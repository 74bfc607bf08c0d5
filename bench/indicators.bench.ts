// The annex 9 table of the whole country for one year at national scale (issue 10), on PostgreSQL:
// from the daily roll-ups (goal p95 < 200 ms) beside the same table from the raw rows in the same run
// (interleaved; the two answers must be equal), and the time of a full rebuild of the roll-ups.
//
// How the data are made (set-based SQL, seconds rather than hours; the shapes are those the use-cases
// and the generator write — src/app/demo/synthetic-replay.ts, synthetic-writer.ts):
//  - the 213 service offices of the directory (imported from seed/ when missing), one desk each;
//  - INDICATORS_BENCH_CASES cases (default 1,000,000) spread evenly over the offices, their start days
//    over the last two calendar years up to yesterday; result due 30 days after the start, refusal due
//    10 days after; by a hash of the row: 65 % handed over and 10 % ready to collect (stopped 18–33 days
//    after the start: about 1 in 5 late), 8 % refusals delivered (stopped 5–11 days after: 1 in 7 late),
//    5 % withdrawn, 12 % open when started in the last 45 days (some past their due day), else handed
//    over; stop instants at 11:00 in the office's zone; tracking codes, incoming numbers and the rule
//    version as intake writes them;
//  - INDICATORS_BENCH_TICKETS queue tickets (default 2,200,000): every working day (Mon–Fri) of the
//    period, about 21 per office and day, hand-in / collection / question 60 / 30 / 10 %, 5 % no-shows,
//    waits 0–44 minutes and services 0–24 by hash, issued from 09:00 office time every 15 minutes;
//  - case survey answers for 30 % of the cases (scores skewed to 4–5) and 40,000 complainants' answers
//    (4.1), on the days they came. Complaints themselves are not made: the table does not read them
//    (4.1 comes from the complainants' answers).
// The database is kept as `tirkeu_bench_indicators` (INDICATORS_BENCH_KEEP=0 drops it): a later run
// measures again without filling.
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import type { Deps } from '../src/app/deps.js';
import type { Actor } from '../src/app/actor.js';
import { CalendarSource } from '../src/app/calendar/national-calendar-source.js';
import { annex9Table, type Annex9Table } from '../src/app/indicators/annex9-table.js';
import { runIndicatorRollups } from '../src/app/indicators/rollups.js';
import { importDirectory } from '../src/app/organisations/import-directory.js';
import { hasDirectory } from '../src/db/directory-store.js';
import { plainDateAt } from '../src/domain/time/plain-date.js';
import { postgresServer } from './lib/postgres.js';
import { REPO_ROOT } from './lib/servers.js';

export const CASES = Number(process.env.INDICATORS_BENCH_CASES ?? 1_000_000);
export const TICKETS = Number(process.env.INDICATORS_BENCH_TICKETS ?? 2_200_000);
const DB_NAME = 'tirkeu_bench_indicators';
const SAMPLES = Number(process.env.INDICATORS_BENCH_SAMPLES ?? 40);

export interface Latency {
  runs: number;
  p50: number;
  p95: number;
}

export interface IndicatorsBenchResult {
  server: string;
  year: number;
  cases: number;
  tickets: number;
  surveyAnswers: number;
  complaintAnswers: number;
  offices: number;
  dailyRows: number;
  queueDailyRows: number;
  filled: boolean;
  fillSeconds: number | null;
  rebuildSeconds: number;
  rebuildOfficeDays: number;
  rollups: Latency;
  raw: Latency;
  equal: boolean;
  table: string[];
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}
const latency = (xs: number[]): Latency => ({
  runs: xs.length,
  p50: Math.round(percentile(xs, 50) * 100) / 100,
  p95: Math.round(percentile(xs, 95) * 100) / 100,
});

const SUPERVISOR: Actor = {
  accountId: '00000000-0000-4000-8000-000000000001',
  login: 'bench',
  displayName: 'bench',
  organisation: {
    id: '00000000-0000-4000-8000-000000000002',
    code: 'AGENCY',
    kind: 'agency',
    regionCode: null,
    nameKk: 'bench',
    nameRu: null,
  },
  roles: ['national_supervisor'],
  actingHead: false,
  mustChangePassword: false,
  sessionId: 'bench',
};

async function databaseUrl(serverUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query('select 1 from pg_database where datname = $1', [DB_NAME]);
    if (rows.length === 0) await admin.query(`create database ${DB_NAME}`);
    const u = new URL(serverUrl);
    u.pathname = `/${DB_NAME}`;
    return u.toString();
  } finally {
    await admin.end();
  }
}

async function dropDatabase(serverUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${DB_NAME} with (force)`);
  } finally {
    await admin.end();
  }
}

/** The data, set-based (see the header). */
async function fill(database: Database, deps: Deps, from: string, to: string): Promise<void> {
  const db = database.db;
  if (!(await hasDirectory(db)))
    await importDirectory(
      deps,
      { ip: null, requestId: 'bench' },
      fs.readFileSync(path.join(REPO_ROOT, 'seed', 'standard-2011-kk.txt'), 'utf8'),
    );
  await db.execute(sql`create temporary table bo as
    select (row_number() over (order by code) - 1)::int as n, id, time_zone from organisations
    where kind = 'service_office' and active`);
  const [{ offices } = { offices: 0 }] = await queryRows<{ offices: number }>(
    db,
    sql`select count(*)::int as offices from bo`,
  );
  if (offices !== 213) console.log(`  note: ${offices} service offices`);
  await db.execute(sql`insert into queue_desks (organisation_id, number, purposes)
    select id, 1, array['hand-in', 'collect', 'question', 'complaint'] from bo on conflict do nothing`);
  const span = sql`(${to}::date - ${from}::date + 1)`;
  const t0 = performance.now();
  // Cases: in slices of 200,000 so that one statement's memory stays small.
  for (let lo = 1; lo <= CASES; lo += 200_000) {
    const hi = Math.min(CASES, lo + 199_999);
    await db.execute(sql`
      insert into cases (tracking_code, kind, language, organisation_id, first_organisation_id, state, version,
        rule_version_id, incoming_number, stamped_at, start_day, result_due, refusal_due, stopped_at,
        stamped_incomplete, created_at, updated_at)
      select 'BI' || lpad(g::text, 10, '0'),
        (array['missionary-registration', 'missionary-re-registration', 'group-registration', 'group-re-registration'])[1 + g % 4],
        case when g % 3 = 0 then 'ru' else 'kk' end,
        o.id, o.id, s.state, 6, 'standard-2011', 'BI-' || g,
        (x.start_day + time '10:00') at time zone o.time_zone, x.start_day, x.start_day + 30, x.start_day + 10,
        case when s.stop_day is not null then (s.stop_day + time '11:00') at time zone o.time_zone end,
        s.state = 'registered',
        (x.start_day + time '10:00') at time zone o.time_zone,
        coalesce((s.stop_day + time '11:00') at time zone o.time_zone, (x.start_day + time '10:00') at time zone o.time_zone)
      from generate_series(${lo}::int, ${hi}::int) g
      join bo o on o.n = g % ${offices}
      cross join lateral (select (${from}::date + ((g::bigint * 7919) % ${span})::int) as start_day,
                                 ((g::bigint * 2654435761) % 1000)::int as h) x
      cross join lateral (select
        case when x.h < 650 then 'handed_over'
             when x.h < 750 then 'ready_to_collect'
             when x.h < 830 then 'refusal_delivered'
             when x.h < 880 then 'withdrawn'
             when x.start_day > ${to}::date - 45 then (case when x.h % 2 = 0 then 'under_review' else 'registered' end)
             else 'handed_over' end as state) s0
      cross join lateral (select s0.state,
        case when s0.state in ('handed_over', 'ready_to_collect') then x.start_day + 18 + x.h % 16
             when s0.state = 'refusal_delivered' then x.start_day + 5 + x.h % 7 end as stop_day) s`);
    console.log(`  cases ${hi}`);
  }
  // Tickets: every working day of the period, about TICKETS / (offices × days) per office and day.
  const [{ days } = { days: 0 }] = await queryRows<{ days: number }>(
    db,
    sql`select count(*)::int as days from generate_series(${from}::date, ${to}::date, '1 day') d
        where extract(isodow from d) < 6`,
  );
  const perDay = Math.max(1, Math.ceil(TICKETS / (offices * days)));
  await db.execute(sql`create temporary table bdays as
    select d::date as day, (row_number() over (order by d))::int as n
    from generate_series(${from}::date, ${to}::date, '1 day') d where extract(isodow from d) < 6`);
  for (let k0 = 1; k0 <= perDay; k0 += 4) {
    const k1 = Math.min(perDay, k0 + 3);
    await db.execute(sql`
      insert into queue_tickets (organisation_id, day, purpose, seq, label, status, issued_at, desk_id, called_at,
        called_by, last_called_at, started_at, finished_at, no_show_at)
      select o.id, d.day, p.purpose, k, p.letter || lpad(k::text, 3, '0'), p.status, i.issued, dk.id, i.called, null,
        i.called,
        case when p.status = 'done' then i.called + interval '1 minute' end,
        case when p.status = 'done' then i.called + interval '1 minute' + make_interval(mins => (h % 25)) end,
        case when p.status = 'no_show' then i.called + interval '2 minutes' end
      from bo o
      join queue_desks dk on dk.organisation_id = o.id and dk.number = 1
      cross join bdays d
      cross join generate_series(${k0}::int, ${k1}::int) k
      cross join lateral (select ((o.n::bigint * 7919 + d.n::bigint * 104729 + k * 15485863) % 1000)::int as h) hh
      cross join lateral (select
        case when k % 10 < 6 then 'hand-in' when k % 10 < 9 then 'collect' else 'question' end as purpose,
        case when k % 10 < 6 then 'A' when k % 10 < 9 then 'B' else 'C' end as letter,
        case when h % 20 = 0 then 'no_show' else 'done' end as status) p
      cross join lateral (select (d.day + time '09:00' + make_interval(mins => 15 * k)) at time zone o.time_zone as issued) i0
      cross join lateral (select i0.issued, i0.issued + make_interval(mins => (h % 45)) as called) i`);
    console.log(`  tickets ${k1} of ${perDay} per office and day`);
  }
  // Survey answers: 30 % of the cases that ended (on their stop day); complainants' answers.
  await db.execute(sql`
    insert into survey_answers (organisation_id, answered_on, process, information, politeness)
    select c.organisation_id, (c.stopped_at at time zone 'Asia/Almaty')::date,
      (array[1, 2, 3, 4, 4, 5, 5, 5])[1 + (h % 8)], (array[1, 3, 3, 4, 4, 5, 5, 5])[1 + ((h / 8) % 8)],
      (array[2, 3, 4, 4, 5, 5, 5, 5])[1 + ((h / 64) % 8)]
    from cases c cross join lateral (select abs(hashtext(c.tracking_code)) as h) x
    where c.stopped_at is not null and c.tracking_code like 'BI%' and h % 10 < 3`);
  await db.execute(sql`
    insert into complaint_survey_answers (organisation_id, answered_on, score)
    select o.id, ${from}::date + (g * 7919) % ${span}, (array[1, 2, 3, 4, 5, 5])[1 + g % 6]
    from generate_series(1, 40000) g join bo o on o.n = g % ${offices}`);
  await db.execute(sql`delete from indicator_dirty_days`);
  console.log(`  filled in ${Math.round((performance.now() - t0) / 1000)} s`);
  await db.execute(sql`vacuum analyze`);
}

const currentValues = (t: Annex9Table) =>
  t.rows.map((r) => `${r.indicator.id} ${JSON.stringify(r.current)} met=${String(r.met)}`);

export async function runIndicatorsBench(): Promise<IndicatorsBenchResult> {
  const server = await postgresServer();
  if ('skipped' in server) throw new Error(`PostgreSQL is needed: ${server.skipped}`);
  const url = await databaseUrl(server.url);
  const database = await openDatabase({ kind: 'postgres', url, poolMax: 4 });
  try {
    await migrate(database);
    const deps: Deps = {
      database,
      now: () => new Date(),
      sessionIdleMinutes: 60,
      signIn: { maxFailures: 5, lockoutMinutes: 15 },
      publicUrl: 'http://localhost:3000',
      calendar: new CalendarSource(database.db),
    };
    const db = database.db;
    const today = plainDateAt(new Date(), 'Asia/Almaty');
    const year = Number(today.slice(0, 4)) - 1;
    const from = `${year}-01-01`;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const [have] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from cases`);
    let fillSeconds: number | null = null;
    if ((have?.n ?? 0) < CASES) {
      if ((have?.n ?? 0) > 0)
        throw new Error(`${DB_NAME} holds ${String(have?.n)} cases: drop it to fill anew`);
      const t = performance.now();
      await fill(database, deps, from, yesterday);
      fillSeconds = Math.round((performance.now() - t) / 100) / 10;
    }
    // The rebuild: every roll-up recomputed from the rows.
    const t0 = performance.now();
    const run = await runIndicatorRollups(database, new Date(), { rebuild: true, wait: true });
    const rebuildSeconds = Math.round((performance.now() - t0) / 100) / 10;
    console.log(`  rebuilt in ${rebuildSeconds} s`);
    // The table of the country for the last full year, interleaved: roll-ups, raw rows.
    const input = { scope: 'country', year: String(year) };
    const fromRollups = await annex9Table(deps, SUPERVISOR, input);
    const fromRaw = await annex9Table(deps, SUPERVISOR, input, { source: 'raw' });
    if (fromRollups.freshness.source !== 'rollups') throw new Error('the table did not read the roll-ups');
    const equal = JSON.stringify(currentValues(fromRollups)) === JSON.stringify(currentValues(fromRaw));
    const rolled: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      let t = performance.now();
      await annex9Table(deps, SUPERVISOR, input);
      rolled.push(performance.now() - t);
      if (i % 4 === 0) {
        // The raw table takes seconds: measured on every fourth round, interleaved all the same.
        t = performance.now();
        await annex9Table(deps, SUPERVISOR, input, { source: 'raw' });
        raw.push(performance.now() - t);
      }
    }
    const [counts] = await queryRows<{
      cases: number;
      tickets: number;
      answers: number;
      complaints: number;
      offices: number;
      daily: number;
      queue: number;
    }>(
      db,
      sql`select (select count(*)::int from cases) as cases, (select count(*)::int from queue_tickets) as tickets,
            (select count(*)::int from survey_answers) as answers,
            (select count(*)::int from complaint_survey_answers) as complaints,
            (select count(distinct organisation_id)::int from cases) as offices,
            (select count(*)::int from indicator_daily_counts) as daily,
            (select count(*)::int from queue_daily_figures) as queue`,
    );
    const [version] = await queryRows<{ v: string }>(db, sql`select current_setting('server_version') as v`);
    return {
      server: version?.v ?? '?',
      year,
      cases: counts!.cases,
      tickets: counts!.tickets,
      surveyAnswers: counts!.answers,
      complaintAnswers: counts!.complaints,
      offices: counts!.offices,
      dailyRows: counts!.daily,
      queueDailyRows: counts!.queue,
      filled: fillSeconds !== null,
      fillSeconds,
      rebuildSeconds,
      rebuildOfficeDays: run?.officeDays ?? 0,
      rollups: latency(rolled),
      raw: latency(raw),
      equal,
      table: currentValues(fromRollups),
    };
  } finally {
    await database.close();
    if (process.env.INDICATORS_BENCH_KEEP === '0') await dropDatabase(server.url);
  }
}
