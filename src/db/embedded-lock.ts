// Two PGlite instances on one data folder open without any error and silently lose writes, so the
// embedded database takes an exclusive lock file first. Hand-written because the lock libraries on npm
// judge staleness by file age, not by whether the owning process still lives, which is what matters here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataFolderLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly ownerPid: number,
  ) {
    super(
      `the data folder is in use by another tirkeu process (pid ${ownerPid}); ` +
        `stop it first or set TIRKEU_DATA_DIR to another folder (lock: ${lockPath})`,
    );
  }
}

export interface DataFolderLock {
  readonly path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataFolder(dataDir: string): DataFolderLock {
  const lockPath = path.join(dataDir, 'tirkeu.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(
        fd,
        JSON.stringify({ pid: process.pid, host: os.hostname(), at: new Date().toISOString() }),
      );
      fs.closeSync(fd);
      let released = false;
      return {
        path: lockPath,
        release() {
          if (released) return;
          released = true;
          fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readOwner(lockPath);
      if (owner && owner.host === os.hostname() && isAlive(owner.pid)) {
        throw new DataFolderLockedError(lockPath, owner.pid);
      }
      if (owner && owner.host !== os.hostname()) {
        // Another machine's process may still hold it (a shared folder): never steal that lock.
        throw new DataFolderLockedError(lockPath, owner.pid);
      }
      fs.rmSync(lockPath, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not take the lock ${lockPath}`);
}

function readOwner(lockPath: string): { pid: number; host: string } | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { pid?: unknown; host?: unknown };
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string')
      return { pid: parsed.pid, host: parsed.host };
  } catch {
    // an unreadable or half-written lock file is treated as stale
  }
  return null;
}
