import { fromParts, toParts, type PlainDate } from '../time/plain-date.js';

// Wall-clock time in an IANA zone through Intl (tzdata), never a fixed offset: Kazakhstan moved to
// a single UTC+5 zone on 2024-03-01, and the east (Asia/Almaty…) was UTC+6 before (domain.md §9).

export interface WallTime {
  date: PlainDate;
  /** Minutes since local midnight, 0…1439. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(
  instant: Date,
  timeZone: string,
): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const out = { y: 0, mo: 0, d: 0, h: 0, mi: 0, s: 0 };
  for (const p of formatter(timeZone).formatToParts(instant)) {
    const v = Number(p.value);
    if (p.type === 'year') out.y = v;
    else if (p.type === 'month') out.mo = v;
    else if (p.type === 'day') out.d = v;
    else if (p.type === 'hour') out.h = v;
    else if (p.type === 'minute') out.mi = v;
    else if (p.type === 'second') out.s = v;
  }
  return out;
}

export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const p = parts(instant, timeZone);
  return { date: fromParts(p.y, p.mo, p.d), minutes: p.h * 60 + p.mi };
}

/** Offset of the zone from UTC at an instant, in milliseconds (seconds of the instant ignored). */
function offsetAt(ms: number, timeZone: string): number {
  const p = parts(new Date(ms), timeZone);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the zone's clocks show `minutes` after midnight of `date`. Where clocks
 * were set back (Asia/Almaty at midnight of 2024-03-01) a wall time that happened twice gives the
 * earlier instant; a wall time skipped by a jump forward gives the instant just after the jump.
 */
export function instantAtWallTime(date: PlainDate, minutes: number, timeZone: string): Date {
  const { year, month, day } = toParts(date);
  const wall = Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  // Try both candidates; keep the earliest whose clock reading is the wanted one.
  const candidates = [first, second, wall - offsetAt(first - 3_600_000, timeZone)].sort((a, b) => a - b);
  for (const c of candidates) {
    const w = wallTimeAt(new Date(c), timeZone);
    if (w.date === date && w.minutes === minutes) return new Date(c);
  }
  return new Date(Math.max(first, second));
}
