// Start-up time of the service until GET /readyz answers 200, on the embedded database (first start
// on an empty folder: create, migrate, seed the demo; second start on the same folder) and, when a
// server is reachable, on PostgreSQL (a throwaway database). Baseline: the smallest node:http server
// spawned and polled the same way in the same run. Also the resident memory after a warm-up.
//   node --import tsx bench/run.ts --only startup
import { figure, median, type BenchOptions, type BenchResult } from './lib/bench-result.js';
import { rssMiB, warmUp } from './lib/processes.js';
import { postgresServer, withThrowawayDatabase } from './lib/postgres.js';
import { startBareNodeHttp, startService, type RunningServer, type ServiceDatabase } from './lib/servers.js';
import { withTempDir } from './lib/temp-dir.js';

const EMBEDDED_ROUNDS = 3;
const POSTGRES_ROUNDS = 2;
/** Requests to each warm-up address before memory is read. */
const WARM_UP_REQUESTS = 100;

interface Samples {
  first: number[];
  second: number[];
  rss: number[];
  stopMs: number[];
  unclean: string[];
}

const emptySamples = (): Samples => ({ first: [], second: [], rss: [], stopMs: [], unclean: [] });

async function stopAndRecord(s: RunningServer, into: Samples): Promise<void> {
  const r = await s.stop();
  into.stopMs.push(r.stopMs);
  if (r.code !== 0) {
    into.unclean.push(`${s.label} exited with code ${String(r.code)}, signal ${String(r.signal)}`);
  }
}

const warmUpUrls = (s: RunningServer): string[] => [`${s.base}/healthz`, `${s.base}/kk/`];

/** First start on an empty database, then a second start on the same one with warm-up and memory. */
async function twoStarts(label: string, db: ServiceDatabase, into: Samples): Promise<void> {
  const first = await startService(`${label}, first start`, db);
  into.first.push(first.readyMs);
  await stopAndRecord(first, into);

  const second = await startService(`${label}, second start`, db);
  try {
    into.second.push(second.readyMs);
    const failures = await warmUp(warmUpUrls(second), WARM_UP_REQUESTS);
    if (failures) into.unclean.push(`${String(failures)} warm-up requests did not answer 200`);
    into.rss.push(await rssMiB(second.pid));
  } finally {
    await stopAndRecord(second, into);
  }
}

interface Baseline {
  startMs: number[];
  rss: number[];
}

async function measureBaseline(into: Baseline, withMemory: boolean): Promise<void> {
  const bare = await startBareNodeHttp();
  try {
    into.startMs.push(bare.readyMs);
    if (withMemory) {
      await warmUp(warmUpUrls(bare), WARM_UP_REQUESTS);
      into.rss.push(await rssMiB(bare.pid));
    }
  } finally {
    await bare.stop();
  }
}

const ms = (xs: number[]): string => xs.map((x) => String(Math.round(x))).join(', ');
const mib = (xs: number[]): string => xs.map((x) => x.toFixed(0)).join(', ');

function rows(engine: string, s: Samples, base: Baseline, extraNotes: string[]): BenchResult[] {
  const baseStart = median(base.startMs);
  const common = [...s.unclean, ...extraNotes];
  const shutdown = `SIGTERM to exit: median ${String(Math.round(median(s.stopMs)))} ms`;
  return [
    figure({
      name: `start-up to /readyz, ${engine}, first start on an empty database (vs bare node:http start)`,
      value: median(s.first),
      unit: 'ms',
      baseline: baseStart,
      notes: [`median of ${String(s.first.length)}: ${ms(s.first)} ms`, ...common],
    }),
    figure({
      name: `start-up to /readyz, ${engine}, second start (vs bare node:http start)`,
      value: median(s.second),
      unit: 'ms',
      baseline: baseStart,
      notes: [`median of ${String(s.second.length)}: ${ms(s.second)} ms`, shutdown],
    }),
    figure({
      name: `resident memory after warm-up, ${engine} (vs bare node:http)`,
      value: median(s.rss),
      unit: 'MiB',
      baseline: median(base.rss),
      notes: [
        `VmRSS after ${String(WARM_UP_REQUESTS)} GETs each of /healthz and /kk/; samples ${mib(s.rss)} MiB`,
      ],
    }),
  ];
}

export async function run(_options?: Partial<BenchOptions>): Promise<BenchResult[]> {
  const base: Baseline = { startMs: [], rss: [] };
  const embedded = emptySamples();
  for (let round = 0; round < EMBEDDED_ROUNDS; round++) {
    // Baseline samples are interleaved with the service's so that drift in the machine hits both.
    await measureBaseline(base, true);
    await withTempDir('tirkeu-bench-', (dir) =>
      twoStarts('embedded', { kind: 'embedded', dataDir: dir }, embedded),
    );
    await measureBaseline(base, false);
    console.log(
      `  startup round ${String(round + 1)}: embedded first ${String(Math.round(embedded.first.at(-1) ?? NaN))} ms, ` +
        `second ${String(Math.round(embedded.second.at(-1) ?? NaN))} ms, bare ${ms(base.startMs.slice(-2))} ms`,
    );
  }

  const pgNotes: string[] = [];
  const postgres = emptySamples();
  const server = await postgresServer();
  if ('url' in server) {
    try {
      for (let round = 0; round < POSTGRES_ROUNDS; round++) {
        await withThrowawayDatabase(server.url, (url) =>
          twoStarts('PostgreSQL', { kind: 'postgres', url }, postgres),
        );
        await measureBaseline(base, false);
        console.log(
          `  startup round ${String(round + 1)}: PostgreSQL first ${String(Math.round(postgres.first.at(-1) ?? NaN))} ms, ` +
            `second ${String(Math.round(postgres.second.at(-1) ?? NaN))} ms`,
        );
      }
    } catch (e) {
      pgNotes.push(`PostgreSQL run failed: ${(e as Error).message.split('\n')[0] ?? ''}`);
    }
  } else {
    pgNotes.push(`PostgreSQL not measured: ${server.skipped}`);
  }

  const baseNote = `bare node:http start median of ${String(base.startMs.length)}: ${ms(base.startMs)} ms`;
  const results = rows('embedded', embedded, base, [baseNote, ...pgNotes]);
  if (postgres.second.length > 0) {
    const pgServer = 'url' in server ? new URL(server.url) : null;
    const where = pgServer ? `server ${pgServer.host}` : '';
    results.push(...rows('PostgreSQL', postgres, base, [where, 'no demo data on PostgreSQL', ...pgNotes]));
  }
  return results;
}
