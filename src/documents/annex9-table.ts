import type { IndicatorDefinition } from '../domain/indicators/annex9.js';
import type { ShareValue } from '../domain/indicators/shares.js';
import type { Localized } from '../domain/standard/index.js';
import type { PlainDate } from '../domain/time/plain-date.js';
import { legalDate } from './render/legal-words.js';
import { Sheet } from './render/sheet.js';
import { table } from './render/table.js';
import type { DocumentOptions } from './types.js';

// Annex 9 (§18–19): «Кесте. Сапа және тиімділік көрсеткішінің мәні» — the four columns of the decree's
// table (indicator, normative value, next year's target, the reporting year's current value) for an
// office, a region or the country, with the groups' headings as the decree prints them and the note
// on the twice-printed "3.1".

export interface Annex9TableRow {
  indicator: IndicatorDefinition;
  normative: number | null;
  nextTarget: number | null;
  current: ShareValue;
}

export interface Annex9TableData {
  /** The office, the region or «Қазақстан Республикасы», in the document's language. */
  scope: string;
  year: number;
  period: { from: PlainDate; to: PlainDate };
  rows: readonly Annex9TableRow[];
}

const TITLE: Localized = {
  kk: 'Кесте. Сапа және тиімділік көрсеткішінің мәні',
  ru: 'Таблица. Значения показателей качества и эффективности',
  en: 'Table. Values of the quality and efficiency indicators',
};
const YEAR: Localized = { kk: '{year} жыл', ru: '{year} год', en: '{year}' };
const PERIOD: Localized = { kk: 'Есептелген кезең:', ru: 'Рассчитанный период:', en: 'Period computed:' };
const COLUMNS: Readonly<Record<Lang, readonly string[]>> = {
  kk: [
    'Сапа және тиімділік көрсеткіштері',
    'Көрсеткіштің нормативтік мәні',
    'Көрсеткіштің келесі жылдағы нысаналы мәні',
    'Көрсеткіштің есепті жылдағы ағымдағы мәні',
  ],
  ru: [
    'Показатели качества и эффективности',
    'Нормативное значение показателя',
    'Целевое значение показателя в последующем году',
    'Текущее значение показателя в отчетном году',
  ],
  en: [
    'Quality and efficiency indicators',
    'Normative value',
    'Target for the following year',
    'Current value in the reporting year',
  ],
};
const NOT_SET: Localized = { kk: 'белгіленбеген', ru: 'не установлено', en: 'not set' };
const NO_DATA: Localized = { kk: 'деректер жоқ', ru: 'нет данных', en: 'no data' };
const TOO_FEW: Localized = {
  kk: 'жауаптар тым аз ({n})',
  ru: 'слишком мало ответов ({n})',
  en: 'too few answers ({n})',
};
const NOTE: Localized = {
  kk: '* Қаулыда бұл жол да «3.1» деп басылған; жүйеде ол 3.2 деп белгіленеді. Аймақ пен ел мәндері бөлімдердің сандарын қосу арқылы есептеледі; сауалнамада 5-тен аз жауап болса, пайыз көрсетілмейді.',
  ru: '* В постановлении эта строка тоже напечатана как «3.1»; в системе она обозначена 3.2. Значения по области и стране считаются сложением чисел отделов; при менее чем 5 ответах опроса процент не показывается.',
  en: '* The decree prints this row as "3.1" too; the system numbers it 3.2. Region and country values add up the offices\' counts; with fewer than 5 survey answers no percentage is shown.',
};

type Lang = keyof Localized;

function percent(v: number, lang: Lang): string {
  const text = v.toFixed(1).replace(/\.0$/, '');
  return `${lang === 'en' ? text : text.replace('.', ',')} %`;
}

function cell(v: number | null, lang: Lang): string {
  return v === null ? NOT_SET[lang] : percent(v, lang);
}

function current(v: ShareValue, lang: Lang): string {
  if (v.kind === 'none') return NO_DATA[lang];
  if (v.kind === 'too_few') return TOO_FEW[lang].replace('{n}', String(v.total));
  return `${percent(v.percent, lang)} (${v.hits}/${v.total})`;
}

export async function renderAnnex9Table(data: Annex9TableData, options: DocumentOptions): Promise<Buffer> {
  const sheet = new Sheet({ options, title: TITLE[options.lang], landscape: true });
  const lang = sheet.lang;
  sheet.text(data.scope, { size: 11, align: 'center', gapAfter: 4 });
  sheet.line(sheet.t(TITLE), { face: 'bold', size: 14, align: 'center' });
  sheet.line(sheet.t(YEAR).replace('{year}', String(data.year)), { size: 11, align: 'center' });
  sheet.line(`${sheet.t(PERIOD)} ${legalDate(data.period.from, lang)} – ${legalDate(data.period.to, lang)}`, {
    size: 10,
    align: 'center',
    gapAfter: 10,
  });
  const rows: string[][] = [];
  let group = '';
  for (const r of data.rows) {
    const heading = r.indicator.group[lang];
    if (heading !== group) {
      group = heading;
      rows.push([`${r.indicator.printed.split('.')[0]}. ${heading}`, '', '', '']);
    }
    rows.push([
      `${r.indicator.printed}. ${r.indicator.title[lang]}${r.indicator.id === '3.2' ? ' *' : ''}`,
      cell(r.normative, lang),
      cell(r.nextTarget, lang),
      current(r.current, lang),
    ]);
  }
  table(
    sheet,
    COLUMNS[lang].map((header, i) => ({
      header,
      share: i === 0 ? 46 : 18,
      align: 'left' as const,
      whole: false,
    })),
    rows,
    { size: 10, headerSize: 9, minRowHeight: 18 },
  );
  sheet.text(sheet.t(NOTE), { size: 8, gapAfter: 0, x: sheet.left });
  return sheet.finish();
}
