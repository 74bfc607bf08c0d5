// Finding a person or group by name (domain.md §2; the registry): the same name reaches the office
// in Cyrillic (Kazakh or Russian spelling), in the passport's Latin (ICAO 9303 transliteration), in the
// 2021 Kazakh Latin alphabet, in the 2017–2018 alphabet with apostrophes, in German or other foreign
// spellings, and with typos. Each word is folded to a skeleton on which all those spellings agree
// (Жұмабаев, Zhumabaev, Jumabayev → «jumabav»; Мюллер, MUELLER, Myuller, Müller → «muler»); typos
// are left to a bounded edit distance between skeletons. Written by hand: the folding is specific to
// Kazakh and Russian names in their Latin forms, which no general transliteration library covers
// (they go one way, Cyrillic → Latin, by one standard).

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** Latin letters whose diacritic carries a sound of its own (2021 alphabet, Turkish, Czech, German). */
const LATIN: Readonly<Record<string, string>> = {
  ş: 'sh',
  š: 'sh',
  ç: 'ch',
  č: 'ch',
  ž: 'j',
  ğ: 'g',
  ñ: 'n',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  ū: 'u',
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  æ: 'a',
  œ: 'o',
};

/** The 2017–2018 Kazakh Latin alphabets marked letters with an apostrophe: s' = ш, c' = ч, … */
const APOSTROPHE: ReadonlyArray<[RegExp, string]> = [
  [/s['’ʼ]/g, 'sh'],
  [/c['’ʼ]/g, 'ch'],
  [/g['’ʼ]/g, 'g'],
  [/n['’ʼ]/g, 'n'],
];

/** Digraphs and letters of Latin spellings, folded in this order (longest first). */
const DIGRAPHS: ReadonlyArray<[RegExp, string]> = [
  [/shch|sch/g, 'sh'],
  [/tsch|tch/g, 'ch'],
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/ck|q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/tz/g, 'ts'],
  [/c(?!h)/g, 'ts'],
  [/y/g, 'i'],
];

/** The skeleton of one word: lower case a–z, spellings of one name made equal. */
export function nameSkeleton(word: string): string {
  let s = word.normalize('NFC').toLowerCase();
  for (const [re, to] of APOSTROPHE) s = s.replace(re, to);
  s = [...s].map((ch) => CYRILLIC[ch] ?? LATIN[ch] ?? ch).join('');
  s = s.normalize('NFD').replace(/[^a-z]/g, '');
  // To a fixed point: a fold can make a new digraph («ққһ» → kkh → kh → h), and the skeleton of a
  // skeleton must be itself (stored keys and typed queries meet).
  for (let previous = ''; previous !== s;) {
    previous = s;
    for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
    // Iotation (я, ю, е written ya/ia/yu/ye…) and German umlauts written out (ue, oe, ae).
    s = s.replace(/i+(?=[aeou])/g, '').replace(/([uoa])e/g, '$1');
    s = s.replace(/(.)\1+/g, '$1');
  }
  return s;
}

/** The words of a name (surname, given names, patronymic, Latin spelling), as skeletons. */
export function nameTokens(...names: readonly (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const name of names)
    for (const word of (name ?? '').split(/[\s,.\-–—/()«»"]+/u)) {
      const k = nameSkeleton(word);
      if (k.length > 0) out.add(k);
    }
  return [...out];
}

/** Damerau–Levenshtein (optimal string alignment) distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0 || b.length === 0) return a.length + b.length;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many typos a word of this length may carry and still match. */
export const typosAllowed = (skeleton: string): number =>
  skeleton.length <= 3 ? 0 : skeleton.length <= 6 ? 1 : 2;

/** How well one query word matches one name word: 3 equal, 2 a prefix (≥ 3 letters), less per typo; 0 none. */
function wordScore(query: string, name: string): number {
  if (query === name) return 3;
  if (query.length >= 3 && name.startsWith(query)) return 2;
  const allowed = typosAllowed(query);
  if (allowed === 0) return 0;
  const d = editDistance(query, name, allowed);
  return d <= allowed ? 2 - d * 0.5 : 0;
}

/**
 * The score of a name for a query (both as nameTokens), or 0 when some query word matches no word
 * of the name. Higher is better: every query word counts by its best match.
 */
export function nameMatchScore(queryTokens: readonly string[], tokens: readonly string[]): number {
  if (queryTokens.length === 0) return 0;
  let total = 0;
  for (const q of queryTokens) {
    let best = 0;
    for (const t of tokens) best = Math.max(best, wordScore(q, t));
    if (best === 0) return 0;
    total += best;
  }
  return total;
}
