import type { Localized } from '../domain/standard/index.js';
import type { PlainDate } from '../domain/time/plain-date.js';
import { legalDate } from './render/legal-words.js';
import { Sheet } from './render/sheet.js';
import { table } from './render/table.js';
import type { DocumentOptions } from './types.js';

// §15: every hand-over of a certificate (reference) is entered in the journal of issued
// certificates (references). The printout covers one office and period, in the office's language
// (domain.md §6), with an empty column where each recipient signs on paper.

export interface JournalEntry {
  /** Certificate or reference number. */
  number: string;
  /** The day it was handed over. */
  handedOverOn: PlainDate;
  /** The missionary, or the group. */
  holder: string;
  /** What was handed over: «Куәлік», «Куәліктің телнұсқасы»… */
  document: string;
  /** Who received it and on what basis: «Мюллер И. П., төлқұжат C01X00T47» or a representative
   *  with the power of attorney. */
  recipient: string;
  /** The clerk who handed it over. */
  handedOverBy: string;
}

export interface JournalData {
  kind: 'certificate' | 'reference';
  office: string;
  period: { from: PlainDate; to: PlainDate };
  entries: readonly JournalEntry[];
}

const TITLE: Readonly<Record<JournalData['kind'], Localized>> = {
  certificate: {
    kk: 'Берілген куәліктер журналы',
    ru: 'Журнал выданных свидетельств',
    en: 'Journal of issued certificates',
  },
  reference: {
    kk: 'Берілген анықтамалар журналы',
    ru: 'Журнал выданных справок',
    en: 'Journal of issued references',
  },
};
const PERIOD: Localized = { kk: 'Кезең:', ru: 'Период:', en: 'Period:' };
const EMPTY: Localized = {
  kk: 'Кезеңде берілген құжат жоқ.',
  ru: 'За период документы не выдавались.',
  en: 'Nothing was handed over in the period.',
};
const COLUMNS: Readonly<Record<'kk' | 'ru' | 'en', readonly string[]>> = {
  kk: [
    '№',
    'Нөмірі',
    'Берілген күні',
    'Иесі',
    'Құжат',
    'Алушы (құжаты, сенімхаты)',
    'Берген қызметкер',
    'Алушының қолы',
  ],
  ru: [
    '№',
    'Номер',
    'Дата выдачи',
    'Владелец',
    'Документ',
    'Получатель (документ, доверенность)',
    'Выдал',
    'Подпись получателя',
  ],
  en: [
    'No.',
    'Number',
    'Handed over on',
    'Holder',
    'Document',
    'Recipient (identity, power of attorney)',
    'Handed over by',
    "Recipient's signature",
  ],
};
const SHARES = [3, 14, 11, 16, 11, 20, 12, 13];
/** The number stays whole (shrunk if it must), never broken across lines; dates wrap between words. */
const WHOLE = [false, true, false, false, false, false, false, false];

export async function renderJournal(data: JournalData, options: DocumentOptions): Promise<Buffer> {
  const sheet = new Sheet({ options, title: TITLE[data.kind][options.lang], landscape: true });
  const lang = sheet.lang;
  sheet.text(data.office, { size: 11, align: 'center', gapAfter: 4 });
  sheet.line(sheet.t(TITLE[data.kind]), { face: 'bold', size: 14, align: 'center' });
  sheet.line(`${sheet.t(PERIOD)} ${legalDate(data.period.from, lang)} – ${legalDate(data.period.to, lang)}`, {
    size: 11,
    align: 'center',
    gapAfter: 10,
  });
  table(
    sheet,
    COLUMNS[lang].map((header, i) => ({
      header,
      share: SHARES[i]!,
      align: i === 0 ? ('center' as const) : ('left' as const),
      whole: WHOLE[i]!,
    })),
    data.entries.map((e, i) => [
      String(i + 1),
      e.number,
      legalDate(e.handedOverOn, lang),
      e.holder,
      e.document,
      e.recipient,
      e.handedOverBy,
      '',
    ]),
    { size: 9, headerSize: 9, minRowHeight: 30 },
  );
  if (data.entries.length === 0) sheet.text(sheet.t(EMPTY), { size: 10, gapAfter: 0, x: sheet.left + 4 });
  return sheet.finish();
}
