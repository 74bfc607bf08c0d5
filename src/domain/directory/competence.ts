import type { PlainDate } from '../time/plain-date.js';
import type { Directory } from './types.js';
import { regionOfOffice, type RegionAsOf } from './as-of.js';
import { TERRITORIAL_CHANGES } from './data/territorial-changes.js';

// Competence (§1, §13; domain.md §1): an activity within one district → that district's
// division; within several districts of one region, or the whole region → the regional
// department; across regions → one office per region (one application per region).
// Regions are taken as of the date, so after 2018 Shymkent is its own region and after
// 8 June 2022 so are Abai, Zhetisu and Ulytau. The seed lists no department for those: the
// office of the region's seat stands in (data/territorial-changes.ts), and the answer says so.

/** Where an activity takes place: office codes of districts or cities, or region codes (KATO, as of the date). */
export type TerritoryUnit = { office: string } | { region: string };
export type Territory = readonly TerritoryUnit[];

export interface CompetentOffice {
  /** The region (as of the date) the application covers. */
  region: RegionAsOf;
  officeCode: string;
  reason: 'one-district' | 'several-districts' | 'whole-region';
  /** True when no department of the region is in the directory and the seat's office stands in. */
  standIn: boolean;
}

function departmentOf(
  directory: Directory,
  region: RegionAsOf,
  date: PlainDate,
): { code: string; standIn: boolean } {
  const own = directory.offices.find(
    (o) => o.kind === 'regional-department' && regionOfOffice(o.code, date).code === region.code,
  );
  if (own) return { code: own.code, standIn: false };
  if (region.standInOffice) return { code: region.standInOffice, standIn: true };
  throw new Error(`no office for region ${region.code} on ${date}`);
}

function regionByCodeAsOf(directory: Directory, code: string, date: PlainDate): RegionAsOf {
  for (const o of directory.offices) {
    const r = regionOfOffice(o.code, date);
    if (r.code === code) return r;
  }
  const known = TERRITORIAL_CHANGES.some(
    (c) => c.effective > date && (c.moves ?? []).some((m) => m.to.code === code),
  );
  throw new Error(known ? `region ${code} does not exist yet on ${date}` : `unknown region ${code}`);
}

export function competentOffices(
  directory: Directory,
  territory: Territory,
  date: PlainDate,
): CompetentOffice[] {
  if (territory.length === 0) throw new Error('an activity takes place somewhere: the territory is empty');
  const groups = new Map<string, { region: RegionAsOf; offices: Set<string>; whole: boolean }>();
  for (const unit of territory) {
    let region: RegionAsOf;
    let office: string | null = null;
    if ('office' in unit) {
      const o = directory.offices.find((x) => x.code === unit.office);
      if (!o) throw new Error(`unknown office ${unit.office}`);
      region = regionOfOffice(o.code, date);
      // A department's own code (outside Astana and Almaty) stands for its whole region.
      office = o.kind === 'division' || o.code.startsWith('71-') || o.code.startsWith('75-') ? o.code : null;
    } else {
      region = regionByCodeAsOf(directory, unit.region, date);
    }
    const g = groups.get(region.code) ?? { region, offices: new Set<string>(), whole: false };
    if (office === null) g.whole = true;
    else g.offices.add(office);
    groups.set(region.code, g);
  }
  const result: CompetentOffice[] = [];
  for (const g of groups.values()) {
    const [only] = [...g.offices];
    if (!g.whole && g.offices.size === 1 && only) {
      result.push({ region: g.region, officeCode: only, reason: 'one-district', standIn: false });
    } else {
      const dept = departmentOf(directory, g.region, date);
      result.push({
        region: g.region,
        officeCode: dept.code,
        reason: g.whole ? 'whole-region' : 'several-districts',
        standIn: dept.standIn,
      });
    }
  }
  return result.sort((a, b) => (a.region.code < b.region.code ? -1 : a.region.code > b.region.code ? 1 : 0));
}
