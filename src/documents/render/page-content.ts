// A page's content stream (its text and drawing operators) is written uncompressed. Deflating it
// was a tenth of a certificate's time — zlib sets up a compressor for every stream, ≈ 0.2 ms for
// a few kilobytes — and it only saved about 4 KB of a 56 KB certificate (the embedded fonts, the
// bulk of the file, stay compressed). A document of many pages (the journal) grows more, by about
// two thirds of its text operators; still small next to the fonts. Plain operators are as valid a
// PDF as compressed ones, and every reader (pdftotext, zbarimg via pdftoppm) reads them alike.

/** The parts of a pdfkit 0.20 page this touches: its content stream object. */
interface PageContent {
  page: { content: { compress: boolean; data: { Filter?: unknown } } };
}

/** Marks the current page's content stream to be written as it is. pdfkit has already written
 *  the page's first operator (its flip of the y axis) and noted the filter it meant to apply. */
export function keepPageContentPlain(doc: PDFKit.PDFDocument): void {
  const content = (doc as unknown as PageContent).page.content;
  content.compress = false;
  delete content.data.Filter;
}
