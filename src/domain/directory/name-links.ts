import type { SeedRow } from './types.js';
import { NAME_LINK_EXCEPTIONS, type NameLinkException } from './data/name-link-exceptions.js';

// The check on the annex 2 ↔ annex 4 link (which is by region and row): the territory part of
// both names must agree, unless the pair is a reviewed exception.

function territoryPart(name: string, suffix: RegExp): string | null {
  return suffix.test(name) ? name.replace(suffix, '').toLowerCase() : null;
}

export interface NameLinkMismatch {
  n: number;
  annex2: string;
  annex4: string;
}

export interface NameLinkReport {
  /** Mismatches with no reviewed exception: each one fails the build of the directory. */
  unreviewed: NameLinkMismatch[];
  /** Exceptions that no longer match a mismatch of the seed (stale entries). */
  stale: NameLinkException[];
}

export function checkNameLinks(rows: readonly SeedRow[]): NameLinkReport {
  const mismatches: NameLinkMismatch[] = [];
  for (const a4 of rows.filter((r) => r.annex === 4)) {
    const a2 = rows.find((r) => r.annex === 2 && r.n === a4.n);
    if (!a2) continue;
    const t2 = territoryPart(a2.name, / (Ішкі|ішкі) саясат (басқармасы|бөлімі)$/u);
    const t4 = territoryPart(a4.name, / әкімдігі$/u);
    if (t2 === null || t4 === null || t2 !== t4)
      mismatches.push({ n: a4.n, annex2: a2.name, annex4: a4.name });
  }
  const isReviewed = (m: NameLinkMismatch) =>
    NAME_LINK_EXCEPTIONS.some((e) => e.n === m.n && e.annex2 === m.annex2 && e.annex4 === m.annex4);
  return {
    unreviewed: mismatches.filter((m) => !isReviewed(m)),
    stale: NAME_LINK_EXCEPTIONS.filter(
      (e) => !mismatches.some((m) => m.n === e.n && m.annex2 === e.annex2 && m.annex4 === e.annex4),
    ),
  };
}
