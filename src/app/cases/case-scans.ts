// §11: scans of the documents handed in — at intake (open-case-at-counter.ts) and later from the case
// page or the API. Each is checked by content (domain/files/scan-content.ts), size-limited, counted
// against the case's limit, linked to an item of the case's §11 checklist (or 'other'), stored with
// its SHA-256, and audited by id. Downloads are reads of a person's record: access-logged (§17).
import { createHash } from 'node:crypto';
import { findOrganisation } from '../../db/accounts-store.js';
import { writeAccess, writeAudit, type ActContext } from '../../db/audit-trail.js';
import {
  caseFilesOf,
  countCaseFiles,
  deleteCaseFile,
  findCaseFile,
  insertCaseFile,
  type CaseFileRow,
} from '../../db/case-files-store.js';
import { findCase, lockCase, type CaseRow } from '../../db/case-store.js';
import type { Executor } from '../../db/database.js';
import { once } from '../../db/idempotency.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { checkScanContent, scanFileName, type ScanMediaType } from '../../domain/files/scan-content.js';
import {
  RULE_VERSIONS,
  ruleVersionFor,
  type ApplicationKind,
  type RuleVersion,
} from '../../domain/standard/index.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can, type PolicyAction } from '../policies/policy.js';

/** config.ts's defaults, for deps built without them. */
export const DEFAULT_SCAN_LIMITS = { maxBytes: 10 * 1024 * 1024, maxPerCase: 20 } as const;
export const scanLimits = (deps: Deps) => deps.scans ?? DEFAULT_SCAN_LIMITS;

/** A scan's link when it shows no item of the checklist. */
export const OTHER_SCAN = 'other';

/** One file as it came in, with the fields it came in by (for its errors). */
export interface ScanUpload {
  /** The form field (or API part) of the file, and of the checklist item chosen for it. */
  field: string;
  itemField: string;
  /** An item (or an item's alternative) of the case's §11 checklist, or 'other'. */
  checklistItemId: string;
  fileName: string | undefined;
  bytes: Buffer;
  /** Longer than the limit: the bytes were cut there and the rest thrown away. */
  tooLarge: boolean;
}

export interface CheckedScan {
  checklistItemId: string | null;
  purpose: 'document' | 'other';
  fileName: string;
  mediaType: ScanMediaType;
  sha256: string;
  bytes: Buffer;
}

/** Per-field error codes, and for a refused file its name (to say which file). */
export interface ScanIssues {
  fields: Record<string, string>;
  names: Record<string, string>;
}

/** The ids a scan may name: the items of the kind's §11 checklist and their alternatives (§11.2). */
export function scanItemIds(version: RuleVersion, kind: ApplicationKind): string[] {
  return version.checklists[kind].items.flatMap((i) => [i.id, ...i.alternatives.map((a) => a.id)]);
}

/** The version the case follows (the version of its stamp, or the one in force today). */
export function caseRuleVersionOf(row: Pick<CaseRow, 'ruleVersionId'>, today: PlainDate): RuleVersion {
  return RULE_VERSIONS.find((v) => v.id === row.ruleVersionId) ?? ruleVersionFor(today, RULE_VERSIONS);
}

/**
 * Checks the uploads against the content rule, the size and count limits and the checklist; a
 * refused file is named by its field. `existing` is how many the case holds already.
 */
export async function checkScans(
  uploads: readonly ScanUpload[],
  opts: { maxBytes: number; maxPerCase: number; existing: number; itemIds: readonly string[] },
): Promise<{ scans: CheckedScan[]; issues: ScanIssues }> {
  const issues: ScanIssues = { fields: {}, names: {} };
  const refuse = (u: ScanUpload, field: string, code: string) => {
    issues.fields[field] ??= code;
    if (field === u.field && u.fileName) issues.names[field] ??= u.fileName;
  };
  const scans: CheckedScan[] = [];
  for (const [i, u] of uploads.entries()) {
    const item = u.checklistItemId.trim();
    if (item !== OTHER_SCAN && !opts.itemIds.includes(item)) refuse(u, u.itemField, 'file_item_unknown');
    if (opts.existing + i >= opts.maxPerCase) {
      refuse(u, u.field, 'files_too_many');
      continue;
    }
    if (u.tooLarge || u.bytes.length > opts.maxBytes) {
      refuse(u, u.field, 'file_too_large');
      continue;
    }
    const verdict = await checkScanContent(u.bytes);
    if (!verdict.ok) {
      refuse(u, u.field, verdict.code);
      continue;
    }
    scans.push({
      checklistItemId: item === OTHER_SCAN ? null : item,
      purpose: item === OTHER_SCAN ? 'other' : 'document',
      fileName: scanFileName(u.fileName, verdict.mediaType),
      mediaType: verdict.mediaType,
      sha256: createHash('sha256').update(u.bytes).digest('hex'),
      bytes: u.bytes,
    });
  }
  return { scans, issues };
}

/** Stores checked scans of a case and audits each (ids and codes only); returns their ids. */
export async function storeScans(
  tx: Executor,
  caseId: string,
  officeCode: string,
  ctx: ActContext,
  scans: readonly CheckedScan[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const s of scans) {
    const id = await insertCaseFile(tx, {
      caseId,
      checklistItemId: s.checklistItemId,
      purpose: s.purpose,
      fileName: s.fileName,
      mediaType: s.mediaType,
      sha256: s.sha256,
      content: s.bytes,
      uploadedBy: ctx.actor!.accountId,
      uploadedAt: ctx.now,
    });
    await writeAudit(tx, officeChain('audit', officeCode), ctx, {
      action: 'case_file.attached',
      recordType: 'case_file',
      recordId: id,
      data: {
        caseId,
        checklistItemId: s.checklistItemId,
        purpose: s.purpose,
        mediaType: s.mediaType,
        byteSize: s.bytes.length,
      },
    });
    ids.push(id);
  }
  return ids;
}

/**
 * The case and its office for an act of `action` by `actor`. A case the actor may not even read is
 * "not found" (§17: nothing tells it exists); one they may read but not act on is "forbidden".
 */
export async function caseForAct(
  deps: Deps,
  actor: Actor,
  caseId: string,
  action: PolicyAction | 'case.read',
) {
  const row = await findCase(deps.database.db, caseId);
  const office = row ? await findOrganisation(deps.database.db, row.organisationId) : null;
  const target = office ? { organisationId: office.id, regionCode: office.regionCode } : null;
  if (!row || !office || !target || !can(actor, 'case.read', target)) throw new DomainError('NOT_FOUND');
  if (!can(actor, action, target)) throw new DomainError('FORBIDDEN', {}, { reason: 'ROLE_NOT_ALLOWED' });
  return { row, office };
}

export interface AttachedScans {
  fileIds: string[];
}

/** §11: scans attached to an existing case (the case page, the API). One result per idempotency key. */
export async function attachScans(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  caseId: string,
  uploads: readonly ScanUpload[],
  idempotencyKey: string,
): Promise<AttachedScans> {
  const { row, office } = await caseForAct(deps, actor, caseId, 'case.attach_scans');
  if (uploads.length === 0) throw new DomainError('VALIDATION_FAILED', { file: 'file_required' });
  const now = deps.now();
  const version = caseRuleVersionOf(row, plainDateAt(now, office.timeZone));
  const limits = scanLimits(deps);
  const itemIds = scanItemIds(version, row.kind);
  return deps.database.db.transaction(async (tx) => {
    const { result } = await once(tx, idempotencyKey, `case.${caseId}.scans`, actor.accountId, async () => {
      // Under the case's lock, so that two uploads at once cannot pass the count together.
      if (!(await lockCase(tx, caseId))) throw new DomainError('NOT_FOUND');
      const existing = await countCaseFiles(tx, caseId);
      const { scans, issues } = await checkScans(uploads, { ...limits, existing, itemIds });
      if (Object.keys(issues.fields).length)
        throw new DomainError('VALIDATION_FAILED', issues.fields, { names: issues.names });
      const ctx = actContext(actor, origin, now);
      return { fileIds: await storeScans(tx, caseId, office.code, ctx, scans) };
    });
    return result;
  });
}

/** Removes a scan (a wrong file attached); false when it is not there (already removed). */
export async function removeScan(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  caseId: string,
  fileId: string,
): Promise<boolean> {
  const { office } = await caseForAct(deps, actor, caseId, 'case.attach_scans');
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    const removed = await deleteCaseFile(tx, caseId, fileId);
    if (!removed) return false;
    await writeAudit(tx, officeChain('audit', office.code), actContext(actor, origin, now), {
      action: 'case_file.removed',
      recordType: 'case_file',
      recordId: fileId,
      data: { caseId, checklistItemId: removed.checklistItemId },
    });
    return true;
  });
}

/** A scan's content for staff who may read the case; the read goes to the access log (§17). */
export async function readScan(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  caseId: string,
  fileId: string,
): Promise<CaseFileRow & { content: Buffer }> {
  const { office } = await caseForAct(deps, actor, caseId, 'case.read');
  const file = await findCaseFile(deps.database.db, caseId, fileId);
  // A purged scan (domain.md §8) has no content left to give.
  if (!file || !file.content) throw new DomainError('NOT_FOUND');
  await writeAccess(
    deps.database.db,
    officeChain('access', office.code),
    actContext(actor, origin, deps.now()),
    {
      recordType: 'case_file',
      recordId: fileId,
      purpose: 'scan download',
    },
  );
  return file as CaseFileRow & { content: Buffer };
}

/** The scans of a case, without content, for staff who may read it (access-logged: names are data). */
export async function listScans(deps: Deps, actor: Actor, origin: Origin, caseId: string) {
  const { office } = await caseForAct(deps, actor, caseId, 'case.read');
  await writeAccess(
    deps.database.db,
    officeChain('access', office.code),
    actContext(actor, origin, deps.now()),
    {
      recordType: 'case',
      recordId: caseId,
      purpose: 'scans list',
    },
  );
  return caseFilesOf(deps.database.db, caseId);
}
