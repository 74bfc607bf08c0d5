import type { CaseAction, CaseActionOf } from './case-action.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { checkAction } from './check-action.js';
import type { ActionIssue } from './check-payload.js';
import type { DecisionCode } from './decide-action.js';

// domain.md §4: "A case's state is derived from its append-only list of actions." The log is the
// truth; a log that breaks the table is a bug (or tampering), so the fold throws instead of
// guessing.
export class CaseLogError extends Error {
  constructor(
    /** Position of the offending action in the log. */
    readonly index: number,
    readonly code: DecisionCode | 'EMPTY_LOG',
    readonly issues: readonly ActionIssue[] = [],
  ) {
    super(
      code === 'EMPTY_LOG'
        ? 'a case log has at least one action'
        : `case log action ${index}: ${code}${issues.length ? ` (${issues.join(', ')})` : ''}`,
    );
    this.name = 'CaseLogError';
  }
}

export function foldCase(actions: readonly CaseAction[]): CaseSnapshot {
  if (actions.length === 0) throw new CaseLogError(0, 'EMPTY_LOG');
  let snapshot = appendAt(null, actions[0] as CaseAction, 0);
  for (let i = 1; i < actions.length; i++) snapshot = appendAt(snapshot, actions[i] as CaseAction, i);
  return snapshot;
}

/** One step of the fold: the case after `action`; throws CaseLogError when it may not follow. */
export function applyAction(snapshot: CaseSnapshot | null, action: CaseAction): CaseSnapshot {
  return appendAt(snapshot, action, snapshot?.actionCount ?? 0);
}

function appendAt(snapshot: CaseSnapshot | null, action: CaseAction, index: number): CaseSnapshot {
  const decision = checkAction(snapshot, action);
  if (!decision.ok) throw new CaseLogError(index, decision.code, decision.issues);
  if (snapshot === null) return open(action);
  const next = {
    ...snapshot,
    state: decision.to,
    lastActionAt: action.at,
    actionCount: snapshot.actionCount + 1,
    fourEyesWaived: snapshot.fourEyesWaived || decision.fourEyesWaived,
  };
  return { ...next, ...effect(next, action) };
}

function open(action: CaseAction): CaseSnapshot {
  if (action.kind !== 'start_draft' && action.kind !== 'take_in')
    throw new Error(`unreachable: ${action.kind} opened a case`);
  return {
    state: action.kind === 'start_draft' ? 'draft' : 'at_counter',
    applicationKind: action.applicationKind,
    officeCode: action.officeCode,
    transferTo: null,
    transfers: [],
    openedAt: action.at,
    lastActionAt: action.at,
    actionCount: 1,
    submittedOnlineAt: null,
    takenInAt: action.kind === 'take_in' ? action.at : null,
    registration: null,
    incomingNumbers: [],
    startDay: null,
    reviewerId: null,
    proposedBy: null,
    refusalDraftedBy: null,
    missingItemIds: [],
    sentBackCount: 0,
    result: null,
    handOver: null,
    refusal: null,
    refusalDelivery: null,
    withdrawal: null,
    fourEyesWaived: false,
    stops: { result: null, refusal: null },
    corrections: [],
    reopenings: [],
  };
}

type Effect<K extends CaseAction['kind']> = (s: CaseSnapshot, a: CaseActionOf<K>) => Partial<CaseSnapshot>;

const EFFECTS: { [K in CaseAction['kind']]: Effect<K> } = {
  start_draft: () => ({}),
  submit_online: (_s, a) => ({ submittedOnlineAt: a.at }),
  discard: () => ({}),
  lapse: () => ({}),
  // An online application opened at the counter: the counter's office and kind are the case's.
  take_in: (_s, a) => ({ takenInAt: a.at, officeCode: a.officeCode, applicationKind: a.applicationKind }),
  abandon: () => ({}),
  // §14, domain.md §4: the stamp fixes S and records the §11 checklist.
  stamp: (_s, a) => ({
    registration: { incomingNumber: a.incomingNumber, stampedAt: a.at, checklist: a.checklist },
    incomingNumbers: [a.incomingNumber],
    startDay: a.startDay,
  }),
  transfer: (s, a) => ({
    transferTo: a.toOfficeCode,
    transfers: [...s.transfers, { from: s.officeCode, to: a.toOfficeCode, at: a.at }],
  }),
  // Registered at the competent office; S stays the first hand-in's (domain.md §4).
  receive_transfer: (s, a) => ({
    officeCode: s.transferTo ?? s.officeCode,
    transferTo: null,
    incomingNumbers: [...s.incomingNumbers, a.incomingNumber],
    reviewerId: null,
  }),
  take_for_review: (_s, a) => ({ reviewerId: a.actor.accountId }),
  propose: (_s, a) => ({ proposedBy: a.actor.accountId }),
  send_back: (s) => ({
    proposedBy: null,
    refusalDraftedBy: null,
    missingItemIds: [],
    sentBackCount: s.sentBackCount + 1,
  }),
  // §7.1 stops: signed and ready to collect, on the document's date.
  sign: (s, a) => ({
    result: {
      documentNumber: a.documentNumber,
      documentDate: a.documentDate,
      validUntil: a.validUntil,
      signedBy: a.actor.accountId,
      signerRole: a.signerRole,
    },
    stops: { ...s.stops, result: a.documentDate },
  }),
  hand_over: (_s, a) => ({ handOver: { at: a.at, recipient: a.recipient, by: a.actor.accountId } }),
  draft_refusal: (_s, a) => ({ refusalDraftedBy: a.actor.accountId, missingItemIds: [...a.missingItemIds] }),
  sign_refusal: (_s, a) => ({
    refusal: {
      outgoingNumber: a.outgoingNumber,
      outgoingDate: a.outgoingDate,
      signedBy: a.actor.accountId,
      signerRole: a.signerRole,
    },
  }),
  // §16 stops: delivered in person or dispatched by post, on the day the proof shows.
  deliver_refusal: (s, a) => ({
    refusalDelivery: { how: a.how, proof: a.proof, on: a.on },
    stops: { ...s.stops, refusal: a.on },
  }),
  withdraw: (_s, a) => ({ withdrawal: { at: a.at, recordedBy: a.actor.accountId } }),
  // §21, §23: a new review with a new term; the refusal no longer stands, its clocks start again.
  reopen: (s, a) => ({
    startDay: a.startDay,
    reviewerId: null,
    proposedBy: null,
    refusalDraftedBy: null,
    missingItemIds: [],
    refusal: null,
    refusalDelivery: null,
    stops: { result: null, refusal: null },
    reopenings: [
      ...s.reopenings,
      { at: a.at, complaintId: a.complaintId, ground: a.ground, startDay: a.startDay },
    ],
  }),
  correct: (s, a) => ({
    corrections: [
      ...s.corrections,
      { at: a.at, by: a.actor.accountId, field: a.field, approvedBy: a.approvedBy },
    ],
  }),
};

function effect(s: CaseSnapshot, a: CaseAction): Partial<CaseSnapshot> {
  return (EFFECTS[a.kind] as Effect<typeof a.kind>)(s, a as never);
}
