// Issue 11 §3: the full mixed load (test/load/mixed-load.ts) on PostgreSQL — 200 concurrent clients
// for 60 s of public look-ups, online applications through the pages, staff intake and decisions and
// queue calls, the service started as a real process with TRUST_PROXY=127.0.0.1 and each simulated
// client its own X-Forwarded-For address — beside GET /healthz from the same clients for the same
// time on the same server (the baseline), measured the same way (closed loop, every request timed).
// Then every acknowledged online application is checked in the database (the ledger).
//   node --import tsx bench/load.bench.ts        (or npm run bench -- --only load)
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ledger, describeReport, newRunId, verifyLedger, type LedgerReport } from '../test/load/ledger.js';
import { prepareWorld } from '../test/load/load-world.js';
import {
  describeMixedLoad,
  runHealthzBaseline,
  runMixedLoad,
  type KindFigures,
  type MixedLoadResult,
} from '../test/load/mixed-load.js';
import { figure, ratioAtLeast, type BenchResult } from './lib/bench-result.js';
import { track } from './lib/cleanup.js';
import { postgresServer } from './lib/postgres.js';

export const CLIENTS = 200;
export const SECONDS = 60;

export interface LoadBenchRun {
  server: string;
  load: MixedLoadResult;
  healthz: KindFigures & { requestsPerSecond: number };
  ledger: LedgerReport;
}

export async function runLoadBench(clients = CLIENTS, seconds = SECONDS): Promise<LoadBenchRun> {
  const server = await postgresServer();
  if (!('url' in server)) throw new Error(`the load bench needs PostgreSQL: ${server.skipped}`);
  const world = await prepareWorld('postgres', { adminUrl: server.url, staffPerRole: 5, desks: 8 });
  const untrack = track('load bench world', () => world.dispose());
  try {
    const service = await world.start();
    const healthz = await runHealthzBaseline(service.base, clients, seconds);
    console.log(`  GET /healthz, ${String(clients)} clients: ${JSON.stringify(healthz)}`);
    const ledger = new Ledger();
    const load = await runMixedLoad({
      base: service.base,
      officeCode: world.officeCode,
      staff: world.staff,
      clients,
      seconds,
      ledger,
      run: newRunId(),
    });
    console.log(describeMixedLoad(load));
    await service.stop();
    const report = await verifyLedger(world.target, ledger);
    console.log(`  ledger: ${describeReport(report)}`);
    return { server: new URL(server.url).host, load, healthz, ledger: report };
  } finally {
    await world.dispose();
    untrack();
  }
}

const kindLine = (k: string, f: KindFigures) =>
  `${k}: ${String(f.requests)} requests, p50 ${String(f.p50)} / p95 ${String(f.p95)} / p99 ${String(f.p99)} ms` +
  (f.errors ? `, ${String(f.errors)} errors` : '') +
  (f.rateLimited ? `, ${String(f.rateLimited)} × 429` : '');

export async function run(): Promise<BenchResult[]> {
  const r = await runLoadBench();
  const l = r.load;
  const h = r.healthz;
  const clean = [
    { ok: l.errors === 0, why: `${String(l.errors)} errors` },
    { ok: l.rateLimited === 0, why: `${String(l.rateLimited)} answers 429` },
    { ok: r.ledger.ok, why: `ledger: ${describeReport(r.ledger)}` },
  ];
  const settings =
    `PostgreSQL ${r.server}, service as a real process (DATABASE_URL, pool 10, TRUST_PROXY=127.0.0.1, per-address limits at their defaults); ` +
    `${String(l.clients)} closed-loop clients (fetch), every request timed to the end of its body; baseline GET /healthz from as many clients for as long, before the mix`;
  const mix =
    `mix: ${String(l.byKind.track?.requests ?? 0)} look-ups, ${String(l.applications.acknowledged)} online applications acknowledged (${String(l.byKind.apply?.requests ?? 0)} page requests), ` +
    `${String(l.cases.opened)} counter cases opened, ${String(l.cases.decided)} decided, ${String(l.queue.served)} tickets called and served`;
  const ledgerNote = `ledger after the run: ${describeReport(r.ledger)}`;
  return [
    figure({
      name: `mixed load, ${String(CLIENTS)} clients × ${String(SECONDS)} s: requests answered without error (share, vs GET /healthz)`,
      value: l.requests ? (l.requests - l.errors) / l.requests : 0,
      unit: 'share',
      baseline: h.requests ? (h.requests - h.errors) / h.requests : 0,
      goal: ratioAtLeast(1),
      alsoRequired: clean,
      notes: [
        `${String(l.requests)} requests, ${String(l.errors)} errors, ${String(l.rateLimited)} × 429; goal 0 errors and every acknowledged application stored once`,
        mix,
        ledgerNote,
        ...l.firstErrors.map((e) => `error: ${e}`),
        settings,
      ],
    }),
    figure({
      name: `mixed load, ${String(CLIENTS)} clients: requests per second (vs GET /healthz)`,
      value: l.requestsPerSecond,
      unit: 'req/s',
      baseline: h.requestsPerSecond,
      notes: [`${String(l.requests)} requests in ${String(l.seconds)} s; healthz ${String(h.requests)}`],
    }),
    figure({
      name: `mixed load, ${String(CLIENTS)} clients: p50 latency (vs GET /healthz)`,
      value: l.overall.p50,
      unit: 'ms',
      baseline: h.p50,
      notes: Object.entries(l.byKind).map(([k, f]) => kindLine(k, f)),
    }),
    figure({
      name: `mixed load, ${String(CLIENTS)} clients: p95 latency (vs GET /healthz)`,
      value: l.overall.p95,
      unit: 'ms',
      baseline: h.p95,
    }),
    figure({
      name: `mixed load, ${String(CLIENTS)} clients: p99 latency (vs GET /healthz)`,
      value: l.overall.p99,
      unit: 'ms',
      baseline: h.p99,
    }),
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await runLoadBench(), null, 2));
}
