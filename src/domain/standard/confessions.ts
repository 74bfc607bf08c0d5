import type { Localized } from './localized.js';

// domain.md §2: religious affiliation (annex 7 «діни ұстанымы», annex 8 «топтың діни ұстанымы»)
// comes from a controlled list with "other" and free text. The standard prints no list; this is
// the product's list of confessions active in Kazakhstan, kept per rule version so that a change
// is dated. Religious affiliation is special-category personal data (domain.md §8).
export type ConfessionFamily = 'islam' | 'christianity' | 'judaism' | 'buddhism' | 'other';

export interface Confession {
  id: string;
  family: ConfessionFamily;
  name: Localized;
}

export const OTHER_CONFESSION_ID = 'other';

/** A chosen affiliation: a listed confession, or "other" with the applicant's own words. */
export type ReligiousAffiliation = { confession: string; otherText?: string };

export const CONFESSIONS_2011: readonly Confession[] = [
  { id: 'islam', family: 'islam', name: { kk: 'Ислам', ru: 'Ислам', en: 'Islam' } },
  {
    id: 'orthodox',
    family: 'christianity',
    name: { kk: 'Православие', ru: 'Православие', en: 'Orthodox Christianity' },
  },
  {
    id: 'roman-catholic',
    family: 'christianity',
    name: { kk: 'Рим-католик шіркеуі', ru: 'Римско-католическая церковь', en: 'Roman Catholic Church' },
  },
  {
    id: 'greek-catholic',
    family: 'christianity',
    name: { kk: 'Грек-католик шіркеуі', ru: 'Греко-католическая церковь', en: 'Greek Catholic Church' },
  },
  {
    id: 'armenian-apostolic',
    family: 'christianity',
    name: {
      kk: 'Армян апостолдық шіркеуі',
      ru: 'Армянская апостольская церковь',
      en: 'Armenian Apostolic Church',
    },
  },
  {
    id: 'old-believers',
    family: 'christianity',
    name: { kk: 'Старообрядтар', ru: 'Старообрядчество', en: 'Old Believers' },
  },
  {
    id: 'lutheran',
    family: 'christianity',
    name: { kk: 'Лютерандық шіркеу', ru: 'Лютеранская церковь', en: 'Lutheran Church' },
  },
  {
    id: 'evangelical-baptist',
    family: 'christianity',
    name: {
      kk: 'Евангелиялық христиан-баптистер',
      ru: 'Евангельские христиане-баптисты',
      en: 'Evangelical Christian Baptists',
    },
  },
  {
    id: 'evangelical-christian',
    family: 'christianity',
    name: { kk: 'Евангелиялық христиандар', ru: 'Евангельские христиане', en: 'Evangelical Christians' },
  },
  {
    id: 'pentecostal',
    family: 'christianity',
    name: { kk: 'Пятидесятниктер', ru: 'Пятидесятники', en: 'Pentecostals' },
  },
  {
    id: 'charismatic',
    family: 'christianity',
    name: { kk: 'Харизматтық қауымдар', ru: 'Харизматические общины', en: 'Charismatic communities' },
  },
  {
    id: 'presbyterian',
    family: 'christianity',
    name: { kk: 'Пресвитериандар', ru: 'Пресвитериане', en: 'Presbyterians' },
  },
  { id: 'methodist', family: 'christianity', name: { kk: 'Методистер', ru: 'Методисты', en: 'Methodists' } },
  { id: 'mennonite', family: 'christianity', name: { kk: 'Меннониттер', ru: 'Меннониты', en: 'Mennonites' } },
  {
    id: 'adventist',
    family: 'christianity',
    name: { kk: 'Жетінші күн адвентистері', ru: 'Адвентисты седьмого дня', en: 'Seventh-day Adventists' },
  },
  {
    id: 'new-apostolic',
    family: 'christianity',
    name: { kk: 'Жаңа апостолдық шіркеу', ru: 'Новоапостольская церковь', en: 'New Apostolic Church' },
  },
  {
    id: 'jehovahs-witnesses',
    family: 'christianity',
    name: { kk: 'Иегова куәгерлері', ru: 'Свидетели Иеговы', en: "Jehovah's Witnesses" },
  },
  {
    id: 'latter-day-saints',
    family: 'christianity',
    name: {
      kk: 'Соңғы күндердің әулиелері Иса Мәсіхтің шіркеуі',
      ru: 'Церковь Иисуса Христа святых последних дней',
      en: 'The Church of Jesus Christ of Latter-day Saints',
    },
  },
  { id: 'judaism', family: 'judaism', name: { kk: 'Иудаизм', ru: 'Иудаизм', en: 'Judaism' } },
  { id: 'buddhism', family: 'buddhism', name: { kk: 'Буддизм', ru: 'Буддизм', en: 'Buddhism' } },
  { id: 'bahai', family: 'other', name: { kk: 'Бахаи', ru: 'Бахаи', en: "Bahá'í Faith" } },
  {
    id: 'krishna-consciousness',
    family: 'other',
    name: {
      kk: 'Кришна санасы қоғамы',
      ru: 'Общество сознания Кришны',
      en: 'Society for Krishna Consciousness',
    },
  },
  { id: OTHER_CONFESSION_ID, family: 'other', name: { kk: 'Басқа', ru: 'Другое', en: 'Other' } },
];

export type AffiliationError =
  'REQUIRED' | 'CONFESSION_UNKNOWN' | 'CONFESSION_TEXT_REQUIRED' | 'CONFESSION_TEXT_UNEXPECTED';

/** Checks an affiliation against a version's list; "other" needs its free text, others none. */
export function checkAffiliation(
  affiliation: ReligiousAffiliation | undefined,
  confessions: readonly Confession[],
): AffiliationError | null {
  if (!affiliation || affiliation.confession === '') return 'REQUIRED';
  if (!confessions.some((c) => c.id === affiliation.confession)) return 'CONFESSION_UNKNOWN';
  const text = affiliation.otherText?.trim() ?? '';
  if (affiliation.confession === OTHER_CONFESSION_ID) return text === '' ? 'CONFESSION_TEXT_REQUIRED' : null;
  return text === '' ? null : 'CONFESSION_TEXT_UNEXPECTED';
}
