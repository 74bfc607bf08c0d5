import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// domain.md §1: service offices (annexes 1–2), akimats (annexes 3–4) and the national authority.
// `code` is stable forever (RR-NNN, RR-NNN-A); the directory import adopts rows created before it.
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique('organisations_code_key'),
    kind: text('kind', { enum: ['service_office', 'akimat', 'agency'] }).notNull(),
    regionCode: text('region_code'),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru'),
    nameEn: text('name_en'),
    parentCode: text('parent_code'),
    akimatCode: text('akimat_code'),
    timeZone: text('time_zone').notNull().default('Asia/Almaty'),
    // domain.md §3: "the one who proposes may not sign" is on by default, per office.
    fourEyes: boolean('four_eyes').notNull().default(true),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('organisations_kind_check', sql`${t.kind} in ('service_office', 'akimat', 'agency')`),
    check('organisations_code_check', sql`${t.code} ~ '^([0-9]{2}-[0-9]{3}(-A)?|AGENCY)$'`),
    index('organisations_region_idx').on(t.regionCode),
  ],
);
