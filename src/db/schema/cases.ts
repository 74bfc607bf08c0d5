import { sql } from 'drizzle-orm';
import {
  bigint,
  customType,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
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
    /** §16: the stamp recorded the §11 set as incomplete (the refusal clock runs before a decision);
     *  a cache of the stamp action, so worklists need not read the log. */
    stampedIncomplete: boolean('stamped_incomplete').notNull().default(false),
    /** The registry's person or group this case belongs to (domain.md §4 "after the end"). */
    registrantId: uuid('registrant_id'),
    /** The confession's id from the controlled list (special-category data, domain.md §8): for the
     *  supervisors' aggregates with small cells suppressed, never shown to roles that need it not. */
    confession: text('confession'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_office_state_idx').on(t.organisationId, t.state),
    index('cases_office_result_due_idx').on(t.organisationId, t.resultDue),
    index('cases_registrant_idx').on(t.registrantId),
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

/** File content (the §11 scans, the §24 copies of complaints). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

// §11: scans of the documents handed in (optional at the counter, the portal's uploads later), each
// checked by content (PDF, JPEG, PNG), size-limited and stored with its SHA-256. In the database, so
// every app server sees them and the retention job purges them with the application.
export const caseFiles = pgTable(
  'case_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The §11 checklist item the scan shows, or null for another paper (a delivery proof). */
    checklistItemId: text('checklist_item_id'),
    /** What the file is for: a §11 document, the signed copy or postal receipt of §16, other. */
    purpose: text('purpose', { enum: ['document', 'delivery_proof', 'other'] }).notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type', { enum: ['application/pdf', 'image/jpeg', 'image/png'] }).notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content'),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_files_case_idx').on(t.caseId),
    check('case_files_size_check', sql`${t.byteSize} > 0`),
    check('case_files_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

// §11.1, §14: the religious materials handed in, one row per item (title, kind, language, quantity),
// printed on the receipt and tracked until returned to the applicant.
export const caseMaterials = pgTable(
  'case_materials',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['book', 'printed', 'audio', 'video', 'other'] }).notNull(),
    language: text('language').notNull(),
    quantity: integer('quantity').notNull(),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnedBy: uuid('returned_by'),
  },
  (t) => [
    primaryKey({ name: 'case_materials_pkey', columns: [t.caseId, t.position] }),
    check('case_materials_quantity_check', sql`${t.quantity} between 1 and 10000`),
  ],
);

// domain.md §4: a correction after registration needs a reason and the head's approval. An officer
// proposes it here; the head approves (the value is changed and a 'correct' action is logged) or
// rejects it with a reason.
export const caseCorrections = pgTable(
  'case_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** The application field, as a path (`applicant.surname`, `territory`). */
    field: text('field').notNull(),
    /** The value before and the value proposed (personal data: purged with the application). */
    oldValue: jsonb('old_value'),
    newValue: jsonb('new_value'),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['proposed', 'approved', 'rejected'] })
      .notNull()
      .default('proposed'),
    proposedBy: uuid('proposed_by').notNull(),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
  },
  (t) => [
    index('case_corrections_case_idx').on(t.caseId),
    check('case_corrections_status_check', sql`${t.status} in ('proposed', 'approved', 'rejected')`),
  ],
);
