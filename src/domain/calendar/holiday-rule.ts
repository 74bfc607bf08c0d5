import type { LegalAct } from './calendar-year-data.js';

export interface LocalizedName {
  kk: string;
  ru: string;
  en: string;
}

/**
 * A holiday the law fixes to a calendar date, with the dates between which the rule held. The law
 * sets these in advance, which is why a provisional year (domain.md §9) still knows them.
 */
export interface HolidayRule {
  id: string;
  name: LocalizedName;
  month: number;
  day: number;
  kind: 'national' | 'state' | 'religious';
  /**
   * Law No. 267 art. 5: when a national or state holiday falls on a Saturday or Sunday the day off
   * moves to the next working day. Religious days off (Labour Code art. 84 p. 5) never move.
   */
  weekendSubstitute: boolean;
  /** First date the rule applies (inclusive), or null when it held before the calendar's range. */
  from: string | null;
  /** Last date the rule applies (inclusive), or null while it is in force. */
  until: string | null;
  /** The acts that set, changed or ended the rule. */
  basis: LegalAct[];
}

export const KURBAN_AIT_NAME: LocalizedName = {
  kk: 'Құрбан айт (бірінші күні)',
  ru: 'Курбан айт (первый день)',
  en: 'Kurban Ait (first day)',
};
