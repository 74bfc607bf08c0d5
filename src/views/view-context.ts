import type { Actor } from '../app/actor.js';
import type { Lang, Translate } from '../i18n/i18n.js';

/** What every page knows about the request it renders for. */
export interface ViewContext {
  lang: Lang;
  t: Translate;
  /** The page's path without the language prefix, e.g. `/staff/sign-in` (used by the language switch). */
  path: string;
  actor: Actor | null;
  demo: boolean;
  /** The CSRF token every form of the page must carry. */
  csrf: string;
}

/** A page's address in a language: every page has a stable address in each (`/kk/…`, `/ru/…`, `/en/…`). */
export function href(lang: Lang, path: string): string {
  return `/${lang}${path === '/' ? '/' : path}`;
}
