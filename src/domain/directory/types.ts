import type { WeeklySchedule } from '../time/weekly-schedule.js';

// The office directory of the standard's annexes 1–4 (domain.md §1).

export type AnnexNo = 1 | 2 | 3 | 4;

export type SeedRowKind = 'regional-department' | 'division' | 'regional-akimat' | 'district-akimat';

/** A value printed in the seed that is plainly wrong: kept as printed, never shown as a working link. */
export interface Suspect {
  field: 'name' | 'address' | 'phones' | 'faxes' | 'emails' | 'websites' | 'schedule';
  value: string;
  reason: string;
}

/** One row of annexes 1–4 as printed (after the PDF damage is repaired by named rules). */
export interface SeedRow {
  annex: AnnexNo;
  n: number;
  /** Kazakh, as printed in the region heading (annexes 2, 4) or derived from the name (annexes 1, 3). */
  region: string;
  /** True when `region` was derived from the name because the annex prints no headings (annexes 1, 3). */
  regionDerived: boolean;
  kind: SeedRowKind;
  name: string;
  address: string;
  /** The settlement parsed from the address ("Көкшетау қаласы" → "Көкшетау"); null when none is printed. */
  town: string | null;
  phones: string[];
  phonesE164: string[];
  faxes: string[];
  emails: string[];
  websites: string[];
  schedule: WeeklySchedule | null;
  suspect: Suspect[];
  officeCode: string;
  /** 1-based seed line numbers the row was assembled from. */
  lines: number[];
}

export interface SourceRow {
  annex: AnnexNo;
  n: number;
}

export interface Names {
  kk: string;
  /** The official Russian form, or null when the reviewed table has none (the Kazakh name stands in). */
  ru: string | null;
}

export interface Office {
  code: string;
  kind: 'regional-department' | 'division';
  regionCode: string;
  names: Names;
  address: string;
  town: Names | null;
  phones: string[];
  phonesE164: string[];
  emails: string[];
  websites: string[];
  schedule: WeeklySchedule | null;
  timeZone: string;
  akimatCode: string;
  /** A division's regional department; null for a regional (or city) department. */
  parentCode: string | null;
  sources: SourceRow[];
  suspect: Suspect[];
}

export interface Akimat {
  code: string;
  kind: 'regional-akimat' | 'district-akimat';
  regionCode: string;
  names: Names;
  address: string;
  town: Names | null;
  phones: string[];
  phonesE164: string[];
  faxes: string[];
  websites: string[];
  schedule: WeeklySchedule | null;
  timeZone: string;
  officeCode: string;
  sources: SourceRow[];
  suspect: Suspect[];
}

export interface Directory {
  offices: Office[];
  akimats: Akimat[];
}
