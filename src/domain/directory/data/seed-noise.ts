// The reviewed list of what in the annex tables is NOT data (the token-coverage test checks that
// every other token of every table line lands in a field of some row). Kept apart from the
// parser on purpose: the parser finds structure by its own rules, this list says what a reviewer
// accepted as noise.

/** Lines that are structure, not rows. Besides these: blank lines (page breaks), the annex title
 * lines («Миссионерлерді … стандартына N-қосымша»), the "--" separator and the column numbers. */
export const TABLE_TITLES: readonly string[] = [
  "Облыстардың, Астана, Алматы қалаларының жергілікті атқарушы органдары ішкі саясат басқармаларының мекенжайлары мен жұмыс кестелері",
  "Аудандық, қалалық ішкі саясат бөлімдерінің мекенжайлары және жұмыс кестелері",
  "Облыстардың, Астана және Алматы қалаларының жергілікті атқарушы органдарының мекенжайлары",
  "Аудандық, қалалық жергілікті атқарушы органдарының мекенжайлары",
];

/** The header rows, cells joined by a tab. */
export const HEADER_ROWS: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: "Р/с №\tАтауы\tМекенжайы\tТелефон нөмірі\tЭлектрондық пошта мекенжайы\tЖұмыс кестесі",
  2: "Р / с №\tАтауы\tМекен жайы\tТелефон нөмірі\tЖұмыс кестесі",
  3: "Р/с №\tАтауы\tМекенжайы\tТелефон нөмірі\tИнтернет-ресурстар",
  4: "Р/с №\tАтауы\tМекенжайы\tТелефон нөмірі\tИнтернет-ресурстар\tЖұмыс кестесі",
};

/** Tokens inside data cells that are labels, not values. */
export const NOISE_TOKENS: ReadonlyArray<{ annex: 1 | 2 | 3 | 4; token: string; reason: string }> = [
  { annex: 3, token: 'ф.', reason: 'fax label: the number after it goes to faxes' },
];

/** Fragments printed twice: one copy is dropped. */
export const DROPPED_FRAGMENTS: ReadonlyArray<{ annex: 1 | 2 | 3 | 4; line: number; text: string; reason: string }> = [
  {
    annex: 4,
    line: 572,
    text: 'Жұмыс күндері: дүйсенбі ж ұ м а',
    reason: 'printed on the "Жамбыл облысы" heading line and again on line 573, before row 81: one head, two copies',
  },
];
