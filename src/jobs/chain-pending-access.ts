// Chains the access-log entries recorded for later (db/audit-trail.ts writeAccessLater: the
// applicants' status look-ups) into their offices' access-log chains, every few seconds, in batches,
// where the outbox worker and the other timed jobs run. domain.md §8 asks that every read of personal
// data be logged and the log be tamper-evident: each entry is logged at once (it is in the database
// before the page answers) and becomes part of its hash chain within one pass of this job.
import type { Database } from '../db/database.js';
import { chainPendingAccess } from '../db/audit-trail.js';

/** Chains every pending entry now, batch after batch; how many. */
export async function chainAllPendingAccess(database: Database, batch = 1_000): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await chainPendingAccess(database.db, batch);
    total += n;
    if (n < batch) return total;
  }
}

/** Runs chainAllPendingAccess every `everyMs` until stopped. */
export function startPendingAccessTimer(
  database: Database,
  everyMs = 5_000,
  onError?: (e: Error) => void,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = chainAllPendingAccess(database)
      .catch((e: Error) => onError?.(e))
      .finally(() => (busy = false));
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
