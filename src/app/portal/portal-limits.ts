// Issue 8, privacy and abuse: how often one client address may look a case up or send an online
// application, and how many wrong codes one tracking code takes before its look-ups pause. Counted in
// the database (rate_limit_hits) so the limits hold across app servers; the address is kept only as
// an HMAC under the installation's secret.
import { createHmac, createSecretKey } from 'node:crypto';
import { installationSecret } from '../../db/installation-secret.js';
import { countRateLimitHit, readRateLimit } from '../../db/rate-limit-store.js';
import type { Executor } from '../../db/database.js';
import { BoundedMemo } from '../bounded-memo.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import type { Origin } from '../act-context.js';

export interface PortalLimit {
  max: number;
  windowSeconds: number;
}

export interface PortalLimits {
  /** Look-ups (track page, complaint attachment) per client address. */
  lookupsPerAddress: PortalLimit;
  /** Wrong codes or document numbers per tracking code, whoever types them. */
  failuresPerTrackingCode: PortalLimit;
  /** New drafts and sent applications per client address. */
  submissionsPerAddress: PortalLimit;
}

export const DEFAULT_PORTAL_LIMITS: PortalLimits = {
  lookupsPerAddress: { max: 30, windowSeconds: 600 },
  failuresPerTrackingCode: { max: 10, windowSeconds: 3600 },
  submissionsPerAddress: { max: 20, windowSeconds: 3600 },
};

export function portalLimits(deps: Deps): PortalLimits {
  return deps.portalLimits ?? DEFAULT_PORTAL_LIMITS;
}

// The installation's secret as a key object, read once per database (an HMAC keyed by a string
// converts and imports the key on every call), and the keys of the last addresses and tracking codes
// seen (bounded-memo.ts): one applicant's look-ups, one after another, come from the same address
// with the same code. Held in this process's memory only, never written anywhere.
const MEMO_CAPACITY = 10_000;
const secrets = new WeakMap<object, Promise<BoundedMemo<string>>>();

function keysOf(db: Executor): Promise<BoundedMemo<string>> {
  let s = secrets.get(db);
  if (!s) {
    s = installationSecret(db).then((hex) => {
      const secret = createSecretKey(Buffer.from(hex, 'utf8'));
      const keys = new BoundedMemo(MEMO_CAPACITY, (prefixed) => {
        const cut = prefixed.indexOf('\n');
        const mac = createHmac('sha256', secret)
          .update(prefixed.slice(cut + 1))
          .digest('base64url');
        return `${prefixed.slice(0, cut)}${mac.slice(0, 32)}`;
      });
      return keys;
    });
    secrets.set(db, s);
    s.catch(() => secrets.delete(db));
  }
  return s;
}

/** The counter's key of `value` under `prefix`: an HMAC, so no address or code is stored as such. */
export async function keyOf(db: Executor, prefix: string, value: string): Promise<string> {
  // A prefix is ours and has no line break; the value is cut from it at the first one.
  return (await keysOf(db)).get(`${prefix}\n${value}`);
}

export function refuse(resetInMs: number): never {
  throw new DomainError('RATE_LIMITED', {}, { retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)) });
}

/** Counts one request of `origin` under `prefix`; throws RATE_LIMITED past the limit. */
export async function countAddress(
  deps: Deps,
  origin: Origin,
  prefix: string,
  limit: PortalLimit,
): Promise<void> {
  const db = deps.database.db;
  const key = await keyOf(db, prefix, origin.ip ?? 'none');
  const r = await countRateLimitHit(db, key, limit.windowSeconds * 1000, deps.now());
  if (r.hits > limit.max) refuse(r.resetInMs);
}

/** Throws RATE_LIMITED while `value` (a tracking code) has had too many failures. */
export async function checkFailures(
  deps: Deps,
  prefix: string,
  value: string,
  limit: PortalLimit,
): Promise<void> {
  const db = deps.database.db;
  const r = await readRateLimit(db, await keyOf(db, prefix, value), limit.windowSeconds * 1000, deps.now());
  if (r.hits >= limit.max) refuse(r.resetInMs);
}

export async function countFailure(
  deps: Deps,
  prefix: string,
  value: string,
  limit: PortalLimit,
): Promise<void> {
  const db = deps.database.db;
  await countRateLimitHit(db, await keyOf(db, prefix, value), limit.windowSeconds * 1000, deps.now());
}
