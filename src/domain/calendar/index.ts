// The national working-day calendar of Kazakhstan (domain.md §4, §9): data with its acts, pure
// working-day arithmetic for the §7.1 and §16 terms, and office hours for the clocks' start day.
export type { WorkingDayCalendar } from './working-day-calendar.js';
export type { CalendarYearData, DayTransfer, LegalAct, LegalActKind } from './calendar-year-data.js';
export { validateYearData } from './calendar-year-data.js';
export type { HolidayRule, LocalizedName } from './holiday-rule.js';
export { KURBAN_AIT_NAME } from './holiday-rule.js';
export type { DayKind } from './year-table.js';
export { createNationalCalendar, type DayExplanation, type NationalCalendar } from './national-calendar.js';
export { builtInCalendar } from './built-in-calendar.js';
export { BUILT_IN_YEARS, KAZAKHSTAN_HOLIDAY_RULES } from './data/index.js';
export { clockStartDay, isOfficeDay, isOfficeOpenAt, nextOpeningAt } from './office-hours.js';
export { instantAtWallTime, wallTimeAt, type WallTime } from './zoned-time.js';
