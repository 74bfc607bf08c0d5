// The outbox (docs/ARCHITECTURE.md habit 6): side effects are rows written in the transaction of the
// change; the worker claims due rows with a lease, so a worker that dies mid-delivery loses nothing
// (the lease runs out and another worker takes the row) and two workers never hold one row at once.
import { sql } from 'drizzle-orm';
import { outbox } from './schema/index.js';
import { queryRows, type Executor } from './database.js';

export interface OutboxMessage {
  kind: string;
  payload: Record<string, unknown>;
  /** A retried request that would enqueue the same message again is a no-op. */
  dedupeKey?: string;
}

export interface ClaimedMessage {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

export async function enqueue(tx: Executor, message: OutboxMessage): Promise<void> {
  await tx
    .insert(outbox)
    .values({ kind: message.kind, payload: message.payload, dedupeKey: message.dedupeKey ?? null })
    .onConflictDoNothing({ target: outbox.dedupeKey });
}

export async function claimDue(
  db: Executor,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<ClaimedMessage[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await queryRows<{
    id: string;
    kind: string;
    payload: Record<string, unknown>;
    attempts: number;
    max_attempts: number;
  }>(
    db,
    sql`update outbox set status = 'sending', lease_until = ${leaseUntil}, attempts = attempts + 1
        where id in (
          select id from outbox
          where status in ('queued', 'sending') and next_attempt_at <= ${now}
            and (lease_until is null or lease_until < ${now})
          order by id limit ${limit}
          for update skip locked)
        returning id, kind, payload, attempts, max_attempts`,
  );
  return rows
    .map((r) => ({
      id: Number(r.id),
      kind: r.kind,
      payload: r.payload,
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
    }))
    .sort((a, b) => a.id - b.id);
}

export async function markSent(db: Executor, id: number, now: Date): Promise<void> {
  await db.execute(
    sql`update outbox set status = 'sent', sent_at = ${now}, lease_until = null, last_error = null where id = ${id}`,
  );
}

/** A failed attempt: retried later with exponential backoff, or given up after maxAttempts. */
export async function markFailed(
  db: Executor,
  message: ClaimedMessage,
  error: string,
  now: Date,
): Promise<'retry' | 'failed'> {
  const giveUp = message.attempts >= message.maxAttempts;
  const backoffMs = Math.min(60 * 60_000, 5_000 * 2 ** (message.attempts - 1));
  const next = new Date(now.getTime() + backoffMs);
  await db.execute(
    sql`update outbox set status = ${giveUp ? 'failed' : 'queued'}, next_attempt_at = ${next}, lease_until = null,
        last_error = ${error.slice(0, 2000)} where id = ${message.id}`,
  );
  return giveUp ? 'failed' : 'retry';
}

export interface OutboxBacklog {
  queued: number;
  failed: number;
}

export async function backlog(db: Executor): Promise<OutboxBacklog> {
  const [row] = await queryRows<{ queued: string; failed: string }>(
    db,
    sql`select count(*) filter (where status in ('queued', 'sending')) as queued,
               count(*) filter (where status = 'failed') as failed from outbox`,
  );
  return { queued: Number(row?.queued ?? 0), failed: Number(row?.failed ?? 0) };
}
