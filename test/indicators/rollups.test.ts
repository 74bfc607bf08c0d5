// Issue 10: the annex 9 table read from the daily roll-ups is the table computed from the raw rows —
// on a hand-worked data set, after edits made since the last run (a late survey answer, a reopened
// case, a case moved to another office, a case turned late by the passing of its due day) and on
// random data (fast-check); the queue figures of a month (shares within the norms, medians and 90th
// percentiles) from the added daily histograms are those of the month's tickets; the run is
// incremental (only the marked days) and the freshness and the rebuild are on the page.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { pageText, signedInClient } from '../helpers/form-client.js';
import { queryRows, type Executor } from '../../src/db/database.js';
import type { OfficeScope } from '../../src/db/indicator-counts.js';
import { rolledUpQueueByMonth } from '../../src/db/indicator-rollups.js';
import { rawTableCounts, rolledUpTableCounts } from '../../src/app/indicators/annex9-table.js';
import { histogramDistribution } from '../../src/domain/indicators/histogram.js';
import { distribution, queueDayFigures } from '../../src/domain/queue/queue-figures.js';
import { breakOfDay, hoursOfDay } from '../../src/domain/queue/ticket-times.js';
import { RULE_VERSIONS, ruleVersionFor } from '../../src/domain/standard/index.js';
import { USUAL_SCHEDULE } from '../../src/domain/time/weekly-schedule.js';
import { plainDate as d, type PlainDate } from '../../src/domain/time/plain-date.js';
import { runIndicatorRollups } from '../../src/jobs/indicator-rollups.js';

interface CaseSpec {
  state: string;
  resultDue?: string;
  refusalDue?: string;
  stoppedAt?: string;
  incomplete?: boolean;
}

async function insertCase(db: Executor, officeId: string, spec: CaseSpec): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`insert into cases
      (tracking_code, kind, language, organisation_id, first_organisation_id, state, result_due, refusal_due,
       stopped_at, stamped_incomplete, start_day)
      values (${`T-${randomBytes(6).toString('hex')}`}, 'missionary-registration', 'kk', ${officeId}, ${officeId},
        ${spec.state}, ${spec.resultDue ?? null}::date, ${spec.refusalDue ?? null}::date,
        ${spec.stoppedAt ?? null}::timestamptz, ${spec.incomplete ?? false},
        ${spec.resultDue ? '2025-01-05' : null}::date)
      returning id`,
  );
  return row!.id;
}

async function insertSurvey(db: Executor, officeId: string, on: string, p: number, i: number, k: number) {
  await db.execute(sql`insert into survey_answers (organisation_id, answered_on, process, information, politeness)
    values (${officeId}, ${on}::date, ${p}, ${i}, ${k})`);
}

async function insertComplaintSurvey(db: Executor, officeId: string, on: string, score: number) {
  await db.execute(sql`insert into complaint_survey_answers (organisation_id, answered_on, score)
    values (${officeId}, ${on}::date, ${score})`);
}

interface TicketSpec {
  day: string;
  purpose: 'hand-in' | 'collect' | 'question';
  /** Minutes after 09:00 local (Asia/Almaty, UTC+5) of issue; wait and service in minutes. */
  issued: number;
  wait: number | null;
  service: number | null;
  noShow?: boolean;
}

async function insertTickets(db: Executor, officeId: string, tickets: TicketSpec[]) {
  const [desk] = await queryRows<{ id: string }>(
    db,
    sql`insert into queue_desks (organisation_id, number, purposes)
        values (${officeId}, 1, array['hand-in', 'collect', 'question', 'complaint']) returning id`,
  );
  const seqs = new Map<string, number>();
  for (const t of tickets) {
    const key = `${t.day}/${t.purpose}`;
    const seq = (seqs.get(key) ?? 0) + 1;
    seqs.set(key, seq);
    const letter = t.purpose === 'hand-in' ? 'A' : t.purpose === 'collect' ? 'B' : 'C';
    const issued = new Date(Date.parse(`${t.day}T04:00:00Z`) + t.issued * 60_000);
    const called = t.wait === null ? null : new Date(issued.getTime() + t.wait * 60_000);
    const started = called && !t.noShow && t.service !== null ? new Date(called.getTime() + 60_000) : null;
    const finished = started ? new Date(started.getTime() + t.service! * 60_000) : null;
    const status = !called ? 'waiting' : t.noShow ? 'no_show' : finished ? 'done' : 'no_show';
    const noShowAt = status === 'no_show' ? new Date(called!.getTime() + 120_000) : null;
    const iso = (x: Date | null) => x?.toISOString() ?? null;
    await db.execute(sql`insert into queue_tickets (organisation_id, day, purpose, seq, label, status, issued_at,
        desk_id, called_at, started_at, finished_at, no_show_at)
      values (${officeId}, ${t.day}::date, ${t.purpose}, ${seq}, ${`${letter}${String(seq).padStart(3, '0')}`},
        ${status}, ${iso(issued)}, ${called ? desk!.id : null}, ${iso(called)}, ${iso(started)}, ${iso(finished)},
        ${iso(noShowAt)})`);
  }
}

/** The queue figures of a month from the tickets themselves: each day by the pure rules, pooled. */
async function rawQueueMonth(db: Executor, officeId: string, month: string, now: Date) {
  const rows = await queryRows<{
    day: string;
    purpose: 'hand-in';
    status: 'done';
    issued_at: string;
    called_at: string | null;
    started_at: string | null;
    finished_at: string | null;
  }>(
    db,
    sql`select day::text as day, purpose, status, issued_at, called_at, started_at, finished_at from queue_tickets
        where organisation_id = ${officeId} and to_char(day, 'YYYY-MM') = ${month}`,
  );
  const days = [...new Set(rows.map((r) => r.day))];
  const waits: number[] = [];
  const services: number[] = [];
  const norms: Record<'qw' | 's' | 'cw', [number, number]> = { qw: [0, 0], s: [0, 0], cw: [0, 0] };
  for (const day of days as PlainDate[]) {
    const list = rows
      .filter((r) => r.day === day)
      .map((r, i) => ({
        id: String(i),
        label: 'A001',
        purpose: r.purpose,
        status: r.status,
        issuedAt: new Date(r.issued_at),
        calledAt: r.called_at ? new Date(r.called_at) : null,
        startedAt: r.started_at ? new Date(r.started_at) : null,
        finishedAt: r.finished_at ? new Date(r.finished_at) : null,
        deskNumber: 1,
      }));
    const f = queueDayFigures({
      tickets: list,
      dayBreak: breakOfDay(USUAL_SCHEDULE, day, 'Asia/Almaty'),
      version: ruleVersionFor(day, RULE_VERSIONS),
      until: day < '2026-04-10' ? hoursOfDay(USUAL_SCHEDULE, day, 'Asia/Almaty').end : now,
    });
    f.perTicket.forEach((p, i) => {
      if (list[i]!.calledAt) waits.push(p.wait);
      if (list[i]!.finishedAt) services.push(p.service ?? 0);
    });
    norms.qw[0] += f.norms.queueWait.within;
    norms.qw[1] += f.norms.queueWait.counted;
    norms.s[0] += f.norms.service.within;
    norms.s[1] += f.norms.service.counted;
    norms.cw[0] += f.norms.collectWait.within;
    norms.cw[1] += f.norms.collectWait.counted;
  }
  return {
    tickets: rows.length,
    wait: distribution(waits),
    service: distribution(services),
    queueWait: { hits: norms.qw[0], total: norms.qw[1] },
    service_: { hits: norms.s[0], total: norms.s[1] },
    collectWait: { hits: norms.cw[0], total: norms.cw[1] },
  };
}

describeEachDatabase('annex 9 daily roll-ups (issue 10)', (get) => {
  let t: TestApp;
  let north: { id: string; code: string };
  let south: { id: string; code: string };
  const ids: Record<string, string> = {};
  let now = new Date('2026-04-10T06:00:00Z');

  const db = () => get().database.db;
  const run = (opts: { rebuild?: boolean } = {}) => runIndicatorRollups(get().database, now, opts);
  const today = () => now.toISOString().slice(0, 10) as PlainDate;

  /** Every scope and a few periods: the roll-ups' counts are the raw rows' counts. */
  async function assertSameTables(scopes: OfficeScope[], label: string) {
    const periods: [string, string][] = [
      ['2026-01-01', today()],
      ['2026-03-01', '2026-03-31'],
      ['2025-01-01', '2025-12-31'],
      ['2026-04-01', today()],
    ];
    for (const scope of scopes)
      for (const [from, to] of periods) {
        const raw = await rawTableCounts(db(), scope, d(from), d(to), today());
        const rolled = await rolledUpTableCounts(db(), scope, d(from), d(to));
        assert.deepEqual(rolled, raw, `${label}: ${JSON.stringify(scope)} ${from}…${to}`);
      }
  }

  before(async () => {
    t = await buildTestApp(get().database);
    t.deps.now = () => now;
    north = await seedOffice(t.deps, { regionCode: '71' });
    south = await seedOffice(t.deps, { regionCode: '35' });
    // The office in the west keeps its own zone: a stop at 23:30 there is the next day in Almaty's
    // winter of 2024 (UTC+6), the day the case counts on is the office's (domain.md §9).
    await db().execute(sql`update organisations set time_zone = 'Asia/Oral' where id = ${south.id}`);
    await db().execute(sql`update organisations set service_info_online = false where id = ${south.id}`);
    const cases: Record<string, [string, CaseSpec]> = {
      A: [
        north.id,
        { state: 'ready_to_collect', resultDue: '2026-03-10', stoppedAt: '2026-03-09T06:00:00Z' },
      ],
      B: [north.id, { state: 'handed_over', resultDue: '2026-03-12', stoppedAt: '2026-03-13T06:00:00Z' }],
      C: [
        north.id,
        {
          state: 'refusal_delivered',
          resultDue: '2026-04-08',
          refusalDue: '2026-04-02',
          stoppedAt: '2026-03-30T06:00:00Z',
        },
      ],
      D: [north.id, { state: 'under_review', resultDue: '2026-03-31', refusalDue: '2026-03-26' }],
      E: [north.id, { state: 'handed_over', resultDue: '2026-03-01', stoppedAt: '2026-02-27T06:00:00Z' }],
      G: [
        north.id,
        { state: 'registered', resultDue: '2026-04-20', refusalDue: '2026-04-15', incomplete: true },
      ],
      // Pending on 10 April, late from 12 April without any change of its row.
      L: [north.id, { state: 'under_review', resultDue: '2026-04-11' }],
      H: [north.id, { state: 'handed_over', resultDue: '2026-02-27', stoppedAt: '2026-03-02T06:00:00Z' }],
      K: [north.id, { state: 'handed_over', resultDue: '2025-12-30', stoppedAt: '2025-12-29T06:00:00Z' }],
      // 23:30 in Oral on 1 March (UTC+5) is 1 March there: on time; in UTC it is 18:30.
      S1: [south.id, { state: 'handed_over', resultDue: '2026-03-01', stoppedAt: '2026-03-01T18:30:00Z' }],
      S2: [south.id, { state: 'proposed', resultDue: '2026-02-02' }],
    };
    for (const [key, [office, spec]] of Object.entries(cases))
      ids[key] = await insertCase(db(), office, spec);
    for (const [org, on, p, i, k] of [
      [north.id, '2026-02-01', 5, 4, 5],
      [north.id, '2026-03-01', 4, 3, 5],
      [north.id, '2026-03-02', 2, 5, 4],
      [north.id, '2026-04-10', 5, 5, 1],
      [south.id, '2026-01-01', 4, 4, 4],
      [south.id, '2026-02-02', 1, 2, 5],
      [north.id, '2025-12-31', 5, 5, 5],
    ] as const)
      await insertSurvey(db(), org, on, p, i, k);
    for (const [org, score] of [
      [north.id, 5],
      [north.id, 4],
      [north.id, 1],
      [north.id, 3],
      [north.id, 5],
      [south.id, 2],
    ] as const)
      await insertComplaintSurvey(db(), org, '2026-03-03', score);
    // Queue: March and April days of the north office, waits and services across the 13:00 break.
    await insertTickets(db(), north.id, [
      { day: '2026-03-02', purpose: 'hand-in', issued: 0, wait: 12, service: 10 },
      { day: '2026-03-02', purpose: 'hand-in', issued: 5, wait: 45, service: 20 },
      { day: '2026-03-02', purpose: 'collect', issued: 10, wait: 14, service: 3 },
      { day: '2026-03-02', purpose: 'hand-in', issued: 230, wait: 90, service: 5 }, // 12:50 → across the break
      { day: '2026-03-03', purpose: 'collect', issued: 20, wait: 16, service: 2 },
      { day: '2026-03-03', purpose: 'question', issued: 30, wait: 3, service: null, noShow: true },
      { day: '2026-03-03', purpose: 'hand-in', issued: 40, wait: 29, service: 16 },
      { day: '2026-04-09', purpose: 'hand-in', issued: 0, wait: 7, service: 12 },
      { day: '2026-04-10', purpose: 'hand-in', issued: 0, wait: null, service: null }, // still waiting
    ]);
  });
  after(() => t.close());

  it('the hand-worked table from the roll-ups is the raw table; 1.1 of the north office 3 of 6', async () => {
    const first = await run();
    assert.equal(first?.kind, 'rebuild', 'the first run builds everything');
    // Whole months are read from the monthly rows, the partial ones from the days.
    const months = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from indicator_monthly_counts where organisation_id = ${north.id}`,
    );
    assert.equal(months[0]!.n, 4, 'December 2025 and February to April 2026');
    await assertSameTables(
      ['country', { region: '71' }, { region: '35' }, { office: north.id }, { office: south.id }],
      'after the first run',
    );
    const rolled = await rolledUpTableCounts(db(), { office: north.id }, d('2026-01-01'), d('2026-04-10'));
    // On time A, C, E; late B, D, H; G and L pending: 3 of 6.
    assert.deepEqual(rolled.timely, { hits: 3, total: 6 });
    assert.deepEqual(rolled.survey.get('4.1'), { hits: 3, total: 5 });
    const south26 = await rolledUpTableCounts(db(), { office: south.id }, d('2026-01-01'), d('2026-04-10'));
    assert.deepEqual(south26.timely, { hits: 1, total: 2 }, 'S1 on time in its own zone, S2 late');
    assert.deepEqual(south26.online, { hits: 0, total: 1 });
  });

  it('edits after a run are seen by the next, incremental run: late answers, a reopened case, a transfer, a due day passed', async () => {
    await run();
    // A survey answered late for 1 March, a complaint survey for 2025, case A reopened (its stop
    // undone), case E moved to the south office, and two days pass: L is now late.
    await insertSurvey(db(), north.id, '2026-03-01', 5, 5, 5);
    await insertComplaintSurvey(db(), south.id, '2025-06-01', 5);
    await db().execute(sql`update cases set state = 'under_review', stopped_at = null where id = ${ids.A}`);
    await db().execute(sql`update cases set organisation_id = ${south.id} where id = ${ids.E}`);
    now = new Date('2026-04-12T06:00:00Z');
    const stale = await rolledUpTableCounts(db(), { office: north.id }, d('2026-01-01'), d('2026-04-12'));
    assert.deepEqual(stale.timely, { hits: 3, total: 6 }, 'the roll-ups wait for the next run');
    const marked = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from indicator_dirty_days`,
    );
    assert.ok(marked[0]!.n >= 4, 'the changed days are marked');
    const next = await run();
    assert.equal(next?.kind, 'incremental');
    // The marked days (A's stop and due days, E's, the two answers') and three days of each office.
    assert.ok(next!.officeDays < 30, `only the touched days: ${next!.officeDays}`);
    await assertSameTables(
      ['country', { region: '71' }, { region: '35' }, { office: north.id }, { office: south.id }],
      'after the edits',
    );
    const rolled = await rolledUpTableCounts(db(), { office: north.id }, d('2026-01-01'), d('2026-04-12'));
    // On time C only (A reopened, past its due day: late; E moved); late A, B, D, H, L: 1 of 6.
    assert.deepEqual(rolled.timely, { hits: 1, total: 6 });
    assert.equal(
      (await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from indicator_dirty_days`))[0]!.n,
      0,
    );
  });

  it('the queue figures of a month from the added daily histograms are those of its tickets', async () => {
    await run();
    const months = await rolledUpQueueByMonth(db(), { office: north.id }, d('2026-01-01'), d('2026-04-12'));
    for (const month of ['2026-03', '2026-04']) {
      const raw = await rawQueueMonth(db(), north.id, month, now);
      const rolled = months.get(month)!;
      assert.equal(rolled.tickets, raw.tickets, month);
      assert.deepEqual(histogramDistribution(rolled.waitTenths), raw.wait, `${month} waits`);
      assert.deepEqual(histogramDistribution(rolled.serviceTenths), raw.service, `${month} services`);
      assert.deepEqual(rolled.queueWait, raw.queueWait, month);
      assert.deepEqual(rolled.service, raw.service_, month);
      assert.deepEqual(rolled.collectWait, raw.collectWait, month);
    }
    // Worked by hand for March: hand-in waits 12, 45, 30 (90 less the 60-minute break), 29 — within
    // 30 minutes 3 of 4; collect waits 14 and 16: 1 of 2; the median wait of the 7 calls is 16.
    const march = months.get('2026-03')!;
    assert.deepEqual(march.queueWait, { hits: 3, total: 4 });
    assert.deepEqual(march.collectWait, { hits: 1, total: 2 });
    assert.equal(histogramDistribution(march.waitTenths).median, 16);
  });

  it('on random data, with random edits after a run, the roll-ups give the raw table', async () => {
    const day = fc.integer({ min: 0, max: 130 }).map((n) => {
      const x = new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
      return x.toISOString().slice(0, 10);
    });
    const caseArb = fc.record({
      state: fc.constantFrom(
        'handed_over',
        'ready_to_collect',
        'refusal_delivered',
        'under_review',
        'registered',
        'withdrawn',
      ),
      due: day,
      refusalOffset: fc.integer({ min: -6, max: 0 }),
      stopOffset: fc.integer({ min: -5, max: 4 }),
      stopHourUtc: fc.integer({ min: 0, max: 23 }),
    });
    const answerArb = fc.tuple(
      day,
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 5 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseArb, { maxLength: 25 }),
        fc.array(answerArb, { maxLength: 12 }),
        fc.array(fc.tuple(day, fc.integer({ min: 1, max: 5 })), { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('reopen', 'stop', 'move')), { maxLength: 5 }),
        fc.array(answerArb, { maxLength: 4 }),
        async (cases, answers, complaints, edits, lateAnswers) => {
          const a = await seedOffice(t.deps, { regionCode: '47' });
          const b = await seedOffice(t.deps, { regionCode: '47' });
          const offices = [a.id, b.id];
          const made: string[] = [];
          for (const [i, c] of cases.entries()) {
            const due = c.due;
            const refusal = new Date(Date.parse(due) + c.refusalOffset * 86_400_000)
              .toISOString()
              .slice(0, 10);
            const stopped = ['handed_over', 'ready_to_collect', 'refusal_delivered'].includes(c.state)
              ? new Date(
                  Date.parse(c.state === 'refusal_delivered' ? refusal : due) +
                    c.stopOffset * 86_400_000 +
                    c.stopHourUtc * 3_600_000,
                ).toISOString()
              : undefined;
            made.push(
              await insertCase(db(), offices[i % 2]!, {
                state: c.state,
                resultDue: due,
                refusalDue: refusal,
                ...(stopped ? { stoppedAt: stopped } : {}),
              }),
            );
          }
          for (const [i, [on, p, q, k]] of answers.entries())
            await insertSurvey(db(), offices[i % 2]!, on, p, q, k);
          for (const [i, [on, s]] of complaints.entries())
            await insertComplaintSurvey(db(), offices[i % 2]!, on, s);
          await run();
          for (const [n, kind] of edits) {
            if (made.length === 0) break;
            const id = made[n % made.length]!;
            if (kind === 'reopen')
              await db().execute(
                sql`update cases set state = 'under_review', stopped_at = null where id = ${id}`,
              );
            else if (kind === 'stop')
              await db().execute(
                sql`update cases set state = 'handed_over', stopped_at = coalesce(stopped_at, (result_due::timestamp + interval '20 hours') at time zone 'UTC') where id = ${id}`,
              );
            else
              await db().execute(
                sql`update cases set organisation_id = case organisation_id when ${a.id}::uuid then ${b.id}::uuid else ${a.id}::uuid end where id = ${id}`,
              );
          }
          for (const [on, p, q, k] of lateAnswers) await insertSurvey(db(), b.id, on, p, q, k);
          await run();
          for (const scope of [{ office: a.id }, { office: b.id }, { region: '47' }] as OfficeScope[])
            for (const [from, to] of [
              ['2026-01-01', today()],
              ['2026-02-01', '2026-02-28'],
            ] as const) {
              const raw = await rawTableCounts(db(), scope, d(from), d(to), today());
              const rolled = await rolledUpTableCounts(db(), scope, d(from), d(to));
              assert.deepEqual(rolled, raw, `${JSON.stringify(scope)} ${from}…${to}`);
            }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('the national supervisor sees the freshness and rebuilds the roll-ups; others may not', async () => {
    const agency = await seedOffice(t.deps, { kind: 'agency' });
    const national = await signedInClient(
      t.app,
      (await seedAccount(t.deps, agency.id, ['national_supervisor'])).login,
      PASSWORD,
      'en',
    );
    const page = await national.open('/en/staff/indicators?scope=country&year=2026');
    assert.match(
      pageText(page.body),
      /Figures as of 12 April 2026, \d\d:\d\d \(Almaty time\), from the daily roll-ups/,
    );
    const rebuilt = await national.post('/en/staff/indicators/rollups', {});
    assert.equal(rebuilt.statusCode, 200, pageText(rebuilt.body).slice(0, 500));
    const runs = await queryRows<{ kind: string; requested_by: string | null }>(
      db(),
      sql`select kind, requested_by from indicator_rollup_runs order by id desc limit 1`,
    );
    assert.equal(runs[0]!.kind, 'rebuild');
    assert.ok(runs[0]!.requested_by);
    await assertSameTables(['country', { office: north.id }], 'after the rebuild');
    const head = await signedInClient(
      t.app,
      (await seedAccount(t.deps, north.id, ['head'])).login,
      PASSWORD,
      'en',
    );
    await head.open('/en/staff/indicators');
    assert.equal((await head.post('/en/staff/indicators/rollups', {})).statusCode, 403);
  });

  it('the dashboard: trends, offices ranked, targets missed, queue figures, overdue with drill-down; readers as the table', async () => {
    const agency = await seedOffice(t.deps, { kind: 'agency' });
    const national = await signedInClient(
      t.app,
      (await seedAccount(t.deps, agency.id, ['national_supervisor'])).login,
      PASSWORD,
      'en',
    );
    await national.open('/en/staff/indicators/values');
    const saved = await national.post('/en/staff/indicators/values', {
      indicator: '1.1',
      year: '2026',
      office: '',
      normative: '90',
      target: '95',
      orderNumber: '7',
      orderDate: '2026-01-15',
    });
    assert.equal(saved.statusCode, 200);
    await run();
    const res = await national.get(`/en/staff/indicators/dashboard?scope=region:71&year=2026&indicator=1.1`);
    assert.equal(res.statusCode, 200);
    const text = pageText(res.body);
    // 1.1 in March for the north office (the region's only office): A (reopened), B, C, D — C on time.
    assert.match(text, /2026-03 25 % \(1\/4\)/);
    // The year: C on time of A, B, C, D, H, L: 16.7 %, below the year's target of 95 %.
    assert.match(text, new RegExp(`1 Тестовый отдел ${north.code} \\(${north.code}\\) 16\\.7 % \\(1/6\\)`));
    assert.match(text, /Where targets are missed .* 16\.7 % \(1\/6\) 95 %/);
    // March queue: 7 tickets, 3 of 4 hand-in waits within 30 minutes, median wait 16 minutes.
    assert.match(text, /2026-03 7 75 % \(3\/4\) .* 16 /);
    // Overdue today (12 April): A, D and L in the north office, with the drill-down to its cases.
    assert.ok(res.body.includes(`href="/en/staff/figures/overdue?office=${north.code}"`), 'drill-down');
    assert.match(text, new RegExp(`\\(${north.code}\\) 3 0`));
    assert.equal(
      (res.body.match(/<svg aria-hidden="true"/g) ?? []).length,
      8,
      'five trends, ranking, queue, overdue',
    );
    // The head of the office: its own office, the drill-down into its own worklist.
    const head = await signedInClient(
      t.app,
      (await seedAccount(t.deps, north.id, ['head'])).login,
      PASSWORD,
      'kk',
    );
    const own = await head.get('/kk/staff/indicators/dashboard');
    assert.equal(own.statusCode, 200);
    assert.ok(own.body.includes('href="/kk/staff/cases?list=overdue"'));
    assert.equal((await head.get(`/kk/staff/indicators/dashboard?scope=${south.code}`)).statusCode, 403);
    const clerk = await signedInClient(
      t.app,
      (await seedAccount(t.deps, north.id, ['clerk'])).login,
      PASSWORD,
      'ru',
    );
    assert.equal((await clerk.get('/ru/staff/indicators/dashboard')).statusCode, 403);
    assert.equal(
      (await national.get('/ru/staff/indicators/dashboard?scope=country&year=2026')).statusCode,
      200,
    );
  });
});
