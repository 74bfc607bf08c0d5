import type { BinError, IinError } from '../deps.js';
import type { AffiliationError } from '../confessions.js';

// Validation speaks in codes, never messages: the lead maps each code to a localized message.
// Errors stop a form from being saved as it is; warnings are shown to staff and stop nothing —
// in particular neither is a ground for refusal (§16 knows only the §11 checklist).
export type FieldErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'NAME_NOT_CYRILLIC'
  | 'LATIN_NAME_NOT_MRZ'
  | 'COUNTRY_UNKNOWN'
  | 'DOCUMENT_NUMBER_FORMAT'
  | 'DATE_INVALID'
  | 'DATE_IN_FUTURE'
  | 'DATE_ORDER'
  | 'COUNT_INVALID'
  | 'ADULT_COUNT_MISMATCH'
  | 'IIN_BIRTH_DATE_MISMATCH'
  | 'IIN_REQUIRED_FOR_CITIZEN'
  | 'BIRTH_DATE_REQUIRED'
  | 'OFFICE_CODE_FORMAT'
  | 'TERM_ENDS_BEFORE_APPLICATION'
  | 'DUPLICATE_PERSON'
  | IinError
  | BinError
  | AffiliationError;

export type FieldWarningCode =
  | 'DOCUMENT_EXPIRED'
  | 'MIGRATION_REGISTRATION_MISSING'
  | 'MIGRATION_REGISTRATION_EXPIRED'
  | 'TERM_PAST_PASSPORT_EXPIRY'
  | 'TERM_PAST_MIGRATION_REGISTRATION'
  | 'TERM_EXCEEDS_MAXIMUM'
  | 'TERM_STARTS_BEFORE_APPLICATION'
  | 'MANDATE_EXPIRED'
  | 'POWER_OF_ATTORNEY_EXPIRED';

export interface FieldIssue<C extends string> {
  /** Dotted path to the field, with indices: `members.2.iin`. */
  path: string;
  code: C;
}

export interface ValidationResult {
  errors: FieldIssue<FieldErrorCode>[];
  warnings: FieldIssue<FieldWarningCode>[];
}

/** Collects issues under a path prefix. */
export class Issues {
  readonly errors: FieldIssue<FieldErrorCode>[] = [];
  readonly warnings: FieldIssue<FieldWarningCode>[] = [];

  error(path: string, code: FieldErrorCode): void {
    this.errors.push({ path, code });
  }

  warn(path: string, code: FieldWarningCode): void {
    this.warnings.push({ path, code });
  }

  result(): ValidationResult {
    return { errors: [...this.errors], warnings: [...this.warnings] };
  }
}

export function join(prefix: string, field: string): string {
  return prefix === '' ? field : `${prefix}.${field}`;
}

/** Text fields of the annexes: required and at most `max` characters after trimming. */
export function checkText(issues: Issues, path: string, value: string | undefined, max = 300): boolean {
  const v = value?.trim() ?? '';
  if (v === '') {
    issues.error(path, 'REQUIRED');
    return false;
  }
  if (v.length > max) {
    issues.error(path, 'TOO_LONG');
    return false;
  }
  return true;
}
