// Adapter: the portal bench (bench/portal.bench.ts) as runner figures. Status look-ups with real codes
// per second and p95 at 100 connections next to GET /healthz in the same run: POST /api/v1/track, the
// look-up as such (goal: at least half the rate of /healthz), and POST /kk/track, the same look-up
// rendered as the status page (report only); the staff worklist page's p95 during a flood of online
// applications next to its quiet p95 in the same run (goal: at most 1.5 times).
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  FLOOD_APPLICANTS,
  LOOKUP_LIMIT,
  LOOKUPS_PER_ADDRESS,
  TRACK_CONNECTIONS,
  describeFigures,
  runPortalBench,
  type LoadFigures,
} from '../portal.bench.js';
import { figure, ratioAtLeast, ratioAtMost, type BenchOptions, type BenchResult } from './bench-result.js';
import { REPO_ROOT } from './servers.js';

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const clean = (f: LoadFigures): boolean => f.non2xx === 0 && f.errors === 0 && f.timeouts === 0;

export async function run(options?: Partial<BenchOptions>): Promise<BenchResult[]> {
  const r = await runPortalBench(options?.loadSeconds ?? 10);
  // The raw figures beside the runner's table (results/latest.*), as the other benches keep theirs.
  await fs.writeFile(
    path.join(REPO_ROOT, 'bench', 'results', 'portal.json'),
    `${JSON.stringify({ date: new Date().toISOString(), ...r }, null, 2)}\n`,
  );
  const a = r.api;
  const t = r.track;
  const h = r.healthz;
  const w = r.worklist;
  const limits =
    `per-address look-up limit on at its default (${String(LOOKUP_LIMIT.max)} per ${String(LOOKUP_LIMIT.windowSeconds)} s; ` +
    `not a setting of the service): TRUST_PROXY=loopback, each of the ${String(TRACK_CONNECTIONS)} connections one simulated applicant at a time, with its own X-Forwarded-For address, ` +
    `looking up its own application ${String(LOOKUPS_PER_ADDRESS)} times before the next applicant takes the connection over (${String(t.addresses)} addresses over the look-up runs, warm-up included; ` +
    `the request built once per applicant, not per look-up)`;
  const settings =
    `PostgreSQL ${r.server}, service started as in production (DATABASE_URL, pool 10); autocannon ` +
    `${String(TRACK_CONNECTIONS)} connections, no pipelining, ${String(t.rounds.length)} interleaved rounds (healthz, API, page) after a warm-up; ` +
    'p95 from every response time';
  const source =
    'the tracking and access codes of 200 online applications sent through src/app/portal (start, submit); every answer the status (200), each read logged in pending_access_entries before it';
  const healthzNotes = h.rounds.map((x) => `healthz: ${describeFigures(x)}`);
  return [
    figure({
      name: `status look-ups (POST /api/v1/track), requests per second at ${String(TRACK_CONNECTIONS)} connections (vs GET /healthz)`,
      value: mean(a.rounds.map((x) => x.rps)),
      unit: 'req/s',
      baseline: mean(h.rounds.map((x) => x.rps)),
      goal: ratioAtLeast(0.5),
      alsoRequired: [{ ok: a.rounds.every(clean), why: 'error or non-2xx answers to look-ups' }],
      notes: [
        ...a.rounds.map((x) => `api: ${describeFigures(x)}`),
        ...healthzNotes,
        `api at 1 connection: ${describeFigures(a.single)}`,
        'JSON {trackingCode, accessCode} with the x-csrf-token header; the look-ups arriving together are counted, read and logged in one statement and one commit (src/db/group-commit.ts), each answered after that commit',
        source,
        limits,
        settings,
      ],
    }),
    figure({
      name: `status look-ups (POST /api/v1/track), p95 at ${String(TRACK_CONNECTIONS)} connections (vs GET /healthz)`,
      value: mean(a.rounds.map((x) => x.p95)),
      unit: 'ms',
      baseline: mean(h.rounds.map((x) => x.p95)),
      notes: ['mean of the rounds’ p95'],
    }),
    figure({
      name: `status page look-ups (POST /kk/track), requests per second at ${String(TRACK_CONNECTIONS)} connections (vs GET /healthz)`,
      value: mean(t.rounds.map((x) => x.rps)),
      unit: 'req/s',
      baseline: mean(h.rounds.map((x) => x.rps)),
      alsoRequired: [{ ok: t.rounds.every(clean), why: 'error or non-2xx answers to look-ups' }],
      notes: [
        ...t.rounds.map((x) => `page: ${describeFigures(x)}`),
        `page at 1 connection: ${describeFigures(t.single)}`,
        `GET /kk/track (the page without a look-up, same connections): ${describeFigures(t.pageOnly)}`,
        'the form post by=access with its CSRF token; the same look-up as the API, rendered as the status page',
      ],
    }),
    figure({
      name: `status page look-ups (POST /kk/track), p95 at ${String(TRACK_CONNECTIONS)} connections (vs GET /healthz)`,
      value: mean(t.rounds.map((x) => x.p95)),
      unit: 'ms',
      baseline: mean(h.rounds.map((x) => x.p95)),
      notes: ['mean of the rounds’ p95'],
    }),
    figure({
      name: `staff worklist page p95 during a flood of online applications (vs quiet, same run)`,
      value: w.flood.p95,
      unit: 'ms',
      baseline: w.quiet.p95,
      goal: ratioAtMost(1.5),
      alsoRequired: [{ ok: w.failed === 0 && w.sent > 0, why: 'applications of the flood failed' }],
      notes: [
        `GET /kk/staff/cases signed in as the office's records officer, one client in a loop: quiet p50 ${String(w.quiet.p50)} / p95 ${String(w.quiet.p95)} ms (${String(w.quiet.runs)} runs); ` +
          `flood p50 ${String(w.flood.p50)} / p95 ${String(w.flood.p95)} ms (${String(w.flood.runs)} runs); ` +
          `quiet again after p50 ${String(w.quietAfter.p50)} / p95 ${String(w.quietAfter.p95)} ms (${String(w.quietAfter.runs)} runs)`,
        `flood: ${String(FLOOD_APPLICANTS)} concurrent applicants, each application its own address, through the pages ` +
          `(GET /kk/apply, POST start, every step, GET check, POST send): ${String(w.sent)} sent ` +
          `(${w.sentPerSecond.toFixed(1)}/s, ${w.requestsPerSecond.toFixed(0)} requests/s) in ${String(w.floodSeconds)} s, ${String(w.failed)} failed` +
          (w.firstError ? ` (first: ${w.firstError})` : ''),
        `the office held ${String(w.openBefore)} online applications before the flood; the ones sent during it join its lists`,
        'per-address submission limit on at its default (20 per hour): every application from a fresh address',
      ],
    }),
  ];
}
