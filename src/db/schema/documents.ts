import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { organisations } from './organisations.js';

// domain.md §6: the Ed25519 keys of the integrity seal on certificates and references. One key is
// active (it seals new documents); a retired key no longer seals but its documents stay checkable
// (its private half is erased); a revoked key is no longer trusted — "revoked" is said of keys, never
// of documents. Kept in the database so every app server seals with the same key.
export const SEAL_KEY_STATUSES = ['active', 'retired', 'revoked'] as const;
export type SealKeyStatus = (typeof SEAL_KEY_STATUSES)[number];

export const sealKeys = pgTable(
  'seal_keys',
  {
    keyId: text('key_id').primaryKey(),
    /** The raw 32-byte public key, base64url (how it is published). */
    publicKey: text('public_key').notNull(),
    /** PKCS#8 PEM of the private key while the key is active; null once retired or revoked. */
    privateKey: text('private_key'),
    status: text('status', { enum: SEAL_KEY_STATUSES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    check('seal_keys_status_check', sql`${t.status} in ('active', 'retired', 'revoked')`),
    check('seal_keys_private_check', sql`(${t.status} = 'active') = (${t.privateKey} is not null)`),
    uniqueIndex('seal_keys_one_active_idx')
      .on(t.status)
      .where(sql`${t.status} = 'active'`),
  ],
);

// domain.md §4 "after the end": every certificate (annex 5) and reference (annex 6) issued, with the
// status the public check shows. `expired` is not stored: it follows from valid_until and the day.
export const ISSUED_DOCUMENT_STATUSES = ['valid', 'superseded', 'annulled', 'replaced'] as const;
export type IssuedDocumentStatus = (typeof ISSUED_DOCUMENT_STATUSES)[number];

export const issuedDocuments = pgTable(
  'issued_documents',
  {
    /** The certificate or reference number (domain.md §5), unique in the country. */
    number: text('number').primaryKey(),
    kind: text('kind', { enum: ['certificate', 'reference'] }).notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The registry's person or group (schema/registry.ts). */
    registrantId: uuid('registrant_id'),
    /** 'system' when issued here; 'paper' when imported from an office's paper register. */
    source: text('source', { enum: ['system', 'paper'] })
      .notNull()
      .default('system'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    /** Annex 5 "valid until"; null for a reference (groups have no expiry). */
    validUntil: date('valid_until', { mode: 'string' }),
    /** What the public check shows: the holder's name (or the group's) and the territory. */
    holder: text('holder').notNull(),
    territory: text('territory').notNull(),
    status: text('status', { enum: ISSUED_DOCUMENT_STATUSES }).notNull().default('valid'),
    statusReason: text('status_reason'),
    statusAt: timestamp('status_at', { withTimezone: true }),
    /** The document that superseded or replaced this one. */
    successorNumber: text('successor_number'),
    /** Printed «ТЕЛНҰСҚА» / «ДУБЛИКАТ»: this document replaces a lost or damaged original. */
    duplicateOf: text('duplicate_of'),
    /** The seal key and the QR text printed on the document (identical on every reprint). */
    sealKeyId: text('seal_key_id').references(() => sealKeys.keyId),
    sealText: text('seal_text'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('issued_documents_kind_check', sql`${t.kind} in ('certificate', 'reference')`),
    check(
      'issued_documents_status_check',
      sql`${t.status} in ('valid', 'superseded', 'annulled', 'replaced')`,
    ),
    index('issued_documents_case_idx').on(t.caseId),
    index('issued_documents_registrant_idx').on(t.registrantId),
    index('issued_documents_valid_until_idx').on(t.validUntil),
    index('issued_documents_office_idx').on(t.organisationId, t.issuedOn),
  ],
);

// Every print of a document from the staff pages (domain.md §8: audited), so that a second print of
// the same document is marked as a reprint. Append-only (trigger in the migration).
export const PRINTED_DOCUMENTS = [
  'certificate',
  'reference',
  'receipt',
  'refusal',
  'application',
  'handover_slip',
  'journal',
  // §25: the talon of a registered complaint; §21: the answer to a complaint (an outgoing letter).
  'talon',
  'complaint_answer',
] as const;
export type PrintedDocument = (typeof PRINTED_DOCUMENTS)[number];

export const documentPrints = pgTable(
  'document_prints',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Null for a document of no one case (the journal of a period). */
    caseId: uuid('case_id').references(() => cases.id),
    document: text('document', { enum: PRINTED_DOCUMENTS }).notNull(),
    /** What identifies the printed thing: a document or outgoing number, or a journal's period. */
    subject: text('subject').notNull(),
    language: text('language', { enum: ['kk', 'ru', 'en'] }).notNull(),
    /** 'original' the first time, 'reprint' after; 'duplicate' for a replacement (domain.md §4). */
    copy: text('copy', { enum: ['original', 'reprint', 'duplicate', 'translation'] }).notNull(),
    printedBy: uuid('printed_by').notNull(),
    printedAt: timestamp('printed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('document_prints_subject_idx').on(t.document, t.subject)],
);
