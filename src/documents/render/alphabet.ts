import { fastPaths } from './fast-paths.js';
import { fontSources } from './fonts.js';

/**
 * The letters every document's font subsets hold, whatever its text: printable ASCII, the Russian
 * alphabet with Ё, the nine Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) in both cases, and the punctuation
 * of the forms. Each face's subset starts with them, in this order, so that a document's embedded
 * font files and their ToUnicode maps are the ones of the document before — a holder's name or a
 * number no longer reorders them (fast-paths.ts keeps them compressed) — and every Kazakh and
 * Russian letter is in the file. A character outside them (a Turkish «Ş») joins after them.
 */
export const ALPHABET: string = (() => {
  const chars: string[] = [];
  for (let c = 0x21; c <= 0x7e; c++) chars.push(String.fromCharCode(c));
  for (let c = 0x410; c <= 0x44f; c++) chars.push(String.fromCharCode(c));
  chars.push(...'ЁёӘәҒғҚқҢңӨөҰұҮүҺһІі«»№–—…·‘’“”§'.split(''));
  // One character a word: pdfkit lays text out word by word, so no two letters make a ligature.
  return chars.join(' ');
})();

/** The parts of a pdfkit font object used here (pdfkit 0.20 EmbeddedFont). */
interface EncodingFont {
  font: unknown;
  encode(text: string): unknown;
  subset: { glyphs: number[]; includeGlyph(gid: number): number };
  widths: number[];
  unicode: number[][];
}

/** What encoding the alphabet left in a fresh font object of a shared font, to copy. */
interface Encoded {
  glyphs: readonly number[];
  /** A subset holding just the alphabet (subset.ts), for a fresh subset to start as. */
  subset: { startAs(other: unknown): boolean } | null;
  widths: readonly number[];
  unicode: readonly number[][];
}

const withAlphabet = new WeakSet<object>();
const encoded = new Map<unknown, Encoded>();
/** Font objects whose subsets start with the shared font's alphabet, glyph for glyph. */
const copied = new WeakMap<object, number>();

/**
 * How many glyphs of this font object's subset are the alphabet, with the same subset ids in
 * every document (0 when they may not be): a text made of them only encodes to the same glyph
 * codes in every document, and adds nothing to the subset (fast-paths.ts keeps its operators).
 */
export function sharedAlphabetSize(font: object): number {
  return copied.get(font) ?? 0;
}

/** Puts the alphabet into the subset of the document's current font, before any of its text. */
export function embedAlphabet(doc: PDFKit.PDFDocument): void {
  const font = (doc as unknown as { _font: EncodingFont | null })._font;
  if (!font || withAlphabet.has(font) || typeof font.encode !== 'function') return;
  withAlphabet.add(font);
  const fresh = font.subset?.glyphs?.length === 1 && font.widths.length === 1 && font.unicode.length === 1;
  const shared = fastPaths() && fresh && (Object.values(fontSources()) as unknown[]).includes(font.font);
  const done = shared ? encoded.get(font.font) : undefined;
  if (done) {
    // The shared font gives the same glyphs, widths and characters every time: what
    // EmbeddedFont.encode would record, copied (the inner arrays are only read).
    const subset = font.subset as unknown as Partial<NonNullable<Encoded['subset']>>;
    if (!(done.subset && typeof subset.startAs === 'function' && subset.startAs(done.subset)))
      for (let i = 1; i < done.glyphs.length; i++) font.subset.includeGlyph(done.glyphs[i]!);
    font.widths = done.widths.slice();
    font.unicode = done.unicode.slice();
    copied.set(font, done.glyphs.length);
    return;
  }
  font.encode(ALPHABET);
  if (shared) {
    const maker = font.font as { createSubset?: () => unknown };
    const copy = typeof maker.createSubset === 'function' ? maker.createSubset() : null;
    const subset =
      copy && typeof (copy as Encoded['subset'])!.startAs === 'function'
        ? (copy as NonNullable<Encoded['subset']>)
        : null;
    encoded.set(font.font, {
      glyphs: [...font.subset.glyphs],
      subset: subset?.startAs(font.subset) ? subset : null,
      widths: [...font.widths],
      unicode: [...font.unicode],
    });
  }
}
