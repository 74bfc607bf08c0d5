import type { Lang } from '../i18n/i18n.js';
import { toParts, type PlainDate } from '../domain/time/plain-date.js';

const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const RU_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A legal date as official texts write it (domain.md §6): «2026 жылғы 3 наурыз», «3 марта 2026 года».
 *  Written out by hand: Intl's Kazakh month names vary between ICU versions and cases. */
export function formatLegalDate(d: PlainDate, lang: Lang): string {
  const { year, month, day } = toParts(d);
  if (lang === 'kk') return `${year} жылғы ${day} ${KK_MONTHS[month - 1]}`;
  if (lang === 'ru') return `${day} ${RU_MONTHS[month - 1]} ${year} года`;
  return `${day} ${EN_MONTHS[month - 1]} ${year}`;
}
