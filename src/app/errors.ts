// Errors carry codes, not HTTP statuses (docs/ARCHITECTURE.md habit 7): http/ maps each code to a
// status and the i18n catalogues to a message in the page's language.
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'SIGN_IN_FAILED',
  'SESSION_EXPIRED',
  'NOT_SIGNED_IN',
  'FORBIDDEN',
  'NOT_FOUND',
  'CSRF_FAILED',
  'CONFLICT',
  'CASE_ACTION_NOT_ALLOWED',
  'CASE_CHANGED',
  'FOUR_EYES',
  'CORRECTION_DECIDED',
  'DOCUMENT_NOT_READY',
  'DOCUMENT_NOT_ISSUED',
  'DOCUMENT_NOT_VALID',
  'QUEUE_CLOSED',
  'QUEUE_FULL',
  'QUEUE_DESK_TAKEN',
  'QUEUE_DESK_BUSY',
  'QUEUE_ACT_NOT_ALLOWED',
  'LOGIN_TAKEN',
  'PASSWORD_TOO_WEAK',
  'PASSWORD_WRONG',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNAVAILABLE',
  'STORAGE_FULL',
  'STORAGE_READ_ONLY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Per-field error codes for forms: field name → message key suffix. */
    readonly fields: Record<string, string> = {},
    /** Facts for the client: e.g. the actions allowed instead (a refused case action). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
  }
}
