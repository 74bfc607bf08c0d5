// A member of staff changes their own password (required after an administrator's reset).
import { and, eq, ne } from 'drizzle-orm';
import { accounts, sessions } from '../../db/schema/index.js';
import { findAccount } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';

export async function changePassword(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  input: { current: string; next: string; repeat: string },
): Promise<void> {
  const account = await findAccount(deps.database.db, actor.accountId);
  if (!account) throw new DomainError('NOT_FOUND');
  if (!(await verifyPassword(account.passwordHash, input.current)))
    throw new DomainError('VALIDATION_FAILED', { current: 'password_wrong' });
  const problem = passwordProblem(input.next, account.login);
  if (problem) throw new DomainError('VALIDATION_FAILED', { next: `password_${problem}` });
  if (input.next !== input.repeat)
    throw new DomainError('VALIDATION_FAILED', { repeat: 'password_mismatch' });
  const passwordHash = await hashPassword(input.next);
  const now = deps.now();
  await deps.database.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ passwordHash, mustChangePassword: false })
      .where(eq(accounts.id, account.id));
    // Other sessions of this account end: whoever knew the old password is out.
    await tx
      .delete(sessions)
      .where(and(eq(sessions.accountId, account.id), ne(sessions.id, actor.sessionId)));
    await writeAudit(tx, officeChain('audit', actor.organisation.code), actContext(actor, origin, now), {
      action: 'account.password_changed',
      recordType: 'account',
      recordId: account.id,
      data: {},
    });
  });
}
