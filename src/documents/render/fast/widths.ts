// Widths of strings kept across documents at 1,000 units and scaled as pdfkit scales them
// (../fast-paths.ts, "Widths").
import { memosFor } from './font-memos.js';
import type { DocumentInternals, TextOptions } from './pdfkit-internals.js';
import { fastPaths } from './switch.js';

/** Gives `doc` a `widthOfString` that remembers widths across documents. */
export function memoizeWidths(doc: PDFKit.PDFDocument): void {
  if (!fastPaths()) return;
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
