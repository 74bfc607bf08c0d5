// Embedded font files compressed once per process and written again as the same bytes
// (../fast-paths.ts, "Embedded fonts").
import zlib from 'node:zlib';
import type { StreamRef } from './pdfkit-internals.js';
import { embedOnce } from './font-objects.js';
import { fastPaths } from './switch.js';

/** The parts of a pdfkit document the font streams' memo uses. */
interface DocumentRefs {
  ref(data?: unknown): StreamRef;
  _fontFamilies: Record<string, { embed?: () => void }>;
}

/** Font files compressed, by the file (subset.ts hands out the same array for the same glyphs). */
const compressedFiles = new WeakMap<Uint8Array, Buffer>();

/** What `reuseFontStreams` compressed last (read right after a stream is written). */
let lastCompressed: Buffer | null = null;

/** What `reuseFontStreams` compressed last, read right after a stream is written (word-layout.ts
 *  keeps the ToUnicode map's). */
export function lastCompressedStream(): Buffer | null {
  return lastCompressed;
}

/**
 * Gives `doc` the memo of compressed font streams: while a font is embedded (pdfkit's
 * EmbeddedFont.embed, called once per font when the document ends), a font file compressed before
 * is written compressed as it was (zlib's deflate with pdfkit's settings: the same bytes), and
 * the ToUnicode map too (quickenFont).
 */
export function reuseFontStreams(doc: PDFKit.PDFDocument): void {
  if (!fastPaths()) return;
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
    // A font is listed under its name and its key: each is wrapped once.
    for (const font of new Set(Object.values(d._fontFamilies))) {
      const embed = font.embed?.bind(font);
      if (!embed) continue;
      font.embed = embedOnce(doc, font as unknown as Parameters<typeof embedOnce>[1], () => {
        embedding = true;
        try {
          embed();
        } finally {
          embedding = false;
        }
      });
    }
    return end();
  };
}
