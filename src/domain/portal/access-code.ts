import { createHmac, hash, timingSafeEqual } from 'node:crypto';
import { CROCKFORD_ALPHABET, normalizeCrockford } from '../identifiers/index.js';

// §17 (safety of the information), issue 8: an online application's private access code. The
// tracking code is printed and read aloud, so it alone shows nothing personal; with it, the access
// code opens the application's state and files. It is long and random (20 Crockford symbols, 100
// bits: guessing is hopeless even before the rate limit), shown once, and stored only as its SHA-256
// — with 100 bits of entropy a slow hash adds nothing. Pure: the caller passes the random bytes.
export const ACCESS_CODE_LENGTH = 20;

declare const accessCodeBrand: unique symbol;
/** An access code in canonical form: twenty upper-case Crockford symbols. */
export type AccessCode = string & { readonly [accessCodeBrand]: true };

/** A new access code from `bytes` (at least 20; the low five bits of each give one symbol). */
export function accessCodeFromBytes(bytes: Uint8Array): AccessCode {
  if (bytes.length < ACCESS_CODE_LENGTH)
    throw new RangeError(`need at least ${ACCESS_CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < ACCESS_CODE_LENGTH; i++) code += CROCKFORD_ALPHABET[(bytes[i] as number) & 31];
  return code as AccessCode;
}

/** As typed: case, hyphens, spaces and the Crockford look-alikes (I, L, O) forgiven; null if malformed. */
export function parseAccessCode(input: string): AccessCode | null {
  const cleaned = normalizeCrockford(input);
  if (cleaned.length !== ACCESS_CODE_LENGTH) return null;
  for (const ch of cleaned) if (!CROCKFORD_ALPHABET.includes(ch)) return null;
  return cleaned as AccessCode;
}

/** For showing and printing: `ABCDE-FGHJK-MNPQR-STVWX`. Parsing accepts both forms. */
export function formatAccessCode(code: AccessCode): string {
  return code.match(/.{1,5}/g)!.join('-');
}

/** What is stored: the hex SHA-256 of the canonical code (or of any other secret token). */
export function hashSecret(canonical: string): string {
  // One call, no hash object (made and collected for each look-up and draft page otherwise).
  return hash('sha256', canonical, 'hex');
}

/** Constant-time comparison of two hex digests (or any two strings of equal length). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  // Compare against itself when the lengths differ, so the time does not tell the length either.
  return timingSafeEqual(x, x.length === y.length ? y : x) && x.length === y.length;
}

/**
 * The applicant's identity document number as the counter recorded it and as typed on the track
 * page (IIN or passport number): spaces, hyphens and case forgiven. Never stored or logged.
 */
export function normalizeDocumentNumber(input: string): string {
  return input.toUpperCase().replace(/[\s\-№#]/g, '');
}

/** Constant-time check of a typed document number against the recorded ones (hashed first, so the
 *  lengths compared are equal). */
export function matchesDocumentNumber(typed: string, recorded: readonly string[]): boolean {
  const t = normalizeDocumentNumber(typed);
  if (t.length < 5) return false;
  const h = hashSecret(t);
  let found = false;
  for (const r of recorded) {
    const n = normalizeDocumentNumber(r);
    if (n.length === 0) continue;
    found = sameSecret(h, hashSecret(n)) || found;
  }
  return found;
}

/**
 * The access code of an online application, derived from its draft token (256 random bits held only
 * in the applicant's cookie): the server keeps the hashes of both and neither in the clear, yet a
 * double-submitted form — whose second answer is the one the browser shows — can show the same code
 * again. Without the token nobody, the server included, can recompute it.
 */
export function accessCodeForDraftToken(draftToken: string): AccessCode {
  const mac = createHmac('sha256', 'tirkeu access code').update(draftToken, 'utf8').digest();
  return accessCodeFromBytes(mac);
}
