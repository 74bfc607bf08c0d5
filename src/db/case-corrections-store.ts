// domain.md §4: corrections after registration, proposed and decided (case_corrections).
import { asc, eq } from 'drizzle-orm';
import { caseApplications, caseCorrections } from './schema/index.js';
import type { Executor } from './database.js';

export type CorrectionRow = typeof caseCorrections.$inferSelect;

export async function correctionsOf(db: Executor, caseId: string): Promise<CorrectionRow[]> {
  return db
    .select()
    .from(caseCorrections)
    .where(eq(caseCorrections.caseId, caseId))
    .orderBy(asc(caseCorrections.proposedAt), asc(caseCorrections.id));
}

export async function lockCorrection(tx: Executor, id: string): Promise<CorrectionRow | null> {
  const [row] = await tx.select().from(caseCorrections).where(eq(caseCorrections.id, id)).for('update');
  return row ?? null;
}

export async function insertCorrection(
  tx: Executor,
  values: typeof caseCorrections.$inferInsert,
): Promise<string> {
  const [row] = await tx.insert(caseCorrections).values(values).returning({ id: caseCorrections.id });
  return row!.id;
}

export async function decideCorrection(
  tx: Executor,
  id: string,
  values: {
    status: 'approved' | 'rejected';
    decidedBy: string;
    decidedAt: Date;
    decisionReason: string | null;
  },
): Promise<void> {
  await tx.update(caseCorrections).set(values).where(eq(caseCorrections.id, id));
}

export async function replaceApplication(tx: Executor, caseId: string, data: unknown): Promise<void> {
  await tx.update(caseApplications).set({ data }).where(eq(caseApplications.caseId, caseId));
}
