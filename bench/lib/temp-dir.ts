import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { removeDirSync, track } from './cleanup.js';

/** Runs `fn` with a fresh temp folder that is removed afterwards, whatever happens. */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const remove = (): Promise<void> => rm(dir, { recursive: true, force: true, maxRetries: 3 });
  const untrack = track(`temp folder ${dir}`, remove, () => removeDirSync(dir));
  try {
    return await fn(dir);
  } finally {
    await remove();
    untrack();
  }
}
