import { addDays, isoWeekday, type PlainDate } from '../time/plain-date.js';
import type { WeeklySchedule } from '../time/weekly-schedule.js';
import type { WorkingDayCalendar } from './working-day-calendar.js';
import { instantAtWallTime, wallTimeAt } from './zoned-time.js';

// Office hours (§9, annexes 1–2) matter for one thing only: the start day S of the §7.1 and §16
// clocks (domain.md §4). Legal terms themselves count national working days, never hours.

function minutesOf(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new RangeError(`not a time of day (HH:MM): ${JSON.stringify(hhmm)}`);
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (h > 24 || mi > 59 || (h === 24 && mi !== 0)) throw new RangeError(`not a time of day (HH:MM): ${hhmm}`);
  return h * 60 + mi;
}

/** The periods the office is open during a day, as [start, end) minutes after local midnight. */
function openPeriods(schedule: WeeklySchedule): [number, number][] {
  const open = minutesOf(schedule.open);
  const close = minutesOf(schedule.close);
  if (close <= open)
    throw new RangeError(`the office closes (${schedule.close}) before it opens (${schedule.open})`);
  if (!schedule.break) return [[open, close]];
  const bs = Math.max(open, minutesOf(schedule.break.start));
  const be = Math.min(close, minutesOf(schedule.break.end));
  if (be <= bs) return [[open, close]];
  return [
    [open, bs],
    [be, close],
  ].filter(([a, b]) => (b ?? 0) > (a ?? 0)) as [number, number][];
}

/**
 * Whether the office receives on a date: a national working day that is one of its weekdays, or a
 * Saturday/Sunday made a working day by a transfer, for an office that works on weekdays (the
 * transfer moves a weekday's work to that day; the calendar does not say which weekday).
 */
export function isOfficeDay(
  schedule: WeeklySchedule,
  date: PlainDate,
  calendar: WorkingDayCalendar,
): boolean {
  if (!calendar.isWorkingDay(date)) return false;
  const wd = isoWeekday(date);
  return schedule.days.includes(wd) || (wd >= 6 && schedule.days.some((x) => x <= 5));
}

/** Open at this instant: an office day, within opening hours, not in the break. */
export function isOfficeOpenAt(
  schedule: WeeklySchedule,
  timeZone: string,
  instant: Date,
  calendar: WorkingDayCalendar,
): boolean {
  const { date, minutes } = wallTimeAt(instant, timeZone);
  if (!isOfficeDay(schedule, date, calendar)) return false;
  return openPeriods(schedule).some(([a, b]) => minutes >= a && minutes < b);
}

/**
 * The first instant at or after `instant` at which the office is open (the instant itself when it
 * is open), or null when the schedule opens on no day of the coming year.
 */
export function nextOpeningAt(
  schedule: WeeklySchedule,
  timeZone: string,
  instant: Date,
  calendar: WorkingDayCalendar,
): Date | null {
  if (isOfficeOpenAt(schedule, timeZone, instant, calendar)) return instant;
  const periods = openPeriods(schedule);
  const now = wallTimeAt(instant, timeZone);
  for (let i = 0; i <= 366; i++) {
    const date = addDays(now.date, i);
    if (!isOfficeDay(schedule, date, calendar)) continue;
    for (const [start] of periods) {
      if (i === 0 && start < now.minutes) continue;
      const at = instantAtWallTime(date, start, timeZone);
      if (at.getTime() >= instant.getTime()) return at;
    }
  }
  return null;
}

/**
 * The start day S of the §7.1 and §16 clocks for a hand-in stamped at `stampInstant` (domain.md §4):
 * the stamp date if it is a working day and the stamp is within office hours, otherwise the next
 * working day.
 *
 * Reading of "within office hours" used here: on an office day, any moment before closing time
 * counts. A stamp during the lunch break is within the day's hours; a stamp before opening (records
 * stamping early) counts as received at that day's opening, so S is that same day — the next
 * opening of the office is that day, and §7.1 runs "from the moment the documents are handed in",
 * so pushing S a further day would lengthen the term. At or after closing, or on a day the office
 * does not receive, S is the next national working day.
 */
export function clockStartDay(
  stampInstant: Date,
  schedule: WeeklySchedule,
  timeZone: string,
  calendar: WorkingDayCalendar,
): PlainDate {
  const { date, minutes } = wallTimeAt(stampInstant, timeZone);
  if (isOfficeDay(schedule, date, calendar) && minutes < minutesOf(schedule.close)) return date;
  return calendar.addWorkingDays(date, 1);
}
