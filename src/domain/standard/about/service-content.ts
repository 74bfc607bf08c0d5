import type { DocumentForm } from '../checklist/checklist.js';
import type { Localized } from '../localized.js';

// The texts of the public "about the service" page (§4, §12) for one rule version. These are
// legal contents in three languages, so they live with the rules, not in the UI catalogues.
// Numbers (days, minutes) are NOT written into the texts: templates name them — {resultDays},
// {refusalDays}, {queueWait}, {service}, {collectWait} — and describeService fills them from the
// version's time limits, so a later version with other terms cannot show stale figures.
export interface TextSection {
  heading: Localized;
  paragraphs: readonly Localized[];
}

export interface ServiceContent {
  title: Localized;
  /** Shown with the English text only: English is an unofficial translation (domain.md §6). */
  unofficialNotice: string;
  provider: TextSection;
  result: TextSection;
  /** §11: paragraphs before the lists (intro) and after them (hand-in, §13–14). */
  documents: TextSection & { after: readonly Localized[] };
  documentForms: Readonly<Record<DocumentForm, Localized>>;
  /** Heading of the one-of list inside an item ("one of:"). */
  oneOf: Localized;
  terms: TextSection;
  refusal: TextSection & { groundsHeading: Localized };
  fee: TextSection;
  schedule: TextSection;
  queue: TextSection;
  building: TextSection;
  handover: TextSection;
  complaints: TextSection;
  forms: TextSection;
  information: TextSection;
}
