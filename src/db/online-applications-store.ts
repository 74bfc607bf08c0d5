// The portal's side of an online application (schema/portal.ts): its draft answers, the hashes of
// the draft token and of the access code, and the case they belong to.
import { eq, sql } from 'drizzle-orm';
import type { Executor } from './database.js';
import { queryRowsNamedSql } from './prepared.js';
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

export async function findOnlineApplication(
  db: Executor,
  caseId: string,
): Promise<OnlineApplicationRow | null> {
  const [row] = await db.select().from(onlineApplications).where(eq(onlineApplications.caseId, caseId));
  return row ?? null;
}

/** Merges one page's answers over the draft's, atomically, while it is an unsent draft opened by
 *  this token hash; the answers now, or null (sent, discarded or not this token's). */
export async function mergeDraftAnswers(
  db: Executor,
  caseId: string,
  draftTokenHash: string,
  answers: object,
  now: Date,
): Promise<Record<string, string> | null> {
  // Prepared once per connection: every step of the application sends it.
  const [row] = await queryRowsNamedSql<{ answers: Record<string, string> }>(
    db,
    'merge_draft_answers',
    sql`update online_applications o
          set answers = o.answers || ${JSON.stringify(answers)}::jsonb, updated_at = ${now}
        where o.case_id = ${caseId} and o.draft_token_hash = ${draftTokenHash} and o.submitted_at is null
          and exists (select 1 from cases c where c.id = o.case_id and c.state = 'draft')
        returning o.answers`,
  );
  return row?.answers ?? null;
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
