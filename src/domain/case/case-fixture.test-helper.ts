// Test fixtures: well-formed actions of every kind for a case in a given state, so tests can walk
// the table without repeating payloads. Not part of the public API.
import type { CaseAction, CaseActionKind, CaseActor, CaseActorRole } from './case-action.js';
import type { CaseSnapshot } from './case-snapshot.js';
import type { ApplicationKind, PlainDate } from './deps.js';
import { addDays, subjectOf } from './deps.js';
import { applyAction } from './fold-case.js';
import { transitionOf } from './transitions.js';

export const OFFICE = '35-004';
export const OTHER_OFFICE = '35-000';

export const STAFF_ROLES = ['clerk', 'records', 'officer', 'head', 'acting_head'] as const;
export const ALL_ACTOR_ROLES: readonly CaseActorRole[] = [
  'clerk',
  'records',
  'officer',
  'head',
  'acting_head',
  'akimat_records',
  'akimat_head',
  'pass_bureau',
  'regional_supervisor',
  'national_supervisor',
  'administrator',
  'applicant',
  'system',
];

/** One account per role, so that a signer is never the proposer unless a test says so. */
export function actorFor(role: CaseActorRole, accountId?: string | null): CaseActor {
  const portal = role === 'applicant' || role === 'system';
  return { accountId: accountId !== undefined ? accountId : portal ? null : `acc-${role}`, roles: [role] };
}

export const dayOf = (at: string): PlainDate => at.slice(0, 10) as PlainDate;
const pad = (n: number): string => String(n).padStart(4, '0');

export interface ActionOptions {
  at: string;
  actor?: CaseActor;
  fourEyes?: boolean;
  seq?: number;
  applicationKind?: ApplicationKind;
  startDay?: PlainDate;
  incomplete?: boolean;
  documentDate?: PlainDate;
  on?: PlainDate;
}

/** A well-formed action of `kind` for the case (null: a new case), by the table's first role. */
export function validAction(s: CaseSnapshot | null, kind: CaseActionKind, o: ActionOptions): CaseAction {
  const role = transitionOf(s?.state ?? null, kind)?.roles[0] ?? 'clerk';
  const actor = o.actor ?? actorFor(role);
  const base = { at: o.at, actor };
  const seq = o.seq ?? 1;
  const day = dayOf(o.at);
  const year = day.slice(0, 4);
  const office = s?.officeCode ?? OFFICE;
  const signerRole = actor.roles.includes('acting_head') ? 'acting_head' : 'head';
  switch (kind) {
    case 'start_draft':
    case 'take_in':
      return {
        ...base,
        kind,
        officeCode: office,
        applicationKind: o.applicationKind ?? s?.applicationKind ?? 'missionary-registration',
      };
    case 'stamp':
      return {
        ...base,
        kind,
        incomingNumber: `${office}/${year}/${pad(seq)}`,
        startDay: o.startDay ?? day,
        checklist: o.incomplete
          ? { complete: false, missingItemIds: ['invitation'], unansweredQuestionIds: [] }
          : { complete: true, missingItemIds: [], unansweredQuestionIds: [] },
      };
    case 'transfer':
      return { ...base, kind, toOfficeCode: office === OFFICE ? OTHER_OFFICE : OFFICE, reason: 'competence' };
    case 'receive_transfer':
      return { ...base, kind, incomingNumber: `${s?.transferTo ?? OTHER_OFFICE}/${year}/${pad(seq)}` };
    case 'send_back':
    case 'withdraw':
      return { ...base, kind, reason: 'stated reason' };
    case 'sign': {
      const documentDate = o.documentDate ?? day;
      const missionary = subjectOf(s?.applicationKind ?? 'missionary-registration') === 'missionary';
      return {
        ...base,
        kind,
        documentNumber: `${office}/${documentDate.slice(0, 4)}/${missionary ? 1 : 2}-${pad(seq)}`,
        documentDate,
        validUntil: missionary ? addDays(documentDate, 365) : null,
        signerRole,
        fourEyes: o.fourEyes ?? true,
      };
    }
    case 'hand_over':
      return { ...base, kind, recipient: 'applicant', identityDocumentId: 'doc-1', powerOfAttorneyId: null };
    case 'draft_refusal':
      return { ...base, kind, missingItemIds: ['invitation'] };
    case 'sign_refusal':
      return {
        ...base,
        kind,
        outgoingNumber: `${office}/${year}/${pad(seq)}`,
        outgoingDate: day,
        signerRole,
        fourEyes: o.fourEyes ?? true,
      };
    case 'deliver_refusal':
      return {
        ...base,
        kind,
        how: 'in_person',
        proof: { kind: 'signature', reference: 'scan-1' },
        on: o.on ?? day,
      };
    case 'reopen':
      return { ...base, kind, complaintId: 'complaint-1', ground: 'complaint', startDay: o.startDay ?? day };
    case 'correct':
      return {
        ...base,
        kind,
        field: 'applicant.surname',
        reason: 'typing error',
        approvedBy: { accountId: 'acc-head', role: 'head' },
      };
    case 'submit_online':
    case 'discard':
    case 'lapse':
    case 'abandon':
    case 'take_for_review':
    case 'propose':
      return { ...base, kind };
  }
}

/** The shortest path from a new case to each state, by the table of domain.md §4. */
export const PATHS: Readonly<Record<CaseSnapshot['state'], readonly CaseActionKind[]>> = {
  draft: ['start_draft'],
  submitted_online: ['start_draft', 'submit_online'],
  discarded: ['start_draft', 'discard'],
  lapsed: ['start_draft', 'submit_online', 'lapse'],
  at_counter: ['take_in'],
  abandoned: ['take_in', 'abandon'],
  registered: ['take_in', 'stamp'],
  transferred: ['take_in', 'stamp', 'transfer'],
  under_review: ['take_in', 'stamp', 'take_for_review'],
  proposed: ['take_in', 'stamp', 'take_for_review', 'propose'],
  ready_to_collect: ['take_in', 'stamp', 'take_for_review', 'propose', 'sign'],
  handed_over: ['take_in', 'stamp', 'take_for_review', 'propose', 'sign', 'hand_over'],
  refusal_drafted: ['take_in', 'stamp', 'draft_refusal'],
  refusal_signed: ['take_in', 'stamp', 'draft_refusal', 'sign_refusal'],
  refusal_delivered: ['take_in', 'stamp', 'draft_refusal', 'sign_refusal', 'deliver_refusal'],
  withdrawn: ['take_in', 'stamp', 'withdraw'],
};

/** A log of well-formed actions of these kinds, an hour apart from `start`. */
export function buildLog(
  kinds: readonly CaseActionKind[],
  start = '2026-03-02T04:00:00Z',
  options: Omit<ActionOptions, 'at'> = {},
): { actions: CaseAction[]; snapshot: CaseSnapshot } {
  const actions: CaseAction[] = [];
  let snapshot: CaseSnapshot | null = null;
  const t0 = Date.parse(start);
  kinds.forEach((kind, i) => {
    const at = new Date(t0 + i * 3_600_000).toISOString();
    const action = validAction(snapshot, kind, { ...options, at, seq: i + 1 });
    actions.push(action);
    snapshot = applyAction(snapshot, action);
  });
  if (snapshot === null) throw new Error('buildLog needs at least one kind');
  return { actions, snapshot };
}
