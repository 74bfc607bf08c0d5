import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { layoutPlainWord, type ShapedFont } from './fast/plain-word-layout.js';
import { Memo } from './memo.js';
import { SubsetSource, type SubsettableFont } from './subset.js';

// One embedded font family for every document: DejaVu Serif (npm dejavu-fonts-ttf 2.37.3), which
// has every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І) and every Russian one; pdfkit embeds the subset used.
//
// Why the fonts are parsed here once: pdfkit parses a font given as bytes anew for every document
// (≈ 30 ms a certificate), while it also accepts an already parsed fontkit font (an object with a
// `layout` method, pdfkit 0.20 PDFFontFactory.open). Parsing once with the very fontkit pdfkit
// itself resolves makes a document ≈ 7 times cheaper; the parsed font is only read afterwards.
export type Face = 'regular' | 'bold';

export const FONT_NAME: Readonly<Record<Face, string>> = { regular: 'serif', bold: 'serif-bold' };

const FILES: Readonly<Record<Face, string>> = {
  regular: 'DejaVuSerif.ttf',
  bold: 'DejaVuSerif-Bold.ttf',
};

/** What pdfkit's `font()` / `registerFont()` accept at run time: bytes or a parsed fontkit font. */
export type FontSource = Buffer | { layout: (text: string, features?: unknown) => unknown };

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

interface Run {
  glyphs: unknown[];
  positions: Position[];
  readonly advanceWidth: number;
}

interface ParsedFont extends SubsettableFont {
  layout: (text: string, features?: unknown) => Run;
  characterSet: number[];
  glyphForCodePoint: (cp: number) => unknown;
}

/** Words kept per generation; two generations at most. Every label of every document in both
 *  languages is about 900 words in the regular face. */
const LAYOUT_MEMO_GENERATION = 2_000;

/** A laid-out word kept between documents: its glyphs (shared, read only) and positions. */
interface Kept {
  glyphs: unknown[];
  /** xAdvance, yAdvance, xOffset, yOffset for each glyph. */
  positions: Float64Array;
}

/**
 * pdfkit lays text out word by word and keeps the result for one document only; the labels of
 * the forms are the same in every document, so the runs are kept here across documents (memo.ts:
 * bounded, and only words that come back). pdfkit scales the positions it gets in place, so each
 * caller gets fresh positions.
 */
function memoizeLayout(font: ParsedFont): void {
  const layout = font.layout.bind(font);
  const memo = new Memo<Kept>(LAYOUT_MEMO_GENERATION);
  font.layout = (text: string, features?: unknown): Run => {
    if (features !== undefined) return layout(text, features);
    let kept = memo.get(text);
    if (!kept) {
      // A new word: done without the shaper where it can only look glyphs up and kern them.
      const run =
        layoutPlainWord(font as unknown as ShapedFont, layout as unknown as ShapedFont['layout'], text) ??
        layout(text);
      const positions = new Float64Array(run.positions.length * 4);
      run.positions.forEach((p, i) => positions.set([p.xAdvance, p.yAdvance, p.xOffset, p.yOffset], i * 4));
      kept = { glyphs: run.glyphs, positions };
      memo.offer(text, kept);
    }
    const p = kept.positions;
    const positions: Position[] = kept.glyphs.map((_, i) => ({
      xAdvance: p[i * 4]!,
      yAdvance: p[i * 4 + 1]!,
      xOffset: p[i * 4 + 2]!,
      yOffset: p[i * 4 + 3]!,
    }));
    return {
      glyphs: kept.glyphs,
      positions,
      get advanceWidth(): number {
        let w = 0;
        for (const q of this.positions) w += q.xAdvance;
        return w;
      },
    };
  };
}

let cache: Readonly<Record<Face, FontSource>> | null = null;
let bytesCache: Readonly<Record<Face, Buffer>> | null = null;

function fontDir(): string {
  const req = createRequire(import.meta.url);
  return fileURLToPath(new URL('./ttf/', `file://${req.resolve('dejavu-fonts-ttf/package.json')}`));
}

function parser(): ((bytes: Buffer) => FontSource) | null {
  try {
    const req = createRequire(fileURLToPath(import.meta.resolve('pdfkit')));
    const fontkit = req('fontkit') as { create: (b: Buffer) => ParsedFont };
    return (b) => {
      const font = fontkit.create(b);
      // The trap in sharing a parsed font: fontkit caches each glyph with the characters it was
      // first asked for, and pdfkit's text layer (ToUnicode) prints those. Encoding a subset asks
      // for the parts of composite glyphs with no characters (DejaVu builds Cyrillic «у», «Т»,
      // «К» from Latin y, T, K), so a later document using Latin y or T would lose them from its
      // text. Asking for every mapped character first gives each glyph its own (DejaVu maps no two
      // characters to one glyph), exactly as a freshly parsed font would. Except the presentation
      // forms (U+FB00–FB4F): their glyphs are the ligatures layout makes of «ff», «fi»…, which must
      // keep the letters they stand for, not become «ﬀ» in the text.
      for (const cp of font.characterSet) if (cp < 0xfb00 || cp > 0xfb4f) font.glyphForCodePoint(cp);
      memoizeLayout(font);
      // The subset each document embeds, assembled from glyphs read once (subset.ts): the same
      // bytes fontkit writes, without re-decoding every glyph for every document.
      const subsets = new SubsetSource(font);
      font.createSubset = () => subsets.createSubset();
      return font;
    };
  } catch {
    return null; // pdfkit without a resolvable fontkit: fall back to bytes (slower, same output)
  }
}

/** The font files as they are: pdfkit parses and subsets them itself for every document (the
 *  plain, slow way; fast-paths.ts switches to it for the test that compares both). */
export function fontBytes(): Readonly<Record<Face, Buffer>> {
  if (bytesCache) return bytesCache;
  const dir = fontDir();
  bytesCache = {
    regular: fs.readFileSync(dir + FILES.regular),
    bold: fs.readFileSync(dir + FILES.bold),
  };
  return bytesCache;
}

export function fontSources(): Readonly<Record<Face, FontSource>> {
  if (cache) return cache;
  const parse = parser();
  const bytes = fontBytes();
  cache = parse ? { regular: parse(bytes.regular), bold: parse(bytes.bold) } : bytes;
  return cache;
}
