import type { ApplicationKind } from '../application-kind.js';
import type { Localized } from '../localized.js';

// §11 as data (domain.md §4): a CLOSED list per application kind. Staff can neither ask for nor
// refuse over anything that is not an item here; a later rule version may change the list.

/** How an item reaches the office. `shown` is seen and handed back (§11.1: the passport is
 * shown, not handed in); `items` are the religious materials, listed on intake and returned. */
export type DocumentForm = 'original' | 'copy' | 'shown' | 'items';

/** A question the counter answers once per case; conditional items depend on the answers. */
export interface ChecklistQuestion {
  id: string;
  name: Localized;
  options: readonly { value: string; name: Localized }[];
}

/** When an item is required: always, or when a question's answer is one of the values. */
export type ItemCondition =
  { kind: 'always' } | { kind: 'answer'; question: string; oneOf: readonly string[] };

/** One acceptable kind of document for an item that takes exactly one of several (§11.2). */
export interface ItemAlternative {
  id: string;
  name: Localized;
}

export interface ChecklistItem {
  id: string;
  name: Localized;
  form: DocumentForm;
  /** The clause that asks for it, e.g. '§11.1'. */
  clause: string;
  condition: ItemCondition;
  /** The condition in words, for pages and letters; null for items always required. */
  when: Localized | null;
  /** Non-empty when one of several kinds of document satisfies the item. */
  alternatives: readonly ItemAlternative[];
  /** Who the item is for when there is one per person (e.g. each group member). */
  perPerson: Localized | null;
  note: Localized | null;
}

export interface Checklist {
  kind: ApplicationKind;
  /** The question ids this checklist depends on. */
  questions: readonly string[];
  items: readonly ChecklistItem[];
}

/** Answers by question id, e.g. `{ representative: 'no', premisesOwner: 'natural-person' }`. */
export type ChecklistAnswers = Readonly<Record<string, string | undefined>>;
