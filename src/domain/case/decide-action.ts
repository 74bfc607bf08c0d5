import type { CaseActionKind, CaseActorRole } from './case-action.js';
import { CASE_ACTION_KINDS } from './case-action.js';
import type { CaseSnapshot } from './case-snapshot.js';
import type { CaseState } from './case-state.js';
import type { ActionIssue } from './check-payload.js';
import { actionsInState, transitionOf } from './transitions.js';

// The answer to "may this person do this to this case now?", read from the one table
// (transitions.ts, domain.md §4) and the four-eyes rule (domain.md §3).
export interface DecisionContext {
  /** The actor's roles now ('acting_head' when a dated delegation is in force). */
  actorRoles: readonly CaseActorRole[];
  /** The staff account; null for the applicant on the portal or the system. */
  actorAccountId: string | null;
  /** The office's four-eyes setting (domain.md §3; on by default). */
  fourEyes: boolean;
  /** The actor's office; when given, it must be the office holding the case (or, to receive a
   * transfer, the office it was sent to). Role and region scoping stay with app/policies. */
  actorOfficeCode?: string;
}

export type DecisionCode =
  'NOT_ALLOWED_IN_STATE' | 'ROLE_NOT_ALLOWED' | 'WRONG_OFFICE' | 'FOUR_EYES' | 'INVALID_ACTION';

export type CaseDecision =
  | {
      ok: true;
      to: CaseState;
      /** Signed by the proposer (or refusal drafter) because the office has four eyes off: the
       * case is to be marked (domain.md §3). */
      fourEyesWaived: boolean;
    }
  | {
      ok: false;
      code: DecisionCode;
      /** What the table allows in the case's state, whoever acts (the 409 names these). */
      allowed: CaseActionKind[];
      /** What this actor may do now (the buttons to draw). */
      available: CaseActionKind[];
      /** ROLE_NOT_ALLOWED: the roles that may perform the action. */
      roles?: readonly CaseActorRole[];
      /** INVALID_ACTION: what is wrong with the action's content. */
      issues?: readonly ActionIssue[];
    };

const SIGNING: Partial<Record<CaseActionKind, (s: CaseSnapshot) => string | null>> = {
  sign: (s) => s.proposedBy,
  sign_refusal: (s) => s.refusalDraftedBy,
};

type Judgement =
  | { ok: true; to: CaseState; fourEyesWaived: boolean }
  | { ok: false; code: DecisionCode; roles?: readonly CaseActorRole[] };

function judge(snapshot: CaseSnapshot | null, kind: CaseActionKind, ctx: DecisionContext): Judgement {
  const t = transitionOf(snapshot?.state ?? null, kind);
  if (!t) return { ok: false, code: 'NOT_ALLOWED_IN_STATE' };
  if (!ctx.actorRoles.some((r) => t.roles.includes(r)))
    return { ok: false, code: 'ROLE_NOT_ALLOWED', roles: t.roles };
  if (snapshot && ctx.actorOfficeCode !== undefined && !officeMayAct(snapshot, kind, ctx.actorOfficeCode))
    return { ok: false, code: 'WRONG_OFFICE' };
  // domain.md §3: "the one who proposes may not sign". Drafting a refusal is proposing one, so the
  // drafter may not sign the refusal either.
  const proposer = snapshot ? SIGNING[kind]?.(snapshot) : undefined;
  const sameAsProposer = proposer != null && proposer === ctx.actorAccountId;
  if (sameAsProposer && ctx.fourEyes) return { ok: false, code: 'FOUR_EYES' };
  return { ok: true, to: t.to, fourEyesWaived: sameAsProposer };
}

/** `snapshot` null: no case yet (an empty log). */
export function decideAction(
  snapshot: CaseSnapshot | null,
  kind: CaseActionKind,
  ctx: DecisionContext,
): CaseDecision {
  const j = judge(snapshot, kind, ctx);
  if (j.ok) return j;
  return {
    ...j,
    allowed: actionsInState(snapshot?.state ?? null),
    available: allowedActions(snapshot, ctx),
  };
}

/** The actions this actor may perform now: the buttons a page draws. */
export function allowedActions(snapshot: CaseSnapshot | null, ctx: DecisionContext): CaseActionKind[] {
  return CASE_ACTION_KINDS.filter((kind) => judge(snapshot, kind, ctx).ok);
}

function officeMayAct(s: CaseSnapshot, kind: CaseActionKind, office: string): boolean {
  if (kind === 'receive_transfer') return office === s.transferTo;
  // In transit the applicant may turn up at either office to withdraw.
  if (s.state === 'transferred' && kind === 'withdraw')
    return office === s.officeCode || office === s.transferTo;
  return office === s.officeCode;
}
