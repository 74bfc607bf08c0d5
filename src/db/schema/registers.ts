import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

// domain.md §5: gapless numbers per organisation, register and year — incoming (§14), outgoing
// (refusals, answers), certificates (annex 5) and references (annex 6). A row-locked counter, never a
// SEQUENCE (which leaves gaps on rollback): the number is taken in the transaction that records the
// act, so a rollback gives it back and a crash after commit cannot hand it out twice.
export const REGISTERS = ['incoming', 'outgoing', 'certificate', 'reference'] as const;
export type Register = (typeof REGISTERS)[number];

export const registerCounters = pgTable(
  'register_counters',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    register: text('register', { enum: REGISTERS }).notNull(),
    year: integer('year').notNull(),
    /** The number the next act gets. An office moving from paper sets its first number. */
    nextSeq: integer('next_seq').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'register_counters_pkey', columns: [t.organisationId, t.register, t.year] }),
    check(
      'register_counters_register_check',
      sql`${t.register} in ('incoming', 'outgoing', 'certificate', 'reference')`,
    ),
    check('register_counters_next_seq_check', sql`${t.nextSeq} >= 1 and ${t.nextSeq} <= 9999`),
  ],
);
