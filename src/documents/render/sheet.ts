import PDFDocument from 'pdfkit';
import type { Lang, Localized } from '../../domain/standard/index.js';
import type { DocumentOptions } from '../types.js';
import {
  drawLine,
  drawParagraph,
  fastPaths,
  memoizeWidths,
  quickenFont,
  quickenText,
  reuseFontStreams,
} from './fast-paths.js';
import { embedAlphabet } from './alphabet.js';
import { batchPageContent, encodeWrites } from './fast/batched-writes.js';
import { FONT_NAME, fontBytes, fontSources, type Face } from './fonts.js';
import { drawFirstPageMarks, footerMarks } from './marks.js';
import { keepPageContentPlain } from './page-content.js';

// A sheet of A4 that documents are laid out on: the printable area, text that wraps or shrinks
// inside it (pdfkit wraps at `width` even with lineBreak:false, so single lines are measured with
// widthOfString and shrunk), page breaks, and a footer band for page numbers and copy marks.

export const MM = 72 / 25.4;
const A4: readonly [number, number] = [595.28, 841.89];

/** Product choice: 30 mm on the left for binding into the office's files, 15 mm on the right,
 *  20 mm top and bottom: every printer's unprintable edge stays well outside the text. */
export const MARGINS = { left: 30 * MM, right: 15 * MM, top: 20 * MM, bottom: 20 * MM } as const;

const FOOTER_BAND = 16;
const LINE_GAP = 1.5;

export interface TextStyle {
  size?: number;
  face?: Face;
  align?: 'left' | 'center' | 'right' | 'justify';
  x?: number;
  width?: number;
  /** Space after the block, in points. */
  gapAfter?: number;
  /** First-line indent of a paragraph, in points. */
  indent?: number;
}

export interface FitStyle extends TextStyle {
  /** The smallest size a line may shrink to before it wraps after all. */
  minSize?: number;
  /** The size it wraps at when it cannot stay whole (default: minSize). */
  wrapSize?: number;
}

export interface SheetInit {
  options: DocumentOptions;
  /** The PDF's Title entry. */
  title: string;
  landscape?: boolean;
  /** Drawn at the top of every page after the first (e.g. a table's header row). */
  onNewPage?: (sheet: Sheet) => void;
  /** Every type size and vertical gap is multiplied by this (see `onOnePage`). */
  scale?: number;
}

export class Sheet {
  readonly doc: PDFKit.PDFDocument;
  /** The language the labels are printed in: the official language, or English for a translation. */
  readonly lang: Lang;
  readonly options: DocumentOptions;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly left = MARGINS.left;
  readonly top = MARGINS.top;
  readonly right: number;
  /** The lowest y text may reach: the printable area less the footer band. */
  readonly bottom: number;
  readonly width: number;
  y: number;
  readonly scale: number;
  private readonly onNewPage: ((sheet: Sheet) => void) | undefined;
  private addingPage = false;

  constructor(init: SheetInit) {
    this.options = init.options;
    this.scale = init.scale ?? 1;
    this.lang = init.options.unofficialEnglish ? 'en' : init.options.lang;
    const [w, h] = init.landscape ? [A4[1], A4[0]] : A4;
    this.pageWidth = w;
    this.pageHeight = h;
    this.right = w - MARGINS.right;
    this.bottom = h - MARGINS.bottom - FOOTER_BAND;
    this.width = this.right - this.left;
    const fonts = fastPaths() ? fontSources() : fontBytes();
    this.doc = new PDFDocument({
      size: 'A4',
      layout: init.landscape ? 'landscape' : 'portrait',
      margins: { left: MARGINS.left, right: MARGINS.right, top: MARGINS.top, bottom: h - this.bottom },
      bufferPages: true,
      // The parsed font is the document's default, so pdfkit never loads Helvetica.
      font: null as unknown as string,
      info: { Title: init.title, Producer: 'tirkeu', Creator: 'tirkeu' },
      lang: this.lang === 'kk' ? 'kk-KZ' : this.lang === 'ru' ? 'ru-RU' : 'en',
      displayTitle: true,
    });
    this.doc.registerFont(FONT_NAME.regular, fonts.regular as unknown as string);
    this.doc.registerFont(FONT_NAME.bold, fonts.bold as unknown as string);
    memoizeWidths(this.doc);
    reuseFontStreams(this.doc);
    quickenText(this.doc);
    this.onNewPage = init.onNewPage;
    encodeWrites(this.doc);
    keepPageContentPlain(this.doc);
    batchPageContent(this.doc);
    // pdfkit adds pages by itself when a paragraph runs past the bottom: keep our furniture there too.
    this.doc.on('pageAdded', () => {
      keepPageContentPlain(this.doc);
      batchPageContent(this.doc);
      if (this.addingPage) return;
      this.onNewPage?.(this);
    });
    this.y = this.top;
    drawFirstPageMarks(this);
  }

  /** The label in the sheet's language. */
  t(text: Localized): string {
    return text[this.lang];
  }

  /** The face and size last set: measuring and drawing ask for the font many times a line, and
   *  pdfkit's font() looks the face up and re-derives its metrics each time. Only this method sets
   *  the document's font, so what it last set is what the document has. */
  private current: { face: Face; size: number } | null = null;

  font(face: Face = 'regular', size = 12): this {
    if (this.current?.face === face && this.current.size === size) return this;
    this.doc.font(FONT_NAME[face]).fontSize(size * this.scale);
    quickenFont(this.doc);
    embedAlphabet(this.doc);
    this.current = { face, size };
    return this;
  }

  widthOf(text: string, face: Face = 'regular', size = 12): number {
    return this.font(face, size).doc.widthOfString(text);
  }

  lineHeight(size = 12, face: Face = 'regular'): number {
    return this.font(face, size).doc.currentLineHeight(true) + LINE_GAP * this.scale;
  }

  heightOf(text: string, style: TextStyle = {}): number {
    this.font(style.face, style.size);
    return this.doc.heightOfString(text, {
      width: style.width ?? this.width,
      lineGap: LINE_GAP * this.scale,
    });
  }

  gap(points: number): void {
    this.y += points * this.scale;
  }

  pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y + height <= this.bottom) return;
    this.newPage();
  }

  newPage(): void {
    this.addingPage = true;
    this.doc.addPage();
    this.addingPage = false;
    this.y = this.top;
    this.onNewPage?.(this);
  }

  /** A paragraph that wraps inside its column (and onto the next page if it must). */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 12;
    this.ensure(this.lineHeight(size, style.face));
    this.font(style.face, size);
    const x = style.x ?? this.left;
    const options = {
      width: style.width ?? this.width,
      align: style.align ?? 'left',
      lineGap: LINE_GAP * this.scale,
    };
    if (style.indent || !drawParagraph(this.doc, text, x, this.y, options))
      this.doc.text(text, x, this.y, { ...options, indent: style.indent ?? 0 });
    this.y = this.doc.y + (style.gapAfter ?? 0) * this.scale;
  }

  /** One paragraph of several runs in different faces (a label in regular, its value in bold). */
  runs(parts: readonly { text: string; face?: Face }[], style: TextStyle = {}): void {
    const size = style.size ?? 12;
    const live = parts.filter((p) => p.text !== '');
    if (live.length === 0) return;
    this.ensure(this.lineHeight(size));
    const x = style.x ?? this.left;
    if (live.length === 1) {
      this.font(live[0]!.face, size);
      const options = {
        width: style.width ?? this.width,
        align: style.align ?? 'left',
        lineGap: LINE_GAP * this.scale,
      };
      if (drawParagraph(this.doc, live[0]!.text, x, this.y, options)) {
        this.y = this.doc.y + (style.gapAfter ?? 0) * this.scale;
        return;
      }
    }
    live.forEach((p, i) => {
      this.font(p.face, size);
      const opts: PDFKit.Mixins.TextOptions = {
        width: style.width ?? this.width,
        align: style.align ?? 'left',
        lineGap: LINE_GAP * this.scale,
        continued: i < live.length - 1,
      };
      if (i === 0) this.doc.text(p.text, x, this.y, opts);
      else this.doc.text(p.text, opts);
    });
    this.y = this.doc.y + (style.gapAfter ?? 0) * this.scale;
  }

  /** The size at which `text` fits `width` on one line, or null if not even at `minSize`. */
  fitSize(text: string, width: number, face: Face, size: number, minSize: number): number | null {
    const w = this.widthOf(text, face, size);
    if (w <= width) return size;
    const shrunk = Math.floor(((size * width) / w) * 10) / 10;
    if (shrunk < minSize) return null;
    return this.widthOf(text, face, shrunk) <= width ? shrunk : null;
  }

  /**
   * A line that must stay whole (a number, a date, a heading): shrunk to fit its column; only if
   * it would have to shrink below `minSize` does it wrap instead. Returns the height used.
   */
  line(text: string, style: FitStyle = {}): number {
    const size = style.size ?? 12;
    const face = style.face ?? 'regular';
    const x = style.x ?? this.left;
    const width = style.width ?? this.width;
    const startY = this.y;
    const fitted = this.fitSize(text, width, face, size, style.minSize ?? Math.min(size, 8));
    if (fitted === null) {
      this.text(text, { ...style, size: style.wrapSize ?? style.minSize ?? Math.min(size, 8) });
      return this.y - startY;
    }
    this.ensure(this.lineHeight(fitted, face));
    this.drawWhole(text, x, width, face, fitted, style.align ?? 'left');
    this.y += this.lineHeight(fitted, face) + (style.gapAfter ?? 0) * this.scale;
    return this.y - startY;
  }

  /**
   * One measured line at (x, this.y) aligned inside `width` by its measured width, so that pdfkit
   * neither wraps it (the slack point) nor lets alignment push it past the column's edge.
   */
  drawWhole(
    text: string,
    x: number,
    width: number,
    face: Face,
    size: number,
    align: TextStyle['align'],
  ): void {
    const w = this.widthOf(text, face, size);
    const left = align === 'right' ? x + width - w : align === 'center' ? x + (width - w) / 2 : x;
    this.font(face, size);
    drawLine(this.doc, text, left, this.y, w);
  }

  /** A thin rule: the line a value sits on, or the place for a hand-written entry. */
  rule(x1: number, x2: number, y: number, weight = 0.5): void {
    this.doc.save().lineWidth(weight).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  frame(x: number, y: number, w: number, h: number, weight = 0.75): void {
    this.doc.save().lineWidth(weight).rect(x, y, w, h).stroke().restore();
  }

  /** Renders the footers of every page and returns the finished PDF. */
  async finish(): Promise<Buffer> {
    const doc = this.doc;
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    const { start, count } = doc.bufferedPageRange();
    const note = footerMarks(this);
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      this.drawFooter(note, count > 1 ? `${i - start + 1} / ${count}` : null);
    }
    doc.end();
    return done;
  }

  private drawFooter(note: string | null, pageNo: string | null): void {
    if (!note && !pageNo) return;
    const doc = this.doc;
    // Writing below the flow's bottom margin would make pdfkit start a page: lift it for the footer.
    const margins = doc.page.margins;
    const saved = margins.bottom;
    margins.bottom = 0;
    const y = this.bottom + 4;
    const numberWidth = pageNo ? this.widthOf(pageNo, 'regular', 8) + 8 : 0;
    this.y = y;
    if (note) {
      const size = this.fitSize(note, this.width - numberWidth, 'regular', 8, 4) ?? 4;
      this.drawWhole(note, this.left, this.width - numberWidth, 'regular', size, 'left');
    }
    if (pageNo) this.drawWhole(pageNo, this.right - numberWidth, numberWidth, 'regular', 8, 'right');
    margins.bottom = saved;
  }
}

/**
 * Lays a document out at full size and, if it runs onto a second page (the longest plausible
 * values), again a little smaller, so that a certificate stays one sheet. Content that needs
 * several pages whatever the size is laid out at full size after all.
 */
export function onOnePage(build: (scale: number) => Sheet): Promise<Buffer> {
  for (const scale of [1, 0.9, 0.8, 0.72]) {
    const sheet = build(scale);
    if (sheet.pageCount() === 1) return sheet.finish();
  }
  return build(1).finish();
}
