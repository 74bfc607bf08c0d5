import type { PlainDate } from '../domain/time/plain-date.js';
import { signatureBlock } from './render/blocks.js';
import { legalDate } from './render/legal-words.js';
import { MM, onOnePage, Sheet } from './render/sheet.js';
import { drawLetterhead, drawLetterTop } from './refusal.js';
import type { DocumentOptions, Letterhead, Signatory } from './types.js';

// §21, §25: the answer to a complaint is an outgoing letter of the organisation that reviewed it
// (domain.md §5): its letterhead, outgoing number and date, the addressee (the complainant), the
// complaint answered (its incoming number and date, the case it concerns), the decision — upheld,
// upheld in part or rejected — with its reasons and what it does to the case, the right to go to
// court (§23), and the signer's position and printed name.

export interface ComplaintAnswerData {
  letterhead: Letterhead;
  /** «Шығыс №» / «Исх. №». */
  outgoingNumber: string;
  date: PlainDate;
  addressee: { name: string; address: string | null };
  complaint: { incomingNumber: string; registeredOn: PlainDate; caseTrackingCode: string | null };
  outcome: 'upheld' | 'partly' | 'rejected';
  consequence: 'none' | 'reopen' | 'annul';
  reasons: string;
  signatory: Signatory;
}

const T = {
  outgoing: { kk: 'Шығыс №', ru: 'Исх. №', en: 'Outgoing No.' },
  title: {
    kk: 'Шағымды қарау нәтижелері туралы',
    ru: 'О результатах рассмотрения жалобы',
    en: 'On the review of the complaint',
  },
  considered: {
    kk: 'Сіздің {date} тіркелген шағымыңыз (Кіріс № {number}) қаралды.',
    ru: 'Рассмотрена Ваша жалоба, зарегистрированная {date} (Вх. № {number}).',
    en: 'Your complaint registered on {date} (incoming No. {number}) has been reviewed.',
  },
  aboutCase: {
    kk: 'Шағым бақылау коды {code} өтінішке қатысты.',
    ru: 'Жалоба касается заявления с кодом отслеживания {code}.',
    en: 'The complaint concerns the application with the tracking code {code}.',
  },
  decision: { kk: 'Шешім:', ru: 'Решение:', en: 'Decision:' },
  outcome: {
    upheld: { kk: 'шағым қанағаттандырылды', ru: 'жалоба удовлетворена', en: 'the complaint is upheld' },
    partly: {
      kk: 'шағым ішінара қанағаттандырылды',
      ru: 'жалоба удовлетворена частично',
      en: 'the complaint is upheld in part',
    },
    rejected: {
      kk: 'шағымды қанағаттандырудан бас тартылды',
      ru: 'в удовлетворении жалобы отказано',
      en: 'the complaint is rejected',
    },
  },
  reasons: { kk: 'Негіздемесі:', ru: 'Обоснование:', en: 'Reasons:' },
  consequence: {
    none: null,
    reopen: {
      kk: 'Өтініш жаңа мерзіммен қайта қаралады.',
      ru: 'Заявление будет рассмотрено повторно с новым сроком.',
      en: 'The application will be reviewed again with a new term.',
    },
    annul: {
      kk: 'Тіркеу күшін жойды.',
      ru: 'Регистрация аннулирована.',
      en: 'The registration is annulled.',
    },
  },
  court: {
    kk: 'Шешіммен келіспеген жағдайда Қазақстан Республикасының заңнамасында белгіленген тәртіппен сотқа шағымдануға құқылысыз (стандарттың 23-тармағы).',
    ru: 'В случае несогласия с решением Вы вправе обратиться в суд в порядке, установленном законодательством Республики Казахстан (пункт 23 стандарта).',
    en: 'If you disagree with the decision, you may go to court in the manner set by the law of the Republic of Kazakhstan (clause 23 of the standard).',
  },
};

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
}

export async function renderComplaintAnswer(
  data: ComplaintAnswerData,
  options: DocumentOptions,
): Promise<Buffer> {
  const title = `${T.outgoing[options.lang]} ${data.outgoingNumber}`;
  return onOnePage((scale) => {
    const sheet = new Sheet({ options, title, scale });
    layOut(sheet, data);
    return sheet;
  });
}

function layOut(sheet: Sheet, data: ComplaintAnswerData): void {
  const lang = sheet.lang;
  drawLetterhead(sheet, data.letterhead);
  drawLetterTop(sheet, data);

  sheet.text(sheet.t(T.title), { face: 'bold', size: 13, align: 'center', gapAfter: 12 });
  const para = { size: 12, align: 'left' as const, gapAfter: 6, indent: 12.5 * MM };
  const c = data.complaint;
  sheet.text(
    fill(sheet.t(T.considered), { date: legalDate(c.registeredOn, lang), number: c.incomingNumber }),
    para,
  );
  if (c.caseTrackingCode) sheet.text(fill(sheet.t(T.aboutCase), { code: c.caseTrackingCode }), para);
  sheet.runs(
    [{ text: `${sheet.t(T.decision)} ` }, { text: sheet.t(T.outcome[data.outcome]), face: 'bold' }],
    { size: 12, gapAfter: 6 },
  );
  sheet.text(sheet.t(T.reasons), { size: 12, face: 'bold', gapAfter: 2 });
  for (const p of data.reasons.split(/\n\s*\n|\r?\n/).filter((x) => x.trim() !== ''))
    sheet.text(p.trim(), { ...para, gapAfter: 4 });
  const consequence = T.consequence[data.consequence];
  if (consequence) sheet.text(sheet.t(consequence), para);
  sheet.gap(4);
  sheet.text(sheet.t(T.court), { ...para, size: 11 });
  sheet.gap(26);
  signatureBlock(sheet, { heading: null, signatory: data.signatory, sealed: false });
}
