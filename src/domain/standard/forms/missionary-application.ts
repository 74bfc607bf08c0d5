import { checkAffiliation, type ReligiousAffiliation } from '../confessions.js';
import type { PlainDate } from '../deps.js';
import { comparePlainDates, parseBin } from '../deps.js';
import { maxValidUntil } from '../missionary-term.js';
import type { RuleVersion } from '../rule-version.js';
import type { ChecklistAnswers } from '../checklist/checklist.js';
import { checkDate, isBefore } from './dates.js';
import { checkText, Issues, join, type ValidationResult } from './field-issue.js';
import { countryAlpha2 } from './iso-3166.js';
import { checkOffice } from './office.js';
import { checkPerson, type PersonInput } from './person.js';
import { checkRepresentative, type RepresentativeInput } from './representative.js';

// Annex 7 (the missionary's application) and the parties of a missionary case (domain.md §2):
// the sending association and its mandate (§11.1), the inviting association registered in
// Kazakhstan (§11.1), a representative if one acts, and the religious materials handed in.
export interface MissionaryApplicationInput {
  kind: 'missionary-registration' | 'missionary-re-registration';
  /** Annex 7: «өтінішті тіркеуші органның атауы» — the office, by its code. */
  officeCode: string;
  /** Annex 7: «өтініш берілген күн». */
  applicationDate: string;
  /** Annex 7: the applicant — the missionary. */
  applicant: PersonInput;
  /** Annex 7: «орналасқан мекенжайы». */
  address: string;
  affiliation: ReligiousAffiliation;
  /** Annex 7: «миссионерлік қызметінің мерзімі». */
  term: { from: string; to: string };
  /** Annex 7: «қызметін жүзеге асыратын аумақ». */
  territory: string;
  sendingAssociation: {
    name: string;
    country: string;
    registrationDocument: { title: string; number?: string; date?: string };
  };
  /** §11.1: the document by which the association grants the right to missionary activity. */
  mandate: { title: string; number?: string; date: string; validUntil?: string };
  invitingAssociation: { name: string; bin: string };
  representative?: RepresentativeInput;
  /** §11.1 items, listed on intake (domain.md §4): title, kind, language, quantity. */
  materials: readonly MaterialInput[];
}

/** The most pieces of one item the inventory records (case_materials' check). */
export const MAX_MATERIAL_QUANTITY = 10_000;

export interface MaterialInput {
  title: string;
  kind: 'book' | 'printed' | 'audio' | 'video' | 'other';
  language: string;
  quantity: number;
}

export function validateMissionaryApplication(
  a: MissionaryApplicationInput,
  version: RuleVersion,
): ValidationResult {
  const issues = new Issues();
  checkOffice(issues, 'officeCode', a.officeCode);
  const appDate = checkDate(issues, 'applicationDate', a.applicationDate);
  // Without a valid application date nothing dated can be judged; report what there is.
  if (appDate === null) return issues.result();

  const person = checkPerson(issues, 'applicant', a.applicant, 'missionary', appDate);
  checkText(issues, 'address', a.address);
  checkText(issues, 'territory', a.territory);
  const aff = checkAffiliation(a.affiliation, version.confessions);
  if (aff) issues.error('affiliation', aff);

  const from = checkDate(issues, 'term.from', a.term?.from);
  const to = checkDate(issues, 'term.to', a.term?.to);
  if (from && to)
    checkTerm(issues, version, appDate, from, to, person.documentExpiry, person.migrationValidUntil);

  const s = a.sendingAssociation;
  checkText(issues, 'sendingAssociation.name', s?.name);
  checkCountry(issues, 'sendingAssociation.country', s?.country);
  checkText(issues, 'sendingAssociation.registrationDocument.title', s?.registrationDocument?.title);
  checkDate(issues, 'sendingAssociation.registrationDocument.date', s?.registrationDocument?.date, {
    required: false,
    notAfter: appDate,
  });

  checkText(issues, 'mandate.title', a.mandate?.title);
  const mandateDate = checkDate(issues, 'mandate.date', a.mandate?.date, { notAfter: appDate });
  const mandateUntil = checkDate(issues, 'mandate.validUntil', a.mandate?.validUntil, { required: false });
  if (mandateDate && mandateUntil && isBefore(mandateUntil, mandateDate))
    issues.error('mandate.validUntil', 'DATE_ORDER');
  else if (mandateUntil && isBefore(mandateUntil, appDate))
    issues.warn('mandate.validUntil', 'MANDATE_EXPIRED');

  checkText(issues, 'invitingAssociation.name', a.invitingAssociation?.name);
  const bin = a.invitingAssociation?.bin?.trim() ?? '';
  if (bin === '') issues.error('invitingAssociation.bin', 'REQUIRED');
  else {
    const parsed = parseBin(bin);
    if (!parsed.ok) issues.error('invitingAssociation.bin', parsed.error);
  }

  if (a.representative) checkRepresentative(issues, 'representative', a.representative, appDate);
  a.materials.forEach((m, i) => {
    const path = join('materials', String(i));
    checkText(issues, join(path, 'title'), m.title);
    checkText(issues, join(path, 'language'), m.language, 50);
    // §11.1 items are counted pieces; the inventory (case_materials) takes 1 to MAX_MATERIAL_QUANTITY.
    if (!Number.isInteger(m.quantity) || m.quantity < 1 || m.quantity > MAX_MATERIAL_QUANTITY)
      issues.error(join(path, 'quantity'), 'COUNT_INVALID');
  });
  return issues.result();
}

function checkTerm(
  issues: Issues,
  version: RuleVersion,
  appDate: PlainDate,
  from: PlainDate,
  to: PlainDate,
  documentExpiry: PlainDate | null,
  migrationValidUntil: PlainDate | null,
): void {
  if (isBefore(to, from)) {
    issues.error('term.to', 'DATE_ORDER');
    return;
  }
  if (isBefore(to, appDate)) {
    issues.error('term.to', 'TERM_ENDS_BEFORE_APPLICATION');
    return;
  }
  if (isBefore(from, appDate)) issues.warn('term.from', 'TERM_STARTS_BEFORE_APPLICATION');
  // The certificate will be cut at the maximum in force (certificateValidUntil); staff and the
  // applicant should know before, not discover it on the certificate.
  const start = comparePlainDates(from, appDate) > 0 ? from : appDate;
  if (isBefore(maxValidUntil(version, start), to)) issues.warn('term.to', 'TERM_EXCEEDS_MAXIMUM');
  // domain.md §2: a term past the passport's expiry or the migration registration is flagged
  // to staff; it is not by itself a ground for refusal.
  if (documentExpiry && isBefore(documentExpiry, to)) issues.warn('term.to', 'TERM_PAST_PASSPORT_EXPIRY');
  if (migrationValidUntil && isBefore(migrationValidUntil, to)) {
    issues.warn('term.to', 'TERM_PAST_MIGRATION_REGISTRATION');
  }
}

function checkCountry(issues: Issues, path: string, value: string | undefined): void {
  const v = value?.trim() ?? '';
  if (v === '') issues.error(path, 'REQUIRED');
  else if (countryAlpha2(v) === null) issues.error(path, 'COUNTRY_UNKNOWN');
}

/** The §11 checklist answers that follow from the application itself. */
export function missionaryChecklistAnswers(a: MissionaryApplicationInput): ChecklistAnswers {
  return {
    representative: a.representative ? 'yes' : 'no',
    religiousMaterials: a.materials.length > 0 ? 'yes' : 'no',
  };
}
