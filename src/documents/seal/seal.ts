import crypto, { type KeyObject } from 'node:crypto';
import { isPlainDate, type PlainDate } from '../../domain/time/plain-date.js';
import { decodeCompactText, encodeCompactText } from './compact-text.js';
import type { Signer } from './signer.js';

// The integrity seal in the QR of a certificate (annex 5) or reference (annex 6), domain.md §6.
// The QR holds one address a phone can open:
//
//   ${publicUrl}/check/35-004/2026/1-0009#<fields>.<keyId>.<signature>
//
// The path names the document for the public check page; after «#» (never sent to a server, so
// never in its logs) come the key fields (four lines in the one-byte code of compact-text.ts,
// base64url), the key id and the Ed25519 signature (base64url) over the number and those lines.
// A holder or territory longer than SEAL_TEXT_MAX characters is sealed as its first characters
// and «…», so that the QR stays readable from paper; the public check shows the full record. Religious affiliation is NEVER among
// them: it is special-category data (domain.md §8) and a QR is read by anyone who holds the paper.

export interface SealFields {
  /** Certificate or reference number (domain.md §5). */
  number: string;
  /** The holder: the missionary's full name, or the group's name. */
  holder: string;
  /** Territory of activity. */
  territory: string;
  issued: PlainDate;
  /** The certificate's «valid until»; null for a reference (groups have no expiry). */
  validUntil: PlainDate | null;
}

export type SealProblem = 'MALFORMED' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE';

export type SealVerdict =
  | { valid: true; fields: SealFields; keyId: string; checkUrl: string }
  | { valid: false; problem: SealProblem };

export interface ParsedSeal {
  checkUrl: string;
  fields: SealFields;
  keyId: string;
  signature: Uint8Array;
}

const DOMAIN = 'tirkeu-seal-1';
const NUMBER = /^[0-9A-Z][0-9A-Z/-]{2,40}$/;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export const SEAL_TEXT_MAX = 120;

/** One line per field, whitespace runs folded (the printed value and the sealed one compare
 *  equal), at most SEAL_TEXT_MAX characters. */
function fold(s: string): string {
  const chars = [...s.replace(/\s+/g, ' ').trim()];
  return chars.length <= SEAL_TEXT_MAX ? chars.join('') : `${chars.slice(0, SEAL_TEXT_MAX - 1).join('')}…`;
}

const compactDate = (d: PlainDate | null): string => (d === null ? '-' : d.replaceAll('-', ''));

function expandDate(s: string | undefined): PlainDate | null | undefined {
  if (s === '-') return null;
  if (s === undefined || !/^\d{8}$/.test(s)) return undefined;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`;
  return isPlainDate(iso) ? iso : undefined;
}

function fieldLines(f: SealFields): string {
  return [fold(f.holder), fold(f.territory), compactDate(f.issued), compactDate(f.validUntil)].join('\n');
}

/**
 * The fields in which a seal and a record differ, compared as sealed (whitespace folded, a long value
 * as its sealed beginning): the public check says a genuine seal no longer matches the registry.
 */
export function sealedFieldDifferences(
  sealed: SealFields,
  record: SealFields,
): ('number' | 'holder' | 'territory' | 'issued' | 'validUntil')[] {
  const out: ('number' | 'holder' | 'territory' | 'issued' | 'validUntil')[] = [];
  if (sealed.number !== record.number) out.push('number');
  if (fold(sealed.holder) !== fold(record.holder)) out.push('holder');
  if (fold(sealed.territory) !== fold(record.territory)) out.push('territory');
  if (sealed.issued !== record.issued) out.push('issued');
  if (sealed.validUntil !== record.validUntil) out.push('validUntil');
  return out;
}

/** The signature part of a seal's text (base64url), or null when it is not a seal. */
export function sealSignatureOf(qrText: string): string | null {
  const parsed = parseSealQr(qrText);
  return parsed ? Buffer.from(parsed.signature).toString('base64url') : null;
}

/** The exact bytes signed: a domain tag, the number and the field lines. */
function signedBytes(number: string, lines: string): Uint8Array {
  return new TextEncoder().encode(`${DOMAIN}\n${number}\n${lines}`);
}

export function checkUrlFor(publicUrl: string, number: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/check/${number}`;
}

/** Seals the key fields and returns the text to put in the QR. */
export async function sealQrText(fields: SealFields, signer: Signer, publicUrl: string): Promise<string> {
  if (!NUMBER.test(fields.number)) throw new RangeError(`not a document number: ${fields.number}`);
  if (!KEY_ID.test(signer.keyId)) throw new RangeError(`unusable key id: ${signer.keyId}`);
  const lines = fieldLines(fields);
  const signature = await signer.sign(signedBytes(fields.number, lines));
  const payload = Buffer.from(encodeCompactText(lines)).toString('base64url');
  return `${checkUrlFor(publicUrl, fields.number)}#${payload}.${signer.keyId}.${Buffer.from(signature).toString('base64url')}`;
}

/** Reads a QR's text back into its parts; null when it is not a seal at all. */
export function parseSealQr(text: string): ParsedSeal | null {
  const hash = text.indexOf('#');
  if (hash < 0) return null;
  const checkUrl = text.slice(0, hash);
  const at = checkUrl.lastIndexOf('/check/');
  if (at < 0) return null;
  const number = checkUrl.slice(at + '/check/'.length);
  const parts = text.slice(hash + 1).split('.');
  if (parts.length !== 3 || !NUMBER.test(number)) return null;
  const [payload, keyId, sig] = parts as [string, string, string];
  if (!KEY_ID.test(keyId) || !/^[A-Za-z0-9_-]+$/.test(payload) || !/^[A-Za-z0-9_-]+$/.test(sig)) return null;
  const raw = decodeCompactText(Buffer.from(payload, 'base64url'));
  if (raw === null) return null;
  const lines = raw.split('\n');
  if (lines.length !== 4) return null;
  const [holder, territory, issuedText, untilText] = lines as [string, string, string, string];
  const issued = expandDate(issuedText);
  const validUntil = expandDate(untilText);
  if (!issued || validUntil === undefined) return null;
  const signature = new Uint8Array(Buffer.from(sig, 'base64url'));
  if (signature.length !== 64) return null;
  const fields: SealFields = { number, holder, territory, issued, validUntil };
  // Only the canonical spelling is ever sealed; anything else was not written by sealQrText.
  if (fieldLines(fields) !== raw) return null;
  return { checkUrl, fields, keyId, signature };
}

/**
 * Checks a seal offline against the office keys (id → Ed25519 public key). Any change to the
 * number, a field, the key id or the signature makes it invalid.
 */
export function verifySeal(qrText: string, publicKeys: Readonly<Record<string, KeyObject>>): SealVerdict {
  const parsed = parseSealQr(qrText);
  if (!parsed) return { valid: false, problem: 'MALFORMED' };
  const key = Object.hasOwn(publicKeys, parsed.keyId) ? publicKeys[parsed.keyId] : undefined;
  if (!key) return { valid: false, problem: 'UNKNOWN_KEY' };
  const bytes = signedBytes(parsed.fields.number, fieldLines(parsed.fields));
  let ok = false;
  try {
    ok = crypto.verify(null, bytes, key, parsed.signature);
  } catch {
    ok = false;
  }
  if (!ok) return { valid: false, problem: 'BAD_SIGNATURE' };
  return { valid: true, fields: parsed.fields, keyId: parsed.keyId, checkUrl: parsed.checkUrl };
}
