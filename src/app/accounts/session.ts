// Sessions live in the database, so any app server behind the load balancer can serve any request.
// A session expires after SESSION_IDLE_MINUTES without use; use extends it.
import {
  findLiveSession,
  sessionExisted,
  touchSession,
  deleteSession,
  type OrganisationRow,
} from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { sessionIdOf } from './sign-in.js';

export type SessionLookup =
  | { kind: 'none' }
  | { kind: 'expired' }
  /** `office`: the actor's organisation as the session's statement read it, every column (a page that
   *  needs its time zone or settings need not read it again). */
  | { kind: 'live'; actor: Actor; office: OrganisationRow };

// Touching the row on every request would turn every read into a write: once a minute is enough.
const TOUCH_EVERY_MS = 60_000;

export async function resolveSession(deps: Deps, token: string | undefined): Promise<SessionLookup> {
  if (!token || token.length > 200) return { kind: 'none' };
  const now = deps.now();
  const sessionId = sessionIdOf(token);
  const found = await findLiveSession(deps.database.db, sessionId, now);
  if (!found)
    return (await sessionExisted(deps.database.db, sessionId)) ? { kind: 'expired' } : { kind: 'none' };
  const { session, account, organisation, roles, delegations } = found;
  if (!account.active) return { kind: 'expired' };
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(
      deps.database.db,
      sessionId,
      now,
      new Date(now.getTime() + deps.sessionIdleMinutes * 60_000),
    );
  }
  // The head's duties delegated for the office's day (domain.md §3): the session's statement brought the
  // delegations around it.
  const today = plainDateAt(now, organisation.timeZone);
  const actingHead = delegations.some(([from, to]) => from <= today && today <= to);
  return {
    kind: 'live',
    office: organisation,
    actor: {
      accountId: account.id,
      login: account.login,
      displayName: account.displayName,
      organisation: {
        id: organisation.id,
        code: organisation.code,
        kind: organisation.kind,
        regionCode: organisation.regionCode,
        nameKk: organisation.nameKk,
        nameRu: organisation.nameRu,
      },
      roles,
      actingHead,
      mustChangePassword: account.mustChangePassword,
      sessionId,
    },
  };
}

export async function signOut(
  deps: Deps,
  actor: Actor,
  from: { ip: string | null; requestId: string | null },
): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    await deleteSession(tx, actor.sessionId);
    await writeAudit(
      tx,
      officeChain('audit', actor.organisation.code),
      {
        actor: { accountId: actor.accountId, organisationId: actor.organisation.id, role: null },
        ip: from.ip,
        requestId: from.requestId,
        now: deps.now(),
      },
      {
        action: 'account.signed_out',
        recordType: 'account',
        recordId: actor.accountId,
        data: { sessionId: actor.sessionId.slice(0, 16) },
      },
    );
  });
}
