// Everything a bench leaves behind (child processes, temp folders, throwaway databases) is
// registered here while it exists. Normal runs undo it in `finally` blocks; this registry is the
// safety net for an interrupted run (Ctrl-C, SIGTERM) or an exception that escapes.
import { rmSync } from 'node:fs';

type Undo = { label: string; async: () => Promise<void>; sync?: () => void };

const pending = new Map<number, Undo>();
let nextId = 1;

/** Registers an undo step; call the returned function once the thing is gone. */
export function track(label: string, undo: () => Promise<void>, syncUndo?: () => void): () => void {
  const id = nextId++;
  pending.set(id, { label, async: undo, ...(syncUndo ? { sync: syncUndo } : {}) });
  return () => pending.delete(id);
}

/** Runs every pending undo step, newest first, each bounded in time. */
export async function cleanupAll(timeoutMs = 15_000): Promise<void> {
  const steps = [...pending.entries()].reverse();
  for (const [id, step] of steps) {
    pending.delete(id);
    await Promise.race([
      step.async().catch((e: unknown) => console.error(`cleanup of ${step.label} failed: ${String(e)}`)),
      new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
    ]);
  }
}

/** The last resort at process exit: only synchronous steps can run there. */
function cleanupSync(): void {
  for (const step of pending.values()) {
    try {
      step.sync?.();
    } catch {
      // exiting anyway
    }
  }
  pending.clear();
}

export function removeDirSync(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

let interrupted = false;
/** True once a signal asked the run to stop: no results are written after that. */
export const isInterrupted = (): boolean => interrupted;

let installed = false;
export function installSignalCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', cleanupSync);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\nbench: ${signal}, cleaning up…`);
      void cleanupAll(5_000).finally(() => process.exit(130));
    });
  }
}
