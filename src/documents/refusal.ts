import fs from 'node:fs';
import {
  APPLICATION_KIND_NAMES,
  subjectOf,
  type ApplicationKind,
  type Localized,
  type RuleVersion,
} from '../domain/standard/index.js';
import type { PlainDate } from '../domain/time/plain-date.js';
import { signatureBlock } from './render/blocks.js';
import { clauseWords, legalDate, standardCitation } from './render/legal-words.js';
import { MM, onOnePage, Sheet } from './render/sheet.js';
import type { DocumentOptions, Letterhead, Signatory } from './types.js';

// §16: when documents required by §11 are missing, a written motivated answer goes to the
// consumer within 3 working days. The letter names each missing document with the §11 point that
// requires it, rests on §16, and says how to complain (§20–23, with §24's copy of the application).
// Layout of an official letter (domain.md §6): the office's letterhead with the State Emblem's
// place, outgoing number and date, the addressee, the text, the signer, the executor and phone.

export interface RefusalData {
  letterhead: Letterhead;
  /** «Шығыс №» / «Исх. №», domain.md §5. */
  outgoingNumber: string;
  date: PlainDate;
  addressee: { name: string; address: string };
  application: { incomingNumber: string; date: PlainDate; kind: ApplicationKind };
  /** The case's rule version: the standard the letter cites. */
  version: RuleVersion;
  /** Each missing §11 document as the checklist names it, with the clause asking for it ('§11.1'). */
  missing: readonly { name: string; clause: string }[];
  signatory: Signatory;
  executor: { name: string; phone: string };
  /** Where to complain (§20–22): the records service, and the akimat's head for the result. */
  complaints: { recordsAddress: string; recordsPhone: string; akimat: string; akimatAddress: string };
}

const T = {
  outgoing: { kk: 'Шығыс №', ru: 'Исх. №', en: 'Outgoing No.' },
  incoming: { kk: 'Кіріс №', ru: 'Вх. №', en: 'incoming No.' },
  title: {
    kk: 'Мемлекеттік қызмет көрсетуден дәлелді бас тарту',
    ru: 'Мотивированный отказ в оказании государственной услуги',
    en: 'Motivated refusal to provide the state service',
  },
  considered: {
    kk: 'Сіздің өтінішіңіз ({incoming} {number}, {date}, «{kind}») қаралды.',
    ru: 'Рассмотрено Ваше заявление ({incoming} {number}, {date}, «{kind}»).',
    en: 'Your application ({incoming} {number}, {date}, "{kind}") has been considered.',
  },
  ground: {
    kk: '{standard} 16-тармағына сәйкес осы стандарттың 11-тармағында көзделген құжаттардың толық ұсынылмауы мемлекеттік қызмет көрсетуден бас тартуға негіз болып табылады.',
    ru: 'В соответствии с пунктом 16 {standard} непредставление полного пакета документов, предусмотренных пунктом 11 стандарта, является основанием для отказа в оказании государственной услуги.',
    en: 'Under clause 16 {standard}, failure to hand in all the documents required by clause 11 of the standard is the ground for refusing the service.',
  },
  missing: {
    kk: 'Сіз мынадай құжаттарды ұсынбадыңыз:',
    ru: 'Вами не представлены следующие документы:',
    en: 'The following documents were not handed in:',
  },
  clause: { kk: '({clause})', ru: '({clause} стандарта)', en: '({clause} of the standard)' },
  refused: {
    kk: 'Осыған байланысты Сізге {result} беруден бас тартылады. Жетіспейтін құжаттарды толықтырып, өтінішті қайта беруге құқылысыз.',
    ru: 'В связи с этим Вам отказано в выдаче {result}. Вы вправе повторно подать заявление, дополнив недостающие документы.',
    en: 'You are therefore refused the {result}. You may apply again with the missing documents.',
  },
  complainTitle: {
    kk: 'Шағымдану тәртібі (стандарттың 20–23-тармақтары):',
    ru: 'Порядок обжалования (пункты 20–23 стандарта):',
    en: 'How to complain (clauses 20–23 of the standard):',
  },
  p20: {
    kk: 'лауазымды адамдардың әрекеттеріне (әрекетсіздігіне) шағымдану тәртібін басқарманың (бөлімнің) құжаттамалық қамтамасыз ету қызметі түсіндіреді: {address}, тел. {phone} (20-тармақ);',
    ru: 'порядок обжалования действий (бездействия) должностных лиц разъясняет служба документационного обеспечения управления (отдела): {address}, тел. {phone} (пункт 20);',
    en: "the records service of the department (division) explains how to complain about officials' actions or inaction: {address}, tel. {phone} (clause 20);",
  },
  p21: {
    kk: 'мемлекеттік қызмет көрсету нәтижелерімен келіспеген жағдайда шағым жергілікті атқарушы органның басшылығына берілуі мүмкін: {akimat}, {address} (21-тармақ);',
    ru: 'в случае несогласия с результатами оказанной государственной услуги жалоба может быть подана руководству местного исполнительного органа: {akimat}, {address} (пункт 21);',
    en: 'if you disagree with the result, you may complain to the head of the local executive body: {akimat}, {address} (clause 21);',
  },
  p22: {
    kk: 'шағым басқарманың (бөлімнің) немесе жергілікті атқарушы органның құжаттамалық қамтамасыз ету қызметі арқылы жазбаша нысанда почта бойынша немесе қолма-қол беріледі; шағымға өтініштің көшірмесі қоса беріледі (22, 24-тармақтар);',
    ru: 'жалоба подается в письменной форме по почте или нарочно через службу документационного обеспечения управления (отдела) или местного исполнительного органа; к жалобе прилагается копия заявления (пункты 22, 24);',
    en: 'a complaint is made in writing, by post or by hand, through the records service of the department (division) or of the local executive body, with a copy of the application attached (clauses 22, 24);',
  },
  p23: {
    kk: 'заңнамада белгіленген тәртіппен сотқа шағымдануға құқылысыз (23-тармақ).',
    ru: 'вы вправе обратиться в суд в порядке, установленном законодательством (пункт 23).',
    en: 'you may go to court in the manner set by law (clause 23).',
  },
  executor: {
    kk: 'Орынд.: {name}, тел. {phone}',
    ru: 'Исп.: {name}, тел. {phone}',
    en: 'Executor: {name}, tel. {phone}',
  },
};

const RESULT: Readonly<Record<'missionary' | 'group', Localized>> = {
  missionary: { kk: 'куәлік', ru: 'свидетельства', en: 'certificate' },
  group: { kk: 'анықтама', ru: 'справки', en: 'reference' },
};

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
}

/**
 * A letter's outgoing number and date on the left and its addressee on the right, side by side (the
 * §16 refusal and the §25 answer to a complaint).
 */
export function drawLetterTop(
  sheet: Sheet,
  data: { outgoingNumber: string; date: PlainDate; addressee: { name: string; address?: string | null } },
): void {
  const top = sheet.y;
  const leftW = sheet.width * 0.42;
  sheet.line(`${sheet.t(T.outgoing)} ${data.outgoingNumber}`, { width: leftW, size: 11 });
  sheet.line(legalDate(data.date, sheet.lang), { width: leftW, size: 11 });
  const leftBottom = sheet.y;
  sheet.y = top;
  const addrX = sheet.left + sheet.width * 0.52;
  const addrW = sheet.right - addrX;
  sheet.text(data.addressee.name, { x: addrX, width: addrW, face: 'bold', size: 12, gapAfter: 2 });
  if (data.addressee.address) sheet.text(data.addressee.address, { x: addrX, width: addrW, size: 11 });
  sheet.y = Math.max(sheet.y, leftBottom) + 18;
}

/** The letterhead: Kazakh name left, the State Emblem's place in the middle, Russian name right. */
export function drawLetterhead(sheet: Sheet, l: Letterhead): void {
  const emblem = 24 * MM;
  const colW = (sheet.width - emblem - 24) / 2;
  const top = sheet.y;
  const rightX = sheet.right - colW;
  const column = (x: number, lang: 'kk' | 'ru'): number => {
    sheet.y = top;
    sheet.text(l.name[lang], { x, width: colW, size: 9, face: 'bold', align: 'center', gapAfter: 3 });
    sheet.text(l.address[lang], { x, width: colW, size: 7.5, align: 'center' });
    sheet.text(`${l.phone}${l.email ? `, ${l.email}` : ''}`, { x, width: colW, size: 7.5, align: 'center' });
    return sheet.y;
  };
  const bottom = Math.max(column(sheet.left, 'kk'), column(rightX, 'ru'), top + emblem);
  const ex = sheet.left + (sheet.width - emblem) / 2;
  if (l.emblemPath) {
    let image: Buffer;
    try {
      image = fs.readFileSync(l.emblemPath);
    } catch (e) {
      throw new Error(`the office's State Emblem image cannot be read: ${(e as Error).message}`);
    }
    sheet.doc.image(image, ex, top, { fit: [emblem, emblem], align: 'center', valign: 'center' });
  } else sheet.frame(ex, top, emblem, emblem, 0.5);
  sheet.y = bottom + 6;
  sheet.rule(sheet.left, sheet.right, sheet.y, 1.5);
  sheet.rule(sheet.left, sheet.right, sheet.y + 2.5, 0.5);
  sheet.gap(12);
}

export async function renderRefusal(data: RefusalData, options: DocumentOptions): Promise<Buffer> {
  const title = `${T.outgoing[options.lang]} ${data.outgoingNumber}`;
  return onOnePage((scale) => {
    const sheet = new Sheet({ options, title, scale });
    layOut(sheet, data);
    return sheet;
  });
}

function layOut(sheet: Sheet, data: RefusalData): void {
  const lang = sheet.lang;
  drawLetterhead(sheet, data.letterhead);

  drawLetterTop(sheet, data);

  sheet.text(sheet.t(T.title), { face: 'bold', size: 13, align: 'center', gapAfter: 12 });
  // Ragged right with an indented first line: the text is full of long numbers and names that
  // would open wide gaps in justified lines.
  const para = { size: 12, align: 'left' as const, gapAfter: 6, indent: 12.5 * MM };
  const list = { size: 12, align: 'left' as const, gapAfter: 3 };
  sheet.text(
    fill(sheet.t(T.considered), {
      incoming: sheet.t(T.incoming),
      number: data.application.incomingNumber,
      date: legalDate(data.application.date, lang),
      kind: APPLICATION_KIND_NAMES[data.application.kind][lang],
    }),
    para,
  );
  sheet.text(fill(sheet.t(T.ground), { standard: standardCitation(data.version, lang, 'genitive') }), para);
  sheet.text(sheet.t(T.missing), { ...para, gapAfter: 3 });
  data.missing.forEach((m, i) => {
    const clause = fill(sheet.t(T.clause), { clause: clauseWords(m.clause, lang) });
    sheet.text(`${i + 1}) ${m.name} ${clause};`, { ...list, x: sheet.left + 14, width: sheet.width - 14 });
  });
  sheet.gap(3);
  sheet.text(fill(sheet.t(T.refused), { result: RESULT[subjectOf(data.application.kind)][lang] }), para);
  sheet.gap(4);
  sheet.text(sheet.t(T.complainTitle), { ...list, face: 'bold' });
  const c = data.complaints;
  [
    fill(sheet.t(T.p20), { address: c.recordsAddress, phone: c.recordsPhone }),
    fill(sheet.t(T.p21), { akimat: c.akimat, address: c.akimatAddress }),
    sheet.t(T.p22),
    sheet.t(T.p23),
  ].forEach((p, i) =>
    sheet.text(`${i + 1}) ${p}`, { ...list, size: 11, x: sheet.left + 14, width: sheet.width - 14 }),
  );
  sheet.gap(26);

  signatureBlock(sheet, { heading: null, signatory: data.signatory, sealed: false });
  const executor = fill(sheet.t(T.executor), { name: data.executor.name, phone: data.executor.phone });
  const h = sheet.lineHeight(8) * 2;
  if (sheet.y <= sheet.bottom - h) sheet.y = sheet.bottom - h;
  sheet.text(executor, { size: 8 });
}
