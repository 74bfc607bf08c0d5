import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { sharedAlphabetSize } from './alphabet.js';
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
// - Embedded fonts. Each document's font files and ToUnicode maps are the same bytes as the last
//   document's (every subset starts with the same alphabet, fonts.ts), and pdfkit compressed them
//   again for every document. The compressed stream is kept by its contents, and handed to pdfkit
//   in place of the deflating it would do (zlib's deflate with pdfkit's settings: the same bytes).
// - Text operators. pdfkit writes a line (TextMixin._fragment) as BT, its position, its font and
//   size, the glyph codes with their kerning as one TJ array, and ET, each a write of its own; the
//   glyph codes and kerning of a line are the same in every document when its glyphs are all of
//   the alphabet every subset starts with (alphabet.ts). They are kept by text, and a line is
//   written in one piece.
// - Paragraphs. Each went through pdfkit's line wrapper: a wrapper and its events for every
//   paragraph, Unicode line breaking, each word measured. The same words (pdfkit's line breaker,
//   kept across documents) are measured and put on lines as the wrapper does, and each line is
//   written with what the wrapper would have handed over; the wrapper is left what the documents
//   do not do (words wider than the column, forced breaks, justified text, page breaks).
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
  document: { ref(data?: unknown): StreamRef };
  subset: { glyphs: number[] };
  toUnicodeCmap(): StreamRef;
  layoutRun(text: string, features?: unknown): GlyphRun;
  layoutCached(text: string): GlyphRun;
  layout(
    text: string,
    features?: unknown,
    onlyWidth?: boolean,
  ): GlyphRun | { glyphs: null; positions: null; advanceWidth: number };
}

interface FontMemos {
  /** A line's text operators (the TJ array), by its text: only for texts of the alphabet. */
  operators: Memo<string>;
  widths: Memo<number>;
  runs: Memo<GlyphRun>;
  /** Compressed ToUnicode maps, by the subset's glyph list. */
  maps: Memo<Buffer>;
}

const memos = new Map<unknown, FontMemos>();

/** The memos of one of the process-wide parsed fonts (fonts.ts); null for any other font. */
function memosFor(font: unknown): FontMemos | null {
  let m = memos.get(font);
  if (m) return m;
  const shared = Object.values(fontSources()) as unknown[];
  if (!shared.includes(font)) return null;
  // Every label of every document in both languages is about 900 words in the regular face.
  m = { operators: new Memo(2_000), widths: new Memo(2_000), runs: new Memo(2_000), maps: new Memo(64) };
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
    if (lastCompressed) m.maps.offer(key, lastCompressed);
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

/** The parts of a pdfkit stream object the font streams' memo uses (pdfkit 0.20 PDFReference). */
interface StreamRef {
  buffer: Uint8Array[];
  compress: boolean;
  write(chunk: Uint8Array): void;
  end(): void;
  finalize(): void;
}

/** The parts of a pdfkit document the font streams' memo uses. */
interface DocumentRefs {
  ref(data?: unknown): StreamRef;
  _fontFamilies: Record<string, { embed?: () => void }>;
}

/** Font files compressed, by the file (subset.ts hands out the same array for the same glyphs). */
const compressedFiles = new WeakMap<Uint8Array, Buffer>();

/** What `reuseFontStreams` compressed last (read right after a stream is written). */
let lastCompressed: Buffer | null = null;

/**
 * Gives `doc` the memo of compressed font streams: while a font is embedded (pdfkit's
 * EmbeddedFont.embed, called once per font when the document ends), a font file compressed before
 * is written compressed as it was (zlib's deflate with pdfkit's settings: the same bytes), and
 * the ToUnicode map too (quickenFont).
 */
export function reuseFontStreams(doc: PDFKit.PDFDocument): void {
  if (!enabled) return;
  const d = doc as unknown as DocumentRefs;
  const ref = d.ref.bind(d);
  let embedding = false;
  d.ref = (data?: unknown): StreamRef => {
    const r = ref(data);
    if (!embedding) return r;
    const finalize = r.finalize.bind(r);
    r.finalize = () => {
      lastCompressed = null;
      if (r.compress && r.buffer.length === 1) {
        const bytes = r.buffer[0]!;
        let deflated = compressedFiles.get(bytes);
        if (!deflated) {
          // pdfkit 0.20 PDFReference.finalize: zlib.deflateSync(data), default options.
          deflated = zlib.deflateSync(bytes);
          compressedFiles.set(bytes, deflated);
        }
        r.buffer = [deflated];
        r.compress = false; // its Filter entry stays: pdfkit set it when the bytes were written
        lastCompressed = deflated;
      }
      finalize();
    };
    return r;
  };
  // pdfkit embeds each font it opened when the document ends; they are all open by then.
  const end = doc.end.bind(doc);
  doc.end = () => {
    for (const font of Object.values(d._fontFamilies)) {
      const embed = font.embed?.bind(font);
      if (!embed) continue;
      font.embed = () => {
        embedding = true;
        try {
          embed();
        } finally {
          embedding = false;
        }
      };
    }
    return end();
  };
}

/** pdfkit's PDFObject.number: numbers as written in content streams. */
function pdfNumber(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

interface FragmentOptions {
  width?: number;
  align?: string;
  lineWidth?: number;
  textWidth?: number;
  [option: string]: unknown;
}

/** The options under which pdfkit's _fragment does nothing but place, size and write the text. */
const PLAIN_EXCEPT = [
  'link',
  'goTo',
  'destination',
  'underline',
  'strike',
  'oblique',
  'wordSpacing',
  'characterSpacing',
  'stroke',
  'features',
  'baseline',
] as const;

interface TextDocument {
  _font: {
    font: unknown;
    id: string;
    ascender: number;
    ref(): unknown;
    encode(
      text: string,
    ): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
  } | null;
  _fontSize: number;
  _fragment(text: string, x: number, y: number, options: FragmentOptions): void;
  page: { height: number; fonts: Record<string, unknown> };
  save(): unknown;
  restore(): unknown;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): unknown;
  addContent(data: string): unknown;
  widthOfString(text: string, options?: unknown): number;
}

/**
 * The TJ operators pdfkit's _fragment writes for `text` in `font` (pdfkit 0.20, no word or
 * character spacing): runs of glyph codes, each closed by the kerning after its last glyph. Null
 * when a glyph is offset (pdfkit then positions it on its own).
 */
function textOperators(
  encoded: readonly string[],
  positions: readonly { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[],
): string | null {
  const commands: string[] = [];
  let last = 0;
  const segment = (cur: number): void => {
    if (last < cur) {
      const advance = positions[cur - 1]!.xAdvance - positions[cur - 1]!.advanceWidth;
      commands.push(`<${encoded.slice(last, cur).join('')}> ${pdfNumber(-advance)}`);
    }
    last = cur;
  };
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) return null;
    if (pos.xAdvance - pos.advanceWidth !== 0) segment(i + 1);
  }
  segment(positions.length);
  return commands.length > 0 ? `[${commands.join(' ')}] TJ\n` : '';
}

/**
 * Gives `doc` a _fragment that writes a plain line (no links, decorations, spacing or offset
 * glyphs: what the documents print) as pdfkit's does, the same operators in one write, with the
 * TJ array kept across documents for lines of the alphabet. Anything else goes to pdfkit's.
 */
export function quickenText(doc: PDFKit.PDFDocument): void {
  if (!enabled) return;
  const d = doc as unknown as TextDocument;
  if (typeof d._fragment !== 'function') return;
  const fragment = d._fragment.bind(d);
  d._fragment = (text: string, x: number, y: number, options: FragmentOptions): void => {
    const font = d._font;
    const m = font ? memosFor(font.font) : null;
    const align = options.align || 'left';
    if (
      !font ||
      !m ||
      typeof text !== 'string' ||
      text.includes('\n') ||
      align === 'justify' ||
      (options.horizontalScaling !== undefined && options.horizontalScaling !== 100) ||
      PLAIN_EXCEPT.some((k) => options[k] !== undefined && options[k] !== false && options[k] !== 0)
    ) {
      fragment(text, x, y, options);
      return;
    }
    if (text.length === 0) return;
    let operators = m.operators.get(text);
    if (operators === undefined) {
      const [encoded, positions] = font.encode(text);
      const made = textOperators(encoded, positions);
      if (made === null) {
        fragment(text, x, y, options);
        return;
      }
      operators = made;
      const alphabet = sharedAlphabetSize(font);
      if (alphabet > 0 && encoded.every((hex) => parseInt(hex, 16) < alphabet))
        m.operators.offer(text, operators);
    }
    let left = x;
    if (options.width) {
      if (align === 'right') left += options.lineWidth! - d.widthOfString(text.replace(/\s+$/, ''), options);
      else if (align === 'center') left += options.lineWidth! / 2 - options.textWidth! / 2;
    }
    const dy = (font.ascender / 1000) * d._fontSize;
    d.save();
    d.transform(1, 0, 0, -1, 0, d.page.height);
    const top = d.page.height - y - dy;
    if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
    d.addContent(
      `BT\n1 0 0 1 ${pdfNumber(left)} ${pdfNumber(top)} Tm\n/${font.id} ${pdfNumber(d._fontSize)} Tf\n${operators}ET`,
    );
    d.restore();
  };
}

/** pdfkit's PDFNumber: `n` as a float32 not above it (pdfkit 0.20, the line wrapper's widths). */
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
function pdfFloat(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  f32[0] = n;
  if (n <= 0) u32[0]! += 1;
  else u32[0]! -= 1;
  return f32[0]!;
}

type Breaker = new (text: string) => { nextBreak(): { position: number; required: boolean } | null };

let lineBreaker: Breaker | null | undefined;

/** The line breaker pdfkit itself uses (its `linebreak` dependency), or null. */
function breakerClass(): Breaker | null {
  if (lineBreaker !== undefined) return lineBreaker;
  try {
    const req = createRequire(fileURLToPath(import.meta.resolve('pdfkit')));
    lineBreaker = req('linebreak') as Breaker;
  } catch {
    lineBreaker = null;
  }
  return lineBreaker;
}

/** A text's words as pdfkit's wrapper takes them (LineWrapper.eachWord), kept across documents;
 *  null when a break is required (the wrapper then starts a line whatever the widths). */
const wordMemo = new Memo<readonly string[] | null>(2_000);

function wordsOf(text: string): readonly string[] | null {
  const kept = wordMemo.get(text);
  if (kept !== undefined) return kept;
  const Breaker = breakerClass();
  if (!Breaker) return null;
  const breaker = new Breaker(text);
  const words: string[] = [];
  let last = 0;
  let required = false;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.required) required = true;
    words.push(text.slice(last, bk.position));
    last = bk.position;
  }
  const out = required ? null : words;
  wordMemo.offer(text, out);
  return out;
}

interface ParagraphDocument extends DocumentInternals {
  _wrapper: unknown;
  _font: DocumentInternals['_font'] & { font: unknown };
}

/**
 * `doc.text(text, x, y, { width, align, lineGap })` (no indent, not continued) as pdfkit's line
 * wrapper writes it (LineWrapper.wrap, pdfkit 0.20): its words measured as it measures them, a
 * word that does not fit starting the next line, each line handed to the same `_fragment` with
 * what the wrapper hands over, the position advanced as it advances it. False — and nothing
 * drawn — for anything the wrapper would do otherwise (a word wider than the column, a forced
 * break, a soft hyphen, justified text, a page break), for `doc.text` to do.
 */
export function drawParagraph(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  o: { width: number; align: string; lineGap: number },
): boolean {
  const d = doc as unknown as ParagraphDocument;
  if (
    !enabled ||
    typeof d._fragment !== 'function' ||
    d._textOptions ||
    d._wrapper ||
    !d._font ||
    !memosFor(d._font.font) ||
    o.align === 'justify' ||
    !(o.width > 0) ||
    /[\n\r\v\f\u0085\u2028\u2029\u00ad]/.test(text)
  )
    return false;
  // LineWrapper: its width (horizontal scaling 100, one column), its bottom, and the page break
  // it would make before the first line.
  const lineWidth = ((o.width * 100) / 100 - 18 * (1 - 1)) / 1;
  const maxY = pdfFloat(d.page.maxY());
  const lineHeight = d.currentLineHeight(true);
  if (y > maxY || y + lineHeight > maxY) return false;
  const words = wordsOf(text);
  if (!words) return false;
  const lines: { text: string; width: number; words: number }[] = [];
  let spaceLeft = lineWidth;
  let buffer = '';
  let textWidth = 0;
  let wordCount = 0;
  const measure = { horizontalScaling: 100, characterSpacing: 0 };
  const advance = lineHeight + (o.lineGap || d._lineGap || 0);
  let lineY = y;
  for (const word of words) {
    // LineWrapper.wordWidth, character and word spacing 0
    const w = pdfFloat(d.widthOfString(word, measure) + 0 + 0);
    if (w > lineWidth) return false; // the wrapper would split the word itself
    if (w <= spaceLeft) {
      buffer += word;
      textWidth += w;
      wordCount++;
      spaceLeft -= w;
      continue;
    }
    lines.push({ text: buffer, width: textWidth + 0 * (wordCount - 1), words: wordCount });
    lineY += advance;
    if (pdfFloat(lineY + lineHeight) > maxY) return false; // the wrapper would turn the page
    spaceLeft = lineWidth - w;
    buffer = word;
    textWidth = w;
    wordCount = 1;
  }
  if (wordCount > 0) lines.push({ text: buffer, width: textWidth + 0 * (wordCount - 1), words: wordCount });
  d.x = x;
  d.y = y;
  for (const line of lines) {
    d._fragment(line.text, x, d.y, {
      width: o.width,
      align: o.align,
      lineGap: o.lineGap,
      indent: 0,
      columns: 0,
      columnGap: 18,
      rotation: 0,
      textWidth: line.width,
      wordCount: line.words,
      lineWidth,
    });
    d.y += advance;
  }
  d.x = x;
  return true;
}
