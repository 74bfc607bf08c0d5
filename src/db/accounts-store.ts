// Reading and writing staff accounts, roles, delegations and sessions.
import { and, eq, gt, lte, gte, sql } from 'drizzle-orm';
import { accountRoles, accounts, actingDelegations, organisations, sessions } from './schema/index.js';
import type { Executor } from './database.js';
import type { Role } from '../domain/roles/roles.js';

export type AccountRow = typeof accounts.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;

export async function findAccountByLogin(db: Executor, login: string): Promise<AccountRow | null> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(sql`lower(${accounts.login}) = lower(${login})`);
  return row ?? null;
}

export async function findAccount(db: Executor, id: string): Promise<AccountRow | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row ?? null;
}

export async function rolesOf(db: Executor, accountId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: accountRoles.role })
    .from(accountRoles)
    .where(eq(accountRoles.accountId, accountId));
  return rows.map((r) => r.role).sort();
}

export async function setRoles(db: Executor, accountId: string, roles: Role[]): Promise<void> {
  await db.delete(accountRoles).where(eq(accountRoles.accountId, accountId));
  if (roles.length) await db.insert(accountRoles).values(roles.map((role) => ({ accountId, role })));
}

export async function findOrganisation(db: Executor, id: string): Promise<OrganisationRow | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

export async function findOrganisationByCode(db: Executor, code: string): Promise<OrganisationRow | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.code, code));
  return row ?? null;
}

export async function isActingHeadOn(db: Executor, accountId: string, day: string): Promise<boolean> {
  const rows = await db
    .select({ id: actingDelegations.id })
    .from(actingDelegations)
    .where(
      and(
        eq(actingDelegations.accountId, accountId),
        lte(actingDelegations.fromDate, day),
        gte(actingDelegations.toDate, day),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function findLiveSession(db: Executor, sessionId: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, account: accounts, organisation: organisations })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now)));
  return row ?? null;
}

export async function sessionExisted(db: Executor, sessionId: string): Promise<boolean> {
  const [row] = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.id, sessionId));
  return !!row;
}

export async function touchSession(
  db: Executor,
  sessionId: string,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionsOf(db: Executor, accountId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.accountId, accountId));
}
