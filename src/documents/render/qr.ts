import { createRequire } from 'node:module';
import QRCode from 'qrcode';

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

/** Bits in a line's 32-bit words. */
const WORD = 32;

/**
 * A symbol's lines as bits: `words` 32-bit words a line, bit j of a line at word j >> 5, bit
 * j & 31. Rows and columns are both kept, so that every line score is the same code.
 */
interface Lines {
  rows: Int32Array;
  cols: Int32Array;
}

function lines(bytes: Uint8Array, n: number, words: number): Lines {
  const rows = new Int32Array(n * words);
  const cols = new Int32Array(n * words);
  // Without a branch: the modules are 0 or 1, and half of them, at random, are 1.
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const bit = bytes[r * n + c]! & 1;
      rows[r * words + (c >> 5)]! |= bit << (c & 31);
      cols[c * words + (r >> 5)]! |= bit << (r & 31);
    }
  return { rows, cols };
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

function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

// Below, with x a word of a line and nx the next word (0 after the last), (x >>> k) | (nx << (32 - k))
// is that word shifted toward bit 0 by k: its bit j is the line's module j + k.

/** The mask of bits 0 … count - 1 in word w (count may run past the word or stop before it). */
function upTo(w: number, count: number): number {
  const left = count - w * WORD;
  return left >= WORD ? -1 : left <= 0 ? 0 : (1 << left) - 1;
}

/** qrcode's N1 (runs of five or more alike: 3 + the excess) and N3 (the 1:1:3:1:1 pattern with
 *  four light modules after or before it — its 0x5D0 and 0x05D as the window slides —, 40 each)
 *  of one line, counted on 32 modules at a time. */
function lineScore(line: Int32Array, at: number, words: number, n: number): number {
  let windows = 0;
  let runs = 0;
  let patterns = 0;
  let carry = 0; // the last bit of the previous word's five-alike windows
  // Only the words where a five-module window can start: past them every count below is masked
  // to nothing (a 65-module line has a third word for its last module alone).
  const starts = Math.ceil((n - 4) / WORD);
  for (let w = 0; w < starts; w++) {
    const x = line[at + w]!;
    const nx = w + 1 < words ? line[at + w + 1]! : 0;
    // e_j: module j is as module j + 1; f_j: modules j … j + 4 alike.
    const s1 = (x >>> 1) | (nx << 31);
    const s2 = (x >>> 2) | (nx << 30);
    const s3 = (x >>> 3) | (nx << 29);
    const s4 = (x >>> 4) | (nx << 28);
    const f = ~(x ^ s1) & ~(s1 ^ s2) & ~(s2 ^ s3) & ~(s3 ^ s4) & upTo(w, n - 4);
    windows += popcount(f);
    // A run of length L ≥ 5 is L - 4 windows in a row; it scores L - 2 = windows + 2 per run.
    runs += popcount(f & ~((f << 1) | carry));
    carry = f >>> 31;
    const s5 = (x >>> 5) | (nx << 27);
    const s6 = (x >>> 6) | (nx << 26);
    // 1 0 1 1 1 0 1 0 0 0 0 and 0 0 0 0 1 0 1 1 1 0 1 starting at module j. Their first seven
    // modules are rare in a masked symbol (one start in 128 each), so the last four are looked at
    // only in the words where one of them begins, and counted only where one is whole.
    const a7 = x & ~s1 & s2 & s3 & s4 & ~s5 & s6;
    const b7 = ~x & ~s1 & ~s2 & ~s3 & s4 & ~s5 & s6;
    const within = upTo(w, n - 10);
    if (((a7 | b7) & within) !== 0) {
      const s7 = (x >>> 7) | (nx << 25);
      const s8 = (x >>> 8) | (nx << 24);
      const s9 = (x >>> 9) | (nx << 23);
      const s10 = (x >>> 10) | (nx << 22);
      const a = a7 & ~s7 & ~s8 & ~s9 & ~s10 & within;
      const b = b7 & s7 & s8 & ~s9 & s10 & within;
      if ((a | b) !== 0) patterns += popcount(a) + popcount(b);
    }
  }
  return windows + 2 * runs + 40 * patterns;
}

/**
 * The penalty qrcode 1.5 gives a masked symbol (lib/core/mask-pattern.js getPenaltyN1…N4: runs of
 * five or more alike, 2×2 blocks, the 1:1:3:1:1 finder-like pattern, the balance of dark
 * modules), the same numbers counted 32 modules at a time instead of one `get` at a time.
 */
function penalty(l: Lines, n: number, words: number, atLeast = Infinity): number {
  let score = 0;
  let dark = 0;
  for (let i = 0; i < n; i++) {
    score += lineScore(l.rows, i * words, words, n) + lineScore(l.cols, i * words, words, n);
    // Every part of the penalty adds, so a mask already scored past the best one so far cannot
    // become the best: stop counting (the choice stays qrcode's, ties to the lower mask).
    if (score >= atLeast) return score;
    for (let w = 0; w < words; w++) dark += popcount(l.rows[i * words + w]!);
  }
  let blocks = 0;
  const blockStarts = Math.ceil((n - 1) / WORD);
  for (let r = 0; r + 1 < n; r++) {
    for (let w = 0; w < blockStarts; w++) {
      const top = r * words;
      const below = top + words;
      const x = l.rows[top + w]!;
      const y = l.rows[below + w]!;
      const x1 = (x >>> 1) | (w + 1 < words ? l.rows[top + w + 1]! << 31 : 0);
      const y1 = (y >>> 1) | (w + 1 < words ? l.rows[below + w + 1]! << 31 : 0);
      const alike = ~(x ^ y); // module c as the one under it
      const alikeNext = ~(x1 ^ y1);
      const besides = ~(x ^ x1); // c as c + 1
      blocks += popcount(alike & alikeNext & besides & upTo(w, n - 1));
    }
  }
  const k = Math.abs(Math.ceil((dark * 100) / (n * n) / 5) - 10);
  return score + blocks * 3 + k * 10;
}

/**
 * The QR of `text`, module for module the symbol `QRCode.create` makes (qr.test.ts holds them
 * equal): one byte-mode segment at level M, the smallest version that holds it, the mask qrcode
 * chooses. qrcode builds the symbol through a bit buffer, a polynomial division and method calls
 * for every module, and finds the best of the eight masks by masking and scoring its BitMatrix one
 * module at a time; here the symbol is built from tables of its version (below), unmasked, and
 * each mask scored on 32 modules at a time.
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

// The symbol itself, built as qrcode builds it but from what depends on the version alone,
// worked out once per version: the function patterns and the version information (from a symbol
// qrcode makes), the order in which data modules are filled (qrcode's setupData walk), the error
// correction blocks and their generator polynomial. What is left for each text is writing its
// bytes, the Reed–Solomon remainders (with log tables, the same remainders qrcode's polynomial
// division gives) and placing the bits. qr.test.ts holds the result to qrcode's, module for module.

const coreRequire = createRequire(import.meta.url);
const Utils = coreRequire('qrcode/lib/core/utils') as { getSymbolTotalCodewords(version: number): number };
const ECCode = coreRequire('qrcode/lib/core/error-correction-code') as {
  getBlocksCount(version: number, level: Qr['errorCorrectionLevel']): number;
  getTotalCodewordsCount(version: number, level: Qr['errorCorrectionLevel']): number;
};
const ECLevel = coreRequire('qrcode/lib/core/error-correction-level') as { M: Qr['errorCorrectionLevel'] };
const Polynomial = coreRequire('qrcode/lib/core/polynomial') as {
  generateECPolynomial(degree: number): Uint8Array;
};

/** GF(256) with qrcode's polynomial (0x11D): exp doubled so that log a + log b needs no mod. */
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
{
  let x = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 0x100) x ^= 0x11d;
  }
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;
}

interface VersionTables {
  version: number;
  n: number;
  dataCodewords: number;
  /** Data codewords of each block, in order. */
  blocks: number[];
  ecCount: number;
  /** The generator polynomial's coefficients after the leading 1 times each factor 0 … 255, a
   *  row of `ecCount` a factor. */
  generatorProducts: Uint8Array;
  /** Function patterns, version and format information (of mask 0), as qrcode draws them. */
  template: Uint8Array;
  reserved: Uint8Array;
  /** The data modules in the order qrcode fills them. */
  order: Int32Array;
}

const versionTables = new Map<number, VersionTables>();

function versionFor(bytes: number): number | null {
  for (let v = 1; v <= 40; v++) {
    const capacity = (Utils.getSymbolTotalCodewords(v) - ECCode.getTotalCodewordsCount(v, ECLevel.M)) * 8;
    if (4 + (v < 10 ? 8 : 16) + 8 * bytes <= capacity) return v;
  }
  return null;
}

function tablesOfVersion(version: number): VersionTables {
  let t = versionTables.get(version);
  if (t) return t;
  const sample = QRCode.create([{ data: Buffer.alloc(1), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    maskPattern: 0,
    version,
  });
  const modules = sample.modules as unknown as { size: number; data: Uint8Array; reservedBit: Uint8Array };
  const n = modules.size;
  const reserved = modules.reservedBit.slice();
  const template = new Uint8Array(n * n);
  for (let i = 0; i < template.length; i++) if (reserved[i]) template[i] = modules.data[i]!;
  // qrcode's setupData: two columns at a time from the right, up and down, column 6 skipped.
  const order: number[] = [];
  let inc = -1;
  let row = n - 1;
  for (let col = n - 1; col > 0; col -= 2) {
    if (col === 6) col--;
    for (;;) {
      for (let c = 0; c < 2; c++) if (!reserved[row * n + col - c]) order.push(row * n + col - c);
      row += inc;
      if (row < 0 || n <= row) {
        row -= inc;
        inc = -inc;
        break;
      }
    }
  }
  // qrcode's createCodewords: the blocks of its two groups, one error correction length.
  const total = Utils.getSymbolTotalCodewords(version);
  const dataCodewords = total - ECCode.getTotalCodewordsCount(version, ECLevel.M);
  const count = ECCode.getBlocksCount(version, ECLevel.M);
  const inGroup2 = total % count;
  const inGroup1 = count - inGroup2;
  const data1 = Math.floor(dataCodewords / count);
  const ecCount = Math.floor(total / count) - data1;
  const blocks: number[] = [];
  for (let b = 0; b < count; b++) blocks.push(b < inGroup1 ? data1 : data1 + 1);
  const generator = Polynomial.generateECPolynomial(ecCount);
  const generatorProducts = new Uint8Array(256 * ecCount);
  for (let f = 1; f < 256; f++)
    for (let i = 0; i < ecCount; i++)
      generatorProducts[f * ecCount + i] = EXP[LOG[f]! + LOG[generator[i + 1]!]!]!;
  t = {
    version,
    n,
    dataCodewords,
    blocks,
    ecCount,
    generatorProducts,
    template,
    reserved,
    order: Int32Array.from(order),
  };
  versionTables.set(version, t);
  return t;
}

/** The remainder of data·x^ec divided by the generator: the block's error correction codewords.
 *  Each step shifts the remainder by one codeword and adds the generator times the leading factor,
 *  read from the version's table of those products. */
function remainder(data: Uint8Array, t: VersionTables): Uint8Array {
  const ec = t.ecCount;
  const out = new Uint8Array(ec);
  const products = t.generatorProducts;
  for (let i = 0; i < data.length; i++) {
    const row = (data[i]! ^ out[0]!) * ec;
    for (let j = 0; j + 1 < ec; j++) out[j] = out[j + 1]! ^ products[row + j]!;
    out[ec - 1] = products[row + ec - 1]!;
  }
  return out;
}

/** The codewords of one byte segment holding `bytes`, error correction included, interleaved. */
function codewords(bytes: Uint8Array, t: VersionTables): Uint8Array {
  const data = new Uint8Array(t.dataCodewords);
  // mode 0100, the count (8 or 16 bits), the bytes; the terminator and the padding to a byte
  // are zeros already; then 0xEC, 0x11 alternately.
  let bit = 0;
  const put = (value: number, length: number): void => {
    for (let i = length - 1; i >= 0; i--, bit++) if ((value >>> i) & 1) data[bit >> 3]! |= 0x80 >> (bit & 7);
  };
  put(0b0100, 4);
  put(bytes.length, t.version < 10 ? 8 : 16);
  // 12 or 20 bits so far: each byte straddles two codewords, a half in each.
  let at = bit >> 3;
  for (const b of bytes) {
    data[at]! |= b >>> 4;
    data[++at]! |= (b & 0x0f) << 4;
  }
  bit += 8 * bytes.length;
  if (bit + 4 <= t.dataCodewords * 8) bit += 4;
  bit = (bit + 7) & ~7;
  for (let i = bit >> 3, k = 0; i < t.dataCodewords; i++, k++) data[i] = k % 2 ? 0x11 : 0xec;
  const total = t.dataCodewords + t.ecCount * t.blocks.length;
  const out = new Uint8Array(total);
  const parts: Uint8Array[] = [];
  const ecs: Uint8Array[] = [];
  let offset = 0;
  for (const size of t.blocks) {
    const block = data.subarray(offset, offset + size);
    parts.push(block);
    ecs.push(remainder(block, t));
    offset += size;
  }
  let k = 0;
  const longest = t.blocks[t.blocks.length - 1]!;
  for (let i = 0; i < longest; i++) for (const p of parts) if (i < p.length) out[k++] = p[i]!;
  for (let i = 0; i < t.ecCount; i++) for (const e of ecs) out[k++] = e[i]!;
  return out;
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
