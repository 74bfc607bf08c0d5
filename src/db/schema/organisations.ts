import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SourceRow, Suspect } from '../../domain/directory/types.js';
import type { WeeklySchedule } from '../../domain/time/weekly-schedule.js';

// domain.md §1: service offices (annexes 1–2), akimats (annexes 3–4) and the national authority.
// `code` is stable forever (RR-NNN, RR-NNN-A); the directory import adopts rows created before it.
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique('organisations_code_key'),
    kind: text('kind', { enum: ['service_office', 'akimat', 'agency'] }).notNull(),
    // The region as of the directory's import day (KATO; it changes with the territorial reforms,
    // the code's first two digits never do), and its names then.
    regionCode: text('region_code'),
    regionNameKk: text('region_name_kk'),
    regionNameRu: text('region_name_ru'),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru'),
    nameEn: text('name_en'),
    parentCode: text('parent_code'),
    akimatCode: text('akimat_code'),
    timeZone: text('time_zone').notNull().default('Asia/Almaty'),
    // The directory of annexes 1–4, as printed: nothing is corrected here, a wrong value is kept and
    // named in `suspect` (domain.md §1: never shown as a working link).
    address: text('address'),
    townKk: text('town_kk'),
    townRu: text('town_ru'),
    phones: text('phones')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The +7 forms of the printed phones that have one (a number with a digit too many has none). */
    phonesE164: text('phones_e164')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    faxes: text('faxes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    emails: text('emails')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    websites: text('websites')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    schedule: jsonb('schedule').$type<WeeklySchedule>(),
    suspect: jsonb('suspect').$type<Suspect[]>().notNull().default([]),
    /** The seed rows the organisation stands on; empty for one created outside the directory. */
    sources: jsonb('sources').$type<SourceRow[]>().notNull().default([]),
    /** searchKey() of the Kazakh and Russian names and towns: what the public search matches. */
    searchKey: text('search_key'),
    // domain.md §3: "the one who proposes may not sign" is on by default, per office.
    fourEyes: boolean('four_eyes').notNull().default(true),
    // Worklist "uncollected": a signed result not collected after this many calendar days (domain.md §4).
    uncollectedAfterDays: integer('uncollected_after_days').notNull().default(30),
    // Annex 9 indicator 3.2 (domain.md §7): the office declares its service information published
    // electronically; true by default, as every office's page is on the public portal.
    serviceInfoOnline: boolean('service_info_online').notNull().default(true),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('organisations_kind_check', sql`${t.kind} in ('service_office', 'akimat', 'agency')`),
    check('organisations_code_check', sql`${t.code} ~ '^([0-9]{2}-[0-9]{3}(-A)?|AGENCY)$'`),
    check('organisations_sources_check', sql`jsonb_typeof(${t.sources}) = 'array'`),
    check('organisations_uncollected_check', sql`${t.uncollectedAfterDays} between 1 and 365`),
    check('organisations_suspect_check', sql`jsonb_typeof(${t.suspect}) = 'array'`),
    index('organisations_region_idx').on(t.regionCode),
  ],
);
