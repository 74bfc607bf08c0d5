// §9: reception follows the office's schedule (annexes 1–2). The kiosk gives tickets only while the
// office receives: on its days, between opening and closing, not in its break. Outside those it
// refuses and says why and when reception resumes.
import { isOfficeDay, nextOpeningAt } from '../calendar/office-hours.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { wallTimeAt } from '../calendar/zoned-time.js';
import type { PlainDate } from '../time/plain-date.js';
import type { WeeklySchedule } from '../time/weekly-schedule.js';
import { minutesOfDay } from './ticket-times.js';

export type KioskClosedReason = 'day_off' | 'before_opening' | 'after_closing' | 'break';

export type KioskAvailability =
  | { open: true; day: PlainDate }
  | { open: false; day: PlainDate; reason: KioskClosedReason; opensAt: Date | null };

export function kioskAvailability(
  schedule: WeeklySchedule,
  timeZone: string,
  instant: Date,
  calendar: WorkingDayCalendar,
): KioskAvailability {
  const { date, minutes } = wallTimeAt(instant, timeZone);
  const closed = (reason: KioskClosedReason): KioskAvailability => ({
    open: false,
    day: date,
    reason,
    opensAt: nextOpeningAt(schedule, timeZone, instant, calendar),
  });
  if (!isOfficeDay(schedule, date, calendar)) return closed('day_off');
  if (minutes < minutesOfDay(schedule.open)) return closed('before_opening');
  if (minutes >= minutesOfDay(schedule.close)) return closed('after_closing');
  if (
    schedule.break &&
    minutes >= minutesOfDay(schedule.break.start) &&
    minutes < minutesOfDay(schedule.break.end)
  )
    return closed('break');
  return { open: true, day: date };
}
