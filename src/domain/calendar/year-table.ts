import { fromParts, toEpochDay, type PlainDate } from '../time/plain-date.js';
import type { DayTransfer, LegalAct } from './calendar-year-data.js';
import { KURBAN_AIT_NAME, type HolidayRule, type LocalizedName } from './holiday-rule.js';

// One year of the calendar as flat tables: which days are working, why a day is not, and a prefix
// sum of working days so that counting and stepping are O(1) / O(log n) instead of day loops.

export type DayKind =
  | 'working'
  | 'weekend'
  | 'holiday'
  /** The day off a weekend holiday moved to (Law No. 267 art. 5). */
  | 'substitute'
  /** A weekday made a day off by a transfer decree or order. */
  | 'transfer-day-off'
  /** A weekend (or substitute) day made a working day by a transfer decree or order. */
  | 'transfer-working';

export interface DayNote {
  kind: DayKind;
  /** The holiday observed that day, or the holiday whose day off moved here. */
  holiday?: LocalizedName;
  act?: LegalAct;
}

export interface YearTable {
  year: number;
  /** Epoch day of 1 January. */
  start: number;
  length: number;
  working: Uint8Array;
  /** prefix[i] = working days among the first i days of the year; prefix[length] = the year's total. */
  prefix: Uint16Array;
  /** Why a day is not an ordinary weekday or weekend day; absent for those. */
  notes: Map<number, DayNote>;
}

export interface YearInputs {
  rules: readonly HolidayRule[];
  kurbanAit: ReadonlyMap<number, { date: string; act: LegalAct }>;
  /** Transfers by epoch day of either end. */
  transfers: ReadonlyMap<number, { transfer: DayTransfer; becomes: 'working' | 'day-off' }>;
}

interface Holiday {
  name: LocalizedName;
  substitute: boolean;
  act: LegalAct | undefined;
}

const isWeekend = (epochDay: number): boolean => {
  const wd = (((epochDay + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: 0 = Monday
  return wd >= 5;
};

function inForce(rule: HolidayRule, date: string): boolean {
  return (rule.from === null || date >= rule.from) && (rule.until === null || date <= rule.until);
}

function holidaysOf(year: number, inputs: YearInputs, into: Map<number, Holiday>): void {
  for (const rule of inputs.rules) {
    if (rule.month === 2 && rule.day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))
      continue;
    const date = fromParts(year, rule.month, rule.day);
    if (!inForce(rule, date)) continue;
    const e = toEpochDay(date);
    // Two holidays on one date make one day off: art. 5 moves a day off only off a weekend.
    if (!into.has(e))
      into.set(e, { name: rule.name, substitute: rule.weekendSubstitute, act: rule.basis[0] });
  }
  const kurban = inputs.kurbanAit.get(year);
  if (kurban) {
    const e = toEpochDay(kurban.date as PlainDate);
    // Labour Code art. 84 p. 5: the first day of Kurban Ait is a day off that never moves.
    if (!into.has(e)) into.set(e, { name: KURBAN_AIT_NAME, substitute: false, act: kurban.act });
  }
}

export function buildYearTable(year: number, inputs: YearInputs): YearTable {
  const start = toEpochDay(fromParts(year, 1, 1));
  const length = toEpochDay(fromParts(year, 12, 31)) - start + 1;
  // The previous year's late holidays are included so that a substitute may cross New Year.
  const holidays = new Map<number, Holiday>();
  holidaysOf(year - 1, inputs, holidays);
  holidaysOf(year, inputs, holidays);

  const substitutes = new Map<number, Holiday>();
  // Chronological order makes cascades right: 1–2 January on a weekend give the 3rd and the 4th.
  for (const e of [...holidays.keys()].sort((a, b) => a - b)) {
    const h = holidays.get(e);
    if (!h?.substitute || !isWeekend(e)) continue;
    let s = e + 1;
    while (isWeekend(s) || holidays.has(s) || substitutes.has(s)) s++;
    substitutes.set(s, h);
  }

  const working = new Uint8Array(length);
  const notes = new Map<number, DayNote>();
  for (let i = 0; i < length; i++) {
    const e = start + i;
    const h = holidays.get(e);
    const sub = substitutes.get(e);
    let isWorking = !isWeekend(e);
    if (h) {
      isWorking = false;
      notes.set(i, { kind: 'holiday', holiday: h.name, ...(h.act ? { act: h.act } : {}) });
    } else if (sub) {
      isWorking = false;
      notes.set(i, { kind: 'substitute', holiday: sub.name, ...(sub.act ? { act: sub.act } : {}) });
    }
    const t = inputs.transfers.get(e);
    if (t) {
      isWorking = t.becomes === 'working';
      notes.set(i, { kind: isWorking ? 'transfer-working' : 'transfer-day-off', act: t.transfer.act });
    }
    working[i] = isWorking ? 1 : 0;
  }

  const prefix = new Uint16Array(length + 1);
  for (let i = 0; i < length; i++) prefix[i + 1] = (prefix[i] ?? 0) + (working[i] ?? 0);
  return { year, start, length, working, prefix, notes };
}

/** The kind of a day in a built table. */
export function dayKindAt(table: YearTable, index: number): DayKind {
  const note = table.notes.get(index);
  if (note) return note.kind;
  return table.working[index] === 1 ? 'working' : 'weekend';
}
