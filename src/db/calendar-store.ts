import { asc, eq } from 'drizzle-orm';
import { calendarYears } from './schema/calendar.js';
import type { Executor } from './database.js';
import type { CalendarYearData } from '../domain/calendar/index.js';

export async function loadCalendarYears(db: Executor): Promise<CalendarYearData[]> {
  const rows = await db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  return rows.map((r) => r.data as CalendarYearData);
}

/** Returns true when the year was already entered (and is now replaced). */
export async function saveCalendarYear(
  tx: Executor,
  data: CalendarYearData,
  by: string | null,
  now: Date,
): Promise<boolean> {
  const existing = await tx
    .select({ year: calendarYears.year })
    .from(calendarYears)
    .where(eq(calendarYears.year, data.year));
  await tx
    .insert(calendarYears)
    .values({ year: data.year, data, enteredBy: by, enteredAt: now })
    .onConflictDoUpdate({ target: calendarYears.year, set: { data, enteredBy: by, enteredAt: now } });
  return existing.length > 0;
}
