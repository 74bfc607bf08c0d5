// domain.md §4 "after the end": a certificate (annex 5) or reference (annex 6) lives on with its own
// status, which the public check shows. Stored: valid, superseded (by re-registration), annulled (by a
// decision, with its reason), replaced (by a duplicate). Expired is not stored: a certificate is valid
// through its «valid until» day and expired from the next legal day (groups' references never expire).
import { comparePlainDates, type PlainDate } from '../time/plain-date.js';

export const STORED_DOCUMENT_STATUSES = ['valid', 'superseded', 'annulled', 'replaced'] as const;
export type StoredDocumentStatus = (typeof STORED_DOCUMENT_STATUSES)[number];

export type PublicDocumentStatus = StoredDocumentStatus | 'expired';

// The reasons an annulment may give, as codes: the public check words them in its language, and no
// free text (which could name a person or a faith, §17) ever reaches the public page.
export const ANNULMENT_REASONS = [
  'court_decision',
  'registering_body_decision',
  'issued_in_error',
  'activity_ended',
] as const;
export type AnnulmentReason = (typeof ANNULMENT_REASONS)[number];

export function isAnnulmentReason(value: unknown): value is AnnulmentReason {
  return typeof value === 'string' && (ANNULMENT_REASONS as readonly string[]).includes(value);
}

/** The status as of the legal day `today` (in the issuing office's time zone). */
export function publicDocumentStatus(
  doc: { status: StoredDocumentStatus; validUntil: PlainDate | null },
  today: PlainDate,
): PublicDocumentStatus {
  // A decision about the document says more than the calendar: an annulled certificate stays annulled.
  if (doc.status !== 'valid') return doc.status;
  return doc.validUntil !== null && comparePlainDates(today, doc.validUntil) > 0 ? 'expired' : 'valid';
}

export type DocumentStatusChange =
  | { status: 'superseded'; successorNumber: string | null }
  | { status: 'annulled'; reason: AnnulmentReason }
  | { status: 'replaced'; successorNumber: string };

export type StatusChangeProblem =
  'NOT_VALID_NOW' | 'REASON_REQUIRED' | 'SUCCESSOR_REQUIRED' | 'SUCCESSOR_IS_ITSELF';

/** Only a valid document changes status, once; each change carries what the public check shows. */
export function checkStatusChange(
  current: { number: string; status: StoredDocumentStatus },
  change: DocumentStatusChange,
): StatusChangeProblem | null {
  if (current.status !== 'valid') return 'NOT_VALID_NOW';
  if (change.status === 'annulled') return isAnnulmentReason(change.reason) ? null : 'REASON_REQUIRED';
  if (change.status === 'replaced' && !change.successorNumber) return 'SUCCESSOR_REQUIRED';
  if (change.successorNumber === current.number) return 'SUCCESSOR_IS_ITSELF';
  return null;
}
