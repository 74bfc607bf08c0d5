// An app on a test database, with its logs written under test-results/logs/ so that the last test
// step can check no personal data reached them, and a clock the test can move.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config/config.js';
import { buildApp, loggerOptions, type BuildAppOptions } from '../../src/http/build-app.js';
import type { Deps } from '../../src/app/deps.js';
import type { Database } from '../../src/db/database.js';
import { depsFor } from '../../src/server.js';

export const LOG_DIR = path.resolve('test-results/logs');

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  config: Config;
  /** Moves the app's clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

export async function buildTestApp(
  database: Database,
  env: Record<string, string> = {},
  opts: Pick<BuildAppOptions, 'onRoute'> = {},
): Promise<TestApp> {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', ...env });
  let offset = 0;
  const deps = { ...depsFor(config, database), now: () => new Date(Date.now() + offset) };
  const logFile = path.join(LOG_DIR, `${process.pid}-${randomBytes(4).toString('hex')}.log`);
  const app = await buildApp({
    config,
    database,
    deps,
    logger: loggerOptions({ logLevel: 'info', logFile }),
    ...opts,
  });
  await app.ready();
  return {
    app,
    deps,
    config,
    advance: (ms) => void (offset += ms),
    close: () => app.close(),
  };
}
