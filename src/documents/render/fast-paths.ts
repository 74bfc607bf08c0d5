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
//
// Each shortcut is a module of fast/: switch.ts (on, or off for the comparison), font-memos.ts (the
// memos kept per shared font), word-layout.ts (laid-out words), widths.ts, font-streams.ts
// (embedded fonts), text-operators.ts, paragraphs.ts and single-line.ts; pdfkit-internals.ts names
// the private parts of pdfkit they touch.
export { setFastPaths, fastPaths } from './fast/switch.js';
export { quickenFont } from './fast/word-layout.js';
export { memoizeWidths } from './fast/widths.js';
export { drawLine } from './fast/single-line.js';
export { reuseFontStreams } from './fast/font-streams.js';
export { quickenText } from './fast/text-operators.js';
export { drawParagraph } from './fast/paragraphs.js';
