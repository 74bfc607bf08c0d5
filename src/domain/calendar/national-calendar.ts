import { fromEpochDay, toEpochDay, toParts, type PlainDate } from '../time/plain-date.js';
import {
  validateYearData,
  type CalendarYearData,
  type DayTransfer,
  type LegalAct,
} from './calendar-year-data.js';
import type { HolidayRule } from './holiday-rule.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';
import { buildYearTable, dayKindAt, type DayNote, type YearInputs, type YearTable } from './year-table.js';

// The national calendar of working days (domain.md §9) behind every legal term: §7.1 (7 working
// days) and §16 (3 working days). Year tables are built on first use and kept; arithmetic walks
// whole years by their totals and finds a day inside a year by binary search on prefix sums.

export interface DayExplanation extends DayNote {
  date: PlainDate;
  working: boolean;
  /** True when the day's year has no data yet (transfers and Kurban Ait unknown). */
  provisional: boolean;
}

export interface NationalCalendar extends WorkingDayCalendar {
  /** The years that have data, ascending. */
  readonly dataYears: readonly number[];
  /** A new calendar with this year's data added or replaced (the calendar itself is immutable). */
  withYear(data: CalendarYearData): NationalCalendar;
  /** Why a day is or is not a working day, with the act behind it. */
  explainDay(d: PlainDate): DayExplanation;
  /** The provisional years among those from `from`'s year to `to`'s year (inclusive). */
  provisionalYearsBetween(from: PlainDate, to: PlainDate): number[];
}

// plain-date.ts counts days with Date.UTC, which reads years 0–99 as 1900–1999: stay clear of them.
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year out of range: ${String(year)}`);
  }
}

function indexTransfers(years: readonly CalendarYearData[]): YearInputs['transfers'] {
  const map = new Map<number, { transfer: DayTransfer; becomes: 'working' | 'day-off' }>();
  const put = (date: string, transfer: DayTransfer, becomes: 'working' | 'day-off'): void => {
    const e = toEpochDay(date as PlainDate);
    const prior = map.get(e);
    if (prior && prior.becomes !== becomes) {
      throw new RangeError(`transfers disagree about ${date}: one makes it working, another a day off`);
    }
    map.set(e, { transfer, becomes });
  };
  for (const y of years) {
    for (const t of y.transfers) {
      put(t.workingDay, t, 'working');
      put(t.dayOff, t, 'day-off');
    }
  }
  return map;
}

export function createNationalCalendar(
  years: readonly CalendarYearData[],
  rules: readonly HolidayRule[],
): NationalCalendar {
  const byYear = new Map<number, CalendarYearData>();
  for (const y of years) {
    validateYearData(y);
    if (byYear.has(y.year)) throw new RangeError(`calendar year ${String(y.year)} is given twice`);
    byYear.set(y.year, y);
  }
  const kurbanAit = new Map<number, { date: string; act: LegalAct }>();
  for (const y of byYear.values()) kurbanAit.set(y.year, y.kurbanAit);
  const inputs: YearInputs = { rules, kurbanAit, transfers: indexTransfers([...byYear.values()]) };
  const tables = new Map<number, YearTable>();

  const table = (year: number): YearTable => {
    checkYear(year);
    let t = tables.get(year);
    if (!t) {
      t = buildYearTable(year, inputs);
      tables.set(year, t);
    }
    return t;
  };
  const total = (year: number): number => table(year).prefix[table(year).length] ?? 0;
  const locate = (d: PlainDate): { t: YearTable; i: number } => {
    const t = table(toParts(d).year);
    return { t, i: toEpochDay(d) - t.start };
  };

  /** The day of the year `year` that is its k-th working day (1-based, k <= total). */
  const kthWorkingDay = (year: number, k: number): PlainDate => {
    const t = table(year);
    let lo = 0;
    let hi = t.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((t.prefix[mid + 1] ?? 0) >= k) hi = mid;
      else lo = mid + 1;
    }
    return fromEpochDay(t.start + lo);
  };

  const calendar: NationalCalendar = {
    dataYears: [...byYear.keys()].sort((a, b) => a - b),

    isWorkingDay(d) {
      const { t, i } = locate(d);
      return t.working[i] === 1;
    },

    addWorkingDays(d, n) {
      if (!Number.isSafeInteger(n) || n < 0)
        throw new RangeError(`n must be a non-negative integer: ${String(n)}`);
      const { t, i } = locate(d);
      // Rank of the wanted day among the year's working days: n = 0 wants d itself or the next
      // working day; n >= 1 wants the n-th working day strictly after d.
      let k = n === 0 ? (t.prefix[i] ?? 0) + 1 : (t.prefix[i + 1] ?? 0) + n;
      let year = t.year;
      while (k > total(year)) {
        k -= total(year);
        year += 1;
        if (year > MAX_YEAR) throw new RangeError('the result lies after 9999-12-31');
      }
      return kthWorkingDay(year, k);
    },

    workingDaysBetween(from, to) {
      if (to < from) return 0;
      const a = locate(from);
      const b = locate(to);
      if (a.t.year === b.t.year) return (a.t.prefix[b.i + 1] ?? 0) - (a.t.prefix[a.i] ?? 0);
      let sum = total(a.t.year) - (a.t.prefix[a.i] ?? 0) + (b.t.prefix[b.i + 1] ?? 0);
      for (let y = a.t.year + 1; y < b.t.year; y++) sum += total(y);
      return sum;
    },

    isProvisional(year) {
      return !byYear.has(year);
    },

    withYear(data) {
      const rest = [...byYear.values()].filter((y) => y.year !== data.year);
      return createNationalCalendar([...rest, data], rules);
    },

    explainDay(d) {
      const { t, i } = locate(d);
      const note = t.notes.get(i);
      return {
        date: d,
        working: t.working[i] === 1,
        provisional: !byYear.has(t.year),
        kind: dayKindAt(t, i),
        ...(note?.holiday ? { holiday: note.holiday } : {}),
        ...(note?.act ? { act: note.act } : {}),
      };
    },

    provisionalYearsBetween(from, to) {
      const [a, b] = [toParts(from).year, toParts(to).year].sort((x, y) => x - y) as [number, number];
      const out: number[] = [];
      for (let y = a; y <= b; y++) if (!byYear.has(y)) out.push(y);
      return out;
    },
  };
  return calendar;
}
