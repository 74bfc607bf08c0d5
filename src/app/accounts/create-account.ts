// An administrator (or the operator's `tirkeu user add`) creates a staff account (domain.md §3).
import { accounts } from '../../db/schema/index.js';
import { findAccountByLogin, findOrganisation, setRoles } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { nationalChain } from '../../domain/audit/chain-hash.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { checkAccountFields } from './account-input.js';
import { hashPassword, passwordProblem, temporaryPassword } from './passwords.js';

export interface CreateAccountInput {
  organisationId: string;
  login: string;
  displayName: string;
  phone?: string | null;
  roles: string[];
  /** Omitted: a temporary password is generated, to be changed at first sign-in. */
  password?: string;
  /** Synthetic staff rows (demo data at scale) have no credentials and can never sign in. */
  withoutCredentials?: boolean;
}

export async function createAccount(deps: Deps, by: Actor | null, origin: Origin, input: CreateAccountInput) {
  const roles = checkAccountFields(input);
  const org = await findOrganisation(deps.database.db, input.organisationId);
  if (!org) throw new DomainError('VALIDATION_FAILED', { organisationId: 'unknown_organisation' });
  authorize(by, 'account.manage', { organisationId: org.id, regionCode: org.regionCode });
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, input.login);
    if (problem) throw new DomainError('PASSWORD_TOO_WEAK', { password: problem });
  }
  const initial = input.withoutCredentials ? null : (input.password ?? temporaryPassword());
  const passwordHash = initial ? await hashPassword(initial) : null;
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    if (await findAccountByLogin(tx, input.login))
      throw new DomainError('LOGIN_TAKEN', { login: 'login_taken' });
    const [row] = await tx
      .insert(accounts)
      .values({
        organisationId: org.id,
        login: input.login,
        displayName: input.displayName.trim(),
        phone: input.phone ?? null,
        passwordHash,
        mustChangePassword: input.password === undefined && !input.withoutCredentials,
        createdAt: now,
      })
      .returning({ id: accounts.id });
    await setRoles(tx, row!.id, roles);
    await writeAudit(tx, nationalChain('audit'), actContext(by, origin, now), {
      action: 'account.created',
      recordType: 'account',
      recordId: row!.id,
      data: { organisationId: org.id, roles },
    });
    return { id: row!.id, temporaryPassword: input.password === undefined ? initial : null };
  });
}
