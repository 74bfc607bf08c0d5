import { parseOfficeCode } from '../deps.js';
import type { Issues } from './field-issue.js';

// Annexes 7 and 8 open with the registering body: a service office (§1, §13), never an akimat.
export function checkOffice(issues: Issues, path: string, code: string | undefined): void {
  const v = code?.trim() ?? '';
  if (v === '') {
    issues.error(path, 'REQUIRED');
    return;
  }
  const parsed = parseOfficeCode(v);
  if (!parsed.ok || parsed.value.isAkimat) issues.error(path, 'OFFICE_CODE_FORMAT');
}
