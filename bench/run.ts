// The benchmark runner: `npm run bench` runs every bench, `npm run bench -- --only http` one of them.
// Each figure is reported beside a baseline measured in the same run, as a ratio. A figure that
// misses its goal is marked NO in the table; it does not fail the process. A bench that cannot run
// at all (it throws) is recorded as an error and makes the exit code 1.
// Writes bench/results/latest.json and bench/results/latest.md.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { BenchModule, BenchOptions } from './lib/bench-result.js';
import { run as runCalendar } from './lib/calendar-figures.js';
import { run as runDirectory } from './lib/directory-figures.js';
import { run as runDocuments } from './lib/documents-figures.js';
import { cleanupAll, installSignalCleanup, isInterrupted } from './lib/cleanup.js';
import { describeMachine, machineInfo } from './lib/machine.js';
import { writeResults, type BenchEntry } from './lib/results-writer.js';
import { REPO_ROOT } from './lib/servers.js';
import { run as runHttp } from './http.bench.js';
import { run as runStartup } from './startup.bench.js';

const BENCHES: BenchModule[] = [
  { name: 'startup', describe: 'start-up to /readyz and memory, embedded and PostgreSQL', run: runStartup },
  {
    name: 'http',
    describe: 'requests per second on /healthz and /kk/ vs a bare Fastify route',
    run: runHttp,
  },
  { name: 'calendar', describe: 'working-day arithmetic vs a naive day loop', run: () => runCalendar() },
  {
    name: 'directory',
    describe: 'office searches vs a plain filter over the names',
    run: () => runDirectory(),
  },
  {
    name: 'documents',
    describe: 'certificate PDFs vs a blank page; memory over 10,000 renders',
    run: () => runDocuments(),
  },
  {
    name: 'cases',
    describe: 'intake + stamp vs plain SQL; office worklist latency with many open cases (PostgreSQL)',
    run: async () => (await import('./lib/cases-figures.js')).run(),
  },
  {
    name: 'registry',
    describe:
      'registry search p50/p95 on 1,000,000 synthetic cases vs an exact-match index look-up (PostgreSQL)',
    run: async () => (await import('./lib/registry-figures.js')).run(),
  },
  {
    name: 'queue',
    describe:
      'call next with 20 desks at once vs a single-row update; board events to 200 boards vs one (PostgreSQL)',
    run: async () => (await import('./lib/queue-figures.js')).run(),
  },
  {
    name: 'indicators',
    describe:
      "the country's annex 9 table for a year from the daily roll-ups vs from the raw rows; roll-up rebuild (PostgreSQL, 1,000,000 cases, 2,000,000+ tickets)",
    run: async () => (await import('./lib/indicators-figures.js')).run(),
  },
  {
    name: 'portal',
    describe:
      'status look-ups at 100 connections vs /healthz; staff worklist p95 under a flood of online applications vs quiet (PostgreSQL)',
    run: async (options) => (await import('./lib/portal-figures.js')).run(options),
  },
  {
    name: 'load',
    describe:
      'mixed load (look-ups, online applications, staff intake and decisions, queue calls), 200 clients × 60 s vs GET /healthz from as many; the ledger of applications checked after (PostgreSQL)',
    run: async () => (await import('./load.bench.js')).run(),
  },
];

const USAGE = `usage: node --import tsx bench/run.ts [--only NAME] [--load-seconds N]
  --only NAME         run one bench (${BENCHES.map((b) => b.name).join(', ')}); the others' last results are kept
  --load-seconds N    seconds per load run in the http and portal benches (default 10)
${BENCHES.map((b) => `  ${b.name.padEnd(10)}${b.describe}`).join('\n')}`;

function parse(): { only: string | undefined; options: BenchOptions } | null {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      'load-seconds': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  if (values.only !== undefined && !BENCHES.some((b) => b.name === values.only)) {
    throw new Error(`unknown bench "${values.only}"`);
  }
  const loadSeconds = values['load-seconds'] === undefined ? 10 : Number(values['load-seconds']);
  if (!Number.isInteger(loadSeconds) || loadSeconds < 1 || loadSeconds > 60) {
    throw new Error('--load-seconds must be a whole number from 1 to 60');
  }
  return { only: values.only, options: { loadSeconds } };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (e) {
    console.error(`bench: ${(e as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (!args) {
    console.log(USAGE);
    return;
  }
  installSignalCleanup();
  const machine = machineInfo(REPO_ROOT);
  console.log(`bench on ${describeMachine(machine)}`);
  const selected = BENCHES.filter((b) => args.only === undefined || b.name === args.only);
  const entries: BenchEntry[] = [];
  for (const bench of selected) {
    console.log(`\n== ${bench.name}: ${bench.describe}`);
    const date = new Date().toISOString();
    const t0 = performance.now();
    const load1 = (): number => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
    const entry: BenchEntry = {
      bench: bench.name,
      date,
      seconds: 0,
      machine,
      loadAverage: { before: load1(), after: 0 },
      results: [],
    };
    try {
      entry.results = await bench.run(args.options);
    } catch (e) {
      entry.error = (e as Error).stack ?? String(e);
      if (!isInterrupted()) console.error(`bench ${bench.name} could not run: ${entry.error}`);
      process.exitCode = 1;
    } finally {
      await cleanupAll(); // anything a failed bench left behind
    }
    if (isInterrupted()) return; // the signal handler cleans up and exits; a cut-short run is no result
    entry.loadAverage.after = load1();
    entry.seconds = Math.round((performance.now() - t0) / 100) / 10;
    for (const r of entry.results) {
      const verdict = r.met === undefined ? '' : r.met ? '  goal met' : '  GOAL NOT MET';
      console.log(
        `  ${r.name}: ${String(r.value)} ${r.unit} vs ${String(r.baseline)} ${r.baselineUnit} → ratio ${String(r.ratio)}` +
          `${r.goal ? ` (goal ${r.goal})` : ''}${verdict}`,
      );
    }
    console.log(`  (${String(entry.seconds)} s)`);
    entries.push(entry);
  }
  const written = await writeResults(path.join(REPO_ROOT, 'bench', 'results'), {
    machine,
    entries,
    order: BENCHES.map((b) => b.name),
  });
  const missed = entries.flatMap((e) => e.results).filter((r) => r.met === false);
  console.log(
    `\nwrote ${path.relative(REPO_ROOT, written.json)} and ${path.relative(REPO_ROOT, written.md)}`,
  );
  if (missed.length) console.log(`goals not met: ${missed.map((r) => r.name).join('; ')}`);
}

await main();
