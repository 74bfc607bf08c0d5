// A line already measured and placed, handed to pdfkit's last step directly (../fast-paths.ts,
// "Single lines").
import type { DocumentInternals } from './pdfkit-internals.js';
import { fastPaths } from './switch.js';

/**
 * `doc.text(text, x, y, { width: width + 1, lineBreak: false })` for a line measured at `width`
 * in the current font: the same operators, the same position afterwards. Falls back to
 * `doc.text` for anything the wrapper would treat otherwise (a line break, continued text).
 */
export function drawLine(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number): void {
  const d = doc as unknown as DocumentInternals;
  if (
    !fastPaths() ||
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
