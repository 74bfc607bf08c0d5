// Fixed-window request counters in the database (rate_limit_hits), so that a limit holds across every
// app server behind the balancer: one row per limited key, counted up in one atomic statement.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';

export interface RateLimitCount {
  /** Requests in the current window, this one included. */
  hits: number;
  /** Milliseconds until the window ends. */
  resetInMs: number;
}

/** The statement that counts one request for `key` in the window of `windowMs` that holds `now`,
 *  returning window_start and hits; a part of larger statements too (db/applicant-lookup-store.ts). */
export function countHitStatement(key: string, windowMs: number, now: Date): SQL {
  // A window that has ended starts again at this request; otherwise the hit is added to it.
  return sql`insert into rate_limit_hits as h (key, window_start, hits) values (${key}, ${now}, 1)
        on conflict (key) do update set
          window_start = case when h.window_start + ${windowMs} * interval '1 millisecond' <= ${now}
                              then ${now}::timestamptz else h.window_start end,
          hits = case when h.window_start + ${windowMs} * interval '1 millisecond' <= ${now}
                      then 1 else h.hits + 1 end
        returning window_start, hits`;
}

/** A counter row as read: the hits of its window, 0 once the window has ended. */
export function countOf(
  /** window_start as read: a date, its text, or epoch milliseconds. */
  row: { window_start: Date | string | number | null; hits: number | string | null } | undefined,
  windowMs: number,
  now: Date,
): RateLimitCount {
  if (!row || row.window_start === null) return { hits: 0, resetInMs: 0 };
  const start =
    typeof row.window_start === 'number' ? row.window_start : new Date(row.window_start).getTime();
  const end = start + windowMs;
  if (end <= now.getTime()) return { hits: 0, resetInMs: 0 };
  return { hits: Number(row.hits), resetInMs: end - now.getTime() };
}

/** Counts one request for `key` in the window of `windowMs` that holds `now`. */
export async function countRateLimitHit(
  db: Executor,
  key: string,
  windowMs: number,
  now: Date,
): Promise<RateLimitCount> {
  const [row] = await queryRows<{ window_start: Date | string; hits: number }>(
    db,
    countHitStatement(key, windowMs, now),
  );
  return countOf(row, windowMs, now);
}

/** Reads a key's count without counting (0 when its window has ended). */
export async function readRateLimit(
  db: Executor,
  key: string,
  windowMs: number,
  now: Date,
): Promise<RateLimitCount> {
  const [row] = await queryRows<{ window_start: Date | string; hits: number }>(
    db,
    sql`select window_start, hits from rate_limit_hits where key = ${key}`,
  );
  return countOf(row, windowMs, now);
}

/** Removes the counters of windows that ended before `before` (keys with `prefix`). */
export async function purgeRateLimitHits(db: Executor, prefix: string, before: Date): Promise<number> {
  const rows = await queryRows<{ key: string }>(
    db,
    sql`delete from rate_limit_hits where key like ${`${prefix}%`} and window_start < ${before} returning key`,
  );
  return rows.length;
}
