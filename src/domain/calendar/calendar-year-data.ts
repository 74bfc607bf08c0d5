import { isPlainDate } from '../time/plain-date.js';

// The national calendar is data (domain.md §9): every fact names the act it comes from, so that a
// due date computed under §7.1 or §16 can be traced back to a law, a code or a decree.

export type LegalActKind =
  'constitution' | 'law' | 'code' | 'government-decree' | 'ministry-order' | 'announcement';

export interface LegalAct {
  kind: LegalActKind;
  /** The act's title as published (Russian), or what the announcement says. */
  title: string;
  /** The act's number as published, or null while it is not confirmed (see `source`). */
  number: string | null;
  /** The date the act was adopted or signed (YYYY-MM-DD), or null while it is not confirmed. */
  date: string | null;
  /** Where the fact was checked: the official publication or the news report that quotes the act. */
  source: string;
}

/** A transfer of a day off ("О переносе дней отдыха"): one day becomes working, another a day off. */
export interface DayTransfer {
  /** The day that becomes a working day (usually a Saturday; once a substitute Monday, 2020-05-11). */
  workingDay: string;
  /** The weekday that becomes a day off in its place. */
  dayOff: string;
  act: LegalAct;
}

/**
 * One year of the national calendar: the facts the law does not fix in advance. The same shape is
 * stored in the database when an administrator enters a new year; a year without a record is
 * provisional (domain.md §9): its fixed holidays and their weekend substitutes still apply.
 */
export interface CalendarYearData {
  year: number;
  /** The first day of Kurban Ait, a day off with no weekend substitute (Labour Code art. 84 p. 5). */
  kurbanAit: { date: string; act: LegalAct };
  /** The year's transfers of days off; an empty list when the decree moved nothing. */
  transfers: DayTransfer[];
  /** Anything a reader of the year should know (a published figure that assumed another date…). */
  note?: string;
}

/** Checks one year's record; throws RangeError naming the first problem. */
export function validateYearData(data: CalendarYearData): void {
  const where = `calendar year ${String(data.year)}`;
  if (!Number.isInteger(data.year) || data.year < 1 || data.year > 9999) {
    throw new RangeError(`${where}: the year must be an integer from 1 to 9999`);
  }
  const date = (value: string, what: string): void => {
    if (!isPlainDate(value)) throw new RangeError(`${where}: ${what} is not a calendar date: ${value}`);
  };
  date(data.kurbanAit.date, 'the Kurban Ait date');
  if (Number(data.kurbanAit.date.slice(0, 4)) !== data.year) {
    throw new RangeError(`${where}: the Kurban Ait date ${data.kurbanAit.date} lies in another year`);
  }
  for (const t of data.transfers) {
    date(t.workingDay, 'a transfer working day');
    date(t.dayOff, 'a transfer day off');
    if (t.workingDay === t.dayOff) throw new RangeError(`${where}: a transfer moves ${t.dayOff} onto itself`);
    // A decree may reach into the neighbouring year (28 Dec 2013 → 3 Jan 2014), never further.
    for (const d of [t.workingDay, t.dayOff]) {
      if (Math.abs(Number(d.slice(0, 4)) - data.year) > 1) {
        throw new RangeError(`${where}: the transfer date ${d} is too far from the year`);
      }
    }
  }
  for (const act of [data.kurbanAit.act, ...data.transfers.map((t) => t.act)]) {
    if (act.date !== null) date(act.date, 'an act date');
    if (act.source.trim() === '') throw new RangeError(`${where}: an act has no source`);
  }
}
