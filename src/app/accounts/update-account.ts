// An administrator re-roles, deactivates, reactivates an account or resets its password; each act is
// audited on the national chain of administrative acts (domain.md §8).
import { eq } from 'drizzle-orm';
import { accounts } from '../../db/schema/index.js';
import {
  deleteSessionsOf,
  findAccount,
  findOrganisation,
  rolesOf,
  setRoles,
} from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { nationalChain } from '../../domain/audit/chain-hash.js';
import type { Role } from '../../domain/roles/roles.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { checkAccountFields } from './account-input.js';
import { hashPassword, temporaryPassword } from './passwords.js';

async function loadManaged(deps: Deps, by: Actor | null, accountId: string) {
  const account = await findAccount(deps.database.db, accountId);
  if (!account) throw new DomainError('NOT_FOUND');
  const org = await findOrganisation(deps.database.db, account.organisationId);
  authorize(by, 'account.manage', {
    organisationId: account.organisationId,
    regionCode: org?.regionCode ?? null,
  });
  return account;
}

export async function setAccountRoles(
  deps: Deps,
  by: Actor | null,
  origin: Origin,
  accountId: string,
  roles: string[],
) {
  const account = await loadManaged(deps, by, accountId);
  const next = checkAccountFields({ login: account.login, displayName: account.displayName, roles });
  const now = deps.now();
  await deps.database.db.transaction(async (tx) => {
    const from = await rolesOf(tx, accountId);
    await setRoles(tx, accountId, next);
    await writeAudit(tx, nationalChain('audit'), actContext(by, origin, now), {
      action: 'account.roles_changed',
      recordType: 'account',
      recordId: accountId,
      data: { from, to: [...next].sort() as Role[] },
    });
  });
}

export async function setAccountActive(
  deps: Deps,
  by: Actor | null,
  origin: Origin,
  accountId: string,
  active: boolean,
) {
  await loadManaged(deps, by, accountId);
  if (by && by.accountId === accountId && !active) throw new DomainError('CONFLICT');
  const now = deps.now();
  await deps.database.db.transaction(async (tx) => {
    await tx.update(accounts).set({ active }).where(eq(accounts.id, accountId));
    if (!active) await deleteSessionsOf(tx, accountId); // signed out everywhere at once
    await writeAudit(tx, nationalChain('audit'), actContext(by, origin, now), {
      action: active ? 'account.reactivated' : 'account.deactivated',
      recordType: 'account',
      recordId: accountId,
      data: {},
    });
  });
}

/** Returns the temporary password, shown once to the administrator. */
export async function resetPassword(
  deps: Deps,
  by: Actor | null,
  origin: Origin,
  accountId: string,
): Promise<string> {
  await loadManaged(deps, by, accountId);
  const temporary = temporaryPassword();
  const passwordHash = await hashPassword(temporary);
  const now = deps.now();
  await deps.database.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ passwordHash, mustChangePassword: true, failedSignIns: 0, lockedUntil: null })
      .where(eq(accounts.id, accountId));
    await deleteSessionsOf(tx, accountId);
    await writeAudit(tx, nationalChain('audit'), actContext(by, origin, now), {
      action: 'account.password_reset',
      recordType: 'account',
      recordId: accountId,
      data: {},
    });
  });
  return temporary;
}
