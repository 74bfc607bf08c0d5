// Text repairs for the seed, which was extracted from a PDF. Each repair is a named rule used on
// purpose by the parser (parse-seed.ts), never a catch-all clean-up.

/** Runs of whitespace (tabs, non-breaking spaces) become one space; ends trimmed. */
export function normaliseSpace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

// Rule "spaced letters": the PDF spaced out some words letter by letter ("І л е", "А б а й",
// "ж ұ м а"). A run of two or more single letters separated by single spaces is one word.
const SPACED_LETTERS = /(?<![\p{L}\p{N}.])\p{L}(?: \p{L})+(?![\p{L}\p{N}.])/gu;

export function joinSpacedLetters(s: string): string {
  return s.replace(SPACED_LETTERS, (run) => run.replace(/ /gu, ''));
}

/** True when the text holds a run of spaced-out letters (used to report the rule per row). */
export function hasSpacedLetters(s: string): boolean {
  return new RegExp(SPACED_LETTERS.source, 'u').test(s);
}

// Rule "space before comma": "Өтеген батыр ауылы , Батталханов көшесі" (annex 4 rows 42, 181, 195).
export function fixSpaceBeforeComma(s: string): string {
  return s.replace(/ +,/gu, ',');
}

/** Letters and digits only, lower case: what a token "is", whatever the spacing and punctuation. */
export function alnum(s: string): string {
  return (s.match(/[\p{L}\p{N}]/gu) ?? []).join('').toLowerCase();
}
