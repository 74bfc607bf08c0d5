// Issue 8, apply online: the §11 scans an applicant uploads to the draft, checked exactly as the
// counter's (domain/files/scan-content.ts by content, SCAN_MAX_BYTES, SCAN_MAX_PER_CASE, the kind's
// checklist items), stored on the case with no staff uploader, audited by id. Served back only to
// the holder of the draft token (staff read them through the case's own policy, §17).
import { writeAccess, writeAudit } from '../../db/audit-trail.js';
import {
  caseFilesOf,
  countCaseFiles,
  findCaseFile,
  insertCaseFile,
  type CaseFileMeta,
} from '../../db/case-files-store.js';
import { lockCase } from '../../db/case-store.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { RULE_VERSIONS, ruleVersionFor } from '../../domain/standard/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { checkScans, scanItemIds, scanLimits, type ScanUpload } from '../cases/case-scans.js';
import { findDraft } from './online-application.js';

export async function attachDraftScans(
  deps: Deps,
  origin: Origin,
  draftToken: string,
  uploads: readonly ScanUpload[],
): Promise<string[]> {
  const draft = await findDraft(deps, draftToken);
  if (!draft) throw new DomainError('NOT_FOUND');
  if (draft.state !== 'draft') throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { allowed: [] });
  const now = deps.now();
  const version = ruleVersionFor(plainDateAt(now, draft.timeZone), RULE_VERSIONS);
  const existing = await countCaseFiles(deps.database.db, draft.caseId);
  const { scans, issues } = await checkScans(uploads, {
    ...scanLimits(deps),
    existing,
    itemIds: scanItemIds(version, draft.kind),
  });
  if (Object.keys(issues.fields).length)
    throw new DomainError('VALIDATION_FAILED', issues.fields, { names: issues.names });
  return deps.database.db.transaction(async (tx) => {
    const row = await lockCase(tx, draft.caseId);
    if (row?.state !== 'draft') throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { allowed: [] });
    const ctx = actContext(null, origin, now, 'applicant');
    const ids: string[] = [];
    for (const s of scans) {
      const id = await insertCaseFile(tx, {
        caseId: draft.caseId,
        checklistItemId: s.checklistItemId,
        purpose: s.purpose,
        fileName: s.fileName,
        mediaType: s.mediaType,
        sha256: s.sha256,
        content: s.bytes,
        uploadedBy: null,
        uploadedAt: now,
      });
      await writeAudit(tx, officeChain('audit', draft.officeCode), ctx, {
        action: 'case_file.attached',
        recordType: 'case_file',
        recordId: id,
        data: {
          caseId: draft.caseId,
          checklistItemId: s.checklistItemId,
          purpose: s.purpose,
          mediaType: s.mediaType,
          byteSize: s.bytes.length,
        },
      });
      ids.push(id);
    }
    return ids;
  });
}

/** The scans of the draft (without content), for its holder. */
export async function draftScans(deps: Deps, draftToken: string): Promise<CaseFileMeta[]> {
  const draft = await findDraft(deps, draftToken);
  if (!draft) throw new DomainError('NOT_FOUND');
  return caseFilesOf(deps.database.db, draft.caseId);
}

/** One scan of the draft, for its holder only (access-logged like any read of personal data). */
export async function readDraftScan(deps: Deps, origin: Origin, draftToken: string, fileId: string) {
  const draft = await findDraft(deps, draftToken);
  if (!draft || !/^[0-9a-f-]{36}$/.test(fileId)) throw new DomainError('NOT_FOUND');
  const file = await findCaseFile(deps.database.db, draft.caseId, fileId);
  if (!file || !file.content) throw new DomainError('NOT_FOUND');
  await writeAccess(
    deps.database.db,
    officeChain('access', draft.officeCode),
    actContext(null, origin, deps.now()),
    {
      recordType: 'case_file',
      recordId: fileId,
      purpose: 'applicant download',
    },
  );
  return file as typeof file & { content: Buffer };
}
