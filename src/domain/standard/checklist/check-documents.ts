import type { ApplicationKind } from '../application-kind.js';
import type { RuleVersion } from '../rule-version.js';
import type { ChecklistAnswers, ChecklistItem, ChecklistQuestion, ItemCondition } from './checklist.js';

// The one check of §11, used by the counter (what is still missing), the portal (what to bring)
// and the refusal letter (§16: what was missing is the ONLY ground for refusal).
export interface DocumentCheck {
  /** True when every question is answered and every required item is present. */
  complete: boolean;
  /** Required items not present, in checklist order: the content of a §16 refusal. */
  missing: ChecklistItem[];
  /** Items required under the answers given. */
  required: ChecklistItem[];
  /** Questions without an answer (or with an answer not among the options): until answered,
   * the items that depend on them are neither required nor missing. */
  unanswered: ChecklistQuestion[];
  /** Ids present that no required item asks for: a second premises document, the consent of an
   * owner who is a legal entity, or anything outside the closed list. Never a ground for anything. */
  surplus: string[];
}

export function checkDocuments(
  kind: ApplicationKind,
  answers: ChecklistAnswers,
  itemsPresent: Iterable<string>,
  version: RuleVersion,
): DocumentCheck {
  const checklist = version.checklists[kind];
  const present = new Set(itemsPresent);
  const questions = new Map(version.questions.map((q) => [q.id, q]));

  const unanswered: ChecklistQuestion[] = [];
  for (const id of checklist.questions) {
    const q = questions.get(id);
    if (!q) throw new Error(`checklist ${kind} uses unknown question ${id}`);
    const a = answers[id];
    if (a === undefined || !q.options.some((o) => o.value === a)) unanswered.push(q);
  }

  const required: ChecklistItem[] = [];
  const missing: ChecklistItem[] = [];
  const used = new Set<string>();
  for (const item of checklist.items) {
    const need = isRequired(item.condition, answers, unanswered);
    if (need !== true) continue;
    required.push(item);
    if (item.alternatives.length === 0) {
      if (present.has(item.id)) used.add(item.id);
      else missing.push(item);
      continue;
    }
    // §11.2: one of the kinds of premises document. The first one present satisfies the item;
    // a second one is surplus, not an error.
    const found = item.alternatives.find((alt) => present.has(alt.id));
    if (found) used.add(found.id);
    else missing.push(item);
  }

  const surplus = [...present].filter((id) => !used.has(id));
  return {
    complete: missing.length === 0 && unanswered.length === 0,
    missing,
    required,
    unanswered,
    surplus,
  };
}

/** true / false, or 'unknown' while the question it depends on is unanswered. */
function isRequired(
  condition: ItemCondition,
  answers: ChecklistAnswers,
  unanswered: readonly ChecklistQuestion[],
): boolean | 'unknown' {
  if (condition.kind === 'always') return true;
  if (unanswered.some((q) => q.id === condition.question)) return 'unknown';
  return condition.oneOf.includes(answers[condition.question] as string);
}
