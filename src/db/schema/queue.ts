import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { accounts } from './accounts.js';
import { cases } from './cases.js';

// §9: reception is a live queue (no pre-booking, no expedited service); §7.2–7.4 its norms; §10 the
// one-time pass. Ticket letters of domain.md §5: A hand in, B collect, C question, D complaint.
export const QUEUE_PURPOSE_VALUES = ['hand-in', 'collect', 'question', 'complaint'] as const;
export const QUEUE_TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show'] as const;
/** The gapless day series of an office: one per ticket letter, and P for the passes of §10. */
export const QUEUE_SERIES = ['A', 'B', 'C', 'D', 'P'] as const;
export const PASS_DOCUMENT_KINDS = [
  'id-card',
  'kz-passport',
  'foreign-passport',
  'residence-permit',
  'other',
] as const;

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** The office's queue settings, kept by its head: the kiosk's address and how long passes are kept. */
export const queueSettings = pgTable(
  'queue_settings',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id),
    /** SHA-256 (hex) of the kiosk token in the tablet's address; the token itself is shown once. */
    kioskTokenHash: text('kiosk_token_hash'),
    kioskTokenSetAt: timestamp('kiosk_token_set_at', { withTimezone: true }),
    kioskTokenSetBy: uuid('kiosk_token_set_by').references(() => accounts.id),
    /** §10, domain.md §8: days a day's passes are kept after that day, then erased. */
    passKeepDays: integer('pass_keep_days').notNull().default(3),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('queue_settings_kiosk_token_key').on(t.kioskTokenHash),
    check('queue_settings_pass_keep_days_check', sql`${t.passKeepDays} between 1 and 30`),
    check('queue_settings_kiosk_token_check', sql`${t.kioskTokenHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

/** The office's desks (windows) and the purposes each serves; a desk is staffed by one clerk at a time. */
export const queueDesks = pgTable(
  'queue_desks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The number shown on the board and above the desk. */
    number: integer('number').notNull(),
    purposes: text('purposes').array().notNull(),
    active: boolean('active').notNull().default(true),
    staffedBy: uuid('staffed_by').references(() => accounts.id),
    staffedSince: timestamp('staffed_since', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('queue_desks_office_number_key').on(t.organisationId, t.number),
    check('queue_desks_number_check', sql`${t.number} between 1 and 99`),
    check(
      'queue_desks_purposes_check',
      sql`cardinality(${t.purposes}) >= 1 and ${t.purposes} <@ array[${inList(QUEUE_PURPOSE_VALUES)}]::text[]`,
    ),
    check('queue_desks_staffed_check', sql`(${t.staffedBy} is null) = (${t.staffedSince} is null)`),
  ],
);

/** domain.md §5: the next number of each day series of an office — a row-locked counter, never a
 *  SEQUENCE, so a rollback leaves no gap; the office's day is its local date. */
export const queueCounters = pgTable(
  'queue_counters',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    day: date('day', { mode: 'string' }).notNull(),
    series: text('series', { enum: QUEUE_SERIES }).notNull(),
    nextSeq: integer('next_seq').notNull().default(1),
  },
  (t) => [
    primaryKey({ name: 'queue_counters_pkey', columns: [t.organisationId, t.day, t.series] }),
    check('queue_counters_series_check', sql`${t.series} in (${inList(QUEUE_SERIES)})`),
    check('queue_counters_next_seq_check', sql`${t.nextSeq} between 1 and 10000`),
  ],
);

/** A ticket of the live queue (§9) and its times, from which §7.2–7.4 are measured. No personal data. */
export const queueTickets = pgTable(
  'queue_tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The office's local day: queues restart each working day. */
    day: date('day', { mode: 'string' }).notNull(),
    purpose: text('purpose', { enum: QUEUE_PURPOSE_VALUES }).notNull(),
    seq: integer('seq').notNull(),
    /** As printed and shown on the board: `A017`. */
    label: text('label').notNull(),
    status: text('status', { enum: QUEUE_TICKET_STATUSES }).notNull().default('waiting'),
    issuedAt: timestamp('issued_at', { withTimezone: true, precision: 3 }).notNull(),
    deskId: uuid('desk_id').references(() => queueDesks.id),
    /** The first call ends the wait (§7.2, §7.4); a recall does not move it. */
    calledAt: timestamp('called_at', { withTimezone: true, precision: 3 }),
    calledBy: uuid('called_by').references(() => accounts.id),
    lastCalledAt: timestamp('last_called_at', { withTimezone: true, precision: 3 }),
    recalls: integer('recalls').notNull().default(0),
    /** Service (§7.3) runs from start to finish. */
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
    noShowAt: timestamp('no_show_at', { withTimezone: true, precision: 3 }),
    /** The case served at the desk, if any. */
    caseId: uuid('case_id').references(() => cases.id),
    /** The complaint handed in at the desk, once complaints are recorded (no table to point to yet). */
    complaintId: uuid('complaint_id'),
  },
  (t) => [
    unique('queue_tickets_office_day_number_key').on(t.organisationId, t.day, t.purpose, t.seq),
    check('queue_tickets_status_check', sql`${t.status} in (${inList(QUEUE_TICKET_STATUSES)})`),
    check('queue_tickets_purpose_check', sql`${t.purpose} in (${inList(QUEUE_PURPOSE_VALUES)})`),
    check('queue_tickets_seq_check', sql`${t.seq} between 1 and 999`),
    check('queue_tickets_label_check', sql`${t.label} ~ '^[A-D][0-9]{3}$'`),
    check(
      'queue_tickets_called_check',
      sql`(${t.status} = 'waiting') = (${t.calledAt} is null) and (${t.calledAt} is null) = (${t.deskId} is null)`,
    ),
    check('queue_tickets_started_check', sql`(${t.startedAt} is null) or ${t.status} in ('serving', 'done')`),
    check('queue_tickets_finished_check', sql`(${t.status} = 'done') = (${t.finishedAt} is not null)`),
    check('queue_tickets_no_show_check', sql`(${t.status} = 'no_show') = (${t.noShowAt} is not null)`),
    // "Call next" reads the oldest waiting ticket of the office's day.
    index('queue_tickets_waiting_idx')
      .on(t.organisationId, t.day, t.issuedAt)
      .where(sql`${t.status} = 'waiting'`),
    // A desk has at most one ticket called or in service.
    uniqueIndex('queue_tickets_desk_active_key')
      .on(t.deskId)
      .where(sql`${t.status} in ('called', 'serving')`),
    index('queue_tickets_office_day_idx').on(t.organisationId, t.day),
    index('queue_tickets_case_idx').on(t.caseId),
  ],
);

/** §10: a one-time pass confirmed by the serving official. Personal data (the visitor's name): erased
 *  a few days after its day (queue_settings.pass_keep_days). Only the last digits of the document. */
export const visitorPasses = pgTable(
  'visitor_passes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    day: date('day', { mode: 'string' }).notNull(),
    seq: integer('seq').notNull(),
    visitorName: text('visitor_name').notNull(),
    documentKind: text('document_kind', { enum: PASS_DOCUMENT_KINDS }).notNull(),
    documentLastDigits: text('document_last_digits').notNull(),
    orderedBy: uuid('ordered_by')
      .notNull()
      .references(() => accounts.id),
    orderedAt: timestamp('ordered_at', { withTimezone: true }).notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }),
    enteredMarkedBy: uuid('entered_marked_by').references(() => accounts.id),
    exitedAt: timestamp('exited_at', { withTimezone: true }),
    exitedMarkedBy: uuid('exited_marked_by').references(() => accounts.id),
  },
  (t) => [
    unique('visitor_passes_office_day_number_key').on(t.organisationId, t.day, t.seq),
    check('visitor_passes_seq_check', sql`${t.seq} between 1 and 9999`),
    check('visitor_passes_document_kind_check', sql`${t.documentKind} in (${inList(PASS_DOCUMENT_KINDS)})`),
    check('visitor_passes_last_digits_check', sql`${t.documentLastDigits} ~ '^[0-9A-Z]{2,4}$'`),
    check('visitor_passes_name_check', sql`length(${t.visitorName}) between 1 and 200`),
    check('visitor_passes_exit_check', sql`${t.exitedAt} is null or ${t.enteredAt} is not null`),
    index('visitor_passes_office_day_idx').on(t.organisationId, t.day),
  ],
);
