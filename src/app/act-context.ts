import type { ActContext } from '../db/audit-trail.js';
import { effectiveRoles, type Actor } from './actor.js';
import { decide, type PolicyAction, type PolicyTarget } from './policies/policy.js';
import { DomainError } from './errors.js';

/** Where a request came from; the CLI is `{ ip: null, requestId: null }`. */
export interface Origin {
  ip: string | null;
  requestId: string | null;
}

/** The audit context of an act by `actor` (null: the system or the operator's command line). */
export function actContext(actor: Actor | null, origin: Origin, now: Date, role?: string): ActContext {
  return {
    actor: actor
      ? {
          accountId: actor.accountId,
          organisationId: actor.organisation.id,
          role: role ?? effectiveRoles(actor).join(','),
        }
      : null,
    ip: origin.ip,
    requestId: origin.requestId,
    now,
  };
}

/** Throws FORBIDDEN unless the policy allows it; a null actor is the operator at the console. */
export function authorize(actor: Actor | null, action: PolicyAction, target?: PolicyTarget): void {
  if (actor && !decide(actor, action, target).allowed) throw new DomainError('FORBIDDEN');
}
