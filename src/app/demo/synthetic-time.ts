// When synthetic staff act: on the office's days (national working days it receives on, §9), within
// its hours, in its IANA zone. Instants are built from each day's UTC offset as tzdata gives it at
// noon (domain.md §9: never a fixed offset; Kazakhstan changed zones on 2024-03-01, at midnight).
import { instantAtWallTime, isOfficeDay, type WorkingDayCalendar } from '../../domain/calendar/index.js';
import { addDays, comparePlainDates, toParts, type PlainDate } from '../../domain/time/plain-date.js';
import type { WeeklySchedule } from '../../domain/time/weekly-schedule.js';
import type { SyntheticRandom } from './synthetic-random.js';

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h as number) * 60 + (m as number);
}

const offsets = new Map<string, number>();

/** The zone's offset from UTC on a day, in ms (read at noon, when offices are open). */
function offsetOn(date: PlainDate, timeZone: string): number {
  const key = `${timeZone}|${date}`;
  let o = offsets.get(key);
  if (o === undefined) {
    const { year, month, day } = toParts(date);
    o = Date.UTC(year, month - 1, day, 12) - instantAtWallTime(date, 720, timeZone).getTime();
    offsets.set(key, o);
  }
  return o;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10) as PlainDate;

/** The wall-clock date and minute of an instant in a zone, from the day's offset (as wallTimeAt
 * gives for any moment of the day away from a midnight on which the zone changed). */
export function wallIn(at: Date, timeZone: string): { date: PlainDate; minutes: number } {
  const t = at.getTime();
  const local = t + offsetOn(isoDay(t + 6 * 3_600_000), timeZone);
  return { date: isoDay(local), minutes: Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 60_000) };
}

/** The instant of a wall-clock minute (plus seconds) of a day in a zone. */
export function instantOn(date: PlainDate, minute: number, timeZone: string, seconds = 0): Date {
  const { year, month, day } = toParts(date);
  return new Date(
    Date.UTC(year, month - 1, day) + minute * 60_000 + seconds * 1000 - offsetOn(date, timeZone),
  );
}

export class OfficeDays {
  /** The office's receiving days from the period's start to the horizon's day. */
  readonly days: readonly PlainDate[];
  private readonly periods: readonly (readonly [number, number])[];
  private readonly total: number;
  readonly close: number;

  constructor(
    readonly schedule: WeeklySchedule,
    readonly timeZone: string,
    from: PlainDate,
    /** Nothing happens after this instant: later steps are not taken (the case stays open). */
    readonly horizon: Date,
    calendar: WorkingDayCalendar,
  ) {
    const last = wallIn(horizon, timeZone).date;
    const days: PlainDate[] = [];
    for (let d = from; comparePlainDates(d, last) <= 0; d = addDays(d, 1))
      if (isOfficeDay(schedule, d, calendar)) days.push(d);
    this.days = days;
    const open = minutesOf(schedule.open);
    this.close = minutesOf(schedule.close);
    const br = schedule.break;
    this.periods =
      br && minutesOf(br.start) > open && minutesOf(br.end) < this.close
        ? [
            [open, minutesOf(br.start)],
            [minutesOf(br.end), this.close],
          ]
        : [[open, this.close]];
    this.total = this.periods.reduce((s, [a, b]) => s + b - a, 0);
  }

  /** The index of the first office day on or after `date` (days.length when none). */
  indexFrom(date: PlainDate): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (comparePlainDates(this.days[mid] as PlainDate, date) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A minute of the office's open hours, after `after` (minutes since midnight); null if none is left. */
  openMinute(rng: SyntheticRandom, after = -1): number | null {
    const left = this.periods.map(([a, b]) => [Math.max(a, after + 1), b] as const).filter(([a, b]) => b > a);
    const total = left.reduce((s, [a, b]) => s + b - a, 0);
    if (total <= 0) return null;
    let x = Math.floor(rng.next() * total);
    for (const [a, b] of left) {
      if (x < b - a) return a + x;
      x -= b - a;
    }
    return null;
  }

  /** The instant of a minute of the idx-th office day, with random seconds; null past the horizon. */
  at(rng: SyntheticRandom, idx: number, minute: number): Date | null {
    const day = this.days[idx];
    if (day === undefined) return null;
    const at = instantOn(day, minute, this.timeZone, rng.int(0, 59));
    return at.getTime() > this.horizon.getTime() ? null : at;
  }

  /**
   * A moment `minDays`…`maxDays` office days after `after`, within open hours (0: later the same
   * day, when the office is still open; else the next office day). Null when it falls past the horizon.
   */
  later(rng: SyntheticRandom, after: Date, minDays: number, maxDays: number): Date | null {
    const w = wallIn(after, this.timeZone);
    const idx = this.indexFrom(w.date);
    const sameDay = this.days[idx] === w.date;
    let offset = rng.int(minDays, maxDays);
    if (sameDay && offset === 0) {
      const m = this.openMinute(rng, w.minutes + 4);
      if (m !== null) return this.after(after, this.at(rng, idx, m));
      offset = 1;
    }
    const target = sameDay ? idx + offset : idx + Math.max(0, offset - 1);
    const m = this.openMinute(rng);
    return m === null ? null : this.after(after, this.at(rng, target, m));
  }

  /** The same day after closing time (records stamping late): 10–100 minutes after close. */
  afterClosing(rng: SyntheticRandom, after: Date): Date | null {
    const w = wallIn(after, this.timeZone);
    const at = instantOn(
      w.date,
      Math.max(this.close, w.minutes) + rng.int(10, 100),
      this.timeZone,
      rng.int(0, 59),
    );
    return this.after(after, at.getTime() > this.horizon.getTime() ? null : at);
  }

  private after(previous: Date, at: Date | null): Date | null {
    if (at === null) return null;
    // Strictly after the previous act (the log is in order of time).
    if (at.getTime() <= previous.getTime()) at = new Date(previous.getTime() + 60_000);
    return at.getTime() > this.horizon.getTime() ? null : at;
  }

  /**
   * The instant `seconds` of open time before `at` on the same day, counting only the office's
   * receiving hours (the break is not counted, as §7.2–7.4 measure it), never before the day's
   * opening: how long a visitor waited, walked back from the moment they were served.
   */
  openBefore(at: Date, seconds: number): Date {
    const w = wallIn(at, this.timeZone);
    const midnight = instantOn(w.date, 0, this.timeZone).getTime();
    let cur = Math.floor((at.getTime() - midnight) / 1000);
    let left = seconds;
    for (let i = this.periods.length - 1; i >= 0; i--) {
      const [a, b] = this.periods[i] as readonly [number, number];
      const start = a * 60;
      const end = Math.min(cur, b * 60);
      if (end <= start) continue;
      if (end - left >= start) return new Date(midnight + (end - left) * 1000);
      left -= end - start;
      cur = start;
    }
    const first = this.periods[0] as readonly [number, number];
    return new Date(midnight + Math.min(first[0] * 60, cur) * 1000);
  }

  /** Minutes of open hours per day. */
  get openMinutes(): number {
    return this.total;
  }
}
