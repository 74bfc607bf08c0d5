import type { Lang } from '../localized.js';

// Figures inside legal sentences, grammatical in each language: Russian nouns agree with the
// number (7 рабочих дней, 3 рабочих дня, 1 рабочий день; «в течение 1 рабочего дня»; «не более
// 21 минуты»); Kazakh keeps the noun singular and puts the case on it («30 минуттан аспайды»).
const ruPlural = new Intl.PluralRules('ru');

export interface QuantityPhrases {
  /** "7 working days" as the subject of a sentence. */
  workingDays(n: number): string;
  /** "within 3 working days" — the number phrase after «в течение» / «ішінде». */
  workingDaysWithin(n: number): string;
  /** "not more than 30 minutes" — the number phrase after «не более» / before «аспайды». */
  minutesAtMost(n: number): string;
}

const PHRASES: Readonly<Record<Lang, QuantityPhrases>> = {
  kk: {
    workingDays: (n) => `${n} жұмыс күні`,
    workingDaysWithin: (n) => `${n} жұмыс күні`,
    minutesAtMost: (n) => `${n} минуттан`,
  },
  ru: {
    workingDays: (n) => {
      const form = ruPlural.select(n);
      return `${n} ${form === 'one' ? 'рабочий день' : form === 'few' ? 'рабочих дня' : 'рабочих дней'}`;
    },
    workingDaysWithin: (n) => `${n} ${ruPlural.select(n) === 'one' ? 'рабочего дня' : 'рабочих дней'}`,
    minutesAtMost: (n) => `${n} ${ruPlural.select(n) === 'one' ? 'минуты' : 'минут'}`,
  },
  en: {
    workingDays: (n) => `${n} working ${n === 1 ? 'day' : 'days'}`,
    workingDaysWithin: (n) => `${n} working ${n === 1 ? 'day' : 'days'}`,
    minutesAtMost: (n) => `${n} ${n === 1 ? 'minute' : 'minutes'}`,
  },
};

export function quantityPhrases(lang: Lang): QuantityPhrases {
  return PHRASES[lang];
}
