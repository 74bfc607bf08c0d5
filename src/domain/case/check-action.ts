import type { CaseAction } from './case-action.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { checkPayload } from './check-payload.js';
import { allowedActions, decideAction, type CaseDecision, type DecisionContext } from './decide-action.js';
import { actionsInState } from './transitions.js';

/**
 * The full check of appending `action` to the case: the table and roles (domain.md §4, §3), four
 * eyes as recorded on a signing action, the actor's office when given, then the action's content.
 * The fold applies it to every action of the log; a use-case applies it before writing.
 */
export function checkAction(
  snapshot: CaseSnapshot | null,
  action: CaseAction,
  options: { actorOfficeCode?: string } = {},
): CaseDecision {
  const ctx: DecisionContext = {
    actorRoles: action.actor.roles,
    actorAccountId: action.actor.accountId,
    // Only signing depends on the setting; a signing action carries the value in force when signed.
    fourEyes: action.kind === 'sign' || action.kind === 'sign_refusal' ? action.fourEyes : true,
    ...(options.actorOfficeCode !== undefined ? { actorOfficeCode: options.actorOfficeCode } : {}),
  };
  const decision = decideAction(snapshot, action.kind, ctx);
  if (!decision.ok) return decision;
  const issues = checkPayload(snapshot, action);
  if (issues.length === 0) return decision;
  return {
    ok: false,
    code: 'INVALID_ACTION',
    allowed: actionsInState(snapshot?.state ?? null),
    available: allowedActions(snapshot, ctx),
    issues,
  };
}
