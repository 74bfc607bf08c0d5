// The records a print reads and writes (domain.md §6, §8): the issued certificate or reference with
// the seal it was issued with, the staff it names, and the append-only log of prints.
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { accounts, documentPrints, issuedDocuments, sealKeys } from './schema/index.js';
import type { PrintedDocument } from './schema/documents.js';
import type { Executor } from './database.js';

export type IssuedDocumentRow = typeof issuedDocuments.$inferSelect;
export type DocumentPrintRow = typeof documentPrints.$inferSelect;
export type PrintCopy = DocumentPrintRow['copy'];

/** The certificate or reference a case was issued under `number`, with its seal key's public half. */
export async function findIssuedWithSealKey(
  db: Executor,
  caseId: string,
  number: string,
): Promise<(IssuedDocumentRow & { sealPublicKey: string | null }) | null> {
  const [row] = await db
    .select({ doc: issuedDocuments, sealPublicKey: sealKeys.publicKey })
    .from(issuedDocuments)
    .leftJoin(sealKeys, eq(sealKeys.keyId, issuedDocuments.sealKeyId))
    .where(and(eq(issuedDocuments.caseId, caseId), eq(issuedDocuments.number, number)));
  return row ? { ...row.doc, sealPublicKey: row.sealPublicKey } : null;
}

/** Staff named on a document (signer, executor, receiver): their names and phones, in one query. */
export async function staffNamesOf(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: accounts.id, name: accounts.displayName, phone: accounts.phone })
    .from(accounts)
    .where(inArray(accounts.id, [...ids]));
}

/**
 * Serialises the prints of one document until the transaction ends, so that two people printing
 * it at once get one original and one reprint, never two originals.
 */
export async function lockPrintSubject(tx: Executor, document: PrintedDocument, subject: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`document_prints:${document}:${subject}`}))`);
}

/** Whether the document was printed before as an official copy (a translation does not count). */
export async function printedBefore(
  tx: Executor,
  organisationId: string,
  document: PrintedDocument,
  subject: string,
): Promise<boolean> {
  const rows = await tx
    .select({ id: documentPrints.id })
    .from(documentPrints)
    .where(
      and(
        eq(documentPrints.organisationId, organisationId),
        eq(documentPrints.document, document),
        eq(documentPrints.subject, subject),
        ne(documentPrints.copy, 'translation'),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertPrint(
  tx: Executor,
  row: Omit<typeof documentPrints.$inferInsert, 'id'>,
): Promise<number> {
  const [inserted] = await tx.insert(documentPrints).values(row).returning({ id: documentPrints.id });
  return inserted!.id;
}
