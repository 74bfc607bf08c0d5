import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

// The registry (domain.md §4 "after the end"): every registered missionary and group, current and
// past. A registrant is the person (by IIN, or by citizenship and passport) or the group (by office
// and name) that cases and documents belong to, so that re-registration, duplicates, annulment and
// the paper past all hang on one history. Names are kept with their skeletons (domain/registry/
// name-key.ts) for search in any spelling; the trigram index finds typos.
export const registrants = pgTable(
  'registrants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['person', 'group'] }).notNull(),
    /** A citizen's IIN (domain.md §2); null for a foreigner and for a group. */
    iin: text('iin'),
    /** A foreigner's passport: ISO 3166 citizenship and number. */
    citizenship: text('citizenship'),
    passportNumber: text('passport_number'),
    /** The office a group is registered with (groups act in one territory); null for a person. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** The name as last registered: a person's full Cyrillic name, or the group's name. */
    displayName: text('display_name').notNull(),
    /** A foreigner's passport (Latin) spelling. */
    latinName: text('latin_name'),
    /** nameTokens() of every spelling ever registered: what the search matches exactly. */
    nameTokens: text('name_tokens').array().notNull(),
    /** The same tokens joined by spaces, for the trigram index (typos). */
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('registrants_kind_check', sql`${t.kind} in ('person', 'group')`),
    uniqueIndex('registrants_iin_idx')
      .on(t.iin)
      .where(sql`${t.iin} is not null`),
    uniqueIndex('registrants_passport_idx')
      .on(t.citizenship, t.passportNumber)
      .where(sql`${t.passportNumber} is not null`),
    // A search by passport number gives no citizenship: the unique index above leads with it and
    // cannot serve that look-up (at 1,000,000 cases it fell back to reading every registrant).
    index('registrants_passport_number_idx')
      .on(t.passportNumber)
      .where(sql`${t.passportNumber} is not null`),
    index('registrants_tokens_idx').using('gin', t.nameTokens),
    index('registrants_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

// What happens to a registration after its document is issued (domain.md §4): superseded by a
// re-registration, annulled by a decision (a court's or an upheld complaint's included), replaced by a
// duplicate, reissued after an error, surrendered, the expiry reminder queued, further religious
// materials requested and decided (§11.1). Append-only, on the registrant's timeline.
export const REGISTRATION_EVENT_KINDS = [
  'superseded',
  'annulled',
  'replaced',
  'reissued',
  'surrendered',
  'expiry_reminder',
  'materials_requested',
  'materials_decided',
  'imported_from_paper',
] as const;
export type RegistrationEventKind = (typeof REGISTRATION_EVENT_KINDS)[number];

export const registrationEvents = pgTable(
  'registration_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    registrantId: uuid('registrant_id')
      .notNull()
      .references(() => registrants.id),
    /** The certificate or reference concerned (issued_documents.number). */
    documentNumber: text('document_number'),
    kind: text('kind', { enum: REGISTRATION_EVENT_KINDS }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorAccountId: uuid('actor_account_id'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** The reason as decided (an annulment's grounds, a decision on materials): no special-category data. */
    reason: text('reason'),
    /** The decision's own reference (a court decision's number and date, an order), the successor number… */
    data: jsonb('data').notNull().default({}),
  },
  (t) => [
    index('registration_events_registrant_idx').on(t.registrantId, t.at),
    index('registration_events_document_idx').on(t.documentNumber),
  ],
);
