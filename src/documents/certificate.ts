import { STANDARD_2011, type Localized, type ResultDocumentDescriptor } from '../domain/standard/index.js';
import type { PlainDate } from '../domain/time/plain-date.js';
import { placeNumberDate, qrBlock, signatureBlock, valueOverCaption, labelled } from './render/blocks.js';
import { legalDate, validUntilSentence } from './render/legal-words.js';
import { onOnePage, Sheet } from './render/sheet.js';
import { checkUrlFor, sealQrText } from './seal/seal.js';
import type { Signer } from './seal/signer.js';
import type { DocumentOptions, Signatory } from './types.js';

// Annex 5: the certificate (куәлік) of a missionary's registration or re-registration, laid out as
// the seed prints the form: the title with the territory on its captioned line, «_____ қ. № _____
// 20__ жылғы «__» _____», the name over its caption, passport, citizenship, affiliation and
// association over their caption, territory of activity, «Осы куәлік ... дейін жарамды», the head,
// the signature and the seal. The QR with the integrity seal (domain.md §6) is the product's own.

export interface PersonName {
  surname: string;
  name: string;
  patronymic?: string;
}

/** What the QR needs: the office's signing key and the public check's base address. */
export interface SealSource {
  signer: Signer;
  publicUrl: string;
}

export interface CertificateData {
  /** The territory in the title, as it reads there: kk «Алматы облысы», ru (genitive)
   *  «Алматинской области» («на территории ... Республики Казахстан»). */
  territory: string;
  /** The place of issue, printed «Талдықорған қ.» / «г. Талдыкорган». */
  city: string;
  number: string;
  issueDate: PlainDate;
  holder: PersonName;
  /** The passport as printed after «Төлқұжат:» (number, issuing country, date). */
  passport: string;
  citizenship: string;
  affiliation: string;
  /** The religious association the missionary belongs to. */
  association: string;
  territoryOfActivity: string;
  validUntil: PlainDate;
  signatory: Signatory;
  seal: SealSource;
}

export function fullName(p: PersonName): string {
  return [p.surname, p.name, p.patronymic ?? ''].filter((s) => s.trim() !== '').join(' ');
}

// The title's lines as annex 5 breaks them; the territory goes on its own captioned line.
const TITLE: Record<
  'kk' | 'ru' | 'en',
  { before: string[]; after: string[]; word: string; wordFirst: boolean }
> = {
  kk: {
    before: ['Қазақстан Республикасының'],
    after: ['аумағында қызметін жүзеге асыратын миссионерді', 'есептік тіркеу және қайта тіркеу туралы'],
    word: 'КУӘЛІГІ',
    wordFirst: false,
  },
  ru: {
    before: [
      'об учетной регистрации и перерегистрации миссионера,',
      'осуществляющего деятельность на территории',
    ],
    after: ['Республики Казахстан'],
    word: 'СВИДЕТЕЛЬСТВО',
    wordFirst: true,
  },
  en: {
    before: ['of registration and re-registration of a missionary', 'working on the territory of'],
    after: ['of the Republic of Kazakhstan'],
    word: 'CERTIFICATE',
    wordFirst: true,
  },
};

const DOC_NAME: Localized = { kk: 'Куәлік', ru: 'Свидетельство', en: 'Certificate' };
const CITY: Localized = { kk: '{city} қ.', ru: 'г. {city}', en: '{city}' };

export function label(d: ResultDocumentDescriptor, id: string, lang: keyof Localized): string {
  const f = d.fields.find((x) => x.id === id);
  if (!f) throw new RangeError(`${d.annex} has no field ${id}`);
  return f.label[lang];
}

export function cityCell(city: string, lang: keyof Localized): string {
  return CITY[lang].replace('{city}', city);
}

export async function renderCertificate(data: CertificateData, options: DocumentOptions): Promise<Buffer> {
  const qrText = await sealQrText(
    {
      number: data.number,
      holder: fullName(data.holder),
      territory: data.territoryOfActivity,
      issued: data.issueDate,
      validUntil: data.validUntil,
    },
    data.seal.signer,
    data.seal.publicUrl,
  );
  const title = `${DOC_NAME[options.unofficialEnglish ? 'en' : options.lang]} № ${data.number}`;
  return onOnePage((scale) => {
    const sheet = new Sheet({ options, title, scale });
    layOut(sheet, data, qrText);
    return sheet;
  });
}

function layOut(sheet: Sheet, data: CertificateData, qrText: string): void {
  const d = STANDARD_2011.resultDocuments.certificate;
  const lang = sheet.lang;
  const title = TITLE[lang];
  const centred = { align: 'center' as const, size: 13 };

  if (title.wordFirst) sheet.line(title.word, { face: 'bold', size: 18, align: 'center', gapAfter: 2 });
  for (const l of title.before) sheet.line(l, centred);
  valueOverCaption(sheet, data.territory, label(d, 'territoryInTitle', lang), { size: 13 });
  for (const l of title.after) sheet.line(l, centred);
  if (!title.wordFirst) sheet.line(title.word, { face: 'bold', size: 18, align: 'center', gapAfter: 2 });
  sheet.gap(14);

  placeNumberDate(sheet, [cityCell(data.city, lang), `№ ${data.number}`, legalDate(data.issueDate, lang)]);
  sheet.gap(16);

  valueOverCaption(sheet, fullName(data.holder), `(${label(d, 'fullName', lang)})`, { size: 14 });
  sheet.gap(6);
  labelled(sheet, `${label(d, 'passport', lang)}:`, data.passport);
  labelled(sheet, `${label(d, 'citizenship', lang)}:`, data.citizenship);
  sheet.gap(4);
  valueOverCaption(sheet, `${data.affiliation}, ${data.association}`, `(${label(d, 'affiliation', lang)})`);
  sheet.gap(6);
  labelled(sheet, `${label(d, 'territory', lang)}:`, data.territoryOfActivity);
  sheet.runs([{ text: validUntilSentence(data.validUntil, lang), face: 'bold' }], { gapAfter: 6 });
  sheet.gap(24);

  signatureBlock(sheet, { heading: label(d, 'head', lang), signatory: data.signatory, sealed: d.sealed });
  qrBlock(sheet, qrText, checkUrlFor(data.seal.publicUrl, data.number));
}
