// Cases on PostgreSQL (a throwaway database each), two measurements:
//  1. Intake and stamp: openCaseAtCounter + performCaseAction(stamp) per case for ~10 s — validation,
//     policy, idempotency, row lock, fold, S and the §11 checklist, the gapless counter, the audit
//     chain — next to the same rows written by plain SQL in the same run: the same two transactions
//     (cases, case_actions ×2, case_applications, the counter update, audit rows with their chain
//     head lock, idempotency keys), with precomputed values and no reads besides the locks.
//  2. Worklist latency: synthetic cases (src/app/demo/generate-cases.ts) of the last weeks in one
//     region, most still open; then the office's worklists (db/case-worklists.ts findWorklistPage,
//     the query the staff page runs: every list's count and its first rows) of the office with the most open cases, p50/p95, next to a single-row
//     primary-key read of a case (db/case-store.ts findCase) in the same loop.
//   node --import tsx bench/cases.bench.ts
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { findCase } from '../src/db/case-store.js';
import { findWorklistPage } from '../src/db/case-worklists.js';
import type { Deps } from '../src/app/deps.js';
import type { Actor } from '../src/app/actor.js';
import { createAccount } from '../src/app/accounts/create-account.js';
import { ensureOrganisation } from '../src/app/organisations/ensure-organisation.js';
import { openCaseAtCounter } from '../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../src/app/cases/perform-case-action.js';
import { generateCases } from '../src/app/demo/generate-cases.js';
import { completeItems, missionaryApplication } from '../src/app/demo/synthetic-applications.js';
import { SyntheticRandom } from '../src/app/demo/synthetic-random.js';
import { OVERVIEW_ROWS, worklistBounds } from '../src/http/routes/staff-cases.js';
import { builtInCalendar } from '../src/domain/calendar/index.js';
import type { MissionaryApplicationInput } from '../src/domain/standard/index.js';
import { RULE_VERSIONS, ruleVersionFor } from '../src/domain/standard/index.js';
import { addDays, plainDateAt } from '../src/domain/time/plain-date.js';
import { postgresServer, withThrowawayDatabase } from './lib/postgres.js';
import { standaloneDeps } from '../src/app/standalone-deps.js';

const INTAKE_SECONDS = 10;
/** Synthetic cases for the worklist: the take-ins of the last 12 days in one region (about three
 * in four still open: some 100,000). */
export const WORKLIST_CASES = 130_000;
export const WORKLIST_REGION = '39';
const WORKLIST_DAYS = 12;
/** Timed for at least this long and this many runs of each query. */
const LATENCY_SECONDS = 8;
const LATENCY_RUNS = 40;
const OPEN_STATES = [
  'at_counter',
  'registered',
  'transferred',
  'under_review',
  'proposed',
  'ready_to_collect',
  'refusal_drafted',
  'refusal_signed',
];

export interface Latency {
  runs: number;
  p50: number;
  p95: number;
}

export interface CasesBenchResult {
  server: string;
  intake: { cases: number; perSecond: number; baselineCases: number; baselinePerSecond: number };
  worklist: {
    generated: number;
    generationSeconds: number;
    casesPerMinute: number;
    region: string;
    openInRegion: number;
    office: string;
    officeCases: number;
    officeOpen: number;
    /** Cases on the office's lists, counted once per list. */
    rows: number;
    query: Latency;
    primaryKey: Latency;
  };
}

const depsOf = (database: Database): Deps => standaloneDeps(database);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}

const latency = (xs: number[]): Latency => ({
  runs: xs.length,
  p50: Math.round(percentile(xs, 50) * 100) / 100,
  p95: Math.round(percentile(xs, 95) * 100) / 100,
});

async function staffOffice(deps: Deps, code: string) {
  const ctx = { actor: null, ip: null, requestId: 'bench', now: new Date() };
  const office = await deps.database.db.transaction((tx) =>
    ensureOrganisation(tx, ctx, {
      code,
      kind: 'service_office',
      regionCode: '71',
      nameKk: `Өлшеу бөлімі ${code}`,
      nameRu: `Отдел замеров ${code}`,
      nameEn: null,
      timeZone: 'Asia/Almaty',
    }),
  );
  const actor = async (role: 'clerk' | 'records'): Promise<Actor> => {
    const login = `bench.${code}.${role}`;
    const { id } = await createAccount(
      deps,
      null,
      { ip: null, requestId: 'bench' },
      { organisationId: office.id, login, displayName: login, roles: [role], withoutCredentials: true },
    );
    return {
      accountId: id,
      login,
      displayName: login,
      organisation: {
        id: office.id,
        code,
        kind: 'service_office',
        regionCode: '71',
        nameKk: office.nameKk,
        nameRu: office.nameRu,
      },
      roles: [role],
      actingHead: false,
      mustChangePassword: false,
      sessionId: 'bench',
    };
  };
  return { office, clerk: await actor('clerk'), records: await actor('records') };
}

async function measureIntake(url: string): Promise<CasesBenchResult['intake']> {
  const database = await openDatabase({ kind: 'postgres', url, poolMax: 4 });
  const client = new pg.Client({ connectionString: url });
  try {
    await migrate(database);
    const deps = depsOf(database);
    const real = await staffOffice(deps, '71-901');
    const plain = await staffOffice(deps, '71-902');
    const today = plainDateAt(new Date(), 'Asia/Almaty');
    const place = { code: '71-901', regional: false, townKk: 'Астана', townRu: 'Астана' };
    const pool: MissionaryApplicationInput[] = Array.from({ length: 100 }, (_, i) =>
      missionaryApplication(
        SyntheticRandom.of('bench', 'intake', i),
        'missionary-registration',
        { ...place, regionNameKk: 'Астана қаласы', regionNameRu: 'город Астана' },
        today,
        'kk',
      ),
    );
    const items = pool.map((a) =>
      completeItems('missionary-registration', a, ruleVersionFor(today, RULE_VERSIONS)),
    );
    const origin = { ip: null, requestId: 'bench' };
    const key = () => randomBytes(12).toString('base64url');
    const intake = async (i: number) => {
      const opened = await openCaseAtCounter(deps, real.clerk, origin, {
        kind: 'missionary-registration',
        language: 'kk',
        application: pool[i % pool.length]!,
        consent: true,
        idempotencyKey: key(),
      });
      await performCaseAction(
        deps,
        real.records,
        origin,
        opened.id,
        opened.version,
        { kind: 'stamp', itemsPresent: items[i % items.length]! },
        key(),
      );
    };
    await client.connect();
    const baseline = plainSqlIntake(
      client,
      plain.office.id,
      plain.clerk.accountId,
      plain.records.accountId,
      pool,
    );
    for (let i = 0; i < 20; i++) await intake(i); // warm-up, both sides
    for (let i = 0; i < 20; i++) await baseline(i);
    const rate = async (fn: (i: number) => Promise<void>) => {
      const t0 = performance.now();
      let n = 0;
      while (performance.now() - t0 < INTAKE_SECONDS * 1000) await fn(n++);
      return { cases: n, perSecond: (n * 1000) / (performance.now() - t0) };
    };
    const r = await rate(intake);
    const b = await rate(baseline);
    return { cases: r.cases, perSecond: r.perSecond, baselineCases: b.cases, baselinePerSecond: b.perSecond };
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
  }
}

/** The rows of one intake and one stamp, by plain SQL, in the same two transactions as the use-cases. */
function plainSqlIntake(
  c: pg.Client,
  organisationId: string,
  clerkId: string,
  recordsId: string,
  pool: readonly MissionaryApplicationInput[],
): (i: number) => Promise<void> {
  const chain = 'audit:71-902';
  const audit = async (
    caseId: string,
    actor: string,
    role: string,
    kind: string,
    seq: number,
    state: string,
  ) => {
    const now = new Date();
    const day = plainDateAt(now, 'Asia/Almaty');
    await c.query(
      `insert into chain_heads (chain_id, seq, hash, day) values ($1, 0, $2, $3) on conflict do nothing`,
      [chain, '0'.repeat(64), day],
    );
    const head = (await c.query(`select seq, hash from chain_heads where chain_id = $1 for update`, [chain]))
      .rows[0];
    const data = JSON.stringify({ kind, seq, state });
    const hash = createHash('sha256')
      .update(`${String(head.hash)}${caseId}${data}`)
      .digest('hex');
    await c.query(
      `insert into audit_events (chain_id, seq, at, actor_account_id, actor_role, actor_organisation_id, action,
         record_type, record_id, ip, request_id, data, prev_hash, hash)
       values ($1, $2, $3, $4, $5, $6, 'case.action', 'case', $7, null, 'bench', $8, $9, $10)`,
      [chain, Number(head.seq) + 1, now, actor, role, organisationId, caseId, data, head.hash, hash],
    );
    await c.query(`update chain_heads set seq = $2, hash = $3, day = $4 where chain_id = $1`, [
      chain,
      Number(head.seq) + 1,
      hash,
      day,
    ]);
  };
  const once = async (key: string, scope: string, account: string) =>
    c.query(
      `insert into idempotency_keys (key, scope, account_id, result) values ($1, $2, $3, '{"pending":true}')
       on conflict do nothing returning key`,
      [key, scope, account],
    );
  return async (i) => {
    const now = new Date();
    const key1 = randomBytes(12).toString('base64url');
    await c.query('begin');
    await once(key1, 'case.open', clerkId);
    const tracking = `B${randomBytes(6).toString('hex').toUpperCase().slice(0, 9)}`;
    const { rows } = await c.query(
      `insert into cases (tracking_code, kind, language, organisation_id, first_organisation_id, state, version,
         rule_version_id, created_at, updated_at)
       values ($1, 'missionary-registration', 'kk', $2, $2, 'at_counter', 1, 'standard-2011', $3, $3) returning id`,
      [tracking, organisationId, now],
    );
    const id = String(rows[0].id);
    const takeIn = {
      kind: 'take_in',
      at: now.toISOString(),
      actor: { accountId: clerkId, roles: ['clerk'] },
    };
    await c.query(
      `insert into case_actions (case_id, seq, kind, at, actor_account_id, payload) values ($1, 1, 'take_in', $2, $3, $4)`,
      [
        id,
        now,
        clerkId,
        JSON.stringify({ ...takeIn, officeCode: '71-902', applicationKind: 'missionary-registration' }),
      ],
    );
    await c.query(`insert into case_applications (case_id, data, consent_at) values ($1, $2, $3)`, [
      id,
      JSON.stringify(pool[i % pool.length]),
      now,
    ]);
    await audit(id, clerkId, 'clerk', 'take_in', 1, 'at_counter');
    await c.query(`update idempotency_keys set result = $2 where key = $1`, [
      key1,
      JSON.stringify({ id, version: 1 }),
    ]);
    await c.query('commit');

    const key2 = randomBytes(12).toString('base64url');
    const year = Number(plainDateAt(now, 'Asia/Almaty').slice(0, 4));
    await c.query('begin');
    await once(key2, `case.${id}.stamp`, recordsId);
    await c.query(`select id from cases where id = $1 for update`, [id]);
    await c.query(
      `insert into register_counters (organisation_id, register, year) values ($1, 'incoming', $2) on conflict do nothing`,
      [organisationId, year],
    );
    const seq = (
      await c.query(
        `update register_counters set next_seq = next_seq + 1, updated_at = now()
         where organisation_id = $1 and register = 'incoming' and year = $2 returning next_seq - 1 as seq`,
        [organisationId, year],
      )
    ).rows[0].seq as number;
    const incoming = `71-902/${String(year)}/${String(seq).padStart(4, '0')}`;
    const day = plainDateAt(now, 'Asia/Almaty');
    const stamp = {
      kind: 'stamp',
      at: now.toISOString(),
      actor: { accountId: recordsId, roles: ['records'] },
      incomingNumber: incoming,
      startDay: day,
      checklist: { complete: true, missingItemIds: [], unansweredQuestionIds: [] },
    };
    await c.query(
      `insert into case_actions (case_id, seq, kind, at, actor_account_id, payload) values ($1, 2, 'stamp', $2, $3, $4)`,
      [id, now, recordsId, JSON.stringify(stamp)],
    );
    await c.query(
      `update cases set state = 'registered', version = 2, updated_at = $2, incoming_number = $3, start_day = $4,
         result_due = $5, refusal_due = $6, rule_version_id = 'standard-2011', stamped_at = $2 where id = $1`,
      [id, now, incoming, day, addDays(day, 9), addDays(day, 5)],
    );
    await audit(id, recordsId, 'records', 'stamp', 2, 'registered');
    await c.query(`update idempotency_keys set result = $2 where key = $1`, [
      key2,
      JSON.stringify({ state: 'registered', version: 2 }),
    ]);
    await c.query('commit');
  };
}

async function measureWorklist(url: string): Promise<CasesBenchResult['worklist']> {
  const database = await openDatabase({ kind: 'postgres', url, poolMax: 4 });
  try {
    await migrate(database);
    const deps = depsOf(database);
    const today = plainDateAt(new Date(), 'Asia/Almaty');
    let last = 0;
    const report = await generateCases(deps, {
      cases: WORKLIST_CASES,
      seed: 'bench',
      from: addDays(today, -WORKLIST_DAYS),
      to: today,
      region: WORKLIST_REGION,
      onProgress: (p) => {
        if (p.written - last >= 20_000) console.log(`  generated ${String((last = p.written))} cases`);
      },
    });
    const db = database.db;
    // Statistics as autovacuum would gather them after such a load.
    await db.execute(sql`analyze`);
    const states = sql.raw(OPEN_STATES.map((s) => `'${s}'`).join(', '));
    const offices = await queryRows<{
      id: string;
      code: string;
      time_zone: string;
      uncollected_after_days: number;
      cases: number;
      open: number;
    }>(
      db,
      sql`select o.id, o.code, o.time_zone, o.uncollected_after_days, count(c.id)::int as cases,
            count(c.id) filter (where c.state in (${states}))::int as open
          from organisations o join cases c on c.organisation_id = o.id
          where o.region_code = ${WORKLIST_REGION} group by o.id order by open desc`,
    );
    const office = offices[0]!;
    const ids = (
      await queryRows<{ id: string }>(db, sql`select id from cases where organisation_id = ${office.id}`)
    ).map((r) => r.id);
    const calendar = builtInCalendar();
    const bounds = worklistBounds(
      plainDateAt(new Date(), office.time_zone),
      office.time_zone,
      calendar,
      office.uncollected_after_days,
    );
    // The staff page's query: every list's count and the first OVERVIEW_ROWS of each.
    const worklist = () => findWorklistPage(db, office.id, bounds, { limit: OVERVIEW_ROWS });
    let rows = 0;
    for (let i = 0; i < 20; i++) rows = Object.values((await worklist()).counts).reduce((a, b) => a + b, 0); // warm-up
    for (let i = 0; i < 20; i++) await findCase(db, ids[i % ids.length]!);
    const q: number[] = [];
    const pk: number[] = [];
    const t0 = performance.now();
    for (let i = 0; i < LATENCY_RUNS || performance.now() - t0 < LATENCY_SECONDS * 1000; i++) {
      let t = performance.now();
      await worklist();
      q.push(performance.now() - t);
      t = performance.now();
      await findCase(db, ids[(i * 7919) % ids.length]!);
      pk.push(performance.now() - t);
    }
    return {
      generated: report.cases,
      generationSeconds: report.seconds,
      casesPerMinute: report.casesPerMinute,
      region: WORKLIST_REGION,
      openInRegion: offices.reduce((s, o) => s + o.open, 0),
      office: office.code,
      officeCases: office.cases,
      officeOpen: office.open,
      rows,
      query: latency(q),
      primaryKey: latency(pk),
    };
  } finally {
    await database.close();
  }
}

export async function runCasesBench(): Promise<CasesBenchResult> {
  const server = await postgresServer();
  if (!('url' in server)) throw new Error(`the cases bench needs PostgreSQL: ${server.skipped}`);
  const intake = await withThrowawayDatabase(server.url, measureIntake);
  const worklist = await withThrowawayDatabase(server.url, measureWorklist);
  return { server: new URL(server.url).host, intake, worklist };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await runCasesBench(), null, 2));
}
