import { asc } from 'drizzle-orm';
import { calendarYears } from './schema/calendar.js';
import type { Executor } from './database.js';

/** The years entered by administrators, with when. */
export async function enteredYears(db: Executor): Promise<{ year: number; enteredAt: Date }[]> {
  return db
    .select({ year: calendarYears.year, enteredAt: calendarYears.enteredAt })
    .from(calendarYears)
    .orderBy(asc(calendarYears.year));
}
