import { BUILT_IN_YEARS, KAZAKHSTAN_HOLIDAY_RULES } from './data/index.js';
import { createNationalCalendar, type NationalCalendar } from './national-calendar.js';

let cached: NationalCalendar | undefined;

/**
 * The national calendar from the built-in data (2011–2026) and the holiday rules of Law No. 267.
 * Years an administrator enters later are added with `withYear`, which returns a new calendar.
 */
export function builtInCalendar(): NationalCalendar {
  cached ??= createNationalCalendar(BUILT_IN_YEARS, KAZAKHSTAN_HOLIDAY_RULES);
  return cached;
}
