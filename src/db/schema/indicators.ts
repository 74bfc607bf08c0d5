import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
  jsonb,
  primaryKey,
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

// Issue 10: the daily roll-ups behind the annex 9 table and the dashboard, kept by the job worker
// (jobs/indicator-rollups.ts) so that a year of the country is read from a few hundred thousand small
// rows instead of every case and ticket. Each row holds the counts of one office and one day, which
// add up into any period and scope (domain.md §7: counts are added, never averages).

/** Per office and day: indicator 1.1 by the day each case counts on, and the survey answers per
 *  question and score (index 0 is score 1 … index 4 is score 5). */
export const indicatorDailyCounts = pgTable(
  'indicator_daily_counts',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    day: date('day', { mode: 'string' }).notNull(),
    casesTotal: integer('cases_total').notNull().default(0),
    casesOnTime: integer('cases_on_time').notNull().default(0),
    /** The survey answers and the satisfied ones (4 or 5) per question, read by the table; the
     *  arrays below keep every score. */
    answers: integer('answers').notNull().default(0),
    processSatisfied: integer('process_satisfied').notNull().default(0),
    informationSatisfied: integer('information_satisfied').notNull().default(0),
    politenessSatisfied: integer('politeness_satisfied').notNull().default(0),
    complaintAnswers: integer('complaint_answers').notNull().default(0),
    complaintSatisfied: integer('complaint_satisfied').notNull().default(0),
    processScores: integer('process_scores').array().notNull(),
    informationScores: integer('information_scores').array().notNull(),
    politenessScores: integer('politeness_scores').array().notNull(),
    complaintScores: integer('complaint_scores').array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.day] }),
    index('indicator_daily_counts_day_idx').on(t.day),
  ],
);

/** Per office and day: the §7.2–7.4 queue figures. Medians cannot be added, so the waits and services
 *  are kept as histograms at the resolution the figures are shown in (tenths of a minute → count):
 *  the median of any period is then exactly the median of its tickets. */
export const queueDailyFigures = pgTable(
  'queue_daily_figures',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    day: date('day', { mode: 'string' }).notNull(),
    tickets: integer('tickets').notNull(),
    served: integer('served').notNull(),
    noShows: integer('no_shows').notNull(),
    queueWaitCounted: integer('queue_wait_counted').notNull(),
    queueWaitWithin: integer('queue_wait_within').notNull(),
    serviceCounted: integer('service_counted').notNull(),
    serviceWithin: integer('service_within').notNull(),
    collectWaitCounted: integer('collect_wait_counted').notNull(),
    collectWaitWithin: integer('collect_wait_within').notNull(),
    /** Waits of the called tickets, and services of the finished ones: {tenths of a minute: count}. */
    waitTenths: jsonb('wait_tenths').$type<Record<string, number>>().notNull(),
    serviceTenths: jsonb('service_tenths').$type<Record<string, number>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.day] }), index('queue_daily_figures_day_idx').on(t.day)],
);

/** Indicator 3.2 is a declared flag, not an event: each run keeps the day's flag of every office. */
export const indicatorOfficeFlags = pgTable(
  'indicator_office_flags',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    day: date('day', { mode: 'string' }).notNull(),
    active: boolean('active').notNull(),
    infoOnline: boolean('info_online').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.day] })],
);

/** The office days whose rows changed since the last run: marked by triggers on cases, survey and
 *  complaint-survey answers and queue tickets (late answers, reopened cases, transfers included). */
export const indicatorDirtyDays = pgTable(
  'indicator_dirty_days',
  {
    organisationId: uuid('organisation_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.day] })],
);

/** Each run of the roll-ups: the freshness shown on every page that reads them. */
export const indicatorRollupRuns = pgTable('indicator_rollup_runs', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  kind: text('kind', { enum: ['incremental', 'rebuild'] }).notNull(),
  startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }).notNull(),
  /** The legal day (Asia/Almaty) as of which unfinished cases were judged. */
  asOf: date('as_of', { mode: 'string' }).notNull(),
  officeDays: integer('office_days').notNull(),
  requestedBy: uuid('requested_by').references(() => accounts.id),
});

/** The daily counts added up per office and month (the survey scores apart): a year of the country is
 *  read from 213 × 12 rows plus the days of the period's partial months. Rewritten from the daily rows
 *  for every month a run touches. */
export const indicatorMonthlyCounts = pgTable(
  'indicator_monthly_counts',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The first day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    casesTotal: integer('cases_total').notNull(),
    casesOnTime: integer('cases_on_time').notNull(),
    answers: integer('answers').notNull(),
    processSatisfied: integer('process_satisfied').notNull(),
    informationSatisfied: integer('information_satisfied').notNull(),
    politenessSatisfied: integer('politeness_satisfied').notNull(),
    complaintAnswers: integer('complaint_answers').notNull(),
    complaintSatisfied: integer('complaint_satisfied').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.month] }),
    index('indicator_monthly_counts_month_idx').on(t.month),
  ],
);
