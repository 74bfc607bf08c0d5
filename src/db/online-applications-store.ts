// The portal's side of an online application (schema/portal.ts): its draft answers, the hashes of
// the draft token and of the access code, and the case they belong to.
import { eq } from 'drizzle-orm';
import type { Executor } from './database.js';
import { caseApplications, cases, onlineApplications, organisations } from './schema/index.js';

export type OnlineApplicationRow = typeof onlineApplications.$inferSelect;

/** What the applicant's look-ups need of a case: its identity, where it is and how it stands. */
export interface CaseForLookup {
  caseId: string;
  trackingCode: string;
  kind: string;
  language: 'kk' | 'ru';
  state: string;
  organisationId: string;
  officeCode: string;
  /** Null for a counter case (it has no access code). */
  accessCodeHash: string | null;
  /** The application as recorded (annex 7 or 8), or null before it is sent or after a purge. */
  application: unknown;
}

export async function findCaseForLookup(db: Executor, trackingCode: string): Promise<CaseForLookup | null> {
  const [row] = await db
    .select({
      caseId: cases.id,
      trackingCode: cases.trackingCode,
      kind: cases.kind,
      language: cases.language,
      state: cases.state,
      organisationId: cases.organisationId,
      officeCode: organisations.code,
      accessCodeHash: onlineApplications.accessCodeHash,
      application: caseApplications.data,
    })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.organisationId))
    .leftJoin(onlineApplications, eq(onlineApplications.caseId, cases.id))
    .leftJoin(caseApplications, eq(caseApplications.caseId, cases.id))
    .where(eq(cases.trackingCode, trackingCode));
  if (!row) return null;
  return { ...row, accessCodeHash: row.accessCodeHash ?? null, application: row.application ?? null };
}

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
