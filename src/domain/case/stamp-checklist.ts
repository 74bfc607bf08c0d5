import type { StampChecklist } from './case-action.js';
import type { DocumentCheck } from './deps.js';

/** §11 as recorded at the §14 stamp (domain.md §4), by ids, from the standard's one check. */
export function stampChecklist(check: DocumentCheck): StampChecklist {
  return {
    complete: check.complete,
    missingItemIds: check.missing.map((i) => i.id),
    unansweredQuestionIds: check.unanswered.map((q) => q.id),
  };
}
