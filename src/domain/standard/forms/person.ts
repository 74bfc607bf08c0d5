import type { PlainDate } from '../deps.js';
import { parseIin } from '../deps.js';
import { checkDate, isBefore } from './dates.js';
import { checkText, join, type Issues } from './field-issue.js';
import { countryAlpha2 } from './iso-3166.js';
import { isCyrillicName, isMrzName } from './names.js';

// domain.md §2: a person as the forms record them. Raw input (strings as typed); validation
// returns codes per field path.
export type IdentityDocumentKind =
  'kz-id-card' | 'kz-passport' | 'foreign-passport' | 'residence-permit' | 'stateless-certificate' | 'other';

export interface IdentityDocumentInput {
  kind: IdentityDocumentKind;
  number: string;
  issueDate: string;
  expiryDate?: string;
  /** Annex 7: «құжатты берген орган». */
  issuer?: string;
  /** Issuing country (ISO 3166 alpha-2 or alpha-3); required for a foreign passport. */
  country?: string;
}

/** §11.1 "a passport registered in the established procedure": a foreigner's migration registration. */
export interface MigrationRegistrationInput {
  number: string;
  date: string;
  validUntil: string;
}

export interface PersonInput {
  surname: string;
  name: string;
  patronymic?: string;
  /** The passport's Latin spelling (MRZ), for a foreigner. */
  latinSurname?: string;
  latinGivenNames?: string;
  /** ISO 3166 alpha-2 or alpha-3, or 'stateless'. */
  citizenship: string;
  birthDate?: string;
  iin?: string;
  identityDocument?: IdentityDocumentInput;
  migrationRegistration?: MigrationRegistrationInput;
}

/** What the person is in the case: the rules differ (annex 7 asks more of the missionary). */
export type PersonRole = 'missionary' | 'group-leader' | 'group-member' | 'representative' | 'premises-owner';

export interface CheckedPerson {
  /** From the birth date field or, failing that, from the IIN; null when neither is valid. */
  birthDate: PlainDate | null;
  isCitizen: boolean;
  /** The valid expiry dates, for the term warnings of annex 7. */
  documentExpiry: PlainDate | null;
  migrationValidUntil: PlainDate | null;
}

export const STATELESS = 'stateless';
const NAME_MAX = 100;

export function checkPerson(
  issues: Issues,
  path: string,
  p: PersonInput,
  role: PersonRole,
  applicationDate: PlainDate,
): CheckedPerson {
  for (const field of ['surname', 'name'] as const) {
    if (checkText(issues, join(path, field), p[field], NAME_MAX) && !isCyrillicName(p[field])) {
      issues.error(join(path, field), 'NAME_NOT_CYRILLIC');
    }
  }
  const patronymic = p.patronymic?.trim() ?? '';
  if (patronymic !== '' && !isCyrillicName(patronymic))
    issues.error(join(path, 'patronymic'), 'NAME_NOT_CYRILLIC');

  let isCitizen = false;
  const citizenship = p.citizenship?.trim() ?? '';
  if (citizenship === '') issues.error(join(path, 'citizenship'), 'REQUIRED');
  else if (citizenship.toLowerCase() !== STATELESS) {
    const a2 = countryAlpha2(citizenship);
    if (a2 === null) issues.error(join(path, 'citizenship'), 'COUNTRY_UNKNOWN');
    isCitizen = a2 === 'KZ';
  }

  let birthDate = checkDate(issues, join(path, 'birthDate'), p.birthDate, {
    required: false,
    notAfter: applicationDate,
  });
  const iin = p.iin?.trim() ?? '';
  const needsIdentity = role !== 'premises-owner';
  if (iin !== '') {
    const parsed = parseIin(iin);
    if (!parsed.ok) issues.error(join(path, 'iin'), parsed.error);
    else if (birthDate !== null && birthDate !== parsed.value.birthDate) {
      issues.error(join(path, 'iin'), 'IIN_BIRTH_DATE_MISMATCH');
    } else birthDate = parsed.value.birthDate;
  } else if (isCitizen && needsIdentity) {
    issues.error(join(path, 'iin'), 'IIN_REQUIRED_FOR_CITIZEN');
  }

  const doc = p.identityDocument;
  let documentExpiry: PlainDate | null = null;
  if (doc)
    documentExpiry = checkIdentityDocument(
      issues,
      join(path, 'identityDocument'),
      doc,
      role,
      applicationDate,
    );
  else if (needsIdentity) issues.error(join(path, 'identityDocument'), 'REQUIRED');

  // The MRZ spelling exists where there is a foreign passport to copy it from.
  const latinRequired = !isCitizen && doc?.kind === 'foreign-passport' && needsIdentity;
  for (const field of ['latinSurname', 'latinGivenNames'] as const) {
    const v = p[field]?.trim() ?? '';
    if (v === '') {
      if (latinRequired) issues.error(join(path, field), 'REQUIRED');
    } else if (v.length > NAME_MAX) issues.error(join(path, field), 'TOO_LONG');
    else if (!isMrzName(v)) issues.error(join(path, field), 'LATIN_NAME_NOT_MRZ');
  }

  let migrationValidUntil: PlainDate | null = null;
  const needsMigration = role === 'missionary' && !isCitizen && doc?.kind !== 'residence-permit';
  if (p.migrationRegistration) {
    migrationValidUntil = checkMigration(
      issues,
      join(path, 'migrationRegistration'),
      p.migrationRegistration,
      applicationDate,
    );
  } else if (needsMigration) {
    // A warning, not an error: §11.1 also accepts "another identity document", and nothing
    // outside the §11 list may turn into a ground for refusal.
    issues.warn(join(path, 'migrationRegistration'), 'MIGRATION_REGISTRATION_MISSING');
  }
  return { birthDate, isCitizen, documentExpiry, migrationValidUntil };
}

function checkIdentityDocument(
  issues: Issues,
  path: string,
  doc: IdentityDocumentInput,
  role: PersonRole,
  applicationDate: PlainDate,
): PlainDate | null {
  const number = (doc.number ?? '').replace(/\s/g, '').toUpperCase();
  if (number === '') issues.error(join(path, 'number'), 'REQUIRED');
  else if (!(doc.kind === 'kz-id-card' ? /^\d{9}$/ : /^[A-Z0-9]{5,20}$/).test(number)) {
    issues.error(join(path, 'number'), 'DOCUMENT_NUMBER_FORMAT');
  }
  const issued = checkDate(issues, join(path, 'issueDate'), doc.issueDate, { notAfter: applicationDate });
  const expiry = checkDate(issues, join(path, 'expiryDate'), doc.expiryDate, {
    required: doc.kind === 'foreign-passport',
  });
  if (issued && expiry && isBefore(expiry, issued)) issues.error(join(path, 'expiryDate'), 'DATE_ORDER');
  else if (expiry && isBefore(expiry, applicationDate))
    issues.warn(join(path, 'expiryDate'), 'DOCUMENT_EXPIRED');
  // Annex 7 prints the issuing body for the applicant's document.
  if (role === 'missionary') checkText(issues, join(path, 'issuer'), doc.issuer, 200);
  if (doc.kind === 'foreign-passport' || (doc.country ?? '').trim() !== '') {
    const c = doc.country?.trim() ?? '';
    if (c === '') issues.error(join(path, 'country'), 'REQUIRED');
    else if (countryAlpha2(c) === null) issues.error(join(path, 'country'), 'COUNTRY_UNKNOWN');
  }
  return expiry && issued && !isBefore(expiry, issued) ? expiry : null;
}

function checkMigration(
  issues: Issues,
  path: string,
  m: MigrationRegistrationInput,
  applicationDate: PlainDate,
): PlainDate | null {
  checkText(issues, join(path, 'number'), m.number, 50);
  const date = checkDate(issues, join(path, 'date'), m.date, { notAfter: applicationDate });
  const until = checkDate(issues, join(path, 'validUntil'), m.validUntil);
  if (date && until && isBefore(until, date)) {
    issues.error(join(path, 'validUntil'), 'DATE_ORDER');
    return null;
  }
  if (until && isBefore(until, applicationDate))
    issues.warn(join(path, 'validUntil'), 'MIGRATION_REGISTRATION_EXPIRED');
  return until;
}
