import type { SeedRow } from './types.js';
import { regionByKk } from './data/regions.js';

// Stable codes (domain.md §1): office RR-NNN, akimat RR-NNN-A. RR is the region's KATO code;
// NNN is 000 for the regional (or city) department and 001… for the divisions in seed order
// within the region. Annex 4 row n is linked to annex 2 row n (same region required), never by
// name; annex 3 is linked to annex 1 by region only (their rows are in different orders).

export function pad3(n: number): string {
  return String(n).padStart(3, '0');
}

export function assignCodes(rows: SeedRow[]): void {
  const divisionCount = new Map<string, number>();
  const annex2 = new Map<number, SeedRow>();
  for (const row of rows) {
    const rr = regionByKk(row.region).code;
    if (row.annex === 1 || row.annex === 3) {
      row.officeCode = `${rr}-000${row.annex === 3 ? '-A' : ''}`;
    } else if (row.annex === 2) {
      if (row.kind === 'regional-department') row.officeCode = `${rr}-000`;
      else {
        const next = (divisionCount.get(rr) ?? 0) + 1;
        divisionCount.set(rr, next);
        row.officeCode = `${rr}-${pad3(next)}`;
      }
      annex2.set(row.n, row);
    } else if (row.kind === 'regional-akimat') {
      row.officeCode = `${rr}-000-A`;
    } else {
      const twin = annex2.get(row.n);
      if (!twin) throw new Error(`annex 4 row ${row.n} has no annex 2 row ${row.n}`);
      if (twin.region !== row.region) {
        throw new Error(
          `annex 4 row ${row.n} is under ${row.region}, annex 2 row ${row.n} under ${twin.region}`,
        );
      }
      row.officeCode = `${twin.officeCode}-A`;
    }
  }
}
