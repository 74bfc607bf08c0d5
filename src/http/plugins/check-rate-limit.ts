// The public check's rate limit (issue: a document number is short and sequential, so guessing them
// must be slow; §17 safety of the information): @fastify/rate-limit with a store in the database
// (rate_limit_hits), so that the limit holds across every app server, per client address. The address
// itself is not kept: the counter's key is an HMAC of it under the installation's secret.
import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { DomainError } from '../../app/errors.js';
import type { Executor } from '../../db/database.js';
import { countRateLimitHit, purgeRateLimitHits, readRateLimit } from '../../db/rate-limit-store.js';

export interface CheckRateLimit {
  /** Requests per window and client address, page and API together. */
  max: number;
  windowSeconds: number;
}

type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

/** How often (in counted requests, per process) the ended windows' rows are swept away. */
const SWEEP_EVERY = 500;

/** A store class for @fastify/rate-limit over rate_limit_hits (the plugin instantiates it). */
export function databaseRateLimitStore(db: Executor, now: () => Date, prefix: string, secret: string) {
  let counted = 0;
  const keyOf = (address: string) =>
    `${prefix}${crypto.createHmac('sha256', secret).update(address).digest('base64url').slice(0, 32)}`;
  return class DatabaseRateLimitStore {
    incr(address: string, cb: Callback, timeWindow: number): void {
      const at = now();
      countRateLimitHit(db, keyOf(address), timeWindow, at).then(
        (r) => cb(null, { current: r.hits, ttl: r.resetInMs }),
        (e: Error) => cb(e),
      );
      if (++counted % SWEEP_EVERY === 0)
        purgeRateLimitHits(db, prefix, new Date(at.getTime() - timeWindow)).catch(() => undefined);
    }

    read(address: string, cb: Callback, timeWindow: number): void {
      readRateLimit(db, keyOf(address), timeWindow, now()).then(
        (r) => cb(null, { current: r.hits, ttl: r.resetInMs }),
        (e: Error) => cb(e),
      );
    }

    child(): DatabaseRateLimitStore {
      return new DatabaseRateLimitStore();
    }
  };
}

/**
 * Limits every route registered in `scope` after this call, together, per client address (the
 * address Fastify trusts: TRUST_PROXY). A refusal is the error handler's RATE_LIMITED, a page or JSON
 * in the request's language, with Retry-After.
 */
export async function limitCheckRequests(
  scope: FastifyInstance,
  db: Executor,
  now: () => Date,
  secret: string,
  limit: CheckRateLimit,
): Promise<void> {
  await scope.register(rateLimit, {
    global: true,
    max: limit.max,
    timeWindow: limit.windowSeconds * 1000,
    store: databaseRateLimitStore(db, now, 'check:', secret),
    errorResponseBuilder: (_req, context) =>
      new DomainError('RATE_LIMITED', {}, { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });
}
