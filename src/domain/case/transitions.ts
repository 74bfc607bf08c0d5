import type { CaseActionKind, CaseActorRole } from './case-action.js';
import { CASE_ACTION_KINDS } from './case-action.js';
import type { CaseState } from './case-state.js';

// domain.md §4 (normative), the one state table: per state, the actions allowed, the state each
// leads to and the roles that may perform it (domain.md §3). The API (409 naming what is allowed)
// and the pages (which buttons to draw) both read it through decide-action.ts.
export interface Transition {
  to: CaseState;
  roles: readonly CaseActorRole[];
}

export type StateRow = Readonly<Partial<Record<CaseActionKind, Transition>>>;

const HEADS = ['head', 'acting_head'] as const satisfies readonly CaseActorRole[];
// The applicant withdraws; a clerk records it (§9, §11: the counter deals with the applicant).
const WITHDRAW = { to: 'withdrawn', roles: ['clerk'] } as const satisfies Transition;
// domain.md §4: corrections after registration, with a reason and the head's approval (checked on
// the payload). Recorded by whoever holds the case's papers; the state does not change.
const CORRECTORS = ['clerk', 'records', 'officer', ...HEADS] as const satisfies readonly CaseActorRole[];
const correct = (state: CaseState): Transition => ({ to: state, roles: CORRECTORS });
// §21, §23: an upheld complaint about a refusal (or a court decision) — decided by the office's head
// or the akimat's head — sends the case back for a new review with a new term.
const REOPEN = { to: 'under_review', roles: [...HEADS, 'akimat_head'] } as const satisfies Transition;

/** The actions that open a case (an empty log). */
export const OPENING_TRANSITIONS = {
  start_draft: { to: 'draft', roles: ['applicant'] },
  take_in: { to: 'at_counter', roles: ['clerk'] },
} as const satisfies StateRow;

export const TRANSITIONS = {
  draft: {
    submit_online: { to: 'submitted_online', roles: ['applicant'] },
    // Dropped by the applicant, or by the timed sweep of drafts never sent (domain/portal/drafts.ts).
    discard: { to: 'discarded', roles: ['applicant', 'system'] },
  },
  submitted_online: {
    // Opened at the counter when the papers are handed in (§13: documents are handed in at the office).
    take_in: { to: 'at_counter', roles: ['clerk'] },
    // Nothing has been handed in yet, so the applicant may withdraw on the portal as well.
    withdraw: { to: 'withdrawn', roles: ['applicant', 'clerk'] },
    // "lapsed unregistered after a configurable time": a timed sweep.
    lapse: { to: 'lapsed', roles: ['system'] },
  },
  at_counter: {
    stamp: { to: 'registered', roles: ['records'] }, // §14
    // Before the stamp the applicant taking the papers back is not a withdrawal: nothing was
    // registered. The clerk records it, or the end-of-day sweep does.
    abandon: { to: 'abandoned', roles: ['clerk', 'system'] },
  },
  registered: {
    take_for_review: { to: 'under_review', roles: ['officer'] },
    draft_refusal: { to: 'refusal_drafted', roles: ['officer'] }, // §16
    withdraw: WITHDRAW,
    transfer: { to: 'transferred', roles: ['records', ...HEADS] }, // §1, §13
    correct: correct('registered'),
  },
  transferred: {
    receive_transfer: { to: 'registered', roles: ['records'] },
    // "any time before the head signs" (domain.md §4): the applicant need not wait for the
    // competent office to register the case in order to withdraw.
    withdraw: WITHDRAW,
  },
  under_review: {
    propose: { to: 'proposed', roles: ['officer'] },
    draft_refusal: { to: 'refusal_drafted', roles: ['officer'] },
    withdraw: WITHDRAW,
    correct: correct('under_review'),
  },
  proposed: {
    sign: { to: 'ready_to_collect', roles: HEADS }, // §7.1 stops here
    send_back: { to: 'under_review', roles: HEADS },
    withdraw: WITHDRAW,
    correct: correct('proposed'),
  },
  ready_to_collect: {
    hand_over: { to: 'handed_over', roles: ['clerk'] }, // §15
    correct: correct('ready_to_collect'),
  },
  handed_over: { correct: correct('handed_over') },
  refusal_drafted: {
    sign_refusal: { to: 'refusal_signed', roles: HEADS },
    send_back: { to: 'under_review', roles: HEADS },
    withdraw: WITHDRAW,
    correct: correct('refusal_drafted'),
  },
  refusal_signed: {
    // §16 stops here. In person at the counter (clerk) or by post (records: outgoing letters).
    deliver_refusal: { to: 'refusal_delivered', roles: ['clerk', 'records'] },
    correct: correct('refusal_signed'),
    reopen: REOPEN,
  },
  refusal_delivered: { correct: correct('refusal_delivered'), reopen: REOPEN },
  withdrawn: {},
  discarded: {},
  lapsed: {},
  abandoned: {},
} as const satisfies Record<CaseState, StateRow>;

/** The row of a state, or of the empty log (null). */
export function rowOf(state: CaseState | null): StateRow {
  return state === null ? OPENING_TRANSITIONS : TRANSITIONS[state];
}

export function transitionOf(state: CaseState | null, kind: CaseActionKind): Transition | undefined {
  return rowOf(state)[kind];
}

/** The actions the table allows in a state, whoever acts, in the order of CASE_ACTION_KINDS. */
export function actionsInState(state: CaseState | null): CaseActionKind[] {
  const row = rowOf(state);
  return CASE_ACTION_KINDS.filter((k) => row[k] !== undefined);
}
