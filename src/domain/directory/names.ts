import type { Directory } from './types.js';
import { REGION_RU, TERRITORY_RU } from './data/russian-names.js';
import { TOWN_RU } from './data/russian-towns.js';

// Kazakh office names → the territory they serve, and the Russian names built from the reviewed
// tables (data/russian-names.ts): "Отдел внутренней политики Аккольского района",
// "Управление внутренней политики Акмолинской области", "Акимат Аккольского района".

const GENITIVE_TO_NOMINATIVE: ReadonlyArray<[RegExp, string]> = [
  [/ ауданының$/u, ' ауданы'],
  [/ қаласының$/u, ' қаласы'],
  [/ облысының$/u, ' облысы'],
  [/ ауданның$/u, ' аудан'],
];

/** "Ақкөл ауданының Ішкі саясат бөлімі" → "Ақкөл ауданы"; "… атындағы ауданның әкімдігі" → "… атындағы аудан". */
export function territoryOfName(name: string): string {
  const genitive = name.replace(/ (Ішкі|ішкі) саясат (басқармасы|бөлімі)$| әкімдігі$/u, '');
  for (const [re, nominative] of GENITIVE_TO_NOMINATIVE)
    if (re.test(genitive)) return genitive.replace(re, nominative);
  throw new Error(`no territory in the name ${JSON.stringify(name)}`);
}

function territoryGenitive(regionCode: string, territoryKk: string, regional: boolean): string | null {
  if (regional) return REGION_RU[regionCode]?.gen ?? null;
  const t = TERRITORY_RU.get(`${regionCode}:${territoryKk}`);
  return t && t.ru !== null && 'gen' in t ? t.gen : null;
}

export function officeNameRu(regionCode: string, territoryKk: string, regional: boolean): string | null {
  const gen = territoryGenitive(regionCode, territoryKk, regional);
  if (gen === null) return null;
  return `${regional ? 'Управление' : 'Отдел'} внутренней политики ${gen}`;
}

export function akimatNameRu(regionCode: string, territoryKk: string, regional: boolean): string | null {
  const gen = territoryGenitive(regionCode, territoryKk, regional);
  return gen === null ? null : `Акимат ${gen}`;
}

export function townRu(regionCode: string, town: string): string | null {
  return TOWN_RU[`${regionCode}:${town}`]?.ru ?? null;
}

export interface RussianNameGap {
  kind: 'territory' | 'town';
  regionCode: string;
  kk: string;
  /** The offices and akimats whose Russian name or town is missing for it. */
  codes: string[];
  note: string;
}

/** Every Kazakh name of the directory with no reviewed Russian form (the Kazakh name stands in). */
export function russianNameGaps(directory: Directory): RussianNameGap[] {
  const gaps = new Map<string, RussianNameGap>();
  const add = (kind: RussianNameGap['kind'], regionCode: string, kk: string, code: string, note: string) => {
    const key = `${kind}:${regionCode}:${kk}`;
    const gap = gaps.get(key) ?? { kind, regionCode, kk, codes: [], note };
    gap.codes.push(code);
    gaps.set(key, gap);
  };
  for (const body of [...directory.offices, ...directory.akimats]) {
    if (body.names.ru === null) {
      const officeCode = 'officeCode' in body ? body.officeCode : body.code;
      const kk = territoryOfName(
        directory.offices.find((o) => o.code === officeCode)?.names.kk ?? body.names.kk,
      );
      const entry = TERRITORY_RU.get(`${body.regionCode}:${kk}`);
      add('territory', body.regionCode, kk, body.code, entry?.source ?? 'not in the reviewed table');
    }
    if (body.town && body.town.ru === null)
      add('town', body.regionCode, body.town.kk, body.code, 'not in the reviewed table');
  }
  return [...gaps.values()];
}
