// The times of a queue ticket against §7.2–7.4. A wait runs from the ticket's issue to its first call
// and does not count the office's break (annexes 1–2 print one, usually 13:00–14:00): nobody is called
// then, so a wait across it is not the office's delay. A service runs from start to finish.
import type { PlainDate } from '../time/plain-date.js';
import type { WeeklySchedule } from '../time/weekly-schedule.js';
import { instantAtWallTime } from '../calendar/zoned-time.js';

export interface Interval {
  start: Date;
  end: Date;
}

/** `HH:MM` as minutes after midnight. */
export function minutesOfDay(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new RangeError(`not a time of day (HH:MM): ${JSON.stringify(hhmm)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The office's break on a day, as instants (null when its schedule prints none). */
export function breakOfDay(schedule: WeeklySchedule, day: PlainDate, timeZone: string): Interval | null {
  if (!schedule.break) return null;
  const start = minutesOfDay(schedule.break.start);
  const end = minutesOfDay(schedule.break.end);
  if (end <= start) return null;
  return {
    start: instantAtWallTime(day, start, timeZone),
    end: instantAtWallTime(day, end, timeZone),
  };
}

/** The office's opening and closing on a day, as instants. */
export function hoursOfDay(schedule: WeeklySchedule, day: PlainDate, timeZone: string): Interval {
  return {
    start: instantAtWallTime(day, minutesOfDay(schedule.open), timeZone),
    end: instantAtWallTime(day, minutesOfDay(schedule.close), timeZone),
  };
}

/** Minutes from `from` to `to`, less the part of them inside `excluded`; never negative. */
export function minutesExcluding(from: Date, to: Date, excluded: Interval | null): number {
  const span = to.getTime() - from.getTime();
  if (span <= 0) return 0;
  let overlap = 0;
  if (excluded) {
    const a = Math.max(from.getTime(), excluded.start.getTime());
    const b = Math.min(to.getTime(), excluded.end.getTime());
    overlap = Math.max(0, b - a);
  }
  return (span - overlap) / 60_000;
}

export interface TicketTimes {
  issuedAt: Date;
  calledAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** §7.2 / §7.4: the wait of a ticket — to its first call, or (not called yet) to `until`. */
export function waitMinutes(t: TicketTimes, dayBreak: Interval | null, until: Date): number {
  return minutesExcluding(t.issuedAt, t.calledAt ?? until, dayBreak);
}

/** §7.3: the service of a ticket — start to finish, or (still in service) to `until`; null if never started. */
export function serviceMinutes(t: TicketTimes, until: Date): number | null {
  if (!t.startedAt) return null;
  return minutesExcluding(t.startedAt, t.finishedAt ?? until, null);
}
