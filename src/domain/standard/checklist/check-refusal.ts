import type { ApplicationKind } from '../application-kind.js';
import type { RefusalGround } from '../refusal-ground.js';
import type { RuleVersion } from '../rule-version.js';
import { checkDocuments, type DocumentCheck } from './check-documents.js';
import type { ChecklistAnswers } from './checklist.js';

// §16: a refusal may rest only on the grounds of the case's rule version. In the 2011 version the
// only ground is an incomplete §11 set, and then the letter must name what was missing — so a
// refusal on that ground is allowed only when checkDocuments finds items missing.
export type RefusalError = 'NO_GROUND' | 'UNKNOWN_GROUND' | 'DOCUMENTS_COMPLETE' | 'CHECKLIST_UNANSWERED';

export type RefusalCheck =
  | { ok: true; grounds: RefusalGround[]; documents: DocumentCheck }
  | { ok: false; errors: RefusalError[]; documents: DocumentCheck };

export function checkRefusal(
  version: RuleVersion,
  kind: ApplicationKind,
  groundIds: readonly string[],
  answers: ChecklistAnswers,
  itemsPresent: Iterable<string>,
): RefusalCheck {
  const documents = checkDocuments(kind, answers, itemsPresent, version);
  const errors: RefusalError[] = [];
  const grounds: RefusalGround[] = [];
  if (groundIds.length === 0) errors.push('NO_GROUND');
  for (const id of groundIds) {
    const g = version.refusalGrounds.find((r) => r.id === id);
    if (!g) {
      errors.push('UNKNOWN_GROUND');
      continue;
    }
    grounds.push(g);
    if (g.kind !== 'incomplete-documents') continue;
    if (documents.unanswered.length > 0) errors.push('CHECKLIST_UNANSWERED');
    else if (documents.missing.length === 0) errors.push('DOCUMENTS_COMPLETE');
  }
  return errors.length > 0
    ? { ok: false, errors: [...new Set(errors)], documents }
    : { ok: true, grounds, documents };
}
