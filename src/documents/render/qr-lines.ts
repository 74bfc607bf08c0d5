// A QR symbol as lines of bits, rows and columns, and the penalty qrcode gives a masked symbol
// counted on them 32 modules at a time (qr.ts chooses the mask with it; qr.test.ts holds the choice
// to qrcode's).
/** Bits in a line's 32-bit words. */
export const WORD = 32;

/**
 * A symbol's lines as bits: `words` 32-bit words a line, bit j of a line at word j >> 5, bit
 * j & 31. Rows and columns are both kept, so that every line score is the same code.
 */
export interface Lines {
  rows: Int32Array;
  cols: Int32Array;
}

export function lines(bytes: Uint8Array, n: number, words: number): Lines {
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
export function penalty(l: Lines, n: number, words: number, atLeast = Infinity): number {
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
