// §11: the scans of a case (case_files). The list never carries the content; only a download reads
// it. A purged scan (retention, domain.md §8) keeps its row without content or name.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { caseFiles } from './schema/index.js';
import type { Executor } from './database.js';

export type CaseFileRow = typeof caseFiles.$inferSelect;
export type CaseFileMeta = Omit<CaseFileRow, 'content'> & { purged: boolean };

const META = {
  id: caseFiles.id,
  caseId: caseFiles.caseId,
  checklistItemId: caseFiles.checklistItemId,
  purpose: caseFiles.purpose,
  fileName: caseFiles.fileName,
  mediaType: caseFiles.mediaType,
  byteSize: caseFiles.byteSize,
  sha256: caseFiles.sha256,
  uploadedBy: caseFiles.uploadedBy,
  uploadedAt: caseFiles.uploadedAt,
};

export interface NewCaseFile {
  caseId: string;
  checklistItemId: string | null;
  purpose: 'document' | 'delivery_proof' | 'other';
  fileName: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  sha256: string;
  content: Buffer;
  uploadedBy: string;
  uploadedAt: Date;
}

export async function insertCaseFile(tx: Executor, file: NewCaseFile): Promise<string> {
  const [row] = await tx
    .insert(caseFiles)
    .values({ ...file, byteSize: file.content.length })
    .returning({ id: caseFiles.id });
  return row!.id;
}

export async function caseFilesOf(db: Executor, caseId: string): Promise<CaseFileMeta[]> {
  const rows = await db
    // Whether the content is there, without reading it.
    .select({ ...META, purged: sql<boolean>`${caseFiles.content} is null` })
    .from(caseFiles)
    .where(eq(caseFiles.caseId, caseId))
    .orderBy(asc(caseFiles.uploadedAt), asc(caseFiles.fileName), asc(caseFiles.id));
  return rows;
}

export async function countCaseFiles(db: Executor, caseId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(caseFiles).where(eq(caseFiles.caseId, caseId));
  return row?.n ?? 0;
}

export async function findCaseFile(
  db: Executor,
  caseId: string,
  fileId: string,
): Promise<CaseFileRow | null> {
  const [row] = await db
    .select()
    .from(caseFiles)
    .where(and(eq(caseFiles.caseId, caseId), eq(caseFiles.id, fileId)));
  return row ?? null;
}

export async function deleteCaseFile(
  tx: Executor,
  caseId: string,
  fileId: string,
): Promise<CaseFileMeta | null> {
  const [row] = await tx
    .delete(caseFiles)
    .where(and(eq(caseFiles.caseId, caseId), eq(caseFiles.id, fileId)))
    .returning(META);
  return row ? { ...row, purged: false } : null;
}
