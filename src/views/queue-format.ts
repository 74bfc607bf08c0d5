// Times of the queue pages in the office's own zone (domain.md §9: instants are shown in the office's
// IANA zone), and minutes as whole numbers.
const formats = new Map<string, Intl.DateTimeFormat>();

export function clockTime(instant: Date | string | null | undefined, timeZone: string): string {
  if (!instant) return '';
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, f);
  }
  return f.format(typeof instant === 'string' ? new Date(instant) : instant);
}

export const wholeMinutes = (m: number | null | undefined): string =>
  m === null || m === undefined ? '' : String(Math.floor(m));

export const percent = (share: number | null): string =>
  share === null ? '' : `${Math.round(share * 1000) / 10}%`;
