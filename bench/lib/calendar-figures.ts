// Adapter: the calendar bench (bench/calendar.bench.ts, working-day arithmetic on the year tables
// next to a naive day-by-day loop on the same inputs) as runner figures.
import { runCalendarBench } from '../calendar.bench.js';
import { figure, type BenchResult } from './bench-result.js';

interface OpFigure {
  ops: number;
  nsPerOp: number;
}

/** The fields of runCalendarBench()'s result used here. */
interface CalendarFigures {
  span: string;
  buildAllTablesMs: number;
  table: { addWorkingDays: OpFigure; workingDaysBetween: OpFigure };
  naive: { addWorkingDays: OpFigure; workingDaysBetween: OpFigure };
  mismatches: number;
}

function isCalendarFigures(x: unknown): x is CalendarFigures {
  const c = x as CalendarFigures;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.mismatches === 'number' &&
    typeof c.table?.addWorkingDays?.nsPerOp === 'number' &&
    typeof c.naive?.workingDaysBetween?.nsPerOp === 'number'
  );
}

// The table must give the naive loop's answers: a fast wrong calendar is no result.
const SAME_ANSWERS = { text: '0 mismatches with the naive loop', test: () => true };

export async function run(): Promise<BenchResult[]> {
  const c = await runCalendarBench();
  if (!isCalendarFigures(c)) throw new Error('runCalendarBench() returned an unexpected shape');
  const same = { ok: c.mismatches === 0, why: `${String(c.mismatches)} answers differ from the naive loop` };
  const op = (name: 'addWorkingDays' | 'workingDaysBetween', extra: string[]): BenchResult =>
    figure({
      name: `calendar ${name}, year tables (vs naive day loop)`,
      value: c.table[name].nsPerOp,
      unit: 'ns/op',
      baseline: c.naive[name].nsPerOp,
      goal: SAME_ANSWERS,
      alsoRequired: [same],
      notes: [
        `${String(c.table[name].ops)} table ops, ${String(c.naive[name].ops)} naive ops on the same random inputs over ${c.span}`,
        ...extra,
      ],
    });
  return [
    op('addWorkingDays', [`all year tables built in ${String(c.buildAllTablesMs)} ms`]),
    op('workingDaysBetween', []),
  ];
}
