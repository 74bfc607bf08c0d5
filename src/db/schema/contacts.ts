import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';

// How the applicant of a case asked to be told of its progress (issue 8, "be told"): an e-mail
// address, a phone, or both, and the language of the messages (the application's, kk or ru).
// Personal data (§17, domain.md §8): kept apart from the application so that it can be withdrawn or
// purged without touching the case, and never copied into audit records or logs.
export const caseContacts = pgTable(
  'case_contacts',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    email: text('email'),
    /** In +7 form (domain/directory/phones.ts) for a Kazakh number, else as given in E.164. */
    phone: text('phone'),
    lang: text('lang', { enum: ['kk', 'ru'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('case_contacts_lang_check', sql`${t.lang} in ('kk', 'ru')`),
    check('case_contacts_some_channel', sql`${t.email} is not null or ${t.phone} is not null`),
  ],
);
