import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { accounts } from './accounts.js';
import { bytea, cases } from './cases.js';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

// §20–25: the complaints register. A complaint enters the incoming register (domain.md §5) of the
// organisation whose records service took it (`registeredIn`: an office or an akimat); it is worked by
// the organisation it is addressed to (`handledBy`: the office, or the office's akimat, §21). The
// complainant's name, address, phone and text are personal data (domain.md §8): never in audit records
// or logs, purged with the record.
export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trackingCode: text('tracking_code').notNull().unique('complaints_tracking_code_key'),
    incomingNumber: text('incoming_number').notNull().unique('complaints_incoming_number_key'),
    registeredIn: uuid('registered_in')
      .notNull()
      .references(() => organisations.id),
    handledBy: uuid('handled_by')
      .notNull()
      .references(() => organisations.id),
    /** The service office the complaint concerns (the handler itself, or one of the akimat's offices). */
    officeId: uuid('office_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind', { enum: ['result', 'service', 'official'] }).notNull(),
    addressee: text('addressee', { enum: ['office_head', 'akimat_head'] }).notNull(),
    channel: text('channel', { enum: ['hand', 'post', 'online'] }).notNull(),
    language: text('language', { enum: ['kk', 'ru'] }).notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    copyAttached: boolean('copy_attached').notNull().default(false),
    surname: text('surname'),
    name: text('name'),
    patronymic: text('patronymic'),
    address: text('address'),
    phone: text('phone'),
    body: text('body'),
    state: text('state', { enum: ['registered', 'assigned', 'answered', 'delivered'] }).notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    /** Null for a complaint filed online (the system registered it). */
    registeredBy: uuid('registered_by').references(() => accounts.id),
    /** §25: the review term set by law (domain/complaint/review-terms.ts) and the day it ends. */
    termId: text('term_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    assignedTo: uuid('assigned_to').references(() => accounts.id),
    outcome: text('outcome', { enum: ['upheld', 'partly', 'rejected'] }),
    reasons: text('reasons'),
    consequence: text('consequence', { enum: ['none', 'reopen', 'annul'] }),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The answer: an outgoing letter of the handling organisation (domain.md §5). */
    outgoingNumber: text('outgoing_number').unique('complaints_outgoing_number_key'),
    answeredOn: date('answered_on', { mode: 'string' }),
    signerRole: text('signer_role'),
    deliveredHow: text('delivered_how', { enum: ['in_person', 'post', 'email'] }),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    deliveryProof: text('delivery_proof'),
    /** §23: a court decision, recorded the way an upheld complaint is. */
    courtOutcome: text('court_outcome', { enum: ['upheld', 'partly', 'rejected'] }),
    courtReference: text('court_reference'),
    courtDecidedOn: date('court_decided_on', { mode: 'string' }),
    courtConsequence: text('court_consequence', { enum: ['none', 'reopen', 'annul'] }),
    /** Online only: SHA-256 (hex) of the access code shown once to the complainant. */
    accessCodeHash: text('access_code_hash'),
    /** Indicator 4.1 asked and answered (the answer itself is anonymous, complaint_survey_answers). */
    surveyAnswered: boolean('survey_answered').notNull().default(false),
    version: integer('version').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('complaints_handled_due_idx').on(t.handledBy, t.state, t.dueOn),
    index('complaints_registered_in_idx').on(t.registeredIn),
    index('complaints_office_idx').on(t.officeId),
    index('complaints_case_idx').on(t.caseId),
    check('complaints_kind_check', sql`${t.kind} in (${inList(['result', 'service', 'official'])})`),
    check('complaints_addressee_check', sql`${t.addressee} in ('office_head', 'akimat_head')`),
    check('complaints_channel_check', sql`${t.channel} in ('hand', 'post', 'online')`),
    check('complaints_language_check', sql`${t.language} in ('kk', 'ru')`),
    check(
      'complaints_state_check',
      sql`${t.state} in (${inList(['registered', 'assigned', 'answered', 'delivered'])})`,
    ),
    // §24: the application concerned comes with the complaint.
    check('complaints_application_check', sql`${t.caseId} is not null or ${t.copyAttached}`),
    check(
      'complaints_answered_check',
      sql`(${t.state} in ('answered', 'delivered')) = (${t.outgoingNumber} is not null)`,
    ),
    check('complaints_delivered_check', sql`(${t.state} = 'delivered') = (${t.deliveredOn} is not null)`),
  ],
);

// §24: the scan of the applicant's copy of the application, for a complaint that names no case —
// checked by content like the §11 scans (domain/files/scan-content.ts), size-limited, with its SHA-256.
// Personal data: the retention purge empties the content and the name and keeps the row (domain.md §8).
export const complaintScans = pgTable(
  'complaint_scans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id)
      .unique('complaint_scans_complaint_key'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type', { enum: ['application/pdf', 'image/jpeg', 'image/png'] }).notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('complaint_scans_size_check', sql`${t.byteSize} > 0`),
    check('complaint_scans_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

// domain.md §7, indicator 4.1: a complainant's 1–5 answer on the complaint procedure, after the
// answer was delivered. Anonymous: no complaint, person or account — only the office and the day.
export const complaintSurveyAnswers = pgTable(
  'complaint_survey_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    answeredOn: date('answered_on', { mode: 'string' }).notNull(),
    score: integer('score').notNull(),
  },
  (t) => [
    index('complaint_survey_answers_office_day_idx').on(t.organisationId, t.answeredOn),
    check('complaint_survey_answers_score_check', sql`${t.score} between 1 and 5`),
  ],
);
