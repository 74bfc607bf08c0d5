// Test helper: every field value each document must print, taken from its data (never typed out
// again), so a test can look for each of them in what pdftotext reads back.
import { APPLICATION_KIND_NAMES } from '../domain/standard/index.js';
import { groupFormValues, missionaryFormValues } from './application-forms.js';
import { fullName, type CertificateData } from './certificate.js';
import type { JournalData } from './journal.js';
import type { ReceiptData } from './receipt.js';
import type { ReferenceData } from './reference.js';
import type { RefusalData } from './refusal.js';
import type { ComplaintAnswerData } from './complaint-answer.js';
import { legalDate } from './render/legal-words.js';
import type { TalonData } from './talon.js';
import type { DocumentLang, GroupApplicationData, MissionaryApplicationData } from './types.js';

type L = DocumentLang | 'en';

export function certificateValues(c: CertificateData, lang: L): string[] {
  return [
    c.territory,
    c.city,
    c.number,
    legalDate(c.issueDate, lang),
    c.holder.surname,
    c.holder.name,
    c.holder.patronymic ?? '',
    fullName(c.holder),
    c.passport,
    c.citizenship,
    c.affiliation,
    c.association,
    c.territoryOfActivity,
    legalDate(c.validUntil, lang),
    c.signatory.position,
    c.signatory.name,
  ].filter((v) => v !== '');
}

export function referenceValues(r: ReferenceData, lang: L): string[] {
  return [
    r.registeringBody,
    r.city,
    r.number,
    legalDate(r.issueDate, lang),
    r.applicant ?? '',
    r.groupName,
    r.affiliation,
    r.leader,
    r.address,
    r.territoryOfActivity,
    r.signatory.position,
    r.signatory.name,
  ].filter((v) => v !== '');
}

export function missionaryApplicationValues(a: MissionaryApplicationData, lang: L): string[] {
  return [
    ...Object.values(missionaryFormValues(a, lang)),
    legalDate(a.term.from, lang),
    legalDate(a.term.to, lang),
  ];
}

export function groupApplicationValues(a: GroupApplicationData, lang: L): string[] {
  return [
    a.registeringBody,
    a.groupName,
    a.affiliation,
    a.leaderName,
    String(a.adultMemberCount),
    a.location,
    a.religiousBuilding,
    a.territory,
    legalDate(a.applicationDate, lang),
    ...Object.values(groupFormValues(a, lang)),
  ];
}

export function receiptValues(r: ReceiptData, lang: L): string[] {
  const app =
    r.application.subject === 'missionary'
      ? missionaryApplicationValues(r.application.form, lang)
      : groupApplicationValues(r.application.form, lang);
  return [
    ...app,
    r.stamp.office,
    r.stamp.incomingNumber,
    legalDate(r.stamp.date, lang),
    r.stamp.time,
    ...r.documents,
    ...r.materials.flatMap((m) => [m.title, m.language, String(m.quantity)]),
    r.trackingCode,
    r.receivedBy,
    r.checkUrl ?? '',
  ].filter((v) => v !== '');
}

export function refusalValues(r: RefusalData, lang: L): string[] {
  const l = r.letterhead;
  return [
    l.name.kk,
    l.name.ru,
    l.address.kk,
    l.address.ru,
    l.phone,
    l.email ?? '',
    r.outgoingNumber,
    legalDate(r.date, lang),
    r.addressee.name,
    r.addressee.address,
    r.application.incomingNumber,
    legalDate(r.application.date, lang),
    APPLICATION_KIND_NAMES[r.application.kind][lang],
    ...r.missing.map((m) => m.name),
    r.signatory.position,
    r.signatory.name,
    r.executor.name,
    r.executor.phone,
    r.complaints.recordsAddress,
    r.complaints.recordsPhone,
    r.complaints.akimat,
    r.complaints.akimatAddress,
  ].filter((v) => v !== '');
}

export function talonValues(t: TalonData, lang: L): string[] {
  return [
    t.body,
    t.complaintNumber,
    t.trackingCode,
    legalDate(t.registeredOn, lang),
    t.registeredAt,
    t.acceptedBy.surname,
    t.acceptedBy.name,
    t.progressPhone,
    t.checkUrl ?? '',
  ].filter((v) => v !== '');
}

export function journalValues(j: JournalData, lang: L): string[] {
  return [
    j.office,
    legalDate(j.period.from, lang),
    legalDate(j.period.to, lang),
    ...j.entries.flatMap((e) => [
      e.number,
      legalDate(e.handedOverOn, lang),
      e.holder,
      e.document,
      e.recipient,
      e.handedOverBy,
    ]),
  ];
}

/** The values of `values` that `text` does not contain (both with whitespace folded). */
export function missingFrom(text: string, values: readonly string[]): string[] {
  const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const t = fold(text);
  return values.filter((v) => !t.includes(fold(v)));
}

const OUTCOME_WORDS = {
  upheld: { kk: 'шағым қанағаттандырылды', ru: 'жалоба удовлетворена' },
  partly: { kk: 'шағым ішінара қанағаттандырылды', ru: 'жалоба удовлетворена частично' },
  rejected: { kk: 'шағымды қанағаттандырудан бас тартылды', ru: 'в удовлетворении жалобы отказано' },
} as const;

/** §21, §23, §25: the answer letter's values — the decision's words and the court right included. */
export function complaintAnswerValues(a: ComplaintAnswerData, lang: DocumentLang): string[] {
  const l = a.letterhead;
  return [
    l.name.kk,
    l.name.ru,
    l.address.kk,
    l.phone,
    a.outgoingNumber,
    legalDate(a.date, lang),
    a.addressee.name,
    a.addressee.address ?? '',
    a.complaint.incomingNumber,
    legalDate(a.complaint.registeredOn, lang),
    a.complaint.caseTrackingCode ?? '',
    OUTCOME_WORDS[a.outcome][lang],
    ...a.reasons.split(/\n+/).map((p) => p.trim()),
    lang === 'kk' ? 'сотқа шағымдануға құқылысыз (стандарттың 23-тармағы)' : 'обратиться в суд',
    a.signatory.position,
    a.signatory.name,
  ].filter((v) => v !== '');
}
