import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  integer,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { accounts } from './accounts.js';

// §19, domain.md §7: the normative value and the target of each annex 9 indicator for the year they
// apply to, from the authorised body's order (number, date); organisation_id null is the national
// value, an office's row its own. A change replaces the row and is audited with the values before.
export const indicatorYearValues = pgTable(
  'indicator_year_values',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    indicator: text('indicator').notNull(),
    year: integer('year').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** Percent with one decimal; null when the order sets none. */
    normative: numeric('normative', { precision: 4, scale: 1, mode: 'number' }),
    target: numeric('target', { precision: 4, scale: 1, mode: 'number' }),
    orderNumber: text('order_number').notNull(),
    orderDate: date('order_date', { mode: 'string' }).notNull(),
    enteredBy: uuid('entered_by')
      .notNull()
      .references(() => accounts.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('indicator_year_values_key').on(t.indicator, t.year, t.organisationId).nullsNotDistinct(),
    check(
      'indicator_year_values_indicator_check',
      sql`${t.indicator} in ('1.1', '2.1', '3.1', '3.2', '4.1', '5.1')`,
    ),
    check(
      'indicator_year_values_range_check',
      sql`${t.normative} between 0 and 100 and ${t.target} between 0 and 100`,
    ),
    check('indicator_year_values_some_value', sql`${t.normative} is not null or ${t.target} is not null`),
    index('indicator_year_values_year_idx').on(t.year),
  ],
);
