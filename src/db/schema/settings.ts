import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Installation-wide settings kept in the database, so every app server sees the same (e.g. demo mode).
export const systemSettings = pgTable('system_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
