import type { PlainDate, WorkingDayCalendar } from '../deps.js';
import { addDays, comparePlainDates, toParts } from '../deps.js';
import type { RuleVersion } from '../rule-version.js';
import type { CaseClock } from './time-limits.js';

// domain.md §4, clocks. §7.1: the result is due on the 7th working day after the start day S;
// §16: a refusal is due (delivered or dispatched) on the 3rd working day after S. Clocks never
// pause. Only the WorkingDayCalendar decides what a working day is.
export function dueDay(
  version: RuleVersion,
  clock: CaseClock,
  startDay: PlainDate,
  calendar: WorkingDayCalendar,
): PlainDate {
  // S is a working day by definition (calendar/'s clockStartDay). Counting from a Saturday would give a
  // different day than counting from the Monday after, so a wrong S is a bug, not an input.
  if (!calendar.isWorkingDay(startDay)) throw new RangeError(`start day ${startDay} is not a working day`);
  const limit = clock === 'result' ? version.timeLimits.result : version.timeLimits.refusalDelivery;
  return calendar.addWorkingDays(startDay, limit.workingDays);
}

/**
 * Working days left before the due day, counted after `today`:
 * 0 on the due day itself (today is the last day), n > 0 before it, and negative when overdue
 * (minus the working days elapsed after the due day, today included).
 */
export function workingDaysLeft(due: PlainDate, today: PlainDate, calendar: WorkingDayCalendar): number {
  const cmp = comparePlainDates(today, due);
  if (cmp === 0) return 0;
  if (cmp < 0) return calendar.workingDaysBetween(addDays(today, 1), due);
  return -calendar.workingDaysBetween(addDays(due, 1), today);
}

/** domain.md §9: a due day computed over a year without its calendar data is provisional. */
export function isDueDayProvisional(
  startDay: PlainDate,
  due: PlainDate,
  calendar: WorkingDayCalendar,
): boolean {
  for (let y = toParts(startDay).year; y <= toParts(due).year; y++)
    if (calendar.isProvisional(y)) return true;
  return false;
}
