// The administrator's list of accounts: of one organisation, or of every organisation.
import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import { accountRoles, accounts, actingDelegations, organisations } from './schema/index.js';
import type { Executor } from './database.js';
import type { Role } from '../domain/roles/roles.js';

/** Accounts with their roles and their current and coming acting-head delegations (from `today`). */
export async function listAccounts(db: Executor, organisationId: string | null, today: string) {
  const rows = await db
    .select({ account: accounts, organisation: organisations })
    .from(accounts)
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(organisationId ? eq(accounts.organisationId, organisationId) : undefined)
    .orderBy(asc(organisations.code), asc(accounts.login))
    .limit(2000);
  const ids = rows.map((r) => r.account.id);
  const roles = ids.length
    ? await db.select().from(accountRoles).where(inArray(accountRoles.accountId, ids))
    : [];
  const delegations = ids.length
    ? await db
        .select()
        .from(actingDelegations)
        .where(and(inArray(actingDelegations.accountId, ids), gte(actingDelegations.toDate, today)))
        .orderBy(asc(actingDelegations.fromDate))
    : [];
  const byAccount = new Map<string, Role[]>();
  for (const r of roles) byAccount.set(r.accountId, [...(byAccount.get(r.accountId) ?? []), r.role]);
  return rows.map(({ account: a, organisation: o }) => ({
    id: a.id,
    login: a.login,
    displayName: a.displayName,
    phone: a.phone,
    active: a.active,
    lockedUntil: a.lockedUntil,
    roles: (byAccount.get(a.id) ?? []).sort(),
    delegations: delegations
      .filter((d) => d.accountId === a.id)
      .map((d) => ({ fromDate: d.fromDate, toDate: d.toDate })),
    organisation: { id: o.id, code: o.code, nameKk: o.nameKk, nameRu: o.nameRu },
  }));
}

export async function listOrganisations(db: Executor, onlyId: string | null) {
  return db
    .select({
      id: organisations.id,
      code: organisations.code,
      nameKk: organisations.nameKk,
      nameRu: organisations.nameRu,
    })
    .from(organisations)
    .where(onlyId ? eq(organisations.id, onlyId) : undefined)
    .orderBy(asc(organisations.code));
}
