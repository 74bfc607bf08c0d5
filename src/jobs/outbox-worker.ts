// Delivers outbox messages after commit, with retries. Runs inside the app process by default
// (OUTBOX_WORKER=in-process) or apart (`tirkeu worker`); several workers may run at once.
import type { Database } from '../db/database.js';
import { claimDue, markFailed, markSent, type ClaimedMessage } from '../db/outbox-store.js';

/** A sender for one kind of message. `messageId` is stable across retries: senders pass it on
 *  (e.g. as the e-mail Message-ID) so that a delivery repeated after a crash can be recognised. */
export type OutboxHandler = (
  payload: Record<string, unknown>,
  meta: { messageId: string; attempt: number },
) => Promise<void>;

export interface OutboxWorkerOptions {
  handlers: Record<string, OutboxHandler>;
  now?: () => Date;
  batch?: number;
  leaseMs?: number;
  intervalMs?: number;
  onError?: (message: ClaimedMessage, error: Error, outcome: 'retry' | 'failed') => void;
}

/** One pass: claims the due messages and delivers them. Returns how many were delivered. */
export async function deliverDue(database: Database, opts: OutboxWorkerOptions): Promise<number> {
  const now = opts.now ?? (() => new Date());
  const claimed = await claimDue(database.db, now(), opts.batch ?? 20, opts.leaseMs ?? 60_000);
  let sent = 0;
  for (const message of claimed) {
    const handler = opts.handlers[message.kind];
    try {
      if (!handler) throw new Error(`no sender for messages of kind ${message.kind}`);
      await handler(message.payload, { messageId: `outbox-${message.id}`, attempt: message.attempts });
      await markSent(database.db, message.id, now());
      sent++;
    } catch (e) {
      const outcome = await markFailed(database.db, message, (e as Error).message ?? String(e), now());
      opts.onError?.(message, e as Error, outcome);
    }
  }
  return sent;
}

export interface RunningWorker {
  /** Wakes the worker now (e.g. after a commit that enqueued something). */
  poke(): void;
  /** Stops after the delivery in progress, if any. */
  stop(): Promise<void>;
}

export function startOutboxWorker(database: Database, opts: OutboxWorkerOptions): RunningWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    timer = null;
    running = (async () => {
      try {
        while (!stopped && (await deliverDue(database, opts)) > 0) {
          // keep going while there is work
        }
      } catch {
        // the database may be away (restart): try again on the next tick
      }
    })().finally(() => {
      if (!stopped) timer = setTimeout(tick, opts.intervalMs ?? 1_000);
    });
  };
  timer = setTimeout(tick, 0);
  return {
    poke() {
      if (timer && !stopped) {
        clearTimeout(timer);
        timer = setTimeout(tick, 0);
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
