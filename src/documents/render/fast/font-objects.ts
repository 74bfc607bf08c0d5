// The objects pdfkit writes for an embedded font when a document ends (EmbeddedFont.embed,
// pdfkit 0.20): the font file, its descriptor, the CID font with every glyph's width, the Type0
// font and its ToUnicode map. For the shared fonts (fonts.ts) they follow from the subset's glyphs
// (and the characters of those outside the alphabet every subset starts with, alphabet.ts) and
// from the object numbers: a certificate after a certificate has the same ones, so it writes the
// very same bytes. Those are kept here, as pdfkit wrote them, and written again in one piece, the
// cross-reference table told where each object starts — instead of pdfkit converting the width
// arrays, the descriptors and the maps to text anew for every document.
import { sharedAlphabetSize } from '../alphabet.js';

/** The parts of a pdfkit 0.20 document this reads and advances. */
interface WritingDocument {
  _offsets: (number | null)[];
  _offset: number;
  _waiting: number;
  _write(data: unknown): void;
  /** Set when the document is encrypted: its streams then differ from one document to the next. */
  _security?: unknown;
}

/** The parts of a pdfkit 0.20 EmbeddedFont this reads. */
interface EmbeddingFont {
  font: unknown;
  id: string;
  dictionary: { id: number } | null;
  subset: { glyphs: number[] };
  unicode: number[][];
}

interface Written {
  bytes: Buffer;
  /** The objects written, by number, each with its start from the beginning of `bytes`. */
  objects: [id: number, at: number][];
  /** The last object number the embedding took. */
  lastId: number;
}

/** A few shapes of documents per font (a certificate, a reference, each in two languages…). */
const KEPT_PER_FONT = 16;
const kept = new WeakMap<object, Map<string, Written>>();

function keyOf(d: WritingDocument, font: EmbeddingFont): string {
  const shared = sharedAlphabetSize(font);
  const beyond = shared > 0 ? font.unicode.slice(shared) : font.unicode;
  return `${font.id} ${font.dictionary!.id} ${d._offsets.length} ${font.subset.glyphs.join(',')} ${beyond
    .map((cps) => cps.join('.'))
    .join(',')}`;
}

/**
 * `embed` (the font's own, as wrapped by font-streams.ts) made to write the bytes it wrote before
 * for the same font, glyphs and object numbers. Only for the shared fonts.
 */
export function embedOnce(doc: unknown, font: EmbeddingFont, embed: () => void): () => void {
  const d = doc as WritingDocument;
  return () => {
    if (!font.dictionary || typeof font.font !== 'object' || font.font === null || d._security)
      return embed();
    let byKey = kept.get(font.font);
    if (!byKey) kept.set(font.font, (byKey = new Map()));
    const key = keyOf(d, font);
    const start = d._offset;
    const written = byKey.get(key);
    if (written) {
      // As pdfkit's ref() and _refEnd do for each object, with the offsets they would record.
      for (let id = d._offsets.length + 1; id <= written.lastId; id++) d._offsets.push(null);
      for (const [id, at] of written.objects) d._offsets[id - 1] = start + at;
      d._waiting--; // the font's own dictionary, counted when pdfkit made it
      d._write(written.bytes);
      return;
    }
    const firstId = d._offsets.length + 1;
    const chunks: Buffer[] = [];
    const write = d._write;
    d._write = (data: unknown): void => {
      write.call(d, data);
      // What PDFDocument._write pushed: the bytes, or the text with a line end, a byte a char.
      chunks.push(
        data instanceof Uint8Array ? Buffer.from(data) : Buffer.from(`${String(data)}\n`, 'latin1'),
      );
    };
    try {
      embed();
    } finally {
      d._write = write;
    }
    const bytes = Buffer.concat(chunks);
    if (bytes.length !== d._offset - start) return; // not what pdfkit wrote: keep nothing
    const objects: [number, number][] = [];
    for (let id = firstId; id <= d._offsets.length; id++) objects.push([id, d._offsets[id - 1]! - start]);
    objects.push([font.dictionary.id, d._offsets[font.dictionary.id - 1]! - start]);
    if (byKey.size >= KEPT_PER_FONT) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, { bytes, objects, lastId: d._offsets.length });
  };
}
