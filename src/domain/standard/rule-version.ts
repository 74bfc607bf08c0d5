import type { PlainDate } from '../time/plain-date.js';
import type { ApplicationKind } from './application-kind.js';
import type { Checklist, ChecklistQuestion } from './checklist/checklist.js';
import type { Confession } from './confessions.js';
import type { ApplicationForms } from './forms/form-fields.js';
import type { LegalAct, LegalCitation, LegalEvent } from './legal-act.js';
import type { Localized } from './localized.js';
import type { MissionaryTermRule } from './missionary-term.js';
import type { RefusalGround } from './refusal-ground.js';
import type { ResultDocuments } from './result-documents.js';
import type { ServiceContent } from './about/service-content.js';
import type { TimeLimits } from './time-limits/time-limits.js';

// Everything the standard decides, as one dated value. A case follows the version in force on its
// start day (rule-version-for.ts); a new legal text is added as a new RuleVersion, never by
// editing an old one, so old cases keep the rules they were served under.
export interface RuleVersion {
  id: string;
  title: Localized;
  /** First day in force for the product. */
  effectiveFrom: PlainDate;
  /** True when effectiveFrom is an assumption rather than an established date (see note). */
  effectiveFromAssumed: boolean;
  effectiveFromNote: string;
  /** The act that approved the standard. */
  approvedBy: LegalAct;
  /** §3: the law the service rests on. */
  serviceBasis: { citation: LegalCitation; text: Localized };
  /** Every act cited by id anywhere in this version. */
  acts: readonly LegalAct[];
  /** Adoption, amendments and repeal, kept as history (they do not end the version for the
   * product: a version ends only where a later version begins). */
  history: readonly LegalEvent[];
  questions: readonly ChecklistQuestion[];
  checklists: Readonly<Record<ApplicationKind, Checklist>>;
  /** §16: the grounds on which a refusal may rest, each with its legal basis. */
  refusalGrounds: readonly RefusalGround[];
  timeLimits: TimeLimits;
  missionaryTerm: MissionaryTermRule;
  /** Age of majority for the annex 8 count of adult members. */
  adultAge: { years: number; basis: string };
  confessions: readonly Confession[];
  resultDocuments: ResultDocuments;
  applicationForms: ApplicationForms;
  /** §4, §12: the public "about the service" texts. */
  service: ServiceContent;
}
