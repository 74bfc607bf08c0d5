// Adapter: the queue bench (bench/queue.bench.ts) as runner figures. "Call next" with 20 desks calling
// at once next to a single-row update, 20 at once, in the same rounds (p50, p95); the board's live
// feed to 200 boards next to one board (p50, p95), where every board must get every call within a
// second.
import fs from 'node:fs/promises';
import path from 'node:path';
import { BOARDS, DESKS, runQueueBench } from '../queue.bench.js';
import { figure, ratioAtMost, type BenchResult } from './bench-result.js';
import { REPO_ROOT } from './servers.js';

export async function run(): Promise<BenchResult[]> {
  const r = await runQueueBench();
  // The raw figures beside the runner's table (results/latest.*), as the other benches keep theirs.
  await fs.writeFile(
    path.join(REPO_ROOT, 'bench', 'results', 'queue.json'),
    `${JSON.stringify({ date: new Date().toISOString(), ...r }, null, 2)}\n`,
  );
  const calls = `PostgreSQL ${r.server}; ${String(DESKS)} desks of one office, ${String(r.rounds)} rounds, ${String(r.callNext.runs)} calls; every round gave ${String(DESKS)} different tickets`;
  const callPath =
    'through the use-case: the desk row lock, FOR UPDATE SKIP LOCKED on the oldest waiting ticket, the office audit chain, NOTIFY, the idempotency key';
  const f = r.fanout;
  const fan = `the service in its own process (LISTEN), ${String(f.calls)} calls made from this process (NOTIFY on commit); time from the call's commit to the board event's arrival at each board; ${String(f.missed)} arrivals missed`;
  return [
    figure({
      name: `call next, ${String(DESKS)} desks at once, p50 (vs a single-row update, ${String(DESKS)} at once)`,
      value: r.callNext.p50,
      unit: 'ms',
      baseline: r.singleRowUpdate.p50,
      notes: [calls, callPath, `max ${String(r.callNext.max)} ms`],
    }),
    figure({
      name: `call next, ${String(DESKS)} desks at once, p95 (vs a single-row update, ${String(DESKS)} at once)`,
      value: r.callNext.p95,
      unit: 'ms',
      baseline: r.singleRowUpdate.p95,
      notes: [calls],
    }),
    figure({
      name: 'call next, one desk alone, p50 (vs a single-row update alone)',
      value: r.alone.callNext.p50,
      unit: 'ms',
      baseline: r.alone.singleRowUpdate.p50,
      notes: [
        `${String(r.alone.callNext.runs)} calls one after another: the cost of a call without contention; with ${String(DESKS)} at once the office's desks also queue for its audit chain's head and share two cores`,
      ],
    }),
    figure({
      name: `board event to ${String(BOARDS)} connected boards, p50 (vs one board)`,
      value: f.latency.p50,
      unit: 'ms',
      baseline: f.oneBoard.p50,
      notes: [fan],
    }),
    figure({
      name: `board event to ${String(BOARDS)} connected boards, p95 (vs one board)`,
      value: f.latency.p95,
      unit: 'ms',
      baseline: f.oneBoard.p95,
      goal: ratioAtMost(10),
      alsoRequired: [
        { ok: f.missed === 0, why: `${String(f.missed)} arrivals missed` },
        {
          ok: f.latency.max < 1_000,
          why: `the slowest board got a call after ${String(f.latency.max)} ms (over a second)`,
        },
      ],
      notes: [fan, `max ${String(f.latency.max)} ms (one board: ${String(f.oneBoard.max)} ms)`],
    }),
  ];
}
