import type { HolidayRule, LocalizedName } from '../holiday-rule.js';
import type { LegalAct } from '../calendar-year-data.js';
import {
  CONSTITUTION_2026,
  LABOUR_CODE_2007,
  LABOUR_CODE_2015,
  LAW_2022_CULTURE_AND_HOLIDAYS,
  LAW_DEFENDER_DAY,
  LAW_FIRST_PRESIDENT_DAY,
  LAW_ON_HOLIDAYS,
} from './acts.js';

// The fixed holidays of Law No. 267 as they stood from 2011 on. Rules that held before 2011
// (three days of Nauryz since 2010, Capital Day since 2009) carry `from: null`: the calendar is
// not meant for earlier years. The 2022 law was signed on 29 September 2022 and came into force
// after its publication; no affected date (25 October, 1 and 17 December) lies in between.

interface Spec {
  id: string;
  name: LocalizedName;
  month: number;
  days: number[];
  kind: HolidayRule['kind'];
  from?: string;
  until?: string;
  basis: LegalAct[];
}

const NEW_YEAR = { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' };
const NAURYZ = { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' };
const INDEPENDENCE = { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' };
const CONSTITUTION = { kk: 'Конституция күні', ru: 'День Конституции', en: 'Constitution Day' };
const LAW_2022_CUT = '2022-09-28';

const SPECS: Spec[] = [
  { id: 'new-year', name: NEW_YEAR, month: 1, days: [1, 2], kind: 'state', basis: [LAW_ON_HOLIDAYS] },
  {
    id: 'orthodox-christmas',
    name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
    month: 1,
    days: [7],
    kind: 'religious',
    basis: [LABOUR_CODE_2007, LABOUR_CODE_2015],
  },
  {
    id: 'womens-day',
    name: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" },
    month: 3,
    days: [8],
    kind: 'state',
    basis: [LAW_ON_HOLIDAYS],
  },
  {
    id: 'constitution-day-15-march',
    name: CONSTITUTION,
    month: 3,
    days: [15],
    kind: 'state',
    from: '2026-07-01',
    basis: [CONSTITUTION_2026],
  },
  { id: 'nauryz', name: NAURYZ, month: 3, days: [21, 22, 23], kind: 'state', basis: [LAW_ON_HOLIDAYS] },
  {
    id: 'unity-day',
    name: { kk: 'Қазақстан халқының бірлігі мерекесі', ru: 'Праздник единства народа Казахстана', en: 'Unity Day' },
    month: 5,
    days: [1],
    kind: 'state',
    basis: [LAW_ON_HOLIDAYS],
  },
  {
    id: 'defender-day',
    name: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
    month: 5,
    days: [7],
    kind: 'state',
    from: '2013-01-01',
    basis: [LAW_DEFENDER_DAY],
  },
  {
    id: 'victory-day',
    name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
    month: 5,
    days: [9],
    kind: 'state',
    basis: [LAW_ON_HOLIDAYS],
  },
  {
    id: 'capital-day',
    name: { kk: 'Астана күні', ru: 'День Столицы', en: 'Capital Day' },
    month: 7,
    days: [6],
    kind: 'state',
    basis: [LAW_ON_HOLIDAYS],
  },
  {
    id: 'constitution-day-30-august',
    name: CONSTITUTION,
    month: 8,
    days: [30],
    kind: 'state',
    until: '2026-06-30',
    basis: [LAW_ON_HOLIDAYS, CONSTITUTION_2026],
  },
  {
    id: 'republic-day',
    name: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
    month: 10,
    days: [25],
    kind: 'national',
    from: '2022-09-29',
    basis: [LAW_2022_CULTURE_AND_HOLIDAYS],
  },
  {
    id: 'first-president-day',
    name: { kk: 'Тұңғыш Президент күні', ru: 'День Первого Президента', en: "First President's Day" },
    month: 12,
    days: [1],
    kind: 'state',
    from: '2011-12-14',
    until: LAW_2022_CUT,
    basis: [LAW_FIRST_PRESIDENT_DAY, LAW_2022_CULTURE_AND_HOLIDAYS],
  },
  { id: 'independence-day', name: INDEPENDENCE, month: 12, days: [16], kind: 'national', basis: [LAW_ON_HOLIDAYS] },
  {
    id: 'independence-day-second',
    name: INDEPENDENCE,
    month: 12,
    days: [17],
    kind: 'national',
    until: LAW_2022_CUT,
    basis: [LAW_ON_HOLIDAYS, LAW_2022_CULTURE_AND_HOLIDAYS],
  },
];

/** The holiday rules of Kazakhstan (Law No. 267 and its amendments, Labour Code art. 84 p. 5). */
export const KAZAKHSTAN_HOLIDAY_RULES: readonly HolidayRule[] = SPECS.flatMap((s) =>
  s.days.map(
    (day, i): HolidayRule => ({
      id: s.days.length > 1 ? `${s.id}-${String(i + 1)}` : s.id,
      name: s.name,
      month: s.month,
      day,
      kind: s.kind,
      weekendSubstitute: s.kind !== 'religious',
      from: s.from ?? null,
      until: s.until ?? null,
      basis: s.basis,
    }),
  ),
);
