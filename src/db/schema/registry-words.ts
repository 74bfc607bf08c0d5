import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

// The words of the registry's names (issue 6): every skeleton (domain/registry/name-key.ts) that
// some registrant's name_tokens holds, once. The typo search looks each query word up here first
// (trigrams over a few thousand words, not over every registrant), then finds the registrants holding
// one of the close words through the GIN index on name_tokens. Kept by statement triggers on
// registrants (migration 0015); a word is never removed (a stale one only finds nobody).
export const registrantWords = pgTable(
  'registrant_words',
  {
    word: text('word').primaryKey(),
  },
  (t) => [index('registrant_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)],
);
