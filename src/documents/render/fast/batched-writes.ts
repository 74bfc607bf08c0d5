// pdfkit turns every piece it writes into bytes on its own (PDFDocument._write and
// PDFReference.write, pdfkit 0.20: a typed array filled a character at a time, plus a line end):
// a certificate's page content is some 160 operators, each its own small array, joined at the end.
// Here a page's operators are kept as text and turned into bytes once, by Node's own latin1
// encoder (the low byte of each character, as pdfkit's loop does), and the document's other
// writes take the same encoder: the same bytes, far fewer objects for the collector.
import { fastPaths } from './switch.js';

/** The parts of a pdfkit 0.20 document and stream object this replaces. */
interface WritingDocument {
  _offset: number;
  _write(data: unknown): void;
  push(chunk: Uint8Array): boolean;
  page: { content: ContentStream };
}

interface ContentStream {
  write(chunk: unknown): void;
  finalize(): void;
}

const batched = new WeakSet<object>();

/** Gives `doc` a `_write` that encodes text with Node's encoder. */
export function encodeWrites(doc: PDFKit.PDFDocument): void {
  if (!fastPaths()) return;
  const d = doc as unknown as WritingDocument;
  d._write = (data: unknown): void => {
    const bytes = data instanceof Uint8Array ? data : Buffer.from(`${String(data)}\n`, 'latin1');
    d.push(bytes);
    d._offset += bytes.length;
  };
}

/** Keeps the current page's operators as text until its content stream is written. */
export function batchPageContent(doc: PDFKit.PDFDocument): void {
  if (!fastPaths()) return;
  const content = (doc as unknown as WritingDocument).page.content;
  if (batched.has(content)) return;
  batched.add(content);
  const write = content.write.bind(content);
  const finalize = content.finalize.bind(content);
  const pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    // PDFReference.write adds a line end after each piece.
    write(Buffer.from(`${pending.join('\n')}\n`, 'latin1'));
    pending.length = 0;
  };
  content.write = (chunk: unknown): void => {
    if (typeof chunk === 'string') {
      pending.push(chunk);
      return;
    }
    flush();
    write(chunk);
  };
  content.finalize = (): void => {
    flush();
    finalize();
  };
}
