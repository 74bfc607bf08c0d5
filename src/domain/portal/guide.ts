import type { ApplicationKind, RuleVersion } from '../standard/index.js';
import type { ChecklistAnswers, ChecklistItem, ChecklistQuestion } from '../standard/checklist/checklist.js';

// Issue 8, learn: "which documents do I need?" answered from the same §11 checklist data the counter
// checks at the stamp (docs/ARCHITECTURE.md habit 3: checklists are data plus one pure check used by
// the counter, the portal and the refusal letter). A conditional item is listed when its question is
// answered so, or — while the question is unanswered — with its condition in words.
export interface GuideAnswers {
  subject: 'missionary' | 'group';
  first: boolean;
  answers: ChecklistAnswers;
}

export interface NeededItem {
  item: ChecklistItem;
  /** The item depends on a question not answered yet: shown with its condition. */
  conditional: boolean;
}

export interface GuideResult {
  kind: ApplicationKind;
  /** The questions the kind's checklist depends on, in the version's order. */
  questions: readonly ChecklistQuestion[];
  items: readonly NeededItem[];
}

export function kindOf(subject: 'missionary' | 'group', first: boolean): ApplicationKind {
  return `${subject}-${first ? 'registration' : 're-registration'}` as ApplicationKind;
}

export function documentsNeeded(version: RuleVersion, g: GuideAnswers): GuideResult {
  const kind = kindOf(g.subject, g.first);
  const checklist = version.checklists[kind];
  const questions = version.questions.filter((q) => checklist.questions.includes(q.id));
  const items: NeededItem[] = [];
  for (const item of checklist.items) {
    const c = item.condition;
    if (c.kind === 'always') items.push({ item, conditional: false });
    else {
      const answer = g.answers[c.question];
      if (answer === undefined) items.push({ item, conditional: true });
      else if (c.oneOf.includes(answer)) items.push({ item, conditional: false });
    }
  }
  return { kind, questions, items };
}
