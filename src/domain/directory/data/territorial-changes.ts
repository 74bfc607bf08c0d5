// Territorial changes since the seed (2011), as dated changes on top of it. Office codes never
// change (domain.md §1): a change moves offices to another region, renames a region or a
// territory, from its effective date on. Each change cites its act; `verified` says which parts
// of the citation were checked against a source text here, and which are not.

export interface Act {
  kind: 'decree' | 'constitutional-law';
  title: string;
  /** The act's number, or null where none was found. */
  number: string | null;
  signed: string;
  source: string;
  /** What of this citation was not checked against the act's own text. */
  unverified?: string;
}

export interface RegionSpec {
  code: string;
  kk: string;
  ru: string;
  timeZone: string;
  /** The office that stands in as the region's department where the seed lists none (see competence.ts). */
  standInOffice?: string;
}

export interface TerritorialChange {
  id: string;
  /** The first day the change applies (YYYY-MM-DD). */
  effective: string;
  act: Act;
  /** A region renamed, and recoded where KATO gave it a new code. */
  regionRename?: { fromCode: string; to: RegionSpec };
  /** Offices (with their akimats) that pass to another region, new or existing. */
  moves?: ReadonlyArray<{ offices: readonly string[]; to: RegionSpec }>;
  /** Territories renamed: the office serving it → the new Kazakh / Russian territory name. */
  renames?: ReadonlyArray<{ office: string; kk: string; ru: string; ruGen: string }>;
}

const TURKISTAN: RegionSpec = { code: '61', kk: 'Түркістан облысы', ru: 'Туркестанская область', timeZone: 'Asia/Almaty' };
const SHYMKENT: RegionSpec = { code: '79', kk: 'Шымкент қаласы', ru: 'город Шымкент', timeZone: 'Asia/Almaty', standInOffice: '51-001' };
const ABAI: RegionSpec = { code: '10', kk: 'Абай облысы', ru: 'область Абай', timeZone: 'Asia/Almaty', standInOffice: '63-002' };
const ZHETISU: RegionSpec = { code: '33', kk: 'Жетісу облысы', ru: 'область Жетісу', timeZone: 'Asia/Almaty', standInOffice: '19-001' };
const ULYTAU: RegionSpec = { code: '62', kk: 'Ұлытау облысы', ru: 'область Ұлытау', timeZone: 'Asia/Almaty', standInOffice: '35-003' };

// Region codes 61, 62, 10, 33, 79: ISO 3166-2:KZ, which follows KATO (regions.ts).
export const TERRITORIAL_CHANGES: readonly TerritorialChange[] = [
  {
    id: 'turkistan-shymkent-2018',
    effective: '2018-06-19',
    act: {
      kind: 'decree',
      title: 'О некоторых вопросах административно-территориального устройства Республики Казахстан',
      number: '702',
      signed: '2018-06-19',
      source: 'Akorda, 19 June 2018, as reported by Sputnik Kazakhstan and Tengrinews (19 June 2018)',
      unverified: 'the number; the effective date is taken as the signing date (in force from first official publication)',
    },
    regionRename: { fromCode: '51', to: TURKISTAN },
    moves: [{ offices: ['51-001'], to: SHYMKENT }],
  },
  {
    id: 'nur-sultan-2019',
    effective: '2019-03-23',
    act: {
      kind: 'decree',
      title: 'О переименовании города Астаны – столицы Республики Казахстан в город Нур-Султан',
      number: '6',
      signed: '2019-03-23',
      source: 'text quoted by babel.ua and agenda-u.org (March 2019): «Переименовать город Астану … в город Нур-Султан»',
      unverified: 'the number and the signing date (in force from first official publication)',
    },
    regionRename: {
      fromCode: '71',
      to: { code: '71', kk: 'Нұр-Сұлтан қаласы', ru: 'город Нур-Султан', timeZone: 'Asia/Almaty' },
    },
    renames: [{ office: '71-000', kk: 'Нұр-Сұлтан қаласы', ru: 'город Нур-Султан', ruGen: 'города Нур-Султана' }],
  },
  {
    id: 'konaev-2022',
    effective: '2022-05-04',
    act: {
      kind: 'decree',
      title: 'О переименовании города Капшагай Алматинской области в город Қонаев',
      number: null,
      signed: '2022-05-03',
      source: 'text quoted by EADaily (3 May 2022) and mgorod.kz (4 May 2022): «переименовать город Капшагай Алматинской области в город Қонаев»',
      unverified: 'the number; the effective date (first official publication) is taken as 4 May 2022',
    },
    renames: [{ office: '19-018', kk: 'Қонаев қаласы', ru: 'город Конаев', ruGen: 'города Конаева' }],
  },
  {
    id: 'abai-zhetisu-ulytau-2022',
    effective: '2022-06-08',
    act: {
      kind: 'decree',
      title: 'О некоторых вопросах административно-территориального устройства Республики Казахстан',
      number: '887',
      signed: '2022-05-03',
      source: 'text as published by Kazpravda.kz (4 May 2022); in force from 8 June 2022 (its own last clause, quoted by qyzyljarnews.kz)',
      unverified: 'the number (adilet.zan.kz lists the companion decree of the same day as No. 886)',
    },
    moves: [
      { offices: ['63-002', '63-004', '63-005', '63-006', '63-007', '63-008', '63-010', '63-014', '63-018'], to: ABAI },
      { offices: ['19-001', '19-002', '19-003', '19-006', '19-009', '19-011', '19-012', '19-013', '19-015', '19-019'], to: ZHETISU },
      { offices: ['35-003', '35-004', '35-007', '35-013', '35-017'], to: ULYTAU },
    ],
  },
  {
    id: 'astana-2022',
    effective: '2022-09-19',
    act: {
      kind: 'constitutional-law',
      title: 'О внесении изменений и дополнения в Конституцию Республики Казахстан',
      number: null,
      signed: '2022-09-17',
      source: 'Regnum (19 September 2022): published in Kazakhstanskaya Pravda on 19 September and in force',
      unverified: 'the number',
    },
    regionRename: { fromCode: '71', to: { code: '71', kk: 'Астана қаласы', ru: 'город Астана', timeZone: 'Asia/Almaty' } },
    renames: [{ office: '71-000', kk: 'Астана қаласы', ru: 'город Астана', ruGen: 'города Астаны' }],
  },
];

/** Later renamings found but not recorded as changes: no act or date could be sourced here. */
export const UNSOURCED_RENAMINGS: readonly string[] = [
  'Зырянов ауданы, Зыряновск → Алтай (approved by the district maslikhat on 28 September 2018 and announced by the regional akim on 27 December 2018; the act not found)',
  'Панфилов ауданы → Жаркент ауданы (no source found; the 2022 decree still says «Панфиловского района»)',
  'Еңбекшілдер → Біржан сал, Лебяжі → Аққулы, Қашыр → Тереңкөл, Зеленов → Бәйтерек, Таран → Бейімбет Майлин (current names in the State Register list; acts and dates not found)',
];
