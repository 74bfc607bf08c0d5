import type { Lang } from '../i18n/i18n.js';

/** An organisation's name in the page's language: Russian where its official Russian form is known,
 *  otherwise the Kazakh name as printed (domain.md §1: never a transliteration). */
export function organisationName(lang: Lang, org: { nameKk: string; nameRu: string | null }): string {
  return lang === 'ru' || lang === 'en' ? (org.nameRu ?? org.nameKk) : org.nameKk;
}
