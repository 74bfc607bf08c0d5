// The embedded engine after a storage failure it cannot survive. PostgreSQL treats a failed write of
// its write-ahead log as a PANIC: the server restarts and recovers from the log. The embedded engine
// has no server to restart: it reports the first failure as an error, and the next statement finds its
// memory in an undefined state ("bad buffer ID") and may never return, which froze the whole process
// when the data folder turned read-only under load. So after such a failure the engine is fenced off:
// every later statement fails at once with the same storage error (the pages then answer the localized
// "read-only" or "full" message, /readyz says 503), nothing more is written, and the next start
// recovers from the log what was committed — as PostgreSQL's own restart would.
//
// A full disk met while extending a table is not such a failure: the statement fails, the engine goes
// on, and writing works again once there is room.
import type { PGlite } from '@electric-sql/pglite';
import { storageFaultOf } from './storage-faults.js';

/** A failed write the embedded engine cannot go on after: the log (WAL), or any read-only refusal. */
function isFatalToEngine(error: unknown): boolean {
  const fault = storageFaultOf(error);
  if (fault === 'read-only') return true;
  if (fault !== 'disk-full') return false;
  const message = String((error as { message?: unknown }).message ?? '');
  return /log file|pg_wal/i.test(message);
}

export interface EmbeddedGuard {
  /** The client to hand to drizzle: its statements run one after another and stop after a fatal fault. */
  readonly client: PGlite;
  /** The fatal storage error met, or null while the engine is sound. */
  fatal(): Error | null;
}

export function guardEmbedded(engine: PGlite): EmbeddedGuard {
  let fatal: Error | null = null;
  // The engine runs one statement or transaction at a time anyway (its own lock); queuing them here
  // as well lets each one check the fence only when its turn comes, so none queued behind the failing
  // statement reaches the broken engine.
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = turn.then(async () => {
      if (fatal) throw fatal;
      try {
        return await run();
      } catch (e) {
        if (!fatal && isFatalToEngine(e)) fatal = fenceError(e);
        throw e;
      }
    });
    turn = result.catch(() => undefined);
    return result;
  };
  const client = new Proxy(engine, {
    // Everything else is the engine's own, read with the engine as `this` (its private fields).
    get(target, prop) {
      if (prop === 'query' || prop === 'exec' || prop === 'transaction') {
        const method = Reflect.get(target, prop, target) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => inTurn(() => method.apply(target, args));
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { client, fatal: () => fatal };
}

/** The error every later statement fails with: the first one's words and code, so it maps the same. */
function fenceError(first: unknown): Error {
  const { message, code } = first as { message?: unknown; code?: unknown };
  return Object.assign(
    new Error(
      `the embedded database stopped writing after a storage failure; restart the service once the ` +
        `data folder is writable and has room: ${String(message ?? first)}`,
    ),
    { code: typeof code === 'string' ? code : undefined, cause: first },
  );
}
