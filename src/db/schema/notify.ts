import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { organisations } from './organisations.js';
import { outbox } from './outbox.js';

// Issue 8, "be told": which outbox rows are messages to the applicant of a case, so that staff see
// them and their delivery state on the case page. The address itself is never copied here nor into
// the outbox: the sender reads it from case_contacts at delivery (§17, domain.md §8).
export const caseMessages = pgTable(
  'case_messages',
  {
    outboxId: bigint('outbox_id', { mode: 'number' })
      .primaryKey()
      .references(() => outbox.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    event: text('event', {
      enum: ['received', 'registered', 'ready', 'refused', 'expiry', 'survey'],
    }).notNull(),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_messages_case_idx').on(t.caseId),
    check(
      'case_messages_event_check',
      sql`${t.event} in ('received', 'registered', 'ready', 'refused', 'expiry', 'survey')`,
    ),
    check('case_messages_channel_check', sql`${t.channel} in ('email', 'sms')`),
  ],
);

// Issue 8, "rate the service" (domain.md §7, indicators 2.1, 3.1, 5.1): one invitation per case, its
// random token kept only as a hash. It links the case to the token so that a case answers once;
// `used` carries no time, so that it cannot be matched with an answer by the moment it was given.
export const surveyInvitations = pgTable('survey_invitations', {
  tokenHash: text('token_hash').primaryKey(),
  caseId: uuid('case_id')
    .notNull()
    .unique('survey_invitations_case_key')
    .references(() => cases.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  used: boolean('used').notNull().default(false),
});

// The answers, anonymous: the office, the legal day answered and the three scores, nothing that
// leads back to a case or a person (no case id, no instant, a random id).
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    answeredOn: date('answered_on').notNull(),
    /** 2.1 quality of the process. */
    process: smallint('process').notNull(),
    /** 3.1 quality and information about the procedure. */
    information: smallint('information').notNull(),
    /** 5.1 politeness. */
    politeness: smallint('politeness').notNull(),
  },
  (t) => [
    index('survey_answers_office_day_idx').on(t.organisationId, t.answeredOn),
    check(
      'survey_answers_scale_check',
      sql`${t.process} between 1 and 5 and ${t.information} between 1 and 5 and ${t.politeness} between 1 and 5`,
    ),
  ],
);
