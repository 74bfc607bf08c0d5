import { integer, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

// domain.md §9: a year's Kurban Ait date and transfers of days off, entered by an administrator when
// the government publishes them. Until then the year is provisional. The built-in years (2011–2026)
// ship with the code; a row here for the same year replaces them.
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  /** A CalendarYearData record (src/domain/calendar/calendar-year-data.ts), each fact citing its act. */
  data: jsonb('data').notNull(),
  enteredBy: uuid('entered_by'),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
});
