// The three page languages (domain.md §6). Kazakh is the state language and the source of the
// legal text; Russian is the official language; English is an unofficial plain translation.
export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every page language. Legal contents live here, not in the UI catalogues. */
export type Localized = Readonly<Record<Lang, string>>;

/** Replaces `{name}` placeholders; a placeholder without a value is a programming error. */
export function interpolate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new RangeError(`no value for {${key}}`);
    return String(v);
  });
}
