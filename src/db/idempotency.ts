// docs/ARCHITECTURE.md habit 4: every form and API write carries a key; the first request with a key
// does the work and stores its result in the same transaction; a retry or a double click with the
// same key gets that result and does nothing. Two requests racing with one key: the second waits on
// the unique key until the first commits, then returns the first's result.
import { and, eq } from 'drizzle-orm';
import { idempotencyKeys } from './schema/index.js';
import type { Executor } from './database.js';

export class IdempotencyKeyReusedError extends Error {}

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;

export async function once<T>(
  tx: Executor,
  key: string,
  scope: string,
  accountId: string | null,
  work: () => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ key, scope, accountId, result: { pending: true } })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length === 0) {
    const [row] = await tx
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.key, key)));
    // A key is bound to what it was first used for: reusing it for another act is a client bug.
    if (!row || row.scope !== scope || row.accountId !== accountId) throw new IdempotencyKeyReusedError(key);
    return { result: row.result as T, replayed: true };
  }
  const result = await work();
  await tx
    .update(idempotencyKeys)
    .set({ result: result as object })
    .where(eq(idempotencyKeys.key, key));
  return { result, replayed: false };
}
