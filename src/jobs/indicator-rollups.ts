// Issue 10: the job that brings the daily roll-ups of the annex 9 counts and the queue figures up to
// date (app/indicators/rollups.ts) every 10 minutes, where the outbox worker runs.
import type { Database } from '../db/database.js';
import { runIndicatorRollups } from '../app/indicators/rollups.js';

export { runIndicatorRollups };

/** Runs the incremental roll-up soon after start and then every `everyMs` until stopped. */
export function startIndicatorRollupTimer(
  database: Database,
  everyMs = 10 * 60_000,
  onError?: (e: Error) => void,
) {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runIndicatorRollups(database, new Date()).catch((e: Error) => onError?.(e));
  };
  const first = setTimeout(tick, 20_000);
  const timer = setInterval(tick, everyMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
