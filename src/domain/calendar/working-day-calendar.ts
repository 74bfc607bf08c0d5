import type { PlainDate } from '../time/plain-date.js';

// The contract other parts of domain/ use for legal terms (§7.1, §16): the national calendar of
// working days. The implementation lives beside this file; callers depend only on this interface.
export interface WorkingDayCalendar {
  isWorkingDay(d: PlainDate): boolean;
  /** The n-th working day after d (d itself not counted). n >= 0; n = 0 gives d if working, else the next. */
  addWorkingDays(d: PlainDate, n: number): PlainDate;
  /** Working days from `from` to `to`, both included (0 when to < from). */
  workingDaysBetween(from: PlainDate, to: PlainDate): number;
  /** True when the year's transfers and Kurban Ait date are not yet entered (domain.md §9). */
  isProvisional(year: number): boolean;
}
