import { STANDARD_2011, type Localized } from '../domain/standard/index.js';
import type { PlainDate } from '../domain/time/plain-date.js';
import { cityCell, label, type SealSource } from './certificate.js';
import { labelled, placeNumberDate, qrBlock, signatureBlock, valueOverCaption } from './render/blocks.js';
import { legalDate } from './render/legal-words.js';
import { onOnePage, Sheet } from './render/sheet.js';
import { checkUrlFor, sealQrText } from './seal/seal.js';
import type { DocumentOptions, Signatory } from './types.js';

// Annex 6: the reference (анықтама) of a small religious group's registration or re-registration,
// as the seed lays it out: the registering body over its caption, the title, «_____ қ. № _____
// 20__ жылғы «__» _____», the group's name, affiliation, leader, address and territory of
// activity, the head, the signature and the seal. A group's registration has no expiry
// (domain.md §4), so neither the form nor the seal carries one.

export interface ReferenceData {
  /** «өтінішті тіркеуші органның атауы». */
  registeringBody: string;
  city: string;
  number: string;
  issueDate: PlainDate;
  /**
   * The seed's form also prints a line «(миссионердің тегі, аты, әкесінің аты)», a slip copied
   * from annex 5 that docs/standard.md reads as the applicant; printed, with that caption
   * corrected, only when given.
   */
  applicant?: string;
  groupName: string;
  affiliation: string;
  leader: string;
  address: string;
  territoryOfActivity: string;
  signatory: Signatory;
  seal: SealSource;
}

const DOC_NAME: Localized = { kk: 'Анықтама', ru: 'Справка', en: 'Reference' };

export async function renderReference(data: ReferenceData, options: DocumentOptions): Promise<Buffer> {
  const qrText = await sealQrText(
    {
      number: data.number,
      holder: data.groupName,
      territory: data.territoryOfActivity,
      issued: data.issueDate,
      validUntil: null,
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

function layOut(sheet: Sheet, data: ReferenceData, qrText: string): void {
  const d = STANDARD_2011.resultDocuments.reference;
  const lang = sheet.lang;

  valueOverCaption(sheet, data.registeringBody, `(${label(d, 'registeringBody', lang)})`, { size: 12 });
  sheet.gap(18);
  // Annex 6 prints its title as one sentence ending in «анықтама», not as a single capital word.
  sheet.line(d.title[lang], {
    face: 'bold',
    size: 14,
    minSize: 12.5,
    wrapSize: 14,
    align: 'center',
    gapAfter: 16,
  });

  placeNumberDate(sheet, [cityCell(data.city, lang), `№ ${data.number}`, legalDate(data.issueDate, lang)]);
  sheet.gap(16);

  if (data.applicant !== undefined) {
    valueOverCaption(sheet, data.applicant, `(${label(d, 'applicantName', lang)})`, { size: 12 });
    sheet.gap(8);
  }
  for (const [id, value] of [
    ['groupName', data.groupName],
    ['affiliation', data.affiliation],
    ['leader', data.leader],
    ['groupAddress', data.address],
    ['territory', data.territoryOfActivity],
  ] as const) {
    labelled(sheet, `${label(d, id, lang)}:`, value, { gapAfter: 8 });
  }
  sheet.gap(28);

  signatureBlock(sheet, { heading: label(d, 'head', lang), signatory: data.signatory, sealed: d.sealed });
  qrBlock(sheet, qrText, checkUrlFor(data.seal.publicUrl, data.number));
}
