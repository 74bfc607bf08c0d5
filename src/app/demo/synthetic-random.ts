// The seeded pseudo-random source of the synthetic data: the same seed gives the same data, on any
// machine and engine. sfc32 (Chris Doty-Humphrey's "small fast chaotic" generator, from the PractRand
// suite) keeps 128 bits of state in four 32-bit words; each stream is seeded from the SHA-256 of its
// name, so a case's data depend only on (seed, run, case index), never on the order of generation.
import { createHash } from 'node:crypto';

export class SyntheticRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(words: readonly [number, number, number, number]) {
    [this.a, this.b, this.c, this.d] = words;
    // The reference implementation discards the first outputs so that similar seeds diverge.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream named by its parts (e.g. the seed, the run, 'case', 42). */
  static of(...parts: readonly (string | number)[]): SyntheticRandom {
    const h = createHash('sha256').update(parts.map(String).join('\u0000'), 'utf8').digest();
    return new SyntheticRandom([h.readUInt32LE(0), h.readUInt32LE(4), h.readUInt32LE(8), h.readUInt32LE(12)]);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One of the items, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.uint32() & 0xff;
    return out;
  }

  /** A version-4-shaped UUID (RFC 9562 §5.4) drawn from this stream. */
  uuid(): string {
    const b = this.bytes(16);
    b[6] = ((b[6] as number) & 0x0f) | 0x40;
    b[8] = ((b[8] as number) & 0x3f) | 0x80;
    const hex = Buffer.from(b).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** `n` decimal digits (leading zeros kept). */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }

  /** A code following a pattern: `#` a digit, `A` a Latin capital, anything else kept. */
  code(pattern: string): string {
    let s = '';
    for (const ch of pattern)
      s += ch === '#' ? String(this.int(0, 9)) : ch === 'A' ? String.fromCharCode(65 + this.int(0, 25)) : ch;
    return s;
  }
}
