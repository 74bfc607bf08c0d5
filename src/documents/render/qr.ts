import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { lines, penalty, WORD, type Lines } from './qr-lines.js';
import { codewords, ECLevel, tablesOfVersion, versionFor, type VersionTables } from './qr-version.js';

// The seal's QR as a one-bit image mask, a sample a module, drawn without interpolation (crisp
// at any print resolution, a few hundred bytes of PDF). Error correction M survives a fold or a
// smudge on paper, and the four-module quiet zone the readers need is part of the image, white.

const QUIET = 4;

export type Qr = ReturnType<typeof QRCode.create>;

// The format information bits of a mask, from the package itself (qrcode 1.5, lib/core).
const FormatInfo = createRequire(import.meta.url)('qrcode/lib/core/format-info') as {
  getEncodedBits: (level: Qr['errorCorrectionLevel'], mask: number) => number;
};

const MASKS = 8;

/** Whether mask `p` flips the module at (i, j): ISO/IEC 18004 table 10, as qrcode writes it. */
function maskAt(p: number, i: number, j: number): boolean {
  switch (p) {
    case 0:
      return (i + j) % 2 === 0;
    case 1:
      return i % 2 === 0;
    case 2:
      return j % 3 === 0;
    case 3:
      return (i + j) % 3 === 0;
    case 4:
      return (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0;
    case 5:
      return ((i * j) % 2) + ((i * j) % 3) === 0;
    case 6:
      return (((i * j) % 2) + ((i * j) % 3)) % 2 === 0;
    default:
      return (((i * j) % 3) + ((i + j) % 2)) % 2 === 0;
  }
}

/** What depends on the symbol's size alone: its eight masks (limited to the modules masking may
 *  touch — function patterns, format and version areas are reserved) and the format areas. */
interface SizeTables {
  words: number;
  /** Each mask as one byte a module (1: flipped). */
  maskBytes: Uint8Array[];
  masks: Lines[];
  /** The format information cells, as lines (cleared before each mask's format is written). */
  formatCells: Lines;
  /** The format information by its 15 bits (the level and the mask), as lines. */
  formats: Map<number, Lines>;
}

const sizeTables = new Map<number, SizeTables>();

function tablesFor(n: number, reserved: Uint8Array): SizeTables {
  let t = sizeTables.get(n);
  if (t) return t;
  const words = Math.ceil(n / WORD);
  const maskBytes: Uint8Array[] = [];
  for (let p = 0; p < MASKS; p++) {
    const b = new Uint8Array(n * n);
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) b[r * n + c] = !reserved[r * n + c] && maskAt(p, r, c) ? 1 : 0;
    maskBytes.push(b);
  }
  const cells = new Uint8Array(n * n);
  formatPositions(n, (i) => (cells[i] = 1));
  t = {
    words,
    maskBytes,
    masks: maskBytes.map((b) => lines(b, n, words)),
    formatCells: lines(cells, n, words),
    formats: new Map(),
  };
  sizeTables.set(n, t);
  return t;
}

/** The 31 cells qrcode's setupFormatInfo writes, in its order: bit i of the format information
 *  goes to `at(index, i)` twice (vertical, horizontal), then the fixed dark module (i = 15). */
function formatPositions(n: number, at: (index: number, bit: number) => void): void {
  for (let i = 0; i < 15; i++) {
    if (i < 6) at(i * n + 8, i);
    else if (i < 8) at((i + 1) * n + 8, i);
    else at((n - 15 + i) * n + 8, i);
    if (i < 8) at(8 * n + n - i - 1, i);
    else if (i < 9) at(8 * n + 15 - i, i);
    else at(8 * n + 15 - i - 1, i);
  }
  at((n - 8) * n + 8, 15);
}

function formatLines(t: SizeTables, n: number, bits: number): Lines {
  let f = t.formats.get(bits);
  if (f) return f;
  const cells = new Uint8Array(n * n);
  setFormat(cells, n, bits);
  f = lines(cells, n, t.words);
  t.formats.set(bits, f);
  return f;
}

/** Writes the format information `bits` of a mask (and the fixed dark module) into a symbol. */
function setFormat(m: Uint8Array, n: number, bits: number): void {
  formatPositions(n, (index, i) => (m[index] = i === 15 ? 1 : (bits >> i) & 1));
}

/**
 * The QR of `text`, module for module the symbol `QRCode.create` makes (qr.test.ts holds them
 * equal): one byte-mode segment at level M, the smallest version that holds it, the mask qrcode
 * chooses. qrcode builds the symbol through a bit buffer, a polynomial division and method calls
 * for every module, and finds the best of the eight masks by masking and scoring its BitMatrix one
 * module at a time; here the symbol is built from tables of its version (qr-version.ts), unmasked, and
 * each mask scored on 32 modules at a time (qr-lines.ts).
 */
export function makeQr(text: string): Qr {
  const bytes = Buffer.from(text, 'utf8');
  const version = versionFor(bytes.length);
  // What no version holds: qrcode says so, as it would have.
  if (version === null) return QRCode.create([{ data: bytes, mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const v = tablesOfVersion(version);
  const n = v.n;
  const t = tablesFor(n, v.reserved);
  const at = placementOf(v, t);
  // The unmasked symbol as lines: the function patterns (format areas cleared), then each dark
  // data bit set where qrcode's walk puts it, in its row and in its column.
  const rows = at.start.rows.slice();
  const cols = at.start.cols.slice();
  const { rowWord, rowBit, colWord, colBit } = at;
  const words = codewords(bytes, v);
  const bits = Math.min(v.order.length, words.length * 8);
  for (let i = 0; i < words.length; i++) {
    // The byte's dark bits only (first bit = most significant), lowest first.
    for (let b = words[i]!; b !== 0; b &= b - 1) {
      const k = i * 8 + 7 - (31 - Math.clz32(b & -b));
      if (k >= bits) continue;
      rows[rowWord[k]!]! |= rowBit[k]!;
      cols[colWord[k]!]! |= colBit[k]!;
    }
  }
  const trial: Lines = { rows: new Int32Array(rows.length), cols: new Int32Array(cols.length) };
  const masked = (p: number): void => {
    const mask = t.masks[p]!;
    const f = formatLines(t, n, FormatInfo.getEncodedBits(ECLevel.M, p));
    const { rows: tr, cols: tc } = trial;
    const { rows: mr, cols: mc } = mask;
    const { rows: fr, cols: fc } = f;
    for (let i = 0; i < tr.length; i++) {
      tr[i] = rows[i]! ^ mr[i]! ^ fr[i]!;
      tc[i] = cols[i]! ^ mc[i]! ^ fc[i]!;
    }
  };
  let best = 0;
  let lowest = Infinity;
  for (let p = 0; p < MASKS; p++) {
    masked(p);
    const score = penalty(trial, n, t.words, lowest);
    if (score < lowest) {
      lowest = score;
      best = p;
    }
  }
  // The chosen mask's symbol, format information included, as one byte a module.
  masked(best);
  const data = new Uint8Array(n * n);
  for (let r = 0; r < n; r++)
    for (let w = 0; w < t.words; w++)
      for (let x = trial.rows[r * t.words + w]!; x !== 0; x &= x - 1)
        data[r * n + w * WORD + 31 - Math.clz32(x & -x)] = 1;
  return {
    modules: { size: n, data, reservedBit: v.reserved },
    version: v.version,
    errorCorrectionLevel: ECLevel.M,
    maskPattern: best,
    segments: [],
  } as unknown as Qr;
}

/** Where each data bit of a version goes in the symbol's lines, and the lines it starts from. */
interface Placement {
  /** The function patterns and version information, format areas cleared. */
  start: Lines;
  /** For data bit k (in qrcode's order): the word of its row's line and its bit in that word,
   *  the same in its column's line. */
  rowWord: Int32Array;
  rowBit: Int32Array;
  colWord: Int32Array;
  colBit: Int32Array;
}

const placements = new Map<number, Placement>();

function placementOf(v: VersionTables, t: SizeTables): Placement {
  let at = placements.get(v.version);
  if (at) return at;
  const n = v.n;
  const start = lines(v.template, n, t.words);
  for (let i = 0; i < start.rows.length; i++) {
    start.rows[i]! &= ~t.formatCells.rows[i]!;
    start.cols[i]! &= ~t.formatCells.cols[i]!;
  }
  const count = v.order.length;
  at = {
    start,
    rowWord: new Int32Array(count),
    rowBit: new Int32Array(count),
    colWord: new Int32Array(count),
    colBit: new Int32Array(count),
  };
  for (let k = 0; k < count; k++) {
    const r = Math.floor(v.order[k]! / n);
    const c = v.order[k]! % n;
    at.rowWord[k] = r * t.words + (c >> 5);
    at.rowBit[k] = 1 << (c & 31);
    at.colWord[k] = c * t.words + (r >> 5);
    at.colBit[k] = 1 << (r & 31);
  }
  placements.set(v.version, at);
  return at;
}

/** Modules across, quiet zone included. */
export function qrWidthInModules(qr: Qr): number {
  return qr.modules.size + 2 * QUIET;
}

/**
 * The symbol as a one-bit image mask, quiet zone included: a bit a module, a row padded to whole
 * bytes, 0 where a module is dark (an image mask paints its 0 samples in the fill colour, PDF 1.7
 * §8.9.6.2). A few hundred bytes where the modules drawn as rectangles were three quarters of a
 * certificate's page content, to compress and to write for every document. Without
 * interpolation (the default) a viewer scales it by repeating samples: square, crisp modules.
 */
export function qrImageMask(qr: Qr): { width: number; bytes: Uint8Array } {
  const n = qr.modules.size;
  const data = (qr.modules as unknown as { data: Uint8Array }).data;
  const width = n + 2 * QUIET;
  const stride = (width + 7) >> 3;
  const bytes = new Uint8Array(stride * width).fill(0xff);
  for (let r = 0; r < n; r++) {
    const row = (QUIET + r) * stride;
    // Without a branch: half the modules, at random, are dark.
    for (let c = 0; c < n; c++) {
      const x = QUIET + c;
      bytes[row + (x >> 3)]! &= ~((data[r * n + c]! & 1) << (7 - (x & 7)));
    }
  }
  return { width, bytes };
}

/** The parts of a pdfkit document drawQr uses besides its public drawing methods (pdfkit 0.20:
 *  the page's XObject resources, as ImageMixin.image fills them). */
interface PageResources {
  page: { xobjects: Record<string, unknown> };
}

/**
 * Draws the QR `size` points wide with its top left corner at (x, y): an image mask XObject in
 * the page's resources, placed as pdfkit places its images (the unit square scaled, flipped
 * into pdfkit's top-down coordinates) and painted black.
 */
export function drawQr(doc: PDFKit.PDFDocument, qr: Qr, x: number, y: number, size: number): void {
  const { width, bytes } = qrImageMask(qr);
  const image = doc.ref({
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: width,
    ImageMask: true,
    BitsPerComponent: 1,
  });
  // Stored as it is: compressing a few hundred bytes of noise (the seal) saves little and costs
  // a compressor's set-up for every document (pdfkit skips it for its metadata the same way).
  (image as unknown as { compress: boolean }).compress = false;
  image.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const resources = (doc as unknown as PageResources).page.xobjects;
  let label = 'QR1';
  for (let i = 2; label in resources; i++) label = `QR${i}`;
  resources[label] = image;
  doc.save();
  doc.fillColor('black');
  doc.transform(size, 0, 0, -size, x, y + size);
  doc.addContent(`/${label} Do`);
  doc.restore();
}
