// The §11 scans as posted by a form: each file of a row's file input, linked to the checklist item
// chosen beside it; and the items a scan may be linked to, named in the page's language.
import type { Lang } from '../../i18n/i18n.js';
import type { ScanUpload } from '../../app/cases/case-scans.js';
import type { RuleVersion } from '../../domain/standard/index.js';
import type { ScanItemChoice } from '../../views/components/case-records.js';
import { uploadsIn } from '../plugins/uploads.js';

export const str = (v: unknown, max = 100) => (typeof v === 'string' ? v.slice(0, max) : '');

/** The §11 items (and their alternatives) of a kind, in the page's language, for a scan's link. */
export function scanItemChoices(version: RuleVersion, kind: string, lang: Lang): ScanItemChoice[] {
  const list = version.checklists[kind as keyof RuleVersion['checklists']];
  return (list?.items ?? []).flatMap((i) => [
    { id: i.id, name: i.name[lang] },
    ...i.alternatives.map((a) => ({ id: a.id, name: `${i.name[lang]}: ${a.name[lang]}` })),
  ]);
}

/** The uploads of one form row: every file of `filePath`, each linked to the item chosen beside it. */
export function scanUploadsOf(body: unknown, itemPath: string, filePath: string): ScanUpload[] {
  const item = str((body as Record<string, unknown> | undefined)?.[itemPath]) || 'other';
  return uploadsIn(body, filePath).map((f) => ({
    field: filePath,
    itemField: itemPath,
    checklistItemId: item,
    fileName: f.fileName,
    bytes: f.bytes,
    tooLarge: f.tooLarge,
  }));
}

/** How many rows of scans the intake form offers (each takes several files). */
export const INTAKE_SCAN_ROWS = 3;

/** The scans of the intake form's rows `scans.N.item` / `scans.N.file`. */
export function intakeScanUploads(body: unknown): ScanUpload[] {
  return Array.from({ length: INTAKE_SCAN_ROWS }, (_, i) =>
    scanUploadsOf(body, `scans.${i}.item`, `scans.${i}.file`),
  ).flat();
}
