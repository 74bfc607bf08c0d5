// Legal days are plain dates (domain.md §9): a calendar day with no time and no zone.
// Never build one with `new Date('YYYY-MM-DD')` at a call site: that is an instant in UTC.
declare const plainDateBrand: unique symbol;
export type PlainDate = string & { readonly [plainDateBrand]: true };

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isPlainDate(value: string): value is PlainDate {
  const m = PLAIN_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Parses `YYYY-MM-DD`; throws RangeError on anything else (including 2026-02-30). */
export function plainDate(value: string): PlainDate {
  if (!isPlainDate(value)) throw new RangeError(`not a calendar date: ${JSON.stringify(value)}`);
  return value;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toParts(d: PlainDate): { year: number; month: number; day: number } {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

export function fromParts(year: number, month: number, day: number): PlainDate {
  return plainDate(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}

/** Days since 1970-01-01 (UTC arithmetic is exact for plain dates: no zones, no DST). */
export function toEpochDay(d: PlainDate): number {
  const { year, month, day } = toParts(d);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function fromEpochDay(n: number): PlainDate {
  const dt = new Date(n * 86_400_000);
  return fromParts(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(d: PlainDate, n: number): PlainDate {
  return fromEpochDay(toEpochDay(d) + n);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: PlainDate): number {
  const wd = new Date(toEpochDay(d) * 86_400_000).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function comparePlainDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The plain date of an instant as seen in an IANA time zone (tzdata, never a fixed offset). */
export function plainDateAt(instant: Date, timeZone: string): PlainDate {
  return plainDate(dayFormat(timeZone).format(instant));
}

// One formatter per time zone, made once: building an Intl.DateTimeFormat takes some 100–150 µs
// (formatting with it, 3 µs), and every page asks for today's date several times — under the portal
// bench's flood of online applications this construction was about a tenth of the server's CPU.
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let f = DAY_FORMATS.get(timeZone);
  if (!f) {
    // Throws RangeError on an unknown zone, as before; nothing is kept then.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DAY_FORMATS.set(timeZone, f);
  }
  return f;
}
