// Every user-facing string comes from a catalogue. Kazakh is the default (the state language);
// a first visit follows Accept-Language; a chosen language is remembered in a cookie.
import { IntlMessageFormat } from 'intl-messageformat';
import Negotiator from 'negotiator';
import type { Catalogue, MessageKey } from './catalogue.js';
import { kk } from './kk.js';
import { ru } from './ru.js';
import { en } from './en.js';

export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'kk';

export const CATALOGUES: Record<Lang, Catalogue> = { kk, ru, en };

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

const compiled = new Map<string, IntlMessageFormat>();

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = CATALOGUES[lang][key] as string | undefined;
  if (text === undefined) return key; // a code without a message: visible in review, never a crash
  if (!params) return text;
  const id = `${lang}\u0000${key}`;
  let fmt = compiled.get(id);
  if (!fmt) {
    fmt = new IntlMessageFormat(text, lang);
    compiled.set(id, fmt);
  }
  return String(fmt.format(params));
}

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

// The language for an Accept-Language header, remembered: browsers send a few dozen distinct ones,
// and negotiating afresh on each request was a hundredth of an API look-up's time. Headers over 256
// characters are negotiated each time; the memo starts over once it holds a thousand.
const negotiated = new Map<string, Lang>();
const NEGOTIATED_MAX = 1_000;

/** The language of a first visit: the cookie if set, else the browser's preference, else Kazakh. */
export function negotiateLang(acceptLanguage: string | undefined, cookie: string | undefined): Lang {
  if (isLang(cookie)) return cookie;
  const header = acceptLanguage ?? '';
  const known = negotiated.get(header);
  if (known !== undefined) return known;
  const best = new Negotiator({ headers: { 'accept-language': header } }).language([...LANGS]);
  const lang = isLang(best) ? best : DEFAULT_LANG;
  if (header.length <= 256) {
    if (negotiated.size >= NEGOTIATED_MAX) negotiated.clear();
    negotiated.set(header, lang);
  }
  return lang;
}

export { type MessageKey } from './catalogue.js';
