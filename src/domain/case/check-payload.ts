import type { CaseAction, CaseActionOf } from './case-action.js';
import type { CaseSnapshot } from './case-snapshot.js';
import {
  comparePlainDates,
  formatOfficeCode,
  isApplicationKind,
  isPlainDate,
  parseCertificateNumber,
  parseOfficeCode,
  parseRegisterNumber,
  subjectOf,
  toParts,
} from './deps.js';

// The content of an action, checked against the case it is appended to. The table
// (transitions.ts) says whether an action may happen; this says whether it is well formed.
export type ActionIssue =
  | 'AT_NOT_ISO_INSTANT'
  | 'AT_BEFORE_PREVIOUS'
  | 'ACCOUNT_REQUIRED'
  | 'OFFICE_CODE_FORMAT'
  | 'APPLICATION_KIND_UNKNOWN'
  | 'TRANSFER_TO_SAME_OFFICE'
  | 'INCOMING_NUMBER_FORMAT'
  | 'INCOMING_NUMBER_OFFICE'
  | 'DATE_FORMAT'
  | 'CHECKLIST_INCONSISTENT'
  | 'MISSING_ITEMS_REQUIRED'
  | 'REASON_REQUIRED'
  | 'COMPLAINT_REQUIRED'
  | 'DOCUMENT_NUMBER_FORMAT'
  | 'DOCUMENT_NUMBER_KIND'
  | 'DOCUMENT_NUMBER_OFFICE'
  | 'DOCUMENT_NUMBER_YEAR'
  | 'VALID_UNTIL_REQUIRED'
  | 'VALID_UNTIL_NOT_ALLOWED'
  | 'VALID_UNTIL_BEFORE_DOCUMENT_DATE'
  | 'SIGNER_ROLE_NOT_HELD'
  | 'OUTGOING_NUMBER_FORMAT'
  | 'OUTGOING_NUMBER_OFFICE'
  | 'OUTGOING_NUMBER_YEAR'
  | 'IDENTITY_DOCUMENT_REQUIRED'
  | 'POWER_OF_ATTORNEY_REQUIRED'
  | 'PROOF_REQUIRED'
  | 'PROOF_DOES_NOT_MATCH'
  | 'DELIVERED_BEFORE_SIGNED'
  | 'FIELD_REQUIRED'
  | 'APPROVAL_REQUIRED';

// An instant with its zone: a bare local time would be read in the server's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const STAFF_ONLY = new Set(['applicant', 'system']);

export function instantMs(at: string): number | null {
  if (!ISO_INSTANT.test(at)) return null;
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? null : ms;
}

const blank = (s: string | null | undefined): boolean => typeof s !== 'string' || s.trim() === '';

/** The issues of `action` appended to `snapshot` (null: the first action); empty when well formed. */
export function checkPayload(snapshot: CaseSnapshot | null, action: CaseAction): ActionIssue[] {
  const issues: ActionIssue[] = [];
  const at = instantMs(action.at);
  if (at === null) issues.push('AT_NOT_ISO_INSTANT');
  // Append-only and in order: an act recorded before the one it follows is a bug or a forged log.
  else if (snapshot && at < (instantMs(snapshot.lastActionAt) ?? -Infinity))
    issues.push('AT_BEFORE_PREVIOUS');
  if (action.actor.accountId === null && action.actor.roles.some((r) => !STAFF_ONLY.has(r)))
    issues.push('ACCOUNT_REQUIRED');
  CHECKS[action.kind](issues, snapshot, action as never);
  return issues;
}

type Check<K extends CaseAction['kind']> = (
  issues: ActionIssue[],
  s: CaseSnapshot | null,
  a: CaseActionOf<K>,
) => void;

const none = (): void => {};

function opening(issues: ActionIssue[], _s: CaseSnapshot | null, a: CaseActionOf<'start_draft' | 'take_in'>) {
  if (!isOfficeCode(a.officeCode)) issues.push('OFFICE_CODE_FORMAT');
  if (!isApplicationKind(a.applicationKind)) issues.push('APPLICATION_KIND_UNKNOWN');
}

function incoming(issues: ActionIssue[], number: string, office: string | null | undefined) {
  // domain.md §5: one incoming register per office and year, `35-004/2026/0042`.
  const n = parseRegisterNumber(number);
  if (!n.ok || n.value.office.isAkimat) issues.push('INCOMING_NUMBER_FORMAT');
  else if (office != null && formatOfficeCode(n.value.office) !== office)
    issues.push('INCOMING_NUMBER_OFFICE');
}

function dated(issues: ActionIssue[], ...dates: (string | null)[]): boolean {
  const ok = dates.every((d) => d === null || (typeof d === 'string' && isPlainDate(d)));
  if (!ok) issues.push('DATE_FORMAT');
  return ok;
}

function reason(issues: ActionIssue[], _s: CaseSnapshot | null, a: { reason: string }) {
  if (blank(a.reason)) issues.push('REASON_REQUIRED');
}

function signer(issues: ActionIssue[], a: CaseActionOf<'sign' | 'sign_refusal'>) {
  if (!a.actor.roles.includes(a.signerRole)) issues.push('SIGNER_ROLE_NOT_HELD');
}

const CHECKS: { [K in CaseAction['kind']]: Check<K> } = {
  start_draft: opening,
  take_in: opening,
  submit_online: none,
  discard: none,
  lapse: none,
  abandon: none,
  stamp: (issues, s, a) => {
    incoming(issues, a.incomingNumber, s?.officeCode);
    dated(issues, a.startDay);
    const c = a.checklist;
    // checkDocuments: complete means nothing missing and nothing unanswered.
    if (c.complete !== (c.missingItemIds.length === 0 && c.unansweredQuestionIds.length === 0))
      issues.push('CHECKLIST_INCONSISTENT');
  },
  transfer: (issues, s, a) => {
    reason(issues, s, a);
    if (!isOfficeCode(a.toOfficeCode)) issues.push('OFFICE_CODE_FORMAT');
    else if (a.toOfficeCode === s?.officeCode) issues.push('TRANSFER_TO_SAME_OFFICE');
  },
  receive_transfer: (issues, s, a) => incoming(issues, a.incomingNumber, s?.transferTo),
  take_for_review: none,
  propose: none,
  send_back: reason,
  withdraw: reason,
  sign: (issues, s, a) => {
    signer(issues, a);
    if (!dated(issues, a.documentDate, a.validUntil)) return;
    // Annex 5: a missionary's certificate has a "valid until" date; annex 6: a group's reference has none.
    const subject = s ? subjectOf(s.applicationKind) : null;
    if (subject === 'missionary' && a.validUntil === null) issues.push('VALID_UNTIL_REQUIRED');
    if (subject === 'group' && a.validUntil !== null) issues.push('VALID_UNTIL_NOT_ALLOWED');
    if (a.validUntil !== null && comparePlainDates(a.validUntil, a.documentDate) < 0)
      issues.push('VALID_UNTIL_BEFORE_DOCUMENT_DATE');
    // domain.md §5: `35-004/2026/1-0009`, per office, year and kind.
    const n = parseCertificateNumber(a.documentNumber);
    if (!n.ok) return void issues.push('DOCUMENT_NUMBER_FORMAT');
    if (subject !== null && n.value.kind !== (subject === 'missionary' ? 'certificate' : 'reference'))
      issues.push('DOCUMENT_NUMBER_KIND');
    if (s && formatOfficeCode(n.value.office) !== s.officeCode) issues.push('DOCUMENT_NUMBER_OFFICE');
    if (n.value.year !== toParts(a.documentDate).year) issues.push('DOCUMENT_NUMBER_YEAR');
  },
  hand_over: (issues, _s, a) => {
    if (blank(a.identityDocumentId)) issues.push('IDENTITY_DOCUMENT_REQUIRED');
    // §15: a representative collects only under a power of attorney.
    if (a.recipient === 'representative' && blank(a.powerOfAttorneyId))
      issues.push('POWER_OF_ATTORNEY_REQUIRED');
  },
  draft_refusal: (issues, _s, a) => {
    // §16: the only ground is an incomplete §11 set; a refusal naming nothing missing has no ground.
    if (a.missingItemIds.length === 0 || a.missingItemIds.some((id) => blank(id)))
      issues.push('MISSING_ITEMS_REQUIRED');
  },
  sign_refusal: (issues, s, a) => {
    signer(issues, a);
    if (!dated(issues, a.outgoingDate)) return;
    // domain.md §5: the office's outgoing register, `35-004/2026/0017`.
    const n = parseRegisterNumber(a.outgoingNumber);
    if (!n.ok || n.value.office.isAkimat) return void issues.push('OUTGOING_NUMBER_FORMAT');
    if (s && formatOfficeCode(n.value.office) !== s.officeCode) issues.push('OUTGOING_NUMBER_OFFICE');
    if (n.value.year !== toParts(a.outgoingDate).year) issues.push('OUTGOING_NUMBER_YEAR');
  },
  deliver_refusal: (issues, s, a) => {
    if (blank(a.proof?.reference)) issues.push('PROOF_REQUIRED');
    // domain.md §4: in person → the applicant's signature; by post → the postal receipt.
    if (a.proof && a.proof.kind !== (a.how === 'in_person' ? 'signature' : 'postal_receipt'))
      issues.push('PROOF_DOES_NOT_MATCH');
    if (!dated(issues, a.on)) return;
    const signed = s?.refusal?.outgoingDate;
    if (signed && comparePlainDates(a.on, signed) < 0) issues.push('DELIVERED_BEFORE_SIGNED');
  },
  reopen: (issues, _s, a) => {
    if (blank(a.complaintId)) issues.push('COMPLAINT_REQUIRED');
    dated(issues, a.startDay);
  },
  correct: (issues, s, a) => {
    reason(issues, s, a);
    if (blank(a.field)) issues.push('FIELD_REQUIRED');
    // domain.md §4: the head's (or acting head's) approval.
    const by = a.approvedBy;
    if (!by || blank(by.accountId) || (by.role !== 'head' && by.role !== 'acting_head'))
      issues.push('APPROVAL_REQUIRED');
  },
};

function isOfficeCode(code: string): boolean {
  const p = typeof code === 'string' ? parseOfficeCode(code) : null;
  // A case belongs to a service office, never to an akimat; and only the canonical spelling, so
  // that comparing codes as strings is comparing offices.
  return p !== null && p.ok && !p.value.isAkimat && formatOfficeCode(p.value) === code;
}
