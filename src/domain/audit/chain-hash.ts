// The hash chain of the audit trail and the access log (domain.md §8): each record's hash covers its
// own fields and the previous record's hash, so changing, removing or reordering any record shows.
// Canonical JSON (RFC 8785) makes the hash independent of key order, which jsonb does not keep.
import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';

// The package is CommonJS with an ESM-style type declaration: take the function either way.
const canonicalize = ((canonicalizeModule as unknown as { default?: unknown }).default ??
  canonicalizeModule) as unknown as (input: unknown) => string | undefined;

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedRecord {
  chainId: string;
  seq: number;
  at: Date;
  actorAccountId: string | null;
  actorRole: string | null;
  actorOrganisationId: string | null;
  action: string;
  recordType: string;
  recordId: string;
  ip: string | null;
  requestId: string | null;
  data: unknown;
  prevHash: string;
}

export function chainHash(r: ChainedRecord): string {
  const canonical = canonicalize({ ...r, at: r.at.toISOString() });
  if (canonical === undefined) throw new TypeError('record cannot be serialised');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The chain of an office (or akimat) by its code; national and administrative acts have their own. */
export function officeChain(stream: 'audit' | 'access', organisationCode: string): string {
  return `${stream}:${organisationCode}`;
}
export function nationalChain(stream: 'audit' | 'access'): string {
  return `${stream}:national`;
}
