// Issue 8, privacy and abuse: how often one client address may look a case up or send an online
// application, and how many wrong codes one tracking code takes before its look-ups pause. Counted in
// the database (rate_limit_hits) so the limits hold across app servers; the address is kept only as
// an HMAC under the installation's secret.
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { installationSecret } from '../../db/installation-secret.js';
import { countRateLimitHit, readRateLimit } from '../../db/rate-limit-store.js';
import type { Executor } from '../../db/database.js';
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

// The installation's secret as a key object, read once per database: an HMAC keyed by a string
// converts and imports the key on every call, and a status look-up makes two.
const secrets = new WeakMap<object, Promise<KeyObject>>();
const ready = new WeakMap<object, KeyObject>();

function secretOf(db: Executor): Promise<KeyObject> {
  let s = secrets.get(db);
  if (!s) {
    s = installationSecret(db).then((hex) => {
      const key = createSecretKey(Buffer.from(hex, 'utf8'));
      ready.set(db, key);
      return key;
    });
    secrets.set(db, s);
    s.catch(() => secrets.delete(db));
  }
  return s;
}

/** The counter's key of `value` under `prefix`: an HMAC, so no address or code is stored as such. */
export async function keyOf(db: Executor, prefix: string, value: string): Promise<string> {
  return keyUnder(ready.get(db) ?? (await secretOf(db)), prefix, value);
}

function keyUnder(secret: KeyObject, prefix: string, value: string): string {
  return `${prefix}${createHmac('sha256', secret).update(value).digest('base64url').slice(0, 32)}`;
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
