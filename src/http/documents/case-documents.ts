// From what a case holds to what each document renderer takes (domain.md §6): the filled annex 7/8
// form, the §14 receipt, the annex 5 certificate and annex 6 reference (with the seal made when
// the head signed), the §16 refusal letter and the §15 journal. Values are given in the document's
// official language (Kazakh or Russian); an English copy keeps the original's values, as an
// unofficial translation does. Thin: no rule lives here, only the mapping.
import crypto from 'node:crypto';
import type { CasePrintSource, StaffMember } from '../../app/documents/load-case-print.js';
import type { JournalPrintSource } from '../../app/documents/load-journal-print.js';
import { DomainError } from '../../app/errors.js';
import type { OrganisationRow } from '../../db/accounts-store.js';
import { personName } from '../../db/issue-journal.js';
import {
  parseSealQr,
  publicKeyFromText,
  renderCertificate,
  renderGroupApplication,
  renderJournal,
  renderMissionaryApplication,
  renderReceipt,
  renderReference,
  renderRefusal,
  sealQrText,
  type ApplicationCopy,
  type CertificateData,
  type DocumentLang,
  type DocumentOptions,
  type GroupApplicationData,
  type JournalData,
  type Letterhead,
  type MaterialItem,
  type MissionaryApplicationData,
  type ReceiptData,
  type ReferenceData,
  type RefusalData,
  type SealSource,
  type Signatory,
  type Signer,
} from '../../documents/index.js';
import { wallTimeAt } from '../../domain/calendar/index.js';
import { regionOfOffice } from '../../domain/directory/index.js';
import {
  checkDocuments,
  countryAlpha2,
  groupChecklistAnswers,
  missionaryChecklistAnswers,
  type GroupApplicationInput,
  type IdentityDocumentInput,
  type Localized,
  type MissionaryApplicationInput,
  type PersonInput,
  type ReligiousAffiliation,
  type RuleVersion,
} from '../../domain/standard/index.js';
import { plainDate, plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { translate } from '../../i18n/i18n.js';
import { formatLegalDate } from '../../views/legal-date.js';
import { caseVersion } from '../routes/staff-cases-data.js';

type Lang = DocumentLang;
const L = (l: Localized, lang: Lang) => l[lang];

// ——— People, places and offices ———

/** An organisation's name in an official language: the Russian form where known (domain.md §1). */
function orgName(o: Pick<OrganisationRow, 'nameKk' | 'nameRu'>, lang: Lang): string {
  return lang === 'ru' ? (o.nameRu ?? o.nameKk) : o.nameKk;
}

/** A division (RR-NNN) or the regional (city) department (RR-000): the head's position differs. */
const isDepartment = (o: Pick<OrganisationRow, 'code'>) => o.code.endsWith('-000');

// The head's position as printed under the document, and in the genitive that «м.а.» / «и.о.»
// governs for an acting head (Signatory in src/documents/types.ts).
const POSITION: Record<'department' | 'division', Record<'head' | 'acting', Localized>> = {
  department: {
    head: { kk: 'Басқарма басшысы', ru: 'Руководитель управления', en: 'Head of the department' },
    acting: { kk: 'Басқарма басшысының', ru: 'руководителя управления', en: 'head of the department' },
  },
  division: {
    head: { kk: 'Бөлім басшысы', ru: 'Руководитель отдела', en: 'Head of the division' },
    acting: { kk: 'Бөлім басшысының', ru: 'руководителя отдела', en: 'head of the division' },
  },
};

/** The head's position as printed under a letter of `office` (an acting head's in the genitive). */
export function headPosition(office: Pick<OrganisationRow, 'code'>, acting: boolean, lang: Lang): string {
  return L(POSITION[isDepartment(office) ? 'department' : 'division'][acting ? 'acting' : 'head'], lang);
}

function signatory(
  office: OrganisationRow,
  who: StaffMember | undefined,
  role: 'head' | 'acting_head',
  lang: Lang,
): Signatory {
  const acting = role === 'acting_head';
  return {
    position: headPosition(office, acting, lang),
    name: who?.name ?? '',
    acting,
  };
}

// The administrative centres of the seed's regions (2011): the place of issue of an office whose
// directory row prints no town and that has no regional department to take it from.
const CENTRE: Readonly<Record<string, { kk: string; ru: string }>> = {
  '71': { kk: 'Астана', ru: 'Астана' },
  '75': { kk: 'Алматы', ru: 'Алматы' },
  '11': { kk: 'Көкшетау', ru: 'Кокшетау' },
  '15': { kk: 'Ақтөбе', ru: 'Актобе' },
  '19': { kk: 'Талдықорған', ru: 'Талдыкорган' },
  '23': { kk: 'Атырау', ru: 'Атырау' },
  '27': { kk: 'Орал', ru: 'Уральск' },
  '31': { kk: 'Тараз', ru: 'Тараз' },
  '35': { kk: 'Қарағанды', ru: 'Караганда' },
  '39': { kk: 'Қостанай', ru: 'Костанай' },
  '43': { kk: 'Қызылорда', ru: 'Кызылорда' },
  '47': { kk: 'Ақтау', ru: 'Актау' },
  '51': { kk: 'Шымкент', ru: 'Шымкент' },
  '55': { kk: 'Павлодар', ru: 'Павлодар' },
  '59': { kk: 'Петропавл', ru: 'Петропавловск' },
  '63': { kk: 'Өскемен', ru: 'Усть-Каменогорск' },
};

/** Annexes 5, 6: «_____ қ.» / «г. _____», the town the office sits in. */
function placeOfIssue(office: OrganisationRow, parent: OrganisationRow | null, lang: Lang): string {
  for (const o of [office, parent]) {
    if (!o?.townKk) continue;
    return lang === 'ru' ? (o.townRu ?? o.townKk) : o.townKk;
  }
  return CENTRE[office.code.slice(0, 2)]?.[lang] ?? '';
}

/** Annex 5's title: «Қазақстан Республикасының [Алматы облысы] аумағында» / «на территории
 *  [Алматинской области] Республики Казахстан» — the office's region on the day of issue. */
function regionInTitle(office: OrganisationRow, on: PlainDate, lang: Lang): string {
  const region = regionOfOffice(office.code, on);
  if (lang === 'kk') return region.kk;
  return russianGenitive(region.ru);
}

/** «Алматинская область» → «Алматинской области», «город Астана» → «города Астаны». */
function russianGenitive(nominative: string): string {
  const city = /^город (.+)$/u.exec(nominative);
  if (city) return `города ${city[1] === 'Астана' ? 'Астаны' : city[1] === 'Шымкент' ? 'Шымкента' : city[1]}`;
  return nominative.replace(/ая область$/u, 'ой области').replace(/ая$/u, 'ой');
}

const KZ = { kk: 'Қазақстан Республикасы', ru: 'Республика Казахстан' };
const STATELESS = { kk: 'азаматтығы жоқ адам', ru: 'лицо без гражданства' };

function countryName(code: string | undefined, lang: Lang): string {
  if (!code) return '';
  const c = code.trim().toUpperCase();
  if (c === 'KZ' || c === 'KAZ') return KZ[lang];
  if (c === 'STATELESS') return STATELESS[lang];
  const a2 = countryAlpha2(c);
  // Country names come from the platform's CLDR data in the document's language.
  return a2 ? (new Intl.DisplayNames([lang], { type: 'region' }).of(a2) ?? a2) : c;
}

function docKind(d: IdentityDocumentInput, lang: Lang): string {
  return translate(lang, `intake.doc_kind.${d.kind}`);
}

/** Annex 7 «уақыты, нөмірі, құжатты берген орган»: the kind, the date, the number, the issuer. */
function identityLine(d: IdentityDocumentInput | undefined, lang: Lang): string {
  if (!d) return '';
  const issuer = [d.issuer, d.country ? countryName(d.country, lang) : ''].filter(Boolean).join(', ');
  return [docKind(d, lang), dateOf(d.issueDate, lang), d.number, issuer].filter(Boolean).join(', ');
}

/** Annex 5 «Төлқұжат»: the number, the issuer and country, the date. */
function passportLine(d: IdentityDocumentInput | undefined, lang: Lang): string {
  if (!d) return '';
  const issuer = [d.issuer, d.country ? countryName(d.country, lang) : ''].filter(Boolean).join(', ');
  return [d.number, issuer, dateOf(d.issueDate, lang)].filter(Boolean).join(', ');
}

function dateOf(s: string | undefined, lang: Lang): string {
  if (!s) return '';
  try {
    return formatLegalDate(plainDate(s), lang);
  } catch {
    return s;
  }
}

/** The missionary's name, and the passport's Latin spelling for a foreigner (annex 7). */
function nameWithLatin(p: PersonInput): string {
  const latin = [p.latinSurname, p.latinGivenNames].filter((s) => s && s.trim() !== '').join(' ');
  return latin ? `${personName(p)} (${latin})` : personName(p);
}

function affiliationName(a: ReligiousAffiliation, version: RuleVersion, lang: Lang): string {
  const c = version.confessions.find((x) => x.id === a.confession);
  if (!c || (a.otherText && a.otherText.trim() !== '')) return a.otherText?.trim() || (c?.name[lang] ?? '');
  return c.name[lang];
}

const NO_BUILDING = { kk: 'жоқ', ru: 'нет' };

// ——— Annexes 7 and 8 ———

type Application = MissionaryApplicationInput | GroupApplicationInput;
const isMissionary = (a: Application): a is MissionaryApplicationInput => a.kind.startsWith('missionary');

function applicationCopy(
  s: Pick<CasePrintSource, 'office'> & { view: { application: Application } },
  lang: Lang,
  version: RuleVersion,
): ApplicationCopy {
  const a = s.view.application;
  const appDate = plainDate(a.applicationDate);
  if (isMissionary(a)) {
    const form: MissionaryApplicationData = {
      registeringBody: orgName(s.office, lang),
      applicantName: nameWithLatin(a.applicant),
      address: a.address,
      identityDocument: identityLine(a.applicant.identityDocument, lang),
      affiliation: affiliationName(a.affiliation, version, lang),
      term: { from: plainDate(a.term.from), to: plainDate(a.term.to) },
      territory: a.territory,
      applicationDate: appDate,
    };
    return { subject: 'missionary', form };
  }
  const form: GroupApplicationData = {
    registeringBody: [orgName(s.office, lang), s.office.address].filter(Boolean).join(', '),
    groupName: a.groupName,
    affiliation: affiliationName(a.affiliation, version, lang),
    leaderName: personName(a.leader),
    adultMemberCount: a.adultMemberCount,
    location: a.location,
    religiousBuilding: a.religiousBuilding.has ? a.religiousBuilding.address : NO_BUILDING[lang],
    territory: a.territory,
    applicationDate: appDate,
  };
  return { subject: 'group', form };
}

/** Annex 7 or 8 filled from an application as sent online (issue 8: the applicant's copy). */
export function renderApplicationForm(
  application: Application,
  office: OrganisationRow,
  lang: Lang,
  version: RuleVersion,
): Promise<Buffer> {
  const c = applicationCopy({ office, view: { application } }, lang, version);
  return c.subject === 'missionary'
    ? renderMissionaryApplication(c.form, { lang })
    : renderGroupApplication(c.form, { lang });
}

// ——— §14 receipt ———

function hhmm(instant: string, timeZone: string): string {
  const w = wallTimeAt(new Date(instant), timeZone);
  return `${String(Math.floor(w.minutes / 60)).padStart(2, '0')}:${String(w.minutes % 60).padStart(2, '0')}`;
}

function receiptData(s: CasePrintSource, lang: Lang, version: RuleVersion): ReceiptData {
  const { view } = s;
  const registration = view.snapshot.registration!;
  const a = view.application;
  // §14 confirms what was received: the items the checklist required less those recorded missing.
  const answers = isMissionary(a) ? missionaryChecklistAnswers(a) : groupChecklistAnswers(a);
  const missing = new Set(registration.checklist.missingItemIds);
  const documents = checkDocuments(view.row.kind, answers, [], version)
    .required.filter((i) => !missing.has(i.id))
    .map((i) => i.name[lang]);
  const takeIn = view.actions.find((x) => x.kind === 'take_in');
  const stamp = view.actions.find((x) => x.kind === 'stamp');
  const receiver = takeIn?.actor.accountId ?? stamp?.actor.accountId ?? null;
  const tz = s.stampingOffice.timeZone;
  return {
    application: applicationCopy(s, lang, version),
    stamp: {
      office: orgName(s.stampingOffice, lang),
      incomingNumber: registration.incomingNumber,
      date: plainDateAt(new Date(registration.stampedAt), tz),
      time: hhmm(registration.stampedAt, tz),
    },
    documents,
    materials: isMissionary(a) ? s.materials.map((m): MaterialItem => ({ ...m })) : [],
    trackingCode: view.row.trackingCode,
    receivedBy: receiver ? (s.staff[receiver]?.name ?? '') : '',
  };
}

// ——— Annexes 5 and 6, with the seal made at signing ———

/**
 * A Signer that gives back the signature made when the head signed, and only for the very fields
 * it was made over (checked against the seal key's public half): the document prints the QR it was
 * issued with, and a record that no longer matches its seal is refused rather than sealed anew.
 */
function storedSeal(s: CasePrintSource): { source: SealSource; text: string } {
  const issued = s.issued!;
  const parsed = parseSealQr(issued.sealText!);
  if (!parsed || parsed.fields.number !== issued.number)
    throw new DomainError('DOCUMENT_NOT_ISSUED', {}, { reason: 'seal_unreadable' });
  const key = publicKeyFromText(issued.sealPublicKey!);
  const signer: Signer = {
    keyId: parsed.keyId,
    sign(bytes) {
      if (!crypto.verify(null, bytes, key, parsed.signature))
        return Promise.reject(new DomainError('DOCUMENT_NOT_ISSUED', {}, { reason: 'seal_mismatch' }));
      return Promise.resolve(parsed.signature);
    },
  };
  const suffix = `/check/${issued.number}`;
  const publicUrl = parsed.checkUrl.endsWith(suffix)
    ? parsed.checkUrl.slice(0, -suffix.length)
    : parsed.checkUrl;
  return { source: { signer, publicUrl }, text: issued.sealText! };
}

/** Seals nothing: checks that the document's key fields give back exactly the QR it was issued with. */
async function checkSeal(
  seal: { source: SealSource; text: string },
  fields: Parameters<typeof sealQrText>[0],
): Promise<void> {
  const again = await sealQrText(fields, seal.source.signer, seal.source.publicUrl);
  if (again !== seal.text) throw new DomainError('DOCUMENT_NOT_ISSUED', {}, { reason: 'seal_mismatch' });
}

function signer(s: CasePrintSource, accountId: string | null): StaffMember | undefined {
  return accountId ? s.staff[accountId] : undefined;
}

async function certificateData(
  s: CasePrintSource,
  lang: Lang,
  version: RuleVersion,
): Promise<CertificateData> {
  const a = s.view.application as MissionaryApplicationInput;
  const result = s.view.snapshot.result!;
  const issued = s.issued!;
  const issueDate = plainDate(issued.issuedOn);
  const validUntil = plainDate(issued.validUntil ?? result.validUntil!);
  const seal = storedSeal(s);
  // The holder and territory as issued (and sealed): the public check shows the same words.
  await checkSeal(seal, {
    number: issued.number,
    holder: issued.holder,
    territory: issued.territory,
    issued: issueDate,
    validUntil,
  });
  return {
    territory: regionInTitle(s.office, issueDate, lang),
    city: placeOfIssue(s.office, s.parent, lang),
    number: issued.number,
    issueDate,
    // fullName() joins the parts: the issued holder is printed whole, as it was sealed.
    holder: { surname: issued.holder, name: '' },
    passport: passportLine(a.applicant.identityDocument, lang),
    citizenship: countryName(a.applicant.citizenship, lang),
    affiliation: affiliationName(a.affiliation, version, lang),
    association: a.sendingAssociation.name,
    territoryOfActivity: issued.territory,
    validUntil,
    signatory: signatory(s.office, signer(s, result.signedBy), result.signerRole, lang),
    seal: seal.source,
  };
}

async function referenceData(s: CasePrintSource, lang: Lang, version: RuleVersion): Promise<ReferenceData> {
  const a = s.view.application as GroupApplicationInput;
  const result = s.view.snapshot.result!;
  const issued = s.issued!;
  const issueDate = plainDate(issued.issuedOn);
  const seal = storedSeal(s);
  await checkSeal(seal, {
    number: issued.number,
    holder: issued.holder,
    territory: issued.territory,
    issued: issueDate,
    validUntil: null,
  });
  return {
    registeringBody: orgName(s.office, lang),
    city: placeOfIssue(s.office, s.parent, lang),
    number: issued.number,
    issueDate,
    groupName: issued.holder,
    affiliation: affiliationName(a.affiliation, version, lang),
    leader: personName(a.leader),
    address: a.location,
    territoryOfActivity: issued.territory,
    signatory: signatory(s.office, signer(s, result.signedBy), result.signerRole, lang),
    seal: seal.source,
  };
}

// ——— §16 refusal ———

const AKIMAT_UNKNOWN = {
  kk: 'жергілікті атқарушы орган (әкімдік)',
  ru: 'местный исполнительный орган (акимат)',
};

export function letterhead(office: OrganisationRow): Letterhead {
  // The directory prints one address, in Kazakh; it stands in both columns until a Russian one is kept.
  const address = office.address ?? '';
  return {
    name: { kk: office.nameKk, ru: office.nameRu ?? office.nameKk },
    address: { kk: address, ru: address },
    phone: office.phones[0] ?? '',
    ...(office.emails[0] ? { email: office.emails[0] } : {}),
    emblemPath: null,
  };
}

function checklistEntry(version: RuleVersion, kind: string, id: string, lang: Lang) {
  const list = version.checklists[kind as keyof RuleVersion['checklists']];
  for (const item of list?.items ?? []) {
    if (item.id === id) return { name: item.name[lang], clause: item.clause };
    const alt = item.alternatives.find((x) => x.id === id);
    if (alt) return { name: alt.name[lang], clause: item.clause };
  }
  return { name: id, clause: '§11' };
}

function refusalData(s: CasePrintSource, lang: Lang, version: RuleVersion): RefusalData {
  const { view, office } = s;
  const refusal = view.snapshot.refusal!;
  const registration = view.snapshot.registration!;
  const a = view.application;
  const drafted = [...view.actions].reverse().find((x) => x.kind === 'draft_refusal');
  const executor = signer(s, drafted?.actor.accountId ?? null);
  const addressee = isMissionary(a)
    ? { name: nameWithLatin(a.applicant), address: a.address }
    : { name: `${personName(a.leader)} (${a.groupName})`, address: a.location };
  return {
    letterhead: letterhead(office),
    outgoingNumber: refusal.outgoingNumber,
    date: refusal.outgoingDate,
    addressee,
    application: {
      incomingNumber: registration.incomingNumber,
      date: plainDateAt(new Date(registration.stampedAt), s.stampingOffice.timeZone),
      kind: view.row.kind,
    },
    version,
    missing: view.snapshot.missingItemIds.map((id) => checklistEntry(version, view.row.kind, id, lang)),
    signatory: signatory(office, signer(s, refusal.signedBy), refusal.signerRole, lang),
    executor: { name: executor?.name ?? '', phone: executor?.phone ?? office.phones[0] ?? '' },
    complaints: {
      recordsAddress: office.address ?? '',
      recordsPhone: office.phones[0] ?? '',
      akimat: s.akimat ? orgName(s.akimat, lang) : AKIMAT_UNKNOWN[lang],
      akimatAddress: s.akimat?.address ?? office.address ?? '',
    },
  };
}

// ——— Rendering ———

export interface Copy {
  /** The official language of the original. */
  lang: Lang;
  /** An English copy of it, marked as an unofficial translation. */
  english: boolean;
  reprint: boolean;
  duplicate: boolean;
}

function optionsOf(copy: Copy): DocumentOptions {
  return {
    lang: copy.lang,
    ...(copy.english ? { unofficialEnglish: true } : {}),
    ...(copy.reprint ? { reprint: true } : {}),
    ...(copy.duplicate ? { duplicate: true } : {}),
  };
}

/** What identifies the printed document (document_prints.subject): its number. */
export function caseDocumentSubject(s: CasePrintSource): string {
  const snap = s.view.snapshot;
  switch (s.document) {
    case 'application':
      return s.view.row.trackingCode;
    case 'receipt':
      return snap.registration!.incomingNumber;
    case 'certificate':
    case 'reference':
      // The document printed: the one signed with the case, or its duplicate or reissue (issue 6).
      return s.issued?.number ?? snap.result!.documentNumber;
    case 'refusal':
      return snap.refusal!.outgoingNumber;
  }
}

export async function renderCaseDocument(s: CasePrintSource, copy: Copy): Promise<Buffer> {
  const version = caseVersion(
    s.view.row.ruleVersionId,
    s.view.snapshot.startDay ?? plainDate(s.view.application.applicationDate),
  );
  const options = optionsOf(copy);
  switch (s.document) {
    case 'application': {
      const c = applicationCopy(s, copy.lang, version);
      return c.subject === 'missionary'
        ? renderMissionaryApplication(c.form, options)
        : renderGroupApplication(c.form, options);
    }
    case 'receipt':
      return renderReceipt(receiptData(s, copy.lang, version), options);
    case 'certificate':
      return renderCertificate(await certificateData(s, copy.lang, version), options);
    case 'reference':
      return renderReference(await referenceData(s, copy.lang, version), options);
    case 'refusal':
      return renderRefusal(refusalData(s, copy.lang, version), options);
  }
}

// ——— §15 journal ———

const DOCUMENT_WORD: Record<'certificate' | 'reference', { kk: string; ru: string }> = {
  certificate: { kk: 'Куәлік', ru: 'Свидетельство' },
  reference: { kk: 'Анықтама', ru: 'Справка' },
};
const POWER_OF_ATTORNEY = {
  kk: 'сенімхат № {number}, {date}',
  ru: 'доверенность № {number} от {date}',
};

function journalData(j: JournalPrintSource, lang: Lang): JournalData {
  return {
    kind: j.kind,
    office: orgName(j.office, lang),
    period: { from: j.from, to: j.to },
    entries: j.entries.map((e) => {
      const shown = e.shownDocument ? `${docKind(e.shownDocument, lang)} ${e.shownDocument.number}` : '';
      const poa = e.powerOfAttorney
        ? POWER_OF_ATTORNEY[lang]
            .replace('{number}', e.powerOfAttorney.number)
            .replace('{date}', dateOf(e.powerOfAttorney.date, lang))
        : '';
      return {
        number: e.documentNumber ?? '',
        handedOverOn: plainDateAt(e.handedOverAt, j.office.timeZone),
        holder: e.holder,
        document: DOCUMENT_WORD[j.kind][lang],
        recipient: [e.recipientPerson, shown, poa].filter(Boolean).join(', '),
        handedOverBy: e.handedOverBy ?? '',
      };
    }),
  };
}

export function journalSubject(j: Pick<JournalPrintSource, 'office' | 'kind' | 'from' | 'to'>): string {
  return `${j.office.code} ${j.kind} ${j.from}..${j.to}`;
}

export function renderJournalDocument(j: JournalPrintSource, copy: Copy): Promise<Buffer> {
  return renderJournal(journalData(j, copy.lang), optionsOf(copy));
}

/** A file name of ASCII letters, digits and dashes: «certificate-71-000-2026-1-0004.kk.pdf». */
export function pdfFileName(document: string, subject: string, language: string): string {
  const safe = subject.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${document}-${safe}.${language}.pdf`;
}
