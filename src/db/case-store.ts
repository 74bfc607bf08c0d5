// Reading and writing cases: the append-only action log and the cached fold beside it.
import { asc, eq } from 'drizzle-orm';
import { caseActions, caseApplications, cases } from './schema/index.js';
import type { Executor } from './database.js';
import type { CaseAction } from '../domain/case/index.js';

export type CaseRow = typeof cases.$inferSelect;

export async function lockCase(tx: Executor, id: string): Promise<CaseRow | null> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  return row ?? null;
}

export async function findCase(db: Executor, id: string): Promise<CaseRow | null> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row ?? null;
}

export async function actionsOf(db: Executor, caseId: string): Promise<CaseAction[]> {
  const rows = await db
    .select({ payload: caseActions.payload })
    .from(caseActions)
    .where(eq(caseActions.caseId, caseId))
    .orderBy(asc(caseActions.seq));
  return rows.map((r) => r.payload as CaseAction);
}

export async function appendAction(
  tx: Executor,
  caseId: string,
  seq: number,
  action: CaseAction,
): Promise<void> {
  await tx.insert(caseActions).values({
    caseId,
    seq,
    kind: action.kind,
    at: new Date(action.at),
    actorAccountId: action.actor.accountId,
    payload: action,
  });
}

export async function applicationOf(db: Executor, caseId: string): Promise<unknown> {
  const [row] = await db
    .select({ data: caseApplications.data })
    .from(caseApplications)
    .where(eq(caseApplications.caseId, caseId));
  return row?.data ?? null;
}
