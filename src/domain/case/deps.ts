// The one door from src/domain/case/ to the rest of domain/: what the case lifecycle takes from the
// standard (rule versions, §7.1 and §16 due days), the calendar contract, roles, plain dates and the
// identifiers printed on its documents (domain.md §5).
export type { PlainDate } from '../time/plain-date.js';
export { addDays, comparePlainDates, isPlainDate, toEpochDay, toParts } from '../time/plain-date.js';
export type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
export type { EffectiveRole } from '../roles/roles.js';
export type { ApplicationKind, CaseClock, DocumentCheck, RuleVersion } from '../standard/index.js';
export {
  dueDay,
  isApplicationKind,
  isDueDayProvisional,
  subjectOf,
  workingDaysLeft,
} from '../standard/index.js';
export {
  formatOfficeCode,
  parseCertificateNumber,
  parseOfficeCode,
  parseRegisterNumber,
} from '../identifiers/index.js';
