// Laid-out words kept across documents, and pdfkit's word-by-word layout without copying the
// arrays for every word (../fast-paths.ts, "Laid-out words"); the ToUnicode map kept compressed.
import { lastCompressedStream } from './font-streams.js';
import { memosFor } from './font-memos.js';
import type { EmbeddedFontInternals, GlyphRun, StreamRef } from './pdfkit-internals.js';
import { fastPaths } from './switch.js';

const quickened = new WeakSet<object>();

/**
 * Gives the document's current font (a pdfkit EmbeddedFont of one of the shared fonts) the
 * cross-document word cache and pdfkit's own word splitting (EmbeddedFont.layout) without the
 * array copies. Called whenever the sheet selects a font; once per font and document.
 */
export function quickenFont(doc: PDFKit.PDFDocument): void {
  if (!fastPaths()) return;
  const font = (doc as unknown as { _font: EmbeddedFontInternals | null })._font;
  if (!font || quickened.has(font)) return;
  quickened.add(font);
  const m = memosFor(font.font);
  if (
    !m ||
    typeof font.layoutRun !== 'function' ||
    typeof font.layoutCached !== 'function' ||
    typeof font.toUnicodeCmap !== 'function'
  )
    return;
  const layoutRun = font.layoutRun.bind(font);
  // This document's words, as pdfkit keeps them; the shared memo is asked first and offered
  // each new word once per document (so that "comes back" means in another document).
  const own = new Map<string, GlyphRun>();
  font.layoutCached = (text: string): GlyphRun => {
    let run = m.runs.get(text) ?? own.get(text);
    if (!run) {
      const made = layoutRun(text);
      // pdfkit's run sums its positions when asked; the sum, taken once, is the same number.
      run = { glyphs: made.glyphs, positions: made.positions, advanceWidth: made.advanceWidth };
      own.set(text, run);
      m.runs.offer(text, run);
    }
    return run;
  };
  // The ToUnicode map follows from the subset's glyphs (each shared glyph keeps its characters,
  // fonts.ts): kept compressed by the glyph list, written as reuseFontStreams writes the files.
  const toUnicodeCmap = font.toUnicodeCmap.bind(font);
  font.toUnicodeCmap = (): StreamRef => {
    const key = font.subset.glyphs.join(',');
    const kept = m.maps.get(key);
    if (kept) {
      const cmap = font.document.ref();
      cmap.write(kept);
      cmap.compress = false;
      cmap.end();
      return cmap;
    }
    const cmap = toUnicodeCmap();
    const compressed = lastCompressedStream();
    if (compressed) m.maps.offer(key, compressed);
    return cmap;
  };
  font.layout = (text: string, features?: unknown, onlyWidth?: boolean) => {
    if (features) return layoutRun(text, features);
    // pdfkit 0.20 EmbeddedFont.layout: words end after a space or a tab; each laid out (cached)
    // and joined, their widths summed in order.
    const glyphs: unknown[] | null = onlyWidth ? null : [];
    const positions: unknown[] | null = onlyWidth ? null : [];
    let advanceWidth = 0;
    let last = 0;
    for (let index = 0; index <= text.length;) {
      const c = text.charCodeAt(index);
      if ((index === text.length && last < index) || c === 32 || c === 9) {
        const run = font.layoutCached(text.slice(last, ++index));
        if (glyphs && positions) {
          for (const g of run.glyphs) glyphs.push(g);
          for (const p of run.positions) positions.push(p);
        }
        advanceWidth += run.advanceWidth;
        last = index;
      } else index++;
    }
    return glyphs && positions
      ? { glyphs, positions, advanceWidth }
      : { glyphs: null, positions: null, advanceWidth };
  };
}
