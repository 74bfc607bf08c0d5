import type { PlainDate, WeeklySchedule, WorkingDayCalendar } from '../deps.js';
import { isoWeekday } from '../deps.js';

// domain.md §4: the start day S of both clocks is the date of the §14 stamp when that date is a
// working day and the stamp falls within office hours; otherwise the next working day. Office
// hours matter only here. The caller converts the stamp instant to the office's local date and
// time (plainDateAt with the office's IANA zone); this stays free of clocks and zones.
export interface LocalStamp {
  date: PlainDate;
  /** Local wall-clock time, `HH:MM` (seconds may follow and are ignored). */
  time: string;
}

export function startDayOf(
  stamp: LocalStamp,
  schedule: WeeklySchedule,
  calendar: WorkingDayCalendar,
): PlainDate {
  const time = stamp.time.slice(0, 5);
  if (!/^\d{2}:\d{2}$/.test(time)) throw new RangeError(`not a local time: ${stamp.time}`);
  // The lunch break counts as office hours: a stamp made then was made on an open day.
  const withinHours =
    schedule.days.includes(isoWeekday(stamp.date)) && time >= schedule.open && time < schedule.close;
  if (withinHours && calendar.isWorkingDay(stamp.date)) return stamp.date;
  return calendar.addWorkingDays(stamp.date, 1);
}
