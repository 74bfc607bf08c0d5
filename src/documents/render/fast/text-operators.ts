// A plain line's text operators written in one piece, kept across documents for lines of the
// alphabet (../fast-paths.ts, "Text operators").
import { sharedAlphabetSize } from '../alphabet.js';
import { memosFor } from './font-memos.js';
import { fastPaths } from './switch.js';

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
  if (!fastPaths()) return;
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
    const top = d.page.height - y - dy;
    if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
    // pdfkit's save(), transform(1, 0, 0, -1, 0, page height), the text, restore(): four writes
    // that the page joins with line ends, and a matrix pushed, multiplied and popped for nothing.
    d.addContent(
      `q\n1 0 0 -1 0 ${pdfNumber(d.page.height)} cm\nBT\n1 0 0 1 ${pdfNumber(left)} ${pdfNumber(top)} Tm\n/${font.id} ${pdfNumber(d._fontSize)} Tf\n${operators}ET\nQ`,
    );
  };
}
