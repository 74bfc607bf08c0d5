// Public API of the service standard as data and pure functions (architecture.md: "the standard
// is code"). Clauses (§N) are those of docs/standard.md; annexes 5–9 of seed/standard-2011-kk.txt.

// Versions by effective date
export type { RuleVersion } from './rule-version.js';
export { caseRuleVersion, findRuleVersionFor, ruleVersionFor } from './rule-version-for.js';
export { RULE_VERSIONS } from './versions/rule-versions.js';
export { STANDARD_2011 } from './versions/standard-2011.js';
export {
  ACTS_2011,
  DECREE_2011_20,
  DECREE_2011_888,
  DECREE_2012_211,
  LAW_1992_RELIGION,
  LAW_2011_483,
} from './versions/legal-acts-2011.js';
export type { LegalAct, LegalCitation, LegalEvent } from './legal-act.js';
export { interpolate, LANGS } from './localized.js';
export type { Lang, Localized } from './localized.js';

// Application kinds and the §11 checklists (§16)
export {
  APPLICATION_KIND_NAMES,
  APPLICATION_KINDS,
  isApplicationKind,
  subjectOf,
} from './application-kind.js';
export type { ApplicationKind, ApplicationSubject } from './application-kind.js';
export type {
  Checklist,
  ChecklistAnswers,
  ChecklistItem,
  ChecklistQuestion,
  DocumentForm,
  ItemAlternative,
  ItemCondition,
} from './checklist/checklist.js';
export { checkDocuments } from './checklist/check-documents.js';
export type { DocumentCheck } from './checklist/check-documents.js';
export { checkRefusal } from './checklist/check-refusal.js';
export type { RefusalCheck, RefusalError } from './checklist/check-refusal.js';
export type { RefusalGround } from './refusal-ground.js';

// Form fields (annexes 7, 8), parties (domain.md §2) and their validation
export type { ApplicationForms, FormDescriptor, FormField } from './forms/form-fields.js';
export type { FieldErrorCode, FieldIssue, FieldWarningCode, ValidationResult } from './forms/field-issue.js';
export { validateMissionaryApplication, missionaryChecklistAnswers } from './forms/missionary-application.js';
export type { MaterialInput, MissionaryApplicationInput } from './forms/missionary-application.js';
export { groupChecklistAnswers, isAdultOn, validateGroupApplication } from './forms/group-application.js';
export type { GroupApplicationInput, PremisesDocumentKind } from './forms/group-application.js';
export { STATELESS } from './forms/person.js';
export type {
  IdentityDocumentInput,
  IdentityDocumentKind,
  MigrationRegistrationInput,
  PersonInput,
  PersonRole,
} from './forms/person.js';
export type { PowerOfAttorneyInput, RepresentativeInput } from './forms/representative.js';
export { countryAlpha2, countryAlpha3 } from './forms/iso-3166.js';
export { isCyrillicName, isMrzName, normalizeLatinName } from './forms/names.js';

// Term of activity (annex 5 "valid until")
export { certificateValidUntil, maxValidUntil } from './missionary-term.js';
export type { MissionaryTermRule } from './missionary-term.js';

// Confessions and result documents (annexes 5, 6)
export { checkAffiliation, CONFESSIONS_2011, OTHER_CONFESSION_ID } from './confessions.js';
export type { AffiliationError, Confession, ConfessionFamily, ReligiousAffiliation } from './confessions.js';
export type { ResultDocumentDescriptor, ResultDocuments, ResultField } from './result-documents.js';

// Time limits (§7, §16). The start day S itself is calendar/'s clockStartDay (office hours, zone).
export { dueDay, isDueDayProvisional, workingDaysLeft } from './time-limits/due-day.js';
export { queueNormFor } from './time-limits/queue-norms.js';
export type { QueueNorm, QueuePurpose } from './time-limits/queue-norms.js';
export type { CaseClock, MinuteLimit, TimeLimits, WorkingDayLimit } from './time-limits/time-limits.js';

// The public "about the service" content (§4, §12)
export { describeService } from './about/describe-service.js';
export type {
  DescribedItem,
  DescribedList,
  DescribedSection,
  ServiceDescription,
  ServiceSectionId,
} from './about/describe-service.js';
export type { ServiceContent, TextSection } from './about/service-content.js';
