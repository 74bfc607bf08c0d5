import type { PlainDate } from '../time/plain-date.js';
import type { Localized } from './localized.js';

// Every rule cites its source. A legal act as the product records it: what it is, when it was
// adopted, where it was published and when it took effect — with "unknown" allowed and said
// out loud rather than guessed silently.
export interface LegalAct {
  id: string;
  kind: 'law' | 'government-decree' | 'order';
  /** The act's number as printed, e.g. '20', '483-IV'. */
  number: string;
  adopted: PlainDate;
  title: Localized;
  /** Where it was published, as found; null when not established. */
  publication: { source: string; date: PlainDate | null } | null;
  /** The act's own commencement rule, in words (e.g. "from the day of first official publication"). */
  commencement: string;
  /** Where the facts above were found. */
  foundIn: string;
}

/** A clause of an act: `{ act: DECREE_2011_20, clause: '§16' }`. */
export interface LegalCitation {
  actId: string;
  clause: string;
}

/** An event in the life of a rule version: adoption, amendment, repeal. */
export interface LegalEvent {
  kind: 'adopted' | 'amended' | 'repealed';
  act: LegalAct;
  /** Clauses affected (for an amendment). */
  clauses: readonly string[];
  /** The day the event took effect, or null when not established. */
  effective: PlainDate | null;
  note: string;
}
