// The one door from src/domain/standard/<subfolder>/ to the rest of domain/.
// Why: the lint rule of eslint.config.js forbids any `../../*` import from domain/ files (it
// cannot tell src/domain/standard/x/ → src/domain/time/ from leaving domain/), so the files in
// subfolders import these shared contracts from here with `../deps.js`.
export type { PlainDate } from '../time/plain-date.js';
export {
  addDays,
  comparePlainDates,
  daysInMonth,
  fromParts,
  isoWeekday,
  isPlainDate,
  plainDate,
  toParts,
} from '../time/plain-date.js';
export type { WeeklySchedule } from '../time/weekly-schedule.js';
export type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
export { makeIin, parseBin, parseIin, parseOfficeCode } from '../identifiers/index.js';
export type { BinError, IinError } from '../identifiers/index.js';
