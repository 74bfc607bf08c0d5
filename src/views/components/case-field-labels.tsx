// The words for the fields of annexes 7 and 8 and for the validators' codes: a field path such as
// `members.2.identityDocument.number` becomes "Member 3 — Number", a code a localized message.
import type { MessageKey } from '../../i18n/catalogue.js';
import type { Translate } from '../../i18n/i18n.js';
import type { FieldErrorCode, FieldWarningCode } from '../../domain/standard/index.js';
import type { FieldError } from './form.js';

/** The labels of the form fields, by their path with the person or row prefix taken off. */
export const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  officeCode: 'intake.f.office',
  contactEmail: 'notify.intake.email',
  contactPhone: 'notify.intake.phone',
  contactConsent: 'notify.intake.consent',
  applicationDate: 'intake.f.application_date',
  surname: 'intake.f.surname',
  name: 'intake.f.name',
  patronymic: 'intake.f.patronymic',
  latinSurname: 'intake.f.latin_surname',
  latinGivenNames: 'intake.f.latin_given_names',
  citizenship: 'intake.f.citizenship',
  birthDate: 'intake.f.birth_date',
  iin: 'intake.f.iin',
  identityDocument: 'intake.s.identity_document',
  'identityDocument.kind': 'intake.f.doc_kind',
  'identityDocument.number': 'intake.f.doc_number',
  'identityDocument.issueDate': 'intake.f.doc_issue_date',
  'identityDocument.expiryDate': 'intake.f.doc_expiry_date',
  'identityDocument.issuer': 'intake.f.doc_issuer',
  'identityDocument.country': 'intake.f.doc_country',
  migrationRegistration: 'intake.s.migration',
  'migrationRegistration.number': 'intake.f.migration_number',
  'migrationRegistration.date': 'intake.f.migration_date',
  'migrationRegistration.validUntil': 'intake.f.migration_valid_until',
  address: 'intake.f.address',
  affiliation: 'intake.f.affiliation',
  'affiliation.confession': 'intake.f.affiliation',
  'affiliation.otherText': 'intake.f.affiliation_other',
  'term.from': 'intake.f.term_from',
  'term.to': 'intake.f.term_to',
  territory: 'intake.f.territory',
  'sendingAssociation.name': 'intake.f.association_name',
  'sendingAssociation.country': 'intake.f.association_country',
  'sendingAssociation.registrationDocument.title': 'intake.f.registration_title',
  'sendingAssociation.registrationDocument.number': 'intake.f.registration_number',
  'sendingAssociation.registrationDocument.date': 'intake.f.registration_date',
  'mandate.title': 'intake.f.mandate_title',
  'mandate.number': 'intake.f.mandate_number',
  'mandate.date': 'intake.f.mandate_date',
  'mandate.validUntil': 'intake.f.mandate_valid_until',
  'invitingAssociation.name': 'intake.f.association_name',
  'invitingAssociation.bin': 'intake.f.bin',
  'representative.acts': 'intake.f.representative_acts',
  'powerOfAttorney.number': 'intake.f.poa_number',
  'powerOfAttorney.date': 'intake.f.poa_date',
  'powerOfAttorney.notary': 'intake.f.poa_notary',
  'powerOfAttorney.validUntil': 'intake.f.poa_valid_until',
  'materials.title': 'intake.f.material_title',
  'materials.kind': 'intake.f.material_kind',
  'materials.language': 'intake.f.material_language',
  'materials.quantity': 'intake.f.material_quantity',
  groupName: 'intake.f.group_name',
  adultMemberCount: 'intake.f.adult_member_count',
  location: 'intake.f.location',
  'religiousBuilding.has': 'intake.f.has_building',
  'religiousBuilding.address': 'intake.f.building_address',
  'premises.documentKind': 'intake.f.premises_kind',
  'premises.documentNumber': 'intake.f.premises_number',
  'premises.documentDate': 'intake.f.premises_date',
  'premises.owner.kind': 'intake.f.owner_kind',
  'premises.owner.name': 'intake.f.owner_name',
  'premises.owner.bin': 'intake.f.owner_bin',
  'premises.consentDate': 'intake.f.consent_date',
  language: 'intake.f.language',
  consent: 'intake.f.consent',
  kind: 'portal.apply.kind',
  'contact.email': 'portal.f.email',
  'contact.phone': 'portal.f.phone',
  'scans.item': 'scans.f.item',
  'scans.file': 'scans.f.file',
};

// Which section a path belongs to when the same field occurs for several people or rows.
const CONTEXTS: readonly [
  RegExp,
  (m: RegExpExecArray, t: Translate) => string,
  (m: RegExpExecArray) => string,
][] = [
  [/^applicant\.(.+)$/, (_m, t) => t('intake.s.applicant'), (m) => m[1]!],
  [/^leader\.(.+)$/, (_m, t) => t('intake.s.leader'), (m) => m[1]!],
  [/^members\.(\d+)\.(.+)$/, (m, t) => t('intake.member_n', { n: Number(m[1]) + 1 }), (m) => m[2]!],
  [/^representative\.person\.(.+)$/, (_m, t) => t('intake.s.representative'), (m) => m[1]!],
  [/^representative\.(.+)$/, (_m, t) => t('intake.s.representative'), (m) => m[1]!],
  [/^premises\.owner\.person\.(.+)$/, (_m, t) => t('intake.s.owner'), (m) => m[1]!],
  [/^sendingAssociation\./, (_m, t) => t('intake.s.sending'), () => ''],
  [/^invitingAssociation\./, (_m, t) => t('intake.s.inviting'), () => ''],
  [/^mandate\./, (_m, t) => t('intake.s.mandate'), () => ''],
  [
    /^materials\.(\d+)\.(.+)$/,
    (m, t) => t('intake.material_n', { n: Number(m[1]) + 1 }),
    (m) => `materials.${m[2]}`,
  ],
  [/^scans\.(\d+)\.(.+)$/, (m, t) => t('intake.scan_n', { n: Number(m[1]) + 1 }), (m) => `scans.${m[2]}`],
];

/** A reader's name for a field path: "section — field" where the section is needed. */
export function fieldLabel(t: Translate, path: string): string {
  for (const [re, context, rest] of CONTEXTS) {
    const m = re.exec(path);
    if (!m) continue;
    const field = rest(m) || path;
    return `${context(m, t)} — ${t(labelKey(field))}`;
  }
  return t(labelKey(path));
}

function labelKey(path: string): MessageKey {
  let p = path;
  for (;;) {
    const key = FIELD_LABELS[p];
    if (key) return key;
    const cut = p.lastIndexOf('.');
    if (cut < 0) return 'intake.s.application';
    p = p.slice(0, cut);
  }
}

/** The id of a form control (or of the fieldset of a group of them) for a field path. */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** Every code the validators of annexes 7 and 8 can give has a message (the compiler checks). */
export const ERROR_MESSAGES: Readonly<Record<FieldErrorCode, MessageKey>> = {
  REQUIRED: 'intake.error.REQUIRED',
  TOO_LONG: 'intake.error.TOO_LONG',
  NAME_NOT_CYRILLIC: 'intake.error.NAME_NOT_CYRILLIC',
  LATIN_NAME_NOT_MRZ: 'intake.error.LATIN_NAME_NOT_MRZ',
  COUNTRY_UNKNOWN: 'intake.error.COUNTRY_UNKNOWN',
  DOCUMENT_NUMBER_FORMAT: 'intake.error.DOCUMENT_NUMBER_FORMAT',
  DATE_INVALID: 'intake.error.DATE_INVALID',
  DATE_IN_FUTURE: 'intake.error.DATE_IN_FUTURE',
  DATE_ORDER: 'intake.error.DATE_ORDER',
  COUNT_INVALID: 'intake.error.COUNT_INVALID',
  ADULT_COUNT_MISMATCH: 'intake.error.ADULT_COUNT_MISMATCH',
  IIN_BIRTH_DATE_MISMATCH: 'intake.error.IIN_BIRTH_DATE_MISMATCH',
  IIN_REQUIRED_FOR_CITIZEN: 'intake.error.IIN_REQUIRED_FOR_CITIZEN',
  BIRTH_DATE_REQUIRED: 'intake.error.BIRTH_DATE_REQUIRED',
  OFFICE_CODE_FORMAT: 'intake.error.OFFICE_CODE_FORMAT',
  TERM_ENDS_BEFORE_APPLICATION: 'intake.error.TERM_ENDS_BEFORE_APPLICATION',
  DUPLICATE_PERSON: 'intake.error.DUPLICATE_PERSON',
  IIN_FORMAT: 'intake.error.IIN_FORMAT',
  IIN_CENTURY_SEX: 'intake.error.IIN_CENTURY_SEX',
  IIN_BIRTH_DATE: 'intake.error.IIN_BIRTH_DATE',
  IIN_NEVER_ISSUED: 'intake.error.IIN_NEVER_ISSUED',
  IIN_CHECK_DIGIT: 'intake.error.IIN_CHECK_DIGIT',
  BIN_FORMAT: 'intake.error.BIN_FORMAT',
  BIN_MONTH: 'intake.error.BIN_MONTH',
  BIN_ENTITY_KIND: 'intake.error.BIN_ENTITY_KIND',
  BIN_NEVER_ISSUED: 'intake.error.BIN_NEVER_ISSUED',
  BIN_CHECK_DIGIT: 'intake.error.BIN_CHECK_DIGIT',
  CONFESSION_UNKNOWN: 'intake.error.CONFESSION_UNKNOWN',
  CONFESSION_TEXT_REQUIRED: 'intake.error.CONFESSION_TEXT_REQUIRED',
  CONFESSION_TEXT_UNEXPECTED: 'intake.error.CONFESSION_TEXT_UNEXPECTED',
};

export const WARNING_MESSAGES: Readonly<Record<FieldWarningCode, MessageKey>> = {
  DOCUMENT_EXPIRED: 'intake.warning.DOCUMENT_EXPIRED',
  MIGRATION_REGISTRATION_MISSING: 'intake.warning.MIGRATION_REGISTRATION_MISSING',
  MIGRATION_REGISTRATION_EXPIRED: 'intake.warning.MIGRATION_REGISTRATION_EXPIRED',
  TERM_PAST_PASSPORT_EXPIRY: 'intake.warning.TERM_PAST_PASSPORT_EXPIRY',
  TERM_PAST_MIGRATION_REGISTRATION: 'intake.warning.TERM_PAST_MIGRATION_REGISTRATION',
  TERM_EXCEEDS_MAXIMUM: 'intake.warning.TERM_EXCEEDS_MAXIMUM',
  TERM_STARTS_BEFORE_APPLICATION: 'intake.warning.TERM_STARTS_BEFORE_APPLICATION',
  MANDATE_EXPIRED: 'intake.warning.MANDATE_EXPIRED',
  POWER_OF_ATTORNEY_EXPIRED: 'intake.warning.POWER_OF_ATTORNEY_EXPIRED',
};

// The intake's own codes (open-case-at-counter.ts) are messages of the shared `field.` set.
const OWN_CODES: Readonly<Record<string, MessageKey>> = {
  consent_required: 'field.consent_required',
  // Issue 8: the optional contact (domain/notify/notify.ts).
  email_invalid: 'notify.error.email_invalid',
  phone_invalid: 'notify.error.phone_invalid',
  contact_consent_required: 'notify.error.contact_consent_required',
  contact_missing: 'notify.error.contact_missing',
  language_official: 'field.language_official',
  // §11 scans (domain/files/scan-content.ts, app/cases/case-scans.ts).
  file_empty: 'field.file_empty',
  file_type_not_allowed: 'field.file_type_not_allowed',
  file_damaged: 'field.file_damaged',
  file_too_large: 'field.file_too_large',
  image_too_large: 'field.image_too_large',
  files_too_many: 'field.files_too_many',
  file_item_unknown: 'field.file_item_unknown',
  file_required: 'field.file_required',
  // Issue 8, the portal's own (app/portal/online-application.ts, domain/portal/contact.ts).
  kind_required: 'portal.e.kind_required',
  office_required: 'portal.e.office_required',
  email_format: 'portal.e.email_format',
  phone_format: 'portal.e.phone_format',
};

/** A code of the intake, localized; an unknown code is shown as the generic "needs correcting". */
export function intakeMessage(t: Translate, code: string): string {
  const key =
    (ERROR_MESSAGES as Record<string, MessageKey>)[code] ?? OWN_CODES[code] ?? 'error.VALIDATION_FAILED';
  return t(key);
}

/** The intake's per-field errors for the error summary: each names its field and links to it. */
export function intakeErrors(t: Translate, fields: Record<string, string>): FieldError[] {
  return Object.entries(fields).map(([path, code]) => ({
    field: fieldId(path),
    message: `${fieldLabel(t, path)}: ${intakeMessage(t, code)}`,
  }));
}
