// A demo server for the end-to-end tests: the real composition root (startServer) on an empty embedded
// database in a temporary folder, on a free port; stopping it removes the folder.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { startServer } from '../../src/server.js';
import type { Deps } from '../../src/app/deps.js';

export interface DemoServer {
  /** The base address, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  /** The temporary data folder (the embedded database and the log file). */
  dataDir: string;
  /** The running app's dependencies (for tests that prepare records through the use-cases). */
  deps: Deps;
  stop(): Promise<void>;
}

/** `env` adds to (or overrides) the demo's settings, e.g. SMTP_URL for a local mail server. */
export async function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tirkeu-e2e-'));
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      TIRKEU_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LOG_FILE: path.join(dataDir, 'server.log'),
      TIRKEU_DEMO: 'auto',
      ...env,
    });
    const server = await startServer(config, () => undefined);
    let stopped = false;
    return {
      url: server.url,
      dataDir,
      deps: server.app.deps,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await server.stop();
        } finally {
          await fs.rm(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (e) {
    await fs.rm(dataDir, { recursive: true, force: true });
    throw e;
  }
}
