import type { ApplicationKind, EffectiveRole, PlainDate } from './deps.js';

// domain.md §4: the actions of the append-only log a case's state is folded from. Payloads carry
// ids and codes, never names or other personal data (domain.md §8: the log outlives purges).
export const CASE_ACTION_KINDS = [
  'start_draft',
  'submit_online',
  'discard',
  'lapse',
  'take_in',
  'abandon',
  'stamp',
  'transfer',
  'receive_transfer',
  'take_for_review',
  'propose',
  'send_back',
  'sign',
  'hand_over',
  'draft_refusal',
  'sign_refusal',
  'deliver_refusal',
  'withdraw',
  'correct',
  'reopen',
] as const;

export type CaseActionKind = (typeof CASE_ACTION_KINDS)[number];

/**
 * Who acts: a staff role of domain.md §3 ('acting_head' from a dated delegation), the applicant on
 * the portal (drafts, online submission, withdrawal of an online application not yet handed in),
 * or the system's timed sweeps (lapse, abandon).
 */
export type CaseActorRole = EffectiveRole | 'applicant' | 'system';

export interface CaseActor {
  /** The staff account; null for the applicant on the portal and for the system. */
  accountId: string | null;
  /** The roles held at that moment (a delegation may end later: the log keeps what was true). */
  roles: readonly CaseActorRole[];
}

export type SignerRole = 'head' | 'acting_head';

/** §11 at the moment of the §14 stamp, by ids (checkDocuments' result, see stampChecklist). */
export interface StampChecklist {
  complete: boolean;
  missingItemIds: readonly string[];
  unansweredQuestionIds: readonly string[];
}

/** §16: the proof a refusal reached the applicant: their signature on a copy, or a postal receipt. */
export interface DeliveryProof {
  kind: 'signature' | 'postal_receipt';
  /** The stored scan's id, or the postal receipt's number. */
  reference: string;
}

interface Base<K extends CaseActionKind> {
  kind: K;
  /** ISO 8601 instant (UTC or with an offset) when the act was recorded. */
  at: string;
  actor: CaseActor;
}

/** The office code (`35-004`) and the kind of application: known from the first action. */
interface Opening {
  officeCode: string;
  applicationKind: ApplicationKind;
}

export type StartDraftAction = Base<'start_draft'> & Opening;
export type SubmitOnlineAction = Base<'submit_online'>;
export type DiscardAction = Base<'discard'>;
export type LapseAction = Base<'lapse'>;
/** A clerk takes papers in: a new case, or an online application opened at hand-in (the office
 * and kind are those of the counter, which may differ from what was chosen online). */
export type TakeInAction = Base<'take_in'> & Opening;
export type AbandonAction = Base<'abandon'>;
/** §14: the records service's stamp. `startDay` is S, computed by calendar/'s clockStartDay from
 * the stamp instant, the office's hours and zone (domain.md §4). */
export type StampAction = Base<'stamp'> & {
  incomingNumber: string;
  startDay: PlainDate;
  checklist: StampChecklist;
};
/** §1, §13: to the competent office; never a refusal. */
export type TransferAction = Base<'transfer'> & { toOfficeCode: string; reason: string };
/** The competent office enters the case in its own incoming register (domain.md §5); the clocks
 * keep the first hand-in's start day (domain.md §4). */
export type ReceiveTransferAction = Base<'receive_transfer'> & { incomingNumber: string };
export type TakeForReviewAction = Base<'take_for_review'>;
export type ProposeAction = Base<'propose'>;
export type SendBackAction = Base<'send_back'> & { reason: string };
/**
 * The head (or acting head) signs the certificate (annex 5) or reference (annex 6): it gets its
 * number and date and is printed in the same step; §7.1 stops on `documentDate`. `fourEyes` is the
 * office's setting at that moment (domain.md §3), kept so the log alone shows why a proposer could sign.
 */
export type SignAction = Base<'sign'> & {
  documentNumber: string;
  documentDate: PlainDate;
  /** Annex 5 "valid until" for a certificate; null for a reference (groups have no expiry). */
  validUntil: PlainDate | null;
  signerRole: SignerRole;
  fourEyes: boolean;
};
/** §15: in person, to the applicant or to a representative under a power of attorney. */
export type HandOverAction = Base<'hand_over'> & {
  recipient: 'applicant' | 'representative';
  identityDocumentId: string;
  powerOfAttorneyId: string | null;
};
/** §16: the only ground is an incomplete §11 set, so the refusal names what was missing. */
export type DraftRefusalAction = Base<'draft_refusal'> & { missingItemIds: readonly string[] };
export type SignRefusalAction = Base<'sign_refusal'> & {
  outgoingNumber: string;
  outgoingDate: PlainDate;
  signerRole: SignerRole;
  fourEyes: boolean;
};
/** §16 stops on `on`: the day handed over or dispatched (from the proof, not the day entered). */
export type DeliverRefusalAction = Base<'deliver_refusal'> & {
  how: 'in_person' | 'post';
  proof: DeliveryProof;
  on: PlainDate;
};
export type WithdrawAction = Base<'withdraw'> & { reason: string };
/** domain.md §4: a correction after registration needs a reason and the head's approval. The
 * corrected value itself lives in the record it corrects; the log keeps which field and why. */
export type CorrectAction = Base<'correct'> & {
  field: string;
  reason: string;
  approvedBy: { accountId: string; role: SignerRole };
};

/** §21, §23: a complaint about the result upheld (or a court decision) sends a refused case back for a
 * new review with a new term: S is the day of that decision (or the next working day). */
export type ReopenAction = Base<'reopen'> & {
  complaintId: string;
  ground: 'complaint' | 'court';
  startDay: PlainDate;
};

export type CaseAction =
  | StartDraftAction
  | SubmitOnlineAction
  | DiscardAction
  | LapseAction
  | TakeInAction
  | AbandonAction
  | StampAction
  | TransferAction
  | ReceiveTransferAction
  | TakeForReviewAction
  | ProposeAction
  | SendBackAction
  | SignAction
  | HandOverAction
  | DraftRefusalAction
  | SignRefusalAction
  | DeliverRefusalAction
  | WithdrawAction
  | CorrectAction
  | ReopenAction;

/** The action of one kind. */
export type CaseActionOf<K extends CaseActionKind> = Extract<CaseAction, { kind: K }>;

export function isCaseActionKind(value: string): value is CaseActionKind {
  return (CASE_ACTION_KINDS as readonly string[]).includes(value);
}
