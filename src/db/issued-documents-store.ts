// The registry of certificates (annex 5) and references (annex 6) issued (domain.md §4 "after the
// end"): one row per document, written when the head signs, with the seal printed in its QR so that
// every print carries the same one; its status is what the public check shows.
import { eq } from 'drizzle-orm';
import { issuedDocuments, organisations } from './schema/index.js';
import type { Executor } from './database.js';
import {
  checkStatusChange,
  type DocumentStatusChange,
  type StatusChangeProblem,
} from '../domain/certificate/public-status.js';

export type IssuedDocumentRow = typeof issuedDocuments.$inferSelect;
export type NewIssuedDocument = typeof issuedDocuments.$inferInsert;

export async function insertIssuedDocument(tx: Executor, row: NewIssuedDocument): Promise<void> {
  await tx.insert(issuedDocuments).values(row);
}

export async function findIssuedDocument(db: Executor, number: string): Promise<IssuedDocumentRow | null> {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.number, number));
  return row ?? null;
}

/** The documents of a case, oldest first (a case has one; a duplicate is issued on the same case). */
export async function issuedDocumentsOfCase(db: Executor, caseId: string): Promise<IssuedDocumentRow[]> {
  return db
    .select()
    .from(issuedDocuments)
    .where(eq(issuedDocuments.caseId, caseId))
    .orderBy(issuedDocuments.createdAt);
}

/** A document with its issuing office's time zone (the legal day of "expired" is the office's). */
export async function findIssuedDocumentForCheck(
  db: Executor,
  number: string,
): Promise<(IssuedDocumentRow & { timeZone: string }) | null> {
  const [row] = await db
    .select({ doc: issuedDocuments, timeZone: organisations.timeZone })
    .from(issuedDocuments)
    .innerJoin(organisations, eq(organisations.id, issuedDocuments.organisationId))
    .where(eq(issuedDocuments.number, number));
  return row ? { ...row.doc, timeZone: row.timeZone } : null;
}

export class DocumentStatusError extends Error {
  constructor(readonly problem: StatusChangeProblem | 'NOT_FOUND' | 'SUCCESSOR_NOT_FOUND') {
    super(problem);
  }
}

/**
 * Sets a document's status (superseded by re-registration, annulled with a reason code, replaced by
 * a duplicate): for the registry's use-cases, which audit it in the same transaction. The row is
 * locked; a successor must itself be in the registry. Throws DocumentStatusError.
 */
export async function setIssuedDocumentStatus(
  tx: Executor,
  number: string,
  change: DocumentStatusChange,
  at: Date,
): Promise<IssuedDocumentRow> {
  const [current] = await tx
    .select()
    .from(issuedDocuments)
    .where(eq(issuedDocuments.number, number))
    .for('update');
  if (!current) throw new DocumentStatusError('NOT_FOUND');
  const problem = checkStatusChange(current, change);
  if (problem) throw new DocumentStatusError(problem);
  const successor = change.status === 'annulled' ? null : change.successorNumber;
  if (successor !== null && !(await findIssuedDocument(tx, successor)))
    throw new DocumentStatusError('SUCCESSOR_NOT_FOUND');
  const [updated] = await tx
    .update(issuedDocuments)
    .set({
      status: change.status,
      statusReason: change.status === 'annulled' ? change.reason : null,
      statusAt: at,
      successorNumber: successor,
    })
    .where(eq(issuedDocuments.number, number))
    .returning();
  return updated!;
}
