// The public check of a certificate (annex 5) or reference (annex 6), domain.md §6 and §17: by its
// number, or by the text of its QR verified against the published keys. It answers with the number,
// the holder's name, the territory, the dates and the status only — never religious affiliation,
// which the registry row does not even hold.
import type { Executor } from '../../db/database.js';
import { findIssuedDocument, findIssuedDocumentForCheck } from '../../db/issued-documents-store.js';
import {
  isAnnulmentReason,
  publicDocumentStatus,
  type AnnulmentReason,
  type PublicDocumentStatus,
} from '../../domain/certificate/public-status.js';
import { formatCertificateNumber, parseCertificateNumber } from '../../domain/identifiers/index.js';
import { plainDate, plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import {
  parseSealQr,
  sealSignatureOf,
  sealedFieldDifferences,
  verifySeal,
  type SealFields,
} from '../../documents/seal/seal.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { verificationKeys } from './seal-keys.js';

/** A QR's text is a few hundred characters; anything much longer is not one. */
export const SEAL_TEXT_LIMIT = 2000;

export interface PublicDocument {
  number: string;
  kind: 'certificate' | 'reference';
  holder: string;
  territory: string;
  issuedOn: PlainDate;
  /** Null for a reference (no expiry). */
  validUntil: PlainDate | null;
  status: PublicDocumentStatus;
  /** Why it was annulled, as a code the page words. */
  reason: AnnulmentReason | null;
  /** The document that superseded or replaced it. */
  successorNumber: string | null;
  /** The legal day the status was judged on (the issuing office's time zone). */
  checkedOn: PlainDate;
  /** 'paper': imported from an office's paper register (issue 6) — a genuine registry entry that was
   *  printed without a seal, so it has no QR to verify. */
  source: 'system' | 'paper';
}

/** The canonical spelling of a certificate or reference number, or null if it is not one. */
export function canonicalDocumentNumber(input: string): string | null {
  const parsed = parseCertificateNumber(input);
  if (!parsed.ok) return null;
  try {
    return formatCertificateNumber(parsed.value);
  } catch {
    return null; // a year or sequence outside the registers' range
  }
}

async function publicDocument(db: Executor, now: Date, number: string): Promise<PublicDocument | null> {
  const row = await findIssuedDocumentForCheck(db, number);
  if (!row) return null;
  const checkedOn = plainDateAt(now, row.timeZone);
  const validUntil = row.validUntil === null ? null : plainDate(row.validUntil);
  return {
    number: row.number,
    kind: row.kind,
    holder: row.holder,
    territory: row.territory,
    issuedOn: plainDate(row.issuedOn),
    validUntil,
    status: publicDocumentStatus({ status: row.status, validUntil }, checkedOn),
    reason: row.status === 'annulled' && isAnnulmentReason(row.statusReason) ? row.statusReason : null,
    successorNumber: row.successorNumber,
    checkedOn,
    source: row.source,
  };
}

/** By number: VALIDATION_FAILED if it is not a number's shape, NOT_FOUND if no such document. */
export async function checkDocumentNumber(deps: Deps, input: string): Promise<PublicDocument> {
  const number = canonicalDocumentNumber(input);
  if (!number) throw new DomainError('VALIDATION_FAILED', { number: 'number_format' });
  const doc = await publicDocument(deps.database.db, deps.now(), number);
  if (!doc) throw new DomainError('NOT_FOUND', { number: 'not_in_registry' }, { number });
  return doc;
}

/**
 * What a seal is, in the order the check decides it:
 * - malformed: not the text of a seal at all;
 * - unknown_key: sealed with a key the service never published;
 * - forged: the signature is not the service's for what the seal says;
 * - altered: the signature is the one printed on this document, but what it says was changed;
 * - revoked_key: a true signature, by a key that has since been revoked: it can no longer be trusted;
 * - unregistered: a true signature, but the registry holds no document under its number;
 * - differs: a true signature, but the registry's record now says otherwise (e.g. corrected);
 * - genuine: a true signature, saying what the registry says.
 */
export type SealVerdictCode =
  'malformed' | 'unknown_key' | 'forged' | 'altered' | 'revoked_key' | 'unregistered' | 'differs' | 'genuine';

export type SealField = 'number' | 'holder' | 'territory' | 'issued' | 'validUntil';

export interface SealCheck {
  verdict: SealVerdictCode;
  keyId: string | null;
  /** What the seal says, when its signature is true. */
  sealed: SealFields | null;
  /** Where a true seal and the registry differ. */
  differs: SealField[];
  /** The registry's record under the seal's number, when the seal names one. */
  document: PublicDocument | null;
}

export async function checkSealText(deps: Deps, input: string): Promise<SealCheck> {
  const text = input.trim();
  const db = deps.database.db;
  const none = { keyId: null, sealed: null, differs: [], document: null };
  if (text === '' || text.length > SEAL_TEXT_LIMIT) return { verdict: 'malformed', ...none };
  const parsed = parseSealQr(text);
  if (!parsed) return { verdict: 'malformed', ...none };
  const number = canonicalDocumentNumber(parsed.fields.number);
  if (number !== parsed.fields.number) return { verdict: 'malformed', ...none };

  const { keys, status } = await verificationKeys(db);
  const document = await publicDocument(db, deps.now(), number);
  const verdict = verifySeal(text, keys);
  if (!verdict.valid) {
    if (verdict.problem === 'MALFORMED') return { verdict: 'malformed', ...none };
    if (verdict.problem === 'UNKNOWN_KEY')
      return { verdict: 'unknown_key', keyId: parsed.keyId, sealed: null, differs: [], document };
    // Altered: the signature printed on this very document, over fields someone changed.
    const stored = document ? (await findIssuedDocument(db, number))?.sealText : null;
    const altered = stored != null && sealSignatureOf(stored) === sealSignatureOf(text);
    return {
      verdict: altered ? 'altered' : 'forged',
      keyId: parsed.keyId,
      sealed: null,
      differs: [],
      document,
    };
  }
  const sealed = verdict.fields;
  const base = { keyId: verdict.keyId, sealed, document };
  if (status[verdict.keyId] === 'revoked') return { verdict: 'revoked_key', differs: [], ...base };
  if (!document) return { verdict: 'unregistered', differs: [], ...base };
  const differs = sealedFieldDifferences(sealed, {
    number: document.number,
    holder: document.holder,
    territory: document.territory,
    issued: document.issuedOn,
    validUntil: document.validUntil,
  });
  return { verdict: differs.length ? 'differs' : 'genuine', differs, ...base };
}
