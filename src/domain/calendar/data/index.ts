import type { CalendarYearData } from '../calendar-year-data.js';
import { YEARS_2011_2018 } from './years-2011-2018.js';
import { YEARS_2019_2026 } from './years-2019-2026.js';

export { KAZAKHSTAN_HOLIDAY_RULES } from './holiday-rules.js';

/** The built-in years of the national calendar (2011–2026), each fact citing its act. */
export const BUILT_IN_YEARS: readonly CalendarYearData[] = [...YEARS_2011_2018, ...YEARS_2019_2026];
