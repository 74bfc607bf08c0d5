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

/** Days of the chains' checkpoints are Kazakhstan's legal days. */
export const CHECKPOINT_ZONE = 'Asia/Almaty';

/** Who acted and from where, as a chained record stores it (ids only). */
export interface ChainContext {
  actor: { accountId: string; organisationId: string; role: string | null } | null;
  ip: string | null;
  requestId: string | null;
  now: Date;
}

/** The record that follows `head` in its chain, and its hash. The live writer and the bulk
 *  generator both build records here, so `tirkeu audit verify` recomputes exactly what was written. */
export function nextChainRecord(
  chainId: string,
  head: { seq: number; hash: string },
  ctx: ChainContext,
  fields: { action: string; recordType: string; recordId: string; data: unknown },
): { record: ChainedRecord; hash: string } {
  const record: ChainedRecord = {
    chainId,
    seq: head.seq + 1,
    at: new Date(Math.floor(ctx.now.getTime())),
    actorAccountId: ctx.actor?.accountId ?? null,
    actorRole: ctx.actor?.role ?? null,
    actorOrganisationId: ctx.actor?.organisationId ?? null,
    action: fields.action,
    recordType: fields.recordType,
    recordId: fields.recordId,
    ip: ctx.ip,
    requestId: ctx.requestId,
    data: fields.data,
    prevHash: head.hash,
  };
  return { record, hash: chainHash(record) };
}
