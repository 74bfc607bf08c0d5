import type { DeliveryProof, SignerRole, StampChecklist } from './case-action.js';
import type { CaseState } from './case-state.js';
import type { ApplicationKind, PlainDate } from './deps.js';

// What the action log says about a case now (fold-case.ts). Everything here is derived: the log
// is the truth, and a stored copy of a snapshot is a cache that the fold can always rebuild.
export interface CaseSnapshot {
  state: CaseState;
  applicationKind: ApplicationKind;
  /** The office holding the case; while transferred, still the sending office. */
  officeCode: string;
  /** While transferred: the competent office it is on its way to (§1, §13). */
  transferTo: string | null;
  transfers: readonly { from: string; to: string; at: string }[];
  /** Instants of the first and last actions; `actionCount` lets a writer detect a concurrent append. */
  openedAt: string;
  lastActionAt: string;
  actionCount: number;
  submittedOnlineAt: string | null;
  takenInAt: string | null;
  /** §14: the first stamp. Its checklist is the §11 record of the hand-in. */
  registration: { incomingNumber: string; stampedAt: string; checklist: StampChecklist } | null;
  /** Every incoming number the case got: the first office's, then each competent office's. */
  incomingNumbers: readonly string[];
  /** S (domain.md §4): from the first stamp, kept across transfers. Null before the stamp. */
  startDay: PlainDate | null;
  /** The officer who took the case for review. */
  reviewerId: string | null;
  /** Who proposed registration (cleared when sent back): the four-eyes check (domain.md §3). */
  proposedBy: string | null;
  /** Who drafted the refusal now awaiting signature (cleared when sent back). */
  refusalDraftedBy: string | null;
  /** §16: the §11 items the refusal names as missing. */
  missingItemIds: readonly string[];
  sentBackCount: number;
  /** Annex 5 or 6, signed: §7.1 stops on documentDate. */
  result: {
    documentNumber: string;
    documentDate: PlainDate;
    validUntil: PlainDate | null;
    signedBy: string | null;
    signerRole: SignerRole;
  } | null;
  /** §15: the hand-over entered in the journal. */
  handOver: { at: string; recipient: 'applicant' | 'representative'; by: string | null } | null;
  refusal: {
    outgoingNumber: string;
    outgoingDate: PlainDate;
    signedBy: string | null;
    signerRole: SignerRole;
  } | null;
  /** §16 stops on `on`. */
  refusalDelivery: { how: 'in_person' | 'post'; proof: DeliveryProof; on: PlainDate } | null;
  /** Recorded by a clerk, or (recordedBy null) by the applicant on the portal before hand-in. */
  withdrawal: { at: string; recordedBy: string | null } | null;
  /** domain.md §3: the proposer (or refusal drafter) signed because the office had four eyes off. */
  fourEyesWaived: boolean;
  /** The stop events of the clocks (domain.md §4): §7.1 at signing, §16 at delivery. */
  stops: { result: PlainDate | null; refusal: PlainDate | null };
  /** §21, §23: new reviews after an upheld complaint or a court decision. */
  reopenings: readonly {
    at: string;
    complaintId: string;
    ground: 'complaint' | 'court';
    startDay: PlainDate;
  }[];
  corrections: readonly {
    at: string;
    by: string | null;
    field: string;
    approvedBy: { accountId: string; role: SignerRole };
  }[];
}
