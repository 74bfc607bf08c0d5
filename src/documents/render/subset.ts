// The embedded font subset, made the way fontkit 2 makes it (TTFSubset, the TrueType subset pdfkit
// embeds) and byte for byte the same file, only without doing the same work again for every
// document. fontkit re-decodes each glyph's outline only to learn whether it is composite, and
// writes the whole file through its generic struct encoder (the unchanged hinting tables cvt,
// prep and fpgm value by value): that was most of a certificate's time. Here each glyph's bytes,
// components and metrics are read once per process, the tables that never change are taken once
// from a subset fontkit itself wrote, and a document's subset is assembled by copying bytes.
// subset.test.ts holds the two to the same bytes for many glyph sets.
import { Memo } from './memo.js';

/** The parts of a parsed fontkit font this reads (fontkit 2.0, a TrueType font with a glyf table). */
export interface SubsettableFont {
  loca: { offsets: number[]; version: number };
  getGlyph(gid: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  createSubset(): { includeGlyph(gid: number): number; encode(): Uint8Array; glyphs: number[] };
}

interface GlyphPart {
  bytes: Uint8Array;
  /** For a composite glyph: each component's glyph id and the offset of that id in `bytes`. */
  components: readonly { gid: number; pos: number }[];
  advance: number;
  bearing: number;
}

interface Table {
  tag: string;
  /** The table's bytes, or null for the per-subset tables (loca, glyf, hmtx). */
  bytes: Uint8Array | null;
}

const HEADER = 12;
const ENTRY = 16;

function u16(b: Uint8Array, at: number): number {
  return (b[at]! << 8) | b[at + 1]!;
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
}

/** The table directory of a TrueType file: tag → [offset, length], in the file's order. */
function readDirectory(file: Uint8Array): { tag: string; offset: number; length: number }[] {
  const n = u16(file, 4);
  const out: { tag: string; offset: number; length: number }[] = [];
  for (let i = 0; i < n; i++) {
    const at = HEADER + i * ENTRY;
    out.push({
      tag: String.fromCharCode(file[at]!, file[at + 1]!, file[at + 2]!, file[at + 3]!),
      offset: u32(file, at + 8),
      length: u32(file, at + 12),
    });
  }
  return out;
}

/** What is shared by every subset of one font: the glyphs read so far and the constant tables. */
export class SubsetSource {
  private readonly glyphs = new Map<number, GlyphPart>();
  private readonly tables: readonly Table[];
  private readonly header: Uint8Array;
  private readonly longLoca: boolean;

  constructor(private readonly font: SubsettableFont) {
    // A subset of the missing glyph alone, written by fontkit: its head, hhea, maxp, cvt, prep and
    // fpgm are every subset's (hhea and maxp after their glyph counts are set), and its directory
    // gives the tables' order.
    const template = font.createSubset().encode();
    this.header = template.slice(0, HEADER);
    this.longLoca = font.loca.version === 1;
    this.tables = readDirectory(template).map(({ tag, offset, length }) => ({
      tag,
      bytes:
        tag === 'loca' || tag === 'glyf' || tag === 'hmtx' ? null : template.slice(offset, offset + length),
    }));
  }

  glyph(gid: number): GlyphPart {
    let part = this.glyphs.get(gid);
    if (part) return part;
    const font = this.font;
    const glyph = font.getGlyph(gid);
    const decoded = glyph._decode();
    const start = font.loca.offsets[gid]!;
    const end = font.loca.offsets[gid + 1]!;
    const stream = font._getTableStream('glyf');
    stream.pos += start;
    const bytes = new Uint8Array(stream.readBuffer(end - start));
    const components =
      decoded && decoded.numberOfContours < 0
        ? (decoded.components ?? []).map((c) => ({ gid: c.glyphID, pos: c.pos }))
        : [];
    part = { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
    this.glyphs.set(gid, part);
    return part;
  }

  createSubset(): TrueTypeSubset {
    return new TrueTypeSubset(this);
  }

  /** Subset files already written, by their glyph lists: documents embed the same few (every
   *  subset starts with the same alphabet, fonts.ts), and the same array object lets the
   *  compressed stream be reused (fast-paths.ts). Bounded like the other memos (memo.ts). */
  private readonly files = new Memo<Uint8Array>(64);

  /** The subset file for `gids`, the same object for the same list. */
  file(gids: readonly number[], newId: (gid: number) => number): Uint8Array {
    const key = gids.join(',');
    let file = this.files.get(key);
    if (!file) {
      file = this.encode(gids, newId);
      this.files.offer(key, file);
    }
    return file;
  }

  /** The subset file for `gids` (old glyph ids in their new order, components already included). */
  encode(gids: readonly number[], newId: (gid: number) => number): Uint8Array {
    const n = gids.length;
    const parts = gids.map((g) => this.glyph(g));
    let glyfLength = 0;
    for (const p of parts) glyfLength += p.bytes.length;
    const lengths = this.tables.map((t) =>
      t.tag === 'loca'
        ? (n + 1) * (this.longLoca ? 4 : 2)
        : t.tag === 'glyf'
          ? glyfLength
          : t.tag === 'hmtx'
            ? n * 4
            : t.bytes!.length,
    );
    const dirLength = HEADER + ENTRY * this.tables.length;
    const total = lengths.reduce((a, b) => a + b, dirLength);
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    out.set(this.header, 0);
    let at = dirLength;
    this.tables.forEach((t, i) => {
      const e = HEADER + i * ENTRY;
      for (let k = 0; k < 4; k++) out[e + k] = t.tag.charCodeAt(k);
      // checkSum stays 0, as fontkit writes it.
      view.setUint32(e + 8, at);
      view.setUint32(e + 12, lengths[i]!);
      switch (t.tag) {
        case 'loca': {
          let offset = 0;
          for (let g = 0; g <= n; g++) {
            if (this.longLoca) view.setUint32(at + g * 4, offset);
            else view.setUint16(at + g * 2, offset >>> 1);
            if (g < n) offset += parts[g]!.bytes.length;
          }
          break;
        }
        case 'glyf': {
          let p = at;
          for (const part of parts) {
            out.set(part.bytes, p);
            for (const c of part.components) view.setUint16(p + c.pos, newId(c.gid));
            p += part.bytes.length;
          }
          break;
        }
        case 'hmtx':
          parts.forEach((part, g) => {
            view.setUint16(at + g * 4, part.advance);
            view.setInt16(at + g * 4 + 2, part.bearing);
          });
          break;
        default:
          out.set(t.bytes!, at);
          if (t.tag === 'maxp') view.setUint16(at + 4, n); // numGlyphs
          if (t.tag === 'hhea') view.setUint16(at + 34, n); // numberOfMetrics
      }
      at += lengths[i]!;
    });
    return out;
  }
}

/**
 * What pdfkit's EmbeddedFont uses of a fontkit subset: `includeGlyph` while text is written,
 * `encode` when the document ends. Glyph 0 first, then the glyphs in the order they were used,
 * then the components of composite glyphs as they are met (fontkit's order, so the same ids).
 */
export class TrueTypeSubset {
  readonly glyphs: number[] = [];
  /** Ids of the glyphs this subset started with (another subset's, shared, never changed). */
  private started: ReadonlyMap<number, number> = new Map();
  /** Ids of the glyphs included since. */
  private mapping = new Map<number, number>();
  /** This subset's ids as one map, made when another subset starts as this one; kept while no
   *  glyph has been added since (glyphs are only ever added). */
  private snapshot: { size: number; ids: ReadonlyMap<number, number> } | null = null;

  constructor(private readonly source: SubsetSource) {
    this.includeGlyph(0);
  }

  private idOf(gid: number): number | undefined {
    return this.started.get(gid) ?? this.mapping.get(gid);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const gid = typeof glyph === 'object' ? glyph.id : glyph;
    let id = this.idOf(gid);
    if (id === undefined) {
      id = this.glyphs.length;
      this.glyphs.push(gid);
      this.mapping.set(gid, id);
    }
    return id;
  }

  /**
   * Makes this fresh subset (glyph 0 alone) start as `other` does: its glyphs, in its order, as
   * if each had been included one by one. Its ids are shared, not copied (alphabet.ts does this
   * for every document, and copying the alphabet's map was a fifth of what a certificate
   * allocated). False, and nothing changed, when this subset is not fresh or `other` is of
   * another font.
   */
  startAs(other: unknown): boolean {
    if (!(other instanceof TrueTypeSubset) || other.source !== this.source || this.glyphs.length !== 1)
      return false;
    this.glyphs.length = 0;
    for (const g of other.glyphs) this.glyphs.push(g);
    this.started = other.ids();
    this.mapping = new Map();
    return true;
  }

  /** This subset's ids, as a map that will not change. */
  private ids(): ReadonlyMap<number, number> {
    if (this.snapshot?.size !== this.glyphs.length) {
      const ids = new Map(this.started);
      for (const [gid, id] of this.mapping) ids.set(gid, id);
      this.snapshot = { size: this.glyphs.length, ids };
    }
    return this.snapshot.ids;
  }

  encode(): Uint8Array {
    // Components join the list as fontkit's _addGlyph meets them, walking the growing list.
    for (let i = 0; i < this.glyphs.length; i++) {
      for (const c of this.source.glyph(this.glyphs[i]!).components) this.includeGlyph(c.gid);
    }
    return this.source.file(this.glyphs, (gid) => this.idOf(gid)!);
  }
}
