import { createRequire } from 'node:module';
import QRCode from 'qrcode';

type Level = ReturnType<typeof QRCode.create>['errorCorrectionLevel'];

// The symbol itself, built as qrcode builds it but from what depends on the version alone,
// worked out once per version: the function patterns and the version information (from a symbol
// qrcode makes), the order in which data modules are filled (qrcode's setupData walk), the error
// correction blocks and their generator polynomial. What is left for each text is writing its
// bytes, the Reed–Solomon remainders (with log tables, the same remainders qrcode's polynomial
// division gives) and placing the bits. qr.test.ts holds the result to qrcode's, module for module.

const coreRequire = createRequire(import.meta.url);
const Utils = coreRequire('qrcode/lib/core/utils') as { getSymbolTotalCodewords(version: number): number };
const ECCode = coreRequire('qrcode/lib/core/error-correction-code') as {
  getBlocksCount(version: number, level: Level): number;
  getTotalCodewordsCount(version: number, level: Level): number;
};
export const ECLevel = coreRequire('qrcode/lib/core/error-correction-level') as { M: Level };
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

export interface VersionTables {
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

export function versionFor(bytes: number): number | null {
  for (let v = 1; v <= 40; v++) {
    const capacity = (Utils.getSymbolTotalCodewords(v) - ECCode.getTotalCodewordsCount(v, ECLevel.M)) * 8;
    if (4 + (v < 10 ? 8 : 16) + 8 * bytes <= capacity) return v;
  }
  return null;
}

export function tablesOfVersion(version: number): VersionTables {
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
export function codewords(bytes: Uint8Array, t: VersionTables): Uint8Array {
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
