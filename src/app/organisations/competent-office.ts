// §1, §13 (domain.md §1): which office is competent for where the activity takes place — an
// activity within one district → that district's division; several districts of a region or the
// whole region → the regional department (domain/directory/competence.ts). An application handed in
// elsewhere is taken in, registered and transferred, never refused for that: the pages warn and
// offer the transfer to the office named here.
//
// The clerk records the territory by the directory as `office:RR-NNN` (the district or town of that
// office) or `region:RR` (several districts, or the whole region), beside the annex's free-text line.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildDirectory,
  competentOffices,
  officeNamesAsOf,
  parseSeed,
  regionOfOffice,
  type Directory,
  type TerritoryUnit,
} from '../../domain/directory/index.js';
import type { PlainDate } from '../../domain/time/plain-date.js';

const SEED_FILE = fileURLToPath(new URL('../../../seed/standard-2011-kk.txt', import.meta.url));
const UNIT = /^(?:office:(\d{2}-\d{3})|region:(\d{2}))$/;

let cached: Directory | null = null;
/** The directory of annexes 1–2, built once from the seed (≈ 0.2 s). */
function directory(): Directory {
  cached ??= buildDirectory(parseSeed(fs.readFileSync(SEED_FILE, 'utf8')));
  return cached;
}

export interface Names {
  kk: string;
  ru: string | null;
}

/** The territory as the application records it, or null when absent or not a unit of the directory. */
export function parseTerritoryUnit(value: unknown): TerritoryUnit | null {
  if (typeof value !== 'string') return null;
  const m = UNIT.exec(value);
  if (!m) return null;
  if (m[1]) return directory().offices.some((o) => o.code === m[1]) ? { office: m[1] } : null;
  return { region: m[2]! };
}

/** The territory the application records (`territoryUnit`, beside the annex's free text), if any. */
export function territoryUnitOf(application: unknown): string | undefined {
  const v = (application as { territoryUnit?: unknown } | null)?.territoryUnit;
  return typeof v === 'string' ? v : undefined;
}

export interface Competence {
  /** The office holding the case is the competent one. */
  competent: boolean;
  officeCode: string;
  names: Names;
  reason: 'one-district' | 'several-districts' | 'whole-region';
}

/** The competent office for the recorded territory on `date`; null when no (known) territory is recorded. */
export function competenceFor(
  territoryUnit: string | undefined,
  holderCode: string,
  date: PlainDate,
): Competence | null {
  const unit = parseTerritoryUnit(territoryUnit);
  if (!unit) return null;
  let found;
  try {
    [found] = competentOffices(directory(), [unit], date);
  } catch {
    return null; // a region that does not exist on that date
  }
  if (!found) return null;
  const office = directory().offices.find((o) => o.code === found.officeCode);
  return {
    competent: found.officeCode === holderCode,
    officeCode: found.officeCode,
    names: office ? officeNamesAsOf(office, date) : { kk: found.officeCode, ru: null },
    reason: found.reason,
  };
}

export interface TerritoryChoiceGroup {
  region: { code: string; kk: string; ru: string };
  /** `region:RR` first (several districts or the whole region), then each office's district or town. */
  choices: { value: string; kk: string; ru: string | null; whole: boolean }[];
}

/** The choices of the intake form's territory field, by region as of `date`. */
export function territoryChoices(date: PlainDate): TerritoryChoiceGroup[] {
  const groups = new Map<string, TerritoryChoiceGroup>();
  for (const o of directory().offices) {
    const region = regionOfOffice(o.code, date);
    let g = groups.get(region.code);
    if (!g) {
      g = {
        region: { code: region.code, kk: region.kk, ru: region.ru },
        choices: [{ value: `region:${region.code}`, kk: region.kk, ru: region.ru, whole: true }],
      };
      groups.set(region.code, g);
    }
    // A department outside Astana and Almaty stands for its region (competence.ts), not a district.
    if (o.kind === 'regional-department' && !o.code.startsWith('71-') && !o.code.startsWith('75-')) continue;
    const names = officeNamesAsOf(o, date);
    g.choices.push({ value: `office:${o.code}`, kk: names.kk, ru: names.ru, whole: false });
  }
  return [...groups.values()].sort((a, b) => (a.region.code < b.region.code ? -1 : 1));
}

/** A service office of the directory (annexes 1–2), by its code. */
export function isDirectoryOffice(code: string): boolean {
  return directory().offices.some((o) => o.code === code);
}
