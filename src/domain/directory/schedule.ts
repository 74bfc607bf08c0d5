import type { WeeklySchedule } from '../time/weekly-schedule.js';
import { joinSpacedLetters, normaliseSpace } from './text.js';

// §9 office hours as printed in annexes 1, 2 and 4, e.g.
//   "Жұмыс күндері: дүйсенбі - жұма Жұмыс уақыты: сағат 9.00-ден 18.00-ге дейін,
//    үзіліс: сағат 13.00-ден 14.00-ге дейін Демалыс күндері: сенбі – жексенбі"
// The PDF damaged it in ways the parse tolerates on purpose:
//   - spaced letters ("ж ұ м а", "д е й і н") — read after joining them (text.ts);
//   - clipped words ("саға", "үзілі", "дейі") — only weekday names and times are read;
//   - "9.0" for 9.00 (annex 1) — rule "truncated minutes": a one-digit minute is that many tens;
//   - a schedule split across lines — joined by the caller before it gets here.

const WEEKDAYS: ReadonlyArray<[string, number]> = [
  ['дүйсенбі', 1],
  ['сейсенбі', 2],
  ['сәрсенбі', 3],
  ['бейсенбі', 4],
  ['жексенбі', 7],
  ['жұма', 5],
  ['сенбі', 6],
];

function weekdaysIn(s: string): number[] {
  const found: Array<[number, number]> = [];
  const taken: boolean[] = [];
  for (const [word, day] of WEEKDAYS) {
    let i = s.indexOf(word);
    while (i >= 0) {
      // "сенбі" is inside "дүйсенбі", "жексенбі": a position already taken by a longer name is skipped.
      if (!taken[i]) {
        found.push([i, day]);
        for (let k = i; k < i + word.length; k++) taken[k] = true;
      }
      i = s.indexOf(word, i + 1);
    }
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, d]) => d);
}

function hhmm(h: string, m: string): string {
  const minutes = m.length === 1 ? `${m}0` : m;
  return `${h.padStart(2, '0')}:${minutes}`;
}

/** Parses a printed schedule; null when its days or hours cannot be read. */
export function parseSchedule(printed: string): WeeklySchedule | null {
  const text = normaliseSpace(printed);
  const flat = joinSpacedLetters(text).toLowerCase();
  const workIdx = flat.indexOf('жұмыс күндері');
  const hoursIdx = flat.indexOf('жұмыс уақыты');
  if (workIdx < 0 || hoursIdx < workIdx) return null;
  const dayNames = weekdaysIn(flat.slice(workIdx, hoursIdx));
  if (dayNames.length === 0 || dayNames.length > 2) return null;
  const first = dayNames[0] as number;
  const last = dayNames[dayNames.length - 1] as number;
  const days: number[] = [];
  for (let d = first; d <= last; d++) days.push(d);
  const times = [...flat.slice(hoursIdx).matchAll(/(\d{1,2})\.(\d{1,2})/gu)].map((m) =>
    hhmm(m[1] as string, m[2] as string),
  );
  if (times.length !== 2 && times.length !== 4) return null;
  const [open, close, bs, be] = times as [string, string, string?, string?];
  return { days, open, close, break: bs && be ? { start: bs, end: be } : null, text };
}
