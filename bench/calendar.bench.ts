// Working-day arithmetic over the 15-year span of the built-in calendar (2011–2026): the
// table-based calendar next to a naive day-by-day loop, in the same run, on the same random
// inputs (a fixed seed, so runs compare). Prints the figures and writes bench/results/calendar.json.
//   node --import tsx bench/calendar.bench.ts
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { builtInCalendar, createNationalCalendar } from '../src/domain/calendar/index.js';
import { BUILT_IN_YEARS, KAZAKHSTAN_HOLIDAY_RULES } from '../src/domain/calendar/data/index.js';
import { naiveAddWorkingDays, naiveWorkingDaysBetween } from '../src/domain/calendar/naive-reference.js';
import { fromEpochDay, toEpochDay, plainDate, type PlainDate } from '../src/domain/time/plain-date.js';

const TABLE_OPS = 200_000;
const NAIVE_OPS = 2_000;
const SPAN_START = toEpochDay(plainDate('2011-01-01'));
const SPAN_END = toEpochDay(plainDate('2026-12-31'));

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Inputs {
  adds: { d: PlainDate; n: number }[];
  ranges: { from: PlainDate; to: PlainDate }[];
}

function inputs(count: number, seed: number): Inputs {
  const rnd = mulberry32(seed);
  const day = (): PlainDate => fromEpochDay(SPAN_START + Math.floor(rnd() * (SPAN_END - SPAN_START + 1)));
  const adds = Array.from({ length: count }, () => ({ d: day(), n: Math.floor(rnd() * 400) }));
  const ranges = Array.from({ length: count }, () => {
    const [a, b] = [day(), day()].sort() as [PlainDate, PlainDate];
    return { from: a, to: b };
  });
  return { adds, ranges };
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const perOp = (ms: number, ops: number): number => Math.round((ms * 1e6) / ops);

export async function runCalendarBench(): Promise<object> {
  const buildMs = time(() => {
    const fresh = createNationalCalendar(BUILT_IN_YEARS, KAZAKHSTAN_HOLIDAY_RULES);
    fresh.workingDaysBetween(plainDate('2011-01-01'), plainDate('2026-12-31'));
  });
  const cal = builtInCalendar();
  const isWorking = (d: PlainDate): boolean => cal.isWorkingDay(d);
  cal.workingDaysBetween(plainDate('2011-01-01'), plainDate('2026-12-31')); // build every year's table

  const big = inputs(TABLE_OPS, 20110101);
  let sink = 0;
  const tableAddMs = time(() => {
    for (const { d, n } of big.adds) sink += cal.addWorkingDays(d, n).length;
  });
  const tableBetweenMs = time(() => {
    for (const { from, to } of big.ranges) sink += cal.workingDaysBetween(from, to);
  });

  // The naive loop is slow: it runs on the first NAIVE_OPS inputs, and the table's answers on
  // the same inputs are checked against it.
  const small: Inputs = { adds: big.adds.slice(0, NAIVE_OPS), ranges: big.ranges.slice(0, NAIVE_OPS) };
  let mismatches = 0;
  const naiveAddMs = time(() => {
    for (const { d, n } of small.adds)
      if (naiveAddWorkingDays(isWorking, d, n) !== cal.addWorkingDays(d, n)) mismatches++;
  });
  const naiveBetweenMs = time(() => {
    for (const { from, to } of small.ranges) {
      if (naiveWorkingDaysBetween(isWorking, from, to) !== cal.workingDaysBetween(from, to)) mismatches++;
    }
  });

  const result = {
    span: '2011-01-01..2026-12-31',
    node: process.version,
    buildAllTablesMs: Math.round(buildMs * 100) / 100,
    table: {
      addWorkingDays: { ops: TABLE_OPS, ms: Math.round(tableAddMs), nsPerOp: perOp(tableAddMs, TABLE_OPS) },
      workingDaysBetween: {
        ops: TABLE_OPS,
        ms: Math.round(tableBetweenMs),
        nsPerOp: perOp(tableBetweenMs, TABLE_OPS),
      },
    },
    naive: {
      addWorkingDays: { ops: NAIVE_OPS, ms: Math.round(naiveAddMs), nsPerOp: perOp(naiveAddMs, NAIVE_OPS) },
      workingDaysBetween: {
        ops: NAIVE_OPS,
        ms: Math.round(naiveBetweenMs),
        nsPerOp: perOp(naiveBetweenMs, NAIVE_OPS),
      },
    },
    // The naive times include one table call per op for the cross-check; it is negligible.
    speedup: {
      addWorkingDays: Math.round(perOp(naiveAddMs, NAIVE_OPS) / Math.max(1, perOp(tableAddMs, TABLE_OPS))),
      workingDaysBetween: Math.round(
        perOp(naiveBetweenMs, NAIVE_OPS) / Math.max(1, perOp(tableBetweenMs, TABLE_OPS)),
      ),
    },
    mismatches,
    checksum: sink,
  };

  console.log(
    [
      `calendar bench over ${result.span} (${result.node}); all 16 year tables built in ${String(result.buildAllTablesMs)} ms`,
      `  addWorkingDays      table ${String(result.table.addWorkingDays.nsPerOp)} ns/op   naive ${String(result.naive.addWorkingDays.nsPerOp)} ns/op   ×${String(result.speedup.addWorkingDays)}`,
      `  workingDaysBetween  table ${String(result.table.workingDaysBetween.nsPerOp)} ns/op   naive ${String(result.naive.workingDaysBetween.nsPerOp)} ns/op   ×${String(result.speedup.workingDaysBetween)}`,
      `  mismatches between table and naive: ${String(mismatches)}`,
    ].join('\n'),
  );

  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'calendar.json'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const r = (await runCalendarBench()) as { mismatches: number };
  if (r.mismatches > 0) process.exitCode = 1;
}
