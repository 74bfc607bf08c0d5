import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';

// Issue 8, the public portal: what an online application holds beside its case. The case itself is
// the case in state `draft`, then `submitted_online` (domain.md §4). Here: the draft's answers as
// typed (personal data, §17: purged with the application, never in audit records or logs), the hash
// of the draft token kept in the applicant's cookie (the draft survives back, reload and a lost
// session), and, once sent, the hash of the private access code shown once on the confirmation page.
export const onlineApplications = pgTable(
  'online_applications',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** SHA-256 (hex) of the draft token; the token itself lives only in the applicant's cookie. */
    draftTokenHash: text('draft_token_hash').notNull().unique('online_applications_draft_token_key'),
    /** SHA-256 (hex) of the access code, set when the application is sent. */
    accessCodeHash: text('access_code_hash'),
    /** The answers page by page, as typed (validated on each page and again on sending). */
    answers: jsonb('answers').notNull().default({}),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('online_applications_updated_idx').on(t.updatedAt)],
);
