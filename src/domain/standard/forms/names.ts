// domain.md §2: a person's surname, name and patronymic in Cyrillic (Kazakh letters included:
// Ә Ғ Қ Ң Ө Ұ Ү Һ І; also Є Ї Ґ Ў, which Ukrainian and Belarusian names keep); for a foreigner,
// also the Latin spelling of the passport as in its machine-readable zone — the MRZ alphabet is
// A–Z only, words separated by '<' (printed here as a space). Hyphens and apostrophes inside a
// Cyrillic name are kept (Мұхаммед-Әли, Д'Артаньян); a Latin MRZ name has none: the passport
// itself writes JEAN<PIERRE.
const CYR = 'А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІіЄєЇїҐґЎў';
const CYRILLIC_NAME = new RegExp(`^[${CYR}]+(?:[ \\-'’ʼ][${CYR}]+)*$`, 'u');
const MRZ_NAME = /^[A-Z]+(?: [A-Z]+)*$/;

export function isCyrillicName(value: string): boolean {
  return CYRILLIC_NAME.test(value.trim());
}

/** Upper case; '<' and runs of spaces become one space. */
export function normalizeLatinName(value: string): string {
  return value
    .toUpperCase()
    .replace(/[<\s]+/g, ' ')
    .trim();
}

export function isMrzName(value: string): boolean {
  return MRZ_NAME.test(normalizeLatinName(value));
}
