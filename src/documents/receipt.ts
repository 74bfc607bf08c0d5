import type { Localized } from '../domain/standard/index.js';
import type { PlainDate } from '../domain/time/plain-date.js';
import { drawGroupApplication, drawMissionaryApplication } from './application-forms.js';
import { labelled } from './render/blocks.js';
import { clauseWords, legalDate } from './render/legal-words.js';
import { onOnePage, Sheet } from './render/sheet.js';
import { table } from './render/table.js';
import type { ApplicationCopy, DocumentOptions, MaterialItem } from './types.js';

// §14: the proof that the documents AND items were handed in is a copy of the application bearing
// the records service's registration stamp (incoming number, date). The product prints that copy
// with the stamp, then the inventory of what was handed in — the §11 documents and the §11.1
// materials (title, kind, language, quantity; domain.md §4) — and the case's tracking code.

export interface IncomingStamp {
  /** The office (or its records service) whose stamp it is. */
  office: string;
  /** «Кіріс №» / «Вх. №», domain.md §5. */
  incomingNumber: string;
  date: PlainDate;
  /** Local time of the stamp, «10:42». */
  time: string;
}

export interface ReceiptData {
  application: ApplicationCopy;
  stamp: IncomingStamp;
  /** The §11 documents handed in, by name, in the receipt's language. */
  documents: readonly string[];
  /** §11.1 materials; empty when none were handed in (and always for a group). */
  materials: readonly MaterialItem[];
  trackingCode: string;
  /** The clerk who took the documents in. */
  receivedBy: string;
  /** Where the applicant can follow the case with the tracking code, if the office publishes it. */
  checkUrl?: string;
}

const T = {
  heading: {
    kk: 'Өтініштің көшірмесі — құжаттар мен заттардың тапсырылғанын растайды (стандарттың 14-тармағы)',
    ru: 'Копия заявления — подтверждение сдачи документов и предметов (пункт 14 стандарта)',
    en: 'Copy of the application — proof that the documents and items were handed in (clause 14 of the standard)',
  },
  incoming: { kk: 'Кіріс №', ru: 'Вх. №', en: 'Incoming No.' },
  inventory: {
    kk: 'Тапсырылған құжаттар мен заттардың тізімдемесі',
    ru: 'Опись сданных документов и предметов',
    en: 'Inventory of the documents and items handed in',
  },
  documents: { kk: 'Құжаттар:', ru: 'Документы:', en: 'Documents:' },
  materials: {
    kk: 'Әдебиет, аудио-бейнематериалдар және діни мақсаттағы өзге де заттар ({clause}):',
    ru: 'Литература, аудио- и видеоматериалы и иные предметы религиозного назначения ({clause}):',
    en: 'Literature, audio and video materials and other religious items ({clause}):',
  },
  noMaterials: {
    kk: 'Материалдар тапсырылған жоқ.',
    ru: 'Материалы не сдавались.',
    en: 'No materials were handed in.',
  },
  columns: {
    kk: ['№', 'Атауы', 'Түрі', 'Тілі', 'Саны'],
    ru: ['№', 'Наименование', 'Вид', 'Язык', 'Кол-во'],
    en: ['No.', 'Title', 'Kind', 'Language', 'Quantity'],
  },
  total: { kk: 'Барлығы, дана:', ru: 'Всего, шт.:', en: 'Total items:' },
  tracking: { kk: 'Бақылау коды:', ru: 'Код отслеживания:', en: 'Tracking code:' },
  trackingHint: {
    kk: 'Өтініштің қаралу барысын осы код бойынша білуге болады',
    ru: 'Ход рассмотрения заявления можно узнать по этому коду',
    en: 'The progress of the application can be followed with this code',
  },
  receivedBy: { kk: 'Қабылдаған:', ru: 'Принял(а):', en: 'Received by:' },
  sign: { kk: '(қолы)', ru: '(подпись)', en: '(signature)' },
} satisfies Record<string, Localized | Record<'kk' | 'ru' | 'en', string[]>>;

const KIND: Readonly<Record<MaterialItem['kind'], Localized>> = {
  book: { kk: 'кітап', ru: 'книга', en: 'book' },
  printed: { kk: 'баспа материалы', ru: 'печатный материал', en: 'printed matter' },
  audio: { kk: 'аудиоматериал', ru: 'аудиоматериал', en: 'audio' },
  video: { kk: 'бейнематериал', ru: 'видеоматериал', en: 'video' },
  other: { kk: 'өзге зат', ru: 'иной предмет', en: 'other item' },
};

/** The records service's registration stamp, framed, in the corner left of the addressee. */
function drawStamp(sheet: Sheet, s: IncomingStamp, x: number, width: number): void {
  const pad = 5;
  const top = sheet.y;
  const inner = { x: x + pad, width: width - 2 * pad };
  sheet.y += pad;
  sheet.text(s.office, { ...inner, size: 8, align: 'center', gapAfter: 2 });
  sheet.line(`${sheet.t(T.incoming)} ${s.incomingNumber}`, {
    ...inner,
    face: 'bold',
    size: 11,
    align: 'center',
    minSize: 7,
  });
  sheet.line(`${legalDate(s.date, sheet.lang)}, ${s.time}`, {
    ...inner,
    size: 10,
    align: 'center',
    minSize: 7,
  });
  sheet.y += pad - 2;
  sheet.frame(x, top, width, sheet.y - top, 1.5);
}

export async function renderReceipt(data: ReceiptData, options: DocumentOptions): Promise<Buffer> {
  const title = `${T.incoming[options.lang]} ${data.stamp.incomingNumber}`;
  return onOnePage((scale) => {
    const sheet = new Sheet({ options, title, scale });
    layOut(sheet, data);
    return sheet;
  });
}

function layOut(sheet: Sheet, data: ReceiptData): void {
  const lang = sheet.lang;
  sheet.text(sheet.t(T.heading), { size: 9, align: 'right', gapAfter: 10 });
  const stamp = (x: number, width: number): void => drawStamp(sheet, data.stamp, x, width);
  if (data.application.subject === 'missionary')
    drawMissionaryApplication(sheet, data.application.form, stamp);
  else drawGroupApplication(sheet, data.application.form, stamp);

  sheet.gap(10);
  sheet.ensure(80);
  sheet.rule(sheet.left, sheet.right, sheet.y);
  sheet.gap(8);
  sheet.line(sheet.t(T.inventory), { face: 'bold', size: 12, align: 'center', gapAfter: 6 });
  sheet.text(sheet.t(T.documents), { face: 'bold', size: 11, gapAfter: 2 });
  data.documents.forEach((d, i) => sheet.text(`${i + 1}) ${d}`, { size: 11, gapAfter: 2 }));
  if (data.application.subject === 'missionary') {
    sheet.gap(6);
    // Keep the heading with the table's header and first row.
    sheet.ensure(sheet.lineHeight(11) * 2 + 50);
    sheet.text(sheet.t(T.materials).replace('{clause}', clauseWords('§11.1', lang)), {
      face: 'bold',
      size: 11,
      gapAfter: 4,
    });
    if (data.materials.length === 0) sheet.text(sheet.t(T.noMaterials), { size: 11 });
    else {
      table(
        sheet,
        T.columns[lang].map((header, i) => ({
          header,
          share: [5, 41, 21, 21, 12][i]!,
          align: i === 0 || i === 4 ? ('center' as const) : ('left' as const),
        })),
        data.materials.map((m, i) => [
          String(i + 1),
          m.title,
          KIND[m.kind][lang],
          m.language,
          String(m.quantity),
        ]),
        { size: 10 },
      );
      sheet.gap(3);
      const total = data.materials.reduce((a, m) => a + m.quantity, 0);
      sheet.line(`${sheet.t(T.total)} ${total}`, { size: 10, align: 'right' });
    }
  }
  sheet.gap(10);
  labelled(sheet, sheet.t(T.tracking), data.trackingCode, { size: 12, gapAfter: 2 });
  sheet.text(`${sheet.t(T.trackingHint)}${data.checkUrl ? `: ${data.checkUrl}` : '.'}`, {
    size: 9,
    gapAfter: 14,
  });
  sheet.ensure(40);
  labelled(sheet, sheet.t(T.receivedBy), data.receivedBy, { size: 11, gapAfter: 0 });
  const y = sheet.y + 16;
  sheet.rule(sheet.right - 150, sheet.right, y);
  sheet.y = y + 1;
  sheet.line(sheet.t(T.sign), { x: sheet.right - 150, width: 150, size: 8, align: 'center' });
}
