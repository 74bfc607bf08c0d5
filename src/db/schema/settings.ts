import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Installation-wide settings kept in the database, so every app server sees the same (e.g. demo mode).
export const systemSettings = pgTable('system_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// Fixed-window request counters shared by every app server (the public check's rate limit, §17
// guessing limits): one row per limited key and window.
export const rateLimitHits = pgTable('rate_limit_hits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  hits: integer('hits').notNull(),
});
