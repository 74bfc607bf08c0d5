import { addDays, isoWeekday, toParts, type PlainDate } from '../time/plain-date.js';
import type { CalendarYearData } from './calendar-year-data.js';
import type { HolidayRule } from './holiday-rule.js';

// A deliberately plain, day-by-day reference of the national calendar, written apart from the
// table-based one so that tests and the benchmark can compare the two. Never use it for real terms.

function holidayOn(
  d: PlainDate,
  rules: readonly HolidayRule[],
  years: readonly CalendarYearData[],
): HolidayRule | 'kurban' | null {
  const { month, day, year } = toParts(d);
  for (const r of rules) {
    if (
      r.month === month &&
      r.day === day &&
      (r.from === null || d >= r.from) &&
      (r.until === null || d <= r.until)
    ) {
      return r;
    }
  }
  return years.some((y) => y.year === year && y.kurbanAit.date === d) ? 'kurban' : null;
}

/** Days off by law alone (holidays and their weekend substitutes), ignoring transfers. */
function offByLaw(d: PlainDate, rules: readonly HolidayRule[], years: readonly CalendarYearData[]): boolean {
  const plainOff = (q: PlainDate): boolean => isoWeekday(q) >= 6 || holidayOn(q, rules, years) !== null;
  if (plainOff(d)) return true;
  // Walk forward from 30 days before d (far longer than any run of holidays) keeping a count of
  // days off owed by weekend holidays; an ordinary weekday pays one off.
  let owed = 0;
  for (let q = addDays(d, -30); q < d; q = addDays(q, 1)) {
    const h = holidayOn(q, rules, years);
    if (plainOff(q)) {
      if (h !== null && h !== 'kurban' && h.weekendSubstitute && isoWeekday(q) >= 6) owed++;
    } else if (owed > 0) {
      owed--;
    }
  }
  return owed > 0;
}

export function naiveIsWorkingDay(
  d: PlainDate,
  rules: readonly HolidayRule[],
  years: readonly CalendarYearData[],
): boolean {
  for (const y of years) {
    for (const t of y.transfers) {
      if (t.workingDay === d) return true;
      if (t.dayOff === d) return false;
    }
  }
  return !offByLaw(d, rules, years);
}

export function naiveAddWorkingDays(
  isWorkingDay: (d: PlainDate) => boolean,
  d: PlainDate,
  n: number,
): PlainDate {
  let cur = d;
  if (n === 0) {
    while (!isWorkingDay(cur)) cur = addDays(cur, 1);
    return cur;
  }
  let left = n;
  while (left > 0) {
    cur = addDays(cur, 1);
    if (isWorkingDay(cur)) left--;
  }
  return cur;
}

export function naiveWorkingDaysBetween(
  isWorkingDay: (d: PlainDate) => boolean,
  from: PlainDate,
  to: PlainDate,
): number {
  let count = 0;
  for (let cur = from; cur <= to; cur = addDays(cur, 1)) if (isWorkingDay(cur)) count++;
  return count;
}
