import type { PlainDate } from '../time/plain-date.js';
import type { Akimat, Directory, Names, Office } from './types.js';
import { regionByCode } from './data/regions.js';
import { REGION_RU } from './data/russian-names.js';
import { TERRITORIAL_CHANGES, type RegionSpec } from './data/territorial-changes.js';
import { territoryOfName } from './names.js';

// The directory as of a date: the seed (2011) with the dated territorial changes applied in
// order. Codes never change; regions and names do.

export type RegionAsOf = RegionSpec;

function seedRegion(code: string): RegionAsOf {
  const r = regionByCode(code);
  const ru = REGION_RU[code];
  if (!r || !ru) throw new Error(`unknown region code ${code}`);
  return { code, kk: r.kk, ru: ru.ru, timeZone: r.timeZone };
}

function changesUpTo(date: PlainDate) {
  return TERRITORIAL_CHANGES.filter((c) => c.effective <= date).sort((a, b) =>
    a.effective < b.effective ? -1 : 1,
  );
}

/** The region an office (or akimat: pass its office code) belongs to on `date`. */
export function regionOfOffice(officeCode: string, date: PlainDate): RegionAsOf {
  let region = seedRegion(officeCode.slice(0, 2));
  for (const change of changesUpTo(date)) {
    if (change.regionRename && change.regionRename.fromCode === region.code) region = change.regionRename.to;
    for (const move of change.moves ?? []) if (move.offices.includes(officeCode)) region = move.to;
  }
  return region;
}

/** An office's names on `date`: the seed's, with its territory renamed where a change says so. */
export function officeNamesAsOf(office: Pick<Office, 'code' | 'names'>, date: PlainDate): Names {
  return renamed(office.code, office.names, date, 'Ішкі саясат', 'внутренней политики');
}

export function akimatNamesAsOf(akimat: Pick<Akimat, 'officeCode' | 'names'>, date: PlainDate): Names {
  return renamed(akimat.officeCode, akimat.names, date, 'әкімдігі', 'Акимат');
}

function renamed(officeCode: string, names: Names, date: PlainDate, kkMark: string, ruMark: string): Names {
  let current = names;
  for (const change of changesUpTo(date)) {
    for (const r of change.renames ?? []) {
      if (r.office !== officeCode) continue;
      const oldKk = territoryOfName(current.kk);
      const kkGen = (t: string) => t.replace(/ қаласы$/u, ' қаласының').replace(/ ауданы$/u, ' ауданының');
      const kk = current.kk.replace(kkGen(oldKk), kkGen(r.kk));
      const ru =
        current.ru === null ? null : current.ru.replace(/(внутренней политики|Акимат) .+$/u, `$1 ${r.ruGen}`);
      if (!kk.includes(kkMark) || (ru !== null && !ru.includes(ruMark)))
        throw new Error(`cannot rename ${officeCode}`);
      current = { kk, ru };
    }
  }
  return current;
}

export interface OfficeAsOf extends Office {
  asOf: { date: PlainDate; region: RegionAsOf; names: Names };
}

export interface AkimatAsOf extends Akimat {
  asOf: { date: PlainDate; region: RegionAsOf; names: Names };
}

export interface DirectoryAsOf {
  date: PlainDate;
  offices: OfficeAsOf[];
  akimats: AkimatAsOf[];
}

export function directoryAsOf(directory: Directory, date: PlainDate): DirectoryAsOf {
  return {
    date,
    offices: directory.offices.map((o) => ({
      ...o,
      asOf: { date, region: regionOfOffice(o.code, date), names: officeNamesAsOf(o, date) },
    })),
    akimats: directory.akimats.map((a) => ({
      ...a,
      asOf: { date, region: regionOfOffice(a.officeCode, date), names: akimatNamesAsOf(a, date) },
    })),
  };
}
