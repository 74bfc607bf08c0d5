import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

// domain.md §8 (§17): the audit trail and the access log. Both are append-only (triggers in the
// migrations) and hash chained per office, so writes in different offices never wait on one chain.
// They carry ids, never personal data, so purging a record after its retention period breaks nothing.
const chainedColumns = () => ({
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  chainId: text('chain_id').notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
  actorAccountId: uuid('actor_account_id'),
  actorRole: text('actor_role'),
  actorOrganisationId: uuid('actor_organisation_id'),
  action: text('action').notNull(),
  recordType: text('record_type').notNull(),
  recordId: text('record_id').notNull(),
  ip: text('ip'),
  requestId: text('request_id'),
  data: jsonb('data')
    .notNull()
    .default(sql`'{}'::jsonb`),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

export const auditEvents = pgTable('audit_events', chainedColumns(), (t) => [
  unique('audit_events_chain_seq_key').on(t.chainId, t.seq),
  index('audit_events_record_idx').on(t.recordType, t.recordId),
]);

export const accessLog = pgTable('access_log', chainedColumns(), (t) => [
  unique('access_log_chain_seq_key').on(t.chainId, t.seq),
  index('access_log_record_idx').on(t.recordType, t.recordId),
]);

/** The head of each chain: the row locked while appending, so one office's writes queue only behind its own. */
export const chainHeads = pgTable('chain_heads', {
  chainId: text('chain_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  day: date('day', { mode: 'string' }).notNull(),
});

/** Each chain's head at the end of each day it was written: a second witness for `tirkeu audit verify`. */
export const chainCheckpoints = pgTable(
  'chain_checkpoints',
  {
    chainId: text('chain_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'chain_checkpoints_pkey', columns: [t.chainId, t.day] })],
);

/**
 * Access-log entries written but not yet chained (domain.md §8, §17). A read that must not queue
 * behind its office's chain head — the applicants' status look-ups, many at once from anywhere — is
 * recorded here in one plain insert, and the job worker appends these entries to their chain of the
 * access log in batches, in the order written, each with its own time (jobs/chain-pending-access.ts).
 * Until then an entry is kept but not yet tamper-evident: that gap lasts one pass of the job.
 */
export const pendingAccessEntries = pgTable('pending_access_entries', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  chainId: text('chain_id').notNull(),
  at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
  recordType: text('record_type').notNull(),
  recordId: text('record_id').notNull(),
  ip: text('ip'),
  requestId: text('request_id'),
  data: jsonb('data')
    .notNull()
    .default(sql`'{}'::jsonb`),
});
