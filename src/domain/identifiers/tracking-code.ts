import { fail, ok, type ParseResult } from './parse-result.js';

// domain.md §5: every case and complaint gets a tracking code printed on its receipt or talon:
// 10 characters of Crockford base32 — 9 random characters and 1 check character.
//
// The check is a Damm check over the field GF(32) (polynomial x^5 + x^2 + 1), with the
// quasigroup a ∘ b = 2·a ⊕ b. Running it over all ten characters gives 0 for a valid code.
// Why not Crockford's own mod-37 check: its extra symbols * ~ $ = U would appear in one code of
// seven, and citizens type these codes on phones and in URLs. This check stays inside the
// 32-symbol alphabet and still detects
//   - every single-character substitution (each step is a bijection of the running value), and
//   - every transposition of two adjacent different characters (2·x ⊕ y ≠ 2·y ⊕ x when x ≠ y,
//     because 2 ≠ 1 in the field), which mod-37 also catches but a plain mod-32 sum would not.
// Parsing forgives what people do: lower case, I and L for 1, O for 0, hyphens and spaces.
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const TRACKING_CODE_LENGTH = 10;
const DATA_LENGTH = TRACKING_CODE_LENGTH - 1;

declare const trackingCodeBrand: unique symbol;
/** A tracking code in canonical form: ten upper-case Crockford symbols, check character last. */
export type TrackingCode = string & { readonly [trackingCodeBrand]: true };

export type TrackingCodeError = 'TRACKING_CODE_LENGTH' | 'TRACKING_CODE_CHARACTER' | 'TRACKING_CODE_CHECK';

/** Multiplication by the field element 2 (i.e. x) modulo x^5 + x^2 + 1. */
function times2(v: number): number {
  const shifted = v << 1;
  return shifted & 0b100000 ? shifted ^ 0b100101 : shifted;
}

function runningCheck(values: readonly number[]): number {
  let interim = 0;
  for (const v of values) interim = times2(interim) ^ v;
  return interim;
}

/** The check symbol for nine data symbols. */
export function trackingCheckSymbol(data: string): string {
  if (data.length !== DATA_LENGTH) throw new RangeError(`expected ${DATA_LENGTH} data symbols`);
  const values = [...data].map(symbolValue);
  if (values.some((v) => v < 0)) throw new RangeError(`not a Crockford base32 string: ${data}`);
  return CROCKFORD_ALPHABET[times2(runningCheck(values))] as string;
}

/**
 * A new tracking code from caller-supplied random bytes (no I/O here: the caller passes
 * e.g. `crypto.randomBytes(9)`). The low five bits of each of the first nine bytes give one
 * symbol each; 256 is a multiple of 32, so uniform bytes give uniform symbols (45 bits).
 */
export function trackingCodeFromBytes(bytes: Uint8Array): TrackingCode {
  if (bytes.length < DATA_LENGTH) throw new RangeError(`need at least ${DATA_LENGTH} random bytes`);
  let data = '';
  for (let i = 0; i < DATA_LENGTH; i++) data += CROCKFORD_ALPHABET[(bytes[i] as number) & 31];
  return (data + trackingCheckSymbol(data)) as TrackingCode;
}

export function parseTrackingCode(input: string): ParseResult<TrackingCode, TrackingCodeError> {
  const cleaned = normalizeCrockford(input);
  if (cleaned.length !== TRACKING_CODE_LENGTH) return fail('TRACKING_CODE_LENGTH');
  const values = [...cleaned].map(symbolValue);
  if (values.some((v) => v < 0)) return fail('TRACKING_CODE_CHARACTER');
  if (runningCheck(values) !== 0) return fail('TRACKING_CODE_CHECK');
  return ok(cleaned as TrackingCode);
}

/** Upper case, I/L → 1, O → 0, hyphens and whitespace dropped (Crockford's decoding rules). */
export function normalizeCrockford(input: string): string {
  const upper = input.toUpperCase();
  // Codes as typed are mostly clean already: only then is a new string built.
  if (!/[\sILO-]/.test(upper)) return upper;
  return upper.replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** For reading aloud or printing: `TK7F3-K9QX2`. Parsing accepts both forms. */
export function formatTrackingCodeGrouped(code: TrackingCode): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

function symbolValue(ch: string): number {
  return CROCKFORD_ALPHABET.indexOf(ch);
}
