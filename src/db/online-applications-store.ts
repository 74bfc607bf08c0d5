// The portal's side of an online application (schema/portal.ts): its draft answers, the hashes of
// the draft token and of the access code, and the case they belong to.
import { eq } from 'drizzle-orm';
import type { Executor } from './database.js';
import { onlineApplications } from './schema/index.js';

export type OnlineApplicationRow = typeof onlineApplications.$inferSelect;

export async function insertOnlineApplication(
  tx: Executor,
  caseId: string,
  draftTokenHash: string,
  answers: object,
  now: Date,
): Promise<void> {
  await tx
    .insert(onlineApplications)
    .values({ caseId, draftTokenHash, answers, createdAt: now, updatedAt: now });
}

export async function findOnlineApplicationByDraftToken(
  db: Executor,
  draftTokenHash: string,
): Promise<OnlineApplicationRow | null> {
  const [row] = await db
    .select()
    .from(onlineApplications)
    .where(eq(onlineApplications.draftTokenHash, draftTokenHash));
  return row ?? null;
}

export async function findOnlineApplication(
  db: Executor,
  caseId: string,
): Promise<OnlineApplicationRow | null> {
  const [row] = await db.select().from(onlineApplications).where(eq(onlineApplications.caseId, caseId));
  return row ?? null;
}

export async function saveDraftAnswers(
  tx: Executor,
  caseId: string,
  answers: object,
  now: Date,
): Promise<void> {
  await tx
    .update(onlineApplications)
    .set({ answers, updatedAt: now })
    .where(eq(onlineApplications.caseId, caseId));
}

export async function markSubmitted(
  tx: Executor,
  caseId: string,
  accessCodeHash: string,
  now: Date,
): Promise<void> {
  await tx
    .update(onlineApplications)
    .set({ accessCodeHash, submittedAt: now, updatedAt: now })
    .where(eq(onlineApplications.caseId, caseId));
}
