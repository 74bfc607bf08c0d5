// The order and matching of the public office list (domain.md §1): search folding for Kazakh and
// Russian spellings, the page language's collation, grouping by region. Pure: no database.
import { searchKey } from '../../domain/directory/index.js';
import type { Lang } from '../../domain/standard/index.js';
// ---- search (pure) --------------------------------------------------------------------------

/**
 * The search folding of the directory: searchKey's (any case, Kazakh letters as typed on a Russian
 * keyboard) after punctuation and symbols become spaces, so "Нұр-Сұлтан" is found by "нур султан".
 */
export function searchFold(text: string): string {
  return searchKey(text.replace(/[\p{P}\p{S}]+/gu, ' '));
}

/** The words of a query, folded: an office matches when its key holds every one of them. */
export function queryWords(query: string): string[] {
  return searchFold(query)
    .split(' ')
    .filter((w) => w.length > 0);
}

/** The stored search key of a row: its names and towns, folded, kept apart by a separator. */
export function directorySearchKey(parts: readonly (string | null | undefined)[]): string {
  const folded = parts.filter((p): p is string => !!p).map(searchFold);
  return [...new Set(folded)].join(' | ');
}

export function matchesWords(key: string, words: readonly string[]): boolean {
  return words.every((w) => key.includes(w));
}

// The embedded database's default collation does not know Kazakh order (Ә after А, Ө after О), so
// lists are sorted here with ICU's: Kazakh on Kazakh pages, Russian on Russian and English ones
// (the English pages show the Russian names, see organisationName in views).
const collators = new Map<string, Intl.Collator>();
export function collatorFor(lang: Lang): Intl.Collator {
  const locale = lang === 'kk' ? 'kk' : 'ru';
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, c);
  }
  return c;
}

export function nameIn(lang: Lang, names: { kk: string; ru: string | null }): string {
  return lang === 'kk' ? names.kk : (names.ru ?? names.kk);
}

// ---- the list -------------------------------------------------------------------------------

export interface Names {
  kk: string;
  ru: string | null;
}

export interface RegionSummary {
  code: string;
  name: { kk: string; ru: string };
}

export interface OfficeSummary {
  code: string;
  kind: 'regional-department' | 'division';
  region: RegionSummary;
  name: Names;
  town: Names | null;
}

/** Sorted by name with the page language's collation. */
export function sortOffices<T extends { name: Names }>(offices: readonly T[], lang: Lang): T[] {
  const c = collatorFor(lang);
  return [...offices].sort((a, b) => c.compare(nameIn(lang, a.name), nameIn(lang, b.name)));
}

export interface RegionGroup {
  region: RegionSummary;
  offices: OfficeSummary[];
}

/** Offices by region: regions by name, the regional department first, then its divisions by name. */
export function groupByRegion(offices: readonly OfficeSummary[], lang: Lang): RegionGroup[] {
  const c = collatorFor(lang);
  const groups = new Map<string, RegionGroup>();
  for (const o of sortOffices(offices, lang)) {
    const g = groups.get(o.region.code) ?? { region: o.region, offices: [] };
    g.offices.push(o);
    groups.set(o.region.code, g);
  }
  const regional = (o: OfficeSummary) => (o.kind === 'regional-department' ? 0 : 1);
  for (const g of groups.values()) g.offices.sort((a, b) => regional(a) - regional(b));
  return [...groups.values()].sort((a, b) =>
    c.compare(nameIn(lang, a.region.name), nameIn(lang, b.region.name)),
  );
}
