// The public side of the office directory (domain.md §1): which office serves where, found by name
// or town in Kazakh or Russian spelling, and what one office's page shows. Reads only.
import { regionOfOffice } from '../../domain/directory/index.js';
import type { SourceRow, Suspect } from '../../domain/directory/index.js';
import {
  builtInCalendar,
  isOfficeOpenAt,
  nextOpeningAt,
  type WorkingDayCalendar,
} from '../../domain/calendar/index.js';
import type { Lang } from '../../domain/standard/index.js';
import type { WeeklySchedule } from '../../domain/time/weekly-schedule.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import {
  directoryRegions,
  findDirectoryOffices,
  findDirectoryRow,
  type DirectoryRow,
  type OfficeListRow,
} from '../../db/directory-store.js';
import { DomainError } from '../errors.js';
import {
  directorySearchKey,
  queryWords,
  nameIn,
  collatorFor,
  sortOffices,
  groupByRegion,
  matchesWords,
  searchFold,
  type Names,
  type OfficeSummary,
  type RegionSummary,
  type RegionGroup,
} from './office-listing.js';

// The pure ordering and matching live in office-listing.ts; re-exported for the pages and tests.
export {
  directorySearchKey,
  queryWords,
  nameIn,
  collatorFor,
  sortOffices,
  groupByRegion,
  matchesWords,
  searchFold,
};
export type { Names, OfficeSummary, RegionSummary, RegionGroup };
import type { Deps } from '../deps.js';

function summary(r: OfficeListRow): OfficeSummary {
  return {
    code: r.code,
    kind: r.parentCode === null ? 'regional-department' : 'division',
    region: { code: r.regionCode ?? '', name: { kk: r.regionNameKk ?? '', ru: r.regionNameRu ?? '' } },
    name: { kk: r.nameKk, ru: r.nameRu },
    town: r.townKk === null ? null : { kk: r.townKk, ru: r.townRu },
  };
}

export interface OfficeSearch {
  query?: string | undefined;
  regionCode?: string | undefined;
  lang: Lang;
}

/** The offices matching a query (every word, in the name or the town) and a region, sorted. */
export async function searchOffices(deps: Deps, search: OfficeSearch): Promise<OfficeSummary[]> {
  const rows = await findDirectoryOffices(deps.database.db, {
    words: queryWords(search.query ?? ''),
    regionCode: search.regionCode,
  });
  return sortOffices(rows.map(summary), search.lang);
}

/** The regions with offices, sorted by name in the page language. */
export async function officeRegions(deps: Deps, lang: Lang): Promise<RegionSummary[]> {
  const c = collatorFor(lang);
  return (await directoryRegions(deps.database.db))
    .map((r) => ({ code: r.code, name: { kk: r.nameKk, ru: r.nameRu } }))
    .sort((a, b) => c.compare(nameIn(lang, a.name), nameIn(lang, b.name)));
}

// ---- one office ---------------------------------------------------------------------------------

export interface ContactNumber {
  printed: string;
  /** The +7 form, for a tel: link; null when the number has none or is suspect. */
  e164: string | null;
  suspect: boolean;
}

export interface ContactValue {
  value: string;
  suspect: boolean;
}

export interface Contacts {
  name: Names;
  nameSuspect: boolean;
  address: string | null;
  addressSuspect: boolean;
  phones: ContactNumber[];
  faxes: ContactNumber[];
  emails: ContactValue[];
  websites: ContactValue[];
}

export type OpenState =
  | { state: 'open' }
  | { state: 'closed'; next: Date | null }
  /** No schedule could be read from the seed. */
  | { state: 'unknown' };

export interface OfficeDetails extends OfficeSummary, Contacts {
  /**
   * What the office takes applications for (§1, §13): a division its district or town, a regional
   * department several districts or the whole region; the Astana and Almaty departments stand on
   * both annex 1 and annex 2 and take their whole city.
   */
  competence: 'division' | 'regional' | 'city';
  schedule: WeeklySchedule | null;
  timeZone: string;
  open: OpenState;
  /** The akimat of the same territory: complaints about the result go to its head (§21). */
  akimat: (Contacts & { code: string }) | null;
  /** A division's regional department. */
  department: { code: string; name: Names } | null;
  /** The region (as of today) whose department the seed lacks and for which this office stands in. */
  standsInFor: { kk: string; ru: string } | null;
  sources: SourceRow[];
  suspect: Suspect[];
}

function isSuspect(suspects: readonly Suspect[], field: Suspect['field'], value: string): boolean {
  // A value may be flagged under the column it was printed in ("uvp.almaty.kz" in the e-mail column,
  // kept as a website), and a flagged cell ("8 (72237) 3-18-61," with a number lost) covers every
  // number printed in it.
  return suspects.some(
    (s) => s.value === value || (s.field === field && s.value.split(/,\s*/u).includes(value)),
  );
}

/**
 * The +7 form of a printed number, taken from the row's list of +7 forms (the directory keeps the
 * two lists apart, and a number printed without its area code inherits the cell's).
 */
export function e164Of(printed: string, e164s: readonly string[]): string | null {
  const withArea = /^8 \((\d+)\) (.+)$/u.exec(printed);
  const digits = (withArea ? `${withArea[1]}${withArea[2]}` : printed).replace(/\D/gu, '');
  if (digits.length === 0) return null;
  const found = e164s.filter((e) =>
    withArea ? e === `+7${digits}` : e.startsWith('+7') && e.endsWith(digits),
  );
  return found.length === 1 ? (found[0] as string) : null;
}

export function contactNumbers(
  printed: readonly string[],
  e164s: readonly string[],
  suspects: readonly Suspect[],
  field: 'phones' | 'faxes',
): ContactNumber[] {
  return printed.map((p) => {
    const suspect = isSuspect(suspects, field, p);
    return { printed: p, e164: suspect ? null : e164Of(p, e164s), suspect };
  });
}

function contactsOf(row: DirectoryRow): Contacts {
  const s = row.suspect;
  return {
    name: { kk: row.nameKk, ru: row.nameRu },
    nameSuspect: s.some((x) => x.field === 'name'),
    address: row.address,
    addressSuspect: s.some((x) => x.field === 'address'),
    phones: contactNumbers(row.phones, row.phonesE164, s, 'phones'),
    // Faxes have no +7 list of their own: they are shown, never dialled.
    faxes: row.faxes.map((f) => ({ printed: f, e164: null, suspect: isSuspect(s, 'faxes', f) })),
    emails: row.emails.map((e) => ({ value: e, suspect: isSuspect(s, 'emails', e) || !e.includes('@') })),
    websites: row.websites.map((w) => ({ value: w, suspect: isSuspect(s, 'websites', w) })),
  };
}

/** Open now, or when it next opens (§9: every working day by the office's schedule). */
export function openStateAt(
  schedule: WeeklySchedule | null,
  timeZone: string,
  now: Date,
  calendar: WorkingDayCalendar = builtInCalendar(),
): OpenState {
  if (!schedule) return { state: 'unknown' };
  if (isOfficeOpenAt(schedule, timeZone, now, calendar)) return { state: 'open' };
  return { state: 'closed', next: nextOpeningAt(schedule, timeZone, now, calendar) };
}

/**
 * Where applications for several districts of a division's region go (§1, §13): the region's own
 * department as of the import, or, for the regions formed after the seed (Abai, Zhetisu, Ulytau,
 * Shymkent), the office that stands in for it (domain/directory/competence.ts). The seed's
 * parent (East Kazakhstan's department for a district now in Abai region) would send people to
 * another region.
 */
async function departmentFor(
  deps: Deps,
  row: DirectoryRow,
  standIn: string | undefined,
): Promise<DirectoryRow | null> {
  if (row.parentCode === null) return null;
  const inRegion = row.regionCode
    ? await findDirectoryOffices(deps.database.db, { words: [], regionCode: row.regionCode })
    : [];
  const code = inRegion.find((o) => o.parentCode === null)?.code ?? standIn ?? row.parentCode;
  return code === row.code ? null : findDirectoryRow(deps.database.db, code);
}

/** One service office with its akimat and regional department; NOT_FOUND for any other code. */
export async function findOffice(deps: Deps, code: string): Promise<OfficeDetails> {
  const row = await findDirectoryRow(deps.database.db, code);
  if (!row || row.kind !== 'service_office') throw new DomainError('NOT_FOUND');
  const now = deps.now();
  const today = regionOfOffice(row.code, plainDateAt(now, row.timeZone));
  const akimat = row.akimatCode ? await findDirectoryRow(deps.database.db, row.akimatCode) : null;
  const department = await departmentFor(deps, row, today.standInOffice);
  const annexes = new Set(row.sources.map((s) => s.annex));
  return {
    ...summary(row),
    ...contactsOf(row),
    competence: annexes.has(1) && annexes.has(2) ? 'city' : row.parentCode === null ? 'regional' : 'division',
    schedule: row.schedule,
    timeZone: row.timeZone,
    // Years entered in the database count too (a transfer of days off closes the office).
    open: openStateAt(row.schedule, row.timeZone, now, (await deps.calendar?.get()) ?? builtInCalendar()),
    akimat: akimat ? { code: akimat.code, ...contactsOf(akimat) } : null,
    department: department
      ? { code: department.code, name: { kk: department.nameKk, ru: department.nameRu } }
      : null,
    standsInFor: today.standInOffice === row.code ? { kk: today.kk, ru: today.ru } : null,
    sources: row.sources,
    suspect: row.suspect,
  };
}
