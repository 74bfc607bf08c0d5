import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

// domain.md §4: a case's state is a fold over its append-only list of actions (case_actions). The
// columns of `cases` are a cache of that fold, written in the same transaction as each action, so
// worklists and registries can be queried; `version` is the optimistic lock of concurrent staff.
export const APPLICATION_KINDS = [
  'missionary-registration',
  'missionary-re-registration',
  'group-registration',
  'group-re-registration',
] as const;

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trackingCode: text('tracking_code').notNull().unique('cases_tracking_code_key'),
    kind: text('kind', { enum: APPLICATION_KINDS }).notNull(),
    /** domain.md §6: the application's language, Kazakh or Russian; its documents are issued in it. */
    language: text('language', { enum: ['kk', 'ru'] }).notNull(),
    /** The office that has the case now (a transfer moves it, §1, §13). */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The office where the papers were first handed in: the clocks keep that first hand-in. */
    firstOrganisationId: uuid('first_organisation_id')
      .notNull()
      .references(() => organisations.id),
    state: text('state').notNull(),
    version: integer('version').notNull().default(0),
    ruleVersionId: text('rule_version_id'),
    incomingNumber: text('incoming_number'),
    stampedAt: timestamp('stamped_at', { withTimezone: true }),
    startDay: date('start_day', { mode: 'string' }),
    resultDue: date('result_due', { mode: 'string' }),
    refusalDue: date('refusal_due', { mode: 'string' }),
    /** When the clock that applies stopped (§7.1 at signing, §16 at delivery). */
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    documentNumber: text('document_number'),
    outgoingNumber: text('outgoing_number'),
    validUntil: date('valid_until', { mode: 'string' }),
    /** domain.md §3: decided in an office that switched four eyes off. */
    withoutFourEyes: boolean('without_four_eyes').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_office_state_idx').on(t.organisationId, t.state),
    index('cases_office_result_due_idx').on(t.organisationId, t.resultDue),
    unique('cases_incoming_number_key').on(t.incomingNumber),
    unique('cases_document_number_key').on(t.documentNumber),
    check('cases_language_check', sql`${t.language} in ('kk', 'ru')`),
  ],
);

export const caseActions = pgTable(
  'case_actions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorAccountId: uuid('actor_account_id'),
    /** The action as the domain records it (ids and codes, never names). */
    payload: jsonb('payload').notNull(),
  },
  (t) => [unique('case_actions_case_seq_key').on(t.caseId, t.seq)],
);

/** The application as handed in (annexes 7, 8 and the parties of domain.md §2): personal data, kept
 *  apart from the case so the retention job can purge it without touching the log or the chains. */
export const caseApplications = pgTable('case_applications', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  data: jsonb('data').notNull(),
  /** Consent to the processing of personal data (domain.md §8), recorded at intake. */
  consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
});

/** A form or API write carries a key; a retry or double click finds the first result here. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  key: text('key').primaryKey(),
  accountId: uuid('account_id'),
  scope: text('scope').notNull(),
  result: jsonb('result').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
