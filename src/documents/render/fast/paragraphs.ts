// Paragraphs put on lines as pdfkit's line wrapper would, with its line breaker's words kept
// across documents (../fast-paths.ts, "Paragraphs").
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Memo } from '../memo.js';
import { memosFor } from './font-memos.js';
import type { DocumentInternals } from './pdfkit-internals.js';
import { fastPaths } from './switch.js';

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
    !fastPaths() ||
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
