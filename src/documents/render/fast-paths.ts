import { fontSources } from './fonts.js';
import { Memo } from './memo.js';

// Shortcuts through pdfkit's text layer (pdfkit 0.20.2, pinned) for what the documents do most,
// each giving the very numbers and bytes pdfkit gives (fast-paths.test.ts renders every document
// both ways and compares the files byte for byte):
//
// - Widths. pdfkit measures a string by laying it out word by word, again in every document and
//   again for every size; the forms measure the same labels in every document, several times
//   each (shrink to fit, then align). The width at 1,000 units is kept here across documents
//   and scaled exactly as pdfkit scales it.
// - Laid-out words. pdfkit keeps each word's glyphs and positions (scaled to 1,000 units) for
//   one document; the forms print the same words in every document. They are kept here across
//   documents (pdfkit only reads them once made: its own cache shares them within a document),
//   and the word-by-word splitting is done without copying the arrays for every word.
// - Single lines. A line already measured and placed (Sheet.drawWhole) went through pdfkit's
//   line wrapper anyway — Unicode line breaking, each word measured again, one line emitted.
//   It is handed to the wrapper's last step (`_fragment`, which writes the text operators)
//   directly, with what the wrapper would have handed it.

interface TextOptions {
  characterSpacing?: number;
  horizontalScaling?: number;
  features?: unknown;
}

/** The parts of a pdfkit document the shortcuts use (pdfkit 0.20 TextMixin and fonts). */
interface DocumentInternals {
  _font: { font: unknown; widthOfString(text: string, size: number): number } | null;
  _fontSize: number;
  _lineGap?: number;
  _textOptions: unknown;
  _fragment?: (text: string, x: number, y: number, options: Record<string, unknown>) => void;
  currentLineHeight(includeGap?: boolean): number;
  page: { maxY(): number };
  widthOfString(text: string, options?: TextOptions): number;
  x: number;
  y: number;
}

let enabled = true;

/**
 * Turns every shortcut off (and back on): these and the shared parsed fonts with their fast
 * subsets (fonts.ts, subset.ts) — pdfkit then gets the font files as bytes and does all the work
 * itself, the plain way. For the test that renders the documents both ways and compares them.
 */
export function setFastPaths(on: boolean): void {
  enabled = on;
}

export function fastPaths(): boolean {
  return enabled;
}

interface GlyphRun {
  glyphs: unknown[];
  positions: unknown[];
  advanceWidth: number;
}

/** The parts of a pdfkit EmbeddedFont the shortcuts use (pdfkit 0.20). */
interface EmbeddedFontInternals {
  font: unknown;
  layoutRun(text: string, features?: unknown): GlyphRun;
  layoutCached(text: string): GlyphRun;
  layout(
    text: string,
    features?: unknown,
    onlyWidth?: boolean,
  ): GlyphRun | { glyphs: null; positions: null; advanceWidth: number };
}

interface FontMemos {
  widths: Memo<number>;
  runs: Memo<GlyphRun>;
}

const memos = new Map<unknown, FontMemos>();

/** The memos of one of the process-wide parsed fonts (fonts.ts); null for any other font. */
function memosFor(font: unknown): FontMemos | null {
  let m = memos.get(font);
  if (m) return m;
  const shared = Object.values(fontSources()) as unknown[];
  if (!shared.includes(font)) return null;
  // Every label of every document in both languages is about 900 words in the regular face.
  m = { widths: new Memo(2_000), runs: new Memo(2_000) };
  memos.set(font, m);
  return m;
}

const quickened = new WeakSet<object>();

/**
 * Gives the document's current font (a pdfkit EmbeddedFont of one of the shared fonts) the
 * cross-document word cache and pdfkit's own word splitting (EmbeddedFont.layout) without the
 * array copies. Called whenever the sheet selects a font; once per font and document.
 */
export function quickenFont(doc: PDFKit.PDFDocument): void {
  if (!enabled) return;
  const font = (doc as unknown as { _font: EmbeddedFontInternals | null })._font;
  if (!font || quickened.has(font)) return;
  quickened.add(font);
  const m = memosFor(font.font);
  if (!m || typeof font.layoutRun !== 'function' || typeof font.layoutCached !== 'function') return;
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

/** Gives `doc` a `widthOfString` that remembers widths across documents. */
export function memoizeWidths(doc: PDFKit.PDFDocument): void {
  if (!enabled) return;
  const d = doc as unknown as DocumentInternals;
  const measure = d.widthOfString.bind(d);
  const own = new Map<unknown, Map<string, number>>(); // this document's, by font
  d.widthOfString = (text: string, options: TextOptions = {}): number => {
    const font = d._font;
    const memo = font && options.features === undefined ? memosFor(font.font)?.widths : null;
    if (!font || !memo) return measure(text, options);
    let mine = own.get(font.font);
    if (!mine) own.set(font.font, (mine = new Map()));
    let unit = memo.get(text) ?? mine.get(text);
    if (unit === undefined) {
      // pdfkit: the laid-out width × size / 1000; at size 1,000 that is the width itself.
      unit = font.widthOfString(text, 1000);
      mine.set(text, unit);
      memo.offer(text, unit);
    }
    // pdfkit's own expression (TextMixin.widthOfString, EmbeddedFont.widthOfString), term by term.
    const scaling = options.horizontalScaling || 100;
    return (
      ((unit * (d._fontSize / 1000) + (options.characterSpacing || 0) * (text.length - 1)) * scaling) / 100
    );
  };
}

/**
 * `doc.text(text, x, y, { width: width + 1, lineBreak: false })` for a line measured at `width`
 * in the current font: the same operators, the same position afterwards. Falls back to
 * `doc.text` for anything the wrapper would treat otherwise (a line break, continued text).
 */
export function drawLine(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number): void {
  const d = doc as unknown as DocumentInternals;
  if (
    !enabled ||
    typeof d._fragment !== 'function' ||
    d._textOptions ||
    /[\n\r\v\f\u0085\u2028\u2029]/.test(text) ||
    // where the wrapper would start a new page first (never, the sheet makes room; kept exact)
    y + d.currentLineHeight(true) > d.page.maxY() - 0.01
  ) {
    doc.text(text, x, y, { width: width + 1, lineBreak: false });
    return;
  }
  d.x = x;
  d.y = y;
  if (text === '') return; // the wrapper emits no line: nothing drawn, the position stays
  // The options the wrapper hands over (after TextMixin._initOptions); the measured width and
  // word count only size links and underlines, which these lines do not have.
  d._fragment(text, x, y, {
    width: width + 1,
    lineBreak: false,
    columns: 0,
    columnGap: 18,
    rotation: 0,
    textWidth: width,
    wordCount: 1,
    lineWidth: width + 1,
  });
  d.y = y + d.currentLineHeight(true) + (d._lineGap || 0);
}
