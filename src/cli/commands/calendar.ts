import { isPlainDate, toParts, type PlainDate } from '../../domain/time/plain-date.js';
import type { WorkingDayCalendar } from '../../domain/calendar/index.js';

// `tirkeu calendar …`: working-day arithmetic on the national calendar from the command line.
// Pure: the caller passes the arguments and the calendar and prints what comes back.

export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

const USAGE = [
  'usage: tirkeu calendar add-working-days YYYY-MM-DD N   the N-th working day after the date (the date not counted)',
  '       tirkeu calendar working-days FROM TO            working days from FROM to TO, both included',
].join('\n');

class UsageError extends Error {}

function parseDate(value: string | undefined, what: string): PlainDate {
  if (value === undefined || !isPlainDate(value)) {
    throw new UsageError(`${what} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value ?? '')}`);
  }
  return value;
}

function parseCount(value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`N must be a non-negative integer, got ${JSON.stringify(value ?? '')}`);
  }
  return Number(value);
}

/** "2027", "2027, 2029" or "2027–2031": the provisional years a result depends on. */
function provisionalYears(calendar: WorkingDayCalendar, from: PlainDate, to: PlainDate): string[] {
  const [a, b] = [toParts(from).year, toParts(to).year].sort((x, y) => x - y) as [number, number];
  const runs: string[] = [];
  let start: number | null = null;
  for (let y = a; y <= b + 1; y++) {
    const provisional = y <= b && calendar.isProvisional(y);
    if (provisional && start === null) start = y;
    if (!provisional && start !== null) {
      runs.push(start === y - 1 ? String(start) : `${String(start)}–${String(y - 1)}`);
      start = null;
    }
  }
  return runs;
}

function warning(runs: string[]): string {
  if (runs.length === 0) return '';
  const which = runs.join(', ');
  return (
    `warning: ${which} ${runs.length === 1 && !which.includes('–') ? 'is' : 'are'} provisional: ` +
    'the transfers of days off and the Kurban Ait date are not entered yet, so the result may change ' +
    'when they are (domain.md §9)\n'
  );
}

export function runCalendarCommand(args: string[], calendar: WorkingDayCalendar): CommandResult {
  try {
    const [sub, ...rest] = args;
    if (sub === 'add-working-days') {
      if (rest.length !== 2)
        throw new UsageError(`add-working-days takes 2 arguments, got ${String(rest.length)}`);
      const date = parseDate(rest[0], 'the date');
      const n = parseCount(rest[1]);
      const result = calendar.addWorkingDays(date, n);
      return { stdout: `${result}\n`, stderr: warning(provisionalYears(calendar, date, result)), code: 0 };
    }
    if (sub === 'working-days') {
      if (rest.length !== 2)
        throw new UsageError(`working-days takes 2 arguments, got ${String(rest.length)}`);
      const from = parseDate(rest[0], 'FROM');
      const to = parseDate(rest[1], 'TO');
      const count = calendar.workingDaysBetween(from, to);
      const touched = to < from ? [] : provisionalYears(calendar, from, to);
      return { stdout: `${String(count)}\n`, stderr: warning(touched), code: 0 };
    }
    throw new UsageError(
      sub === undefined ? 'a subcommand is required' : `unknown subcommand ${JSON.stringify(sub)}`,
    );
  } catch (e) {
    // RangeError: a date outside the calendar's years (1000–9999) or a result past 9999-12-31.
    if (e instanceof UsageError || e instanceof RangeError) {
      return { stdout: '', stderr: `error: ${e.message}\n${USAGE}\n`, code: 2 };
    }
    throw e;
  }
}
