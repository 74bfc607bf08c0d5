// The processes the benches start: the service (src/main.ts) and the two baselines.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv, freePort, HOST, startAndWait, type Started } from './processes.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type ServiceDatabase = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string };

export interface RunningServer extends Started {
  base: string;
}

/** `node --import tsx src/main.ts`, timed until GET /readyz answers 200. */
export async function startService(
  label: string,
  database: ServiceDatabase,
  /** More settings of the service (e.g. TRUST_PROXY). */
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> {
  const port = await freePort();
  const env: Record<string, string> = {
    ...extraEnv,
    PORT: String(port),
    HOST,
    LOG_LEVEL: 'warn',
    PUBLIC_URL: `http://${HOST}:${String(port)}`,
    ...(database.kind === 'embedded'
      ? { TIRKEU_DATA_DIR: database.dataDir }
      : { DATABASE_URL: database.url }),
  };
  const base = `http://${HOST}:${String(port)}`;
  const started = await startAndWait({
    label,
    command: process.execPath,
    args: ['--import', 'tsx', 'src/main.ts'],
    cwd: REPO_ROOT,
    env: childEnv(env),
    readyUrl: `${base}/readyz`,
    readyTimeoutMs: 120_000,
  });
  return { ...started, base };
}

/** The start-up baseline: the smallest Node HTTP server, timed until it answers. */
export async function startBareNodeHttp(): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://${HOST}:${String(port)}`;
  const started = await startAndWait({
    label: 'bare node:http server',
    command: process.execPath,
    args: ['-e', `require('http').createServer((q,s)=>s.end('ok')).listen(${String(port)}, '${HOST}')`],
    cwd: REPO_ROOT,
    env: childEnv({}),
    readyUrl: `${base}/readyz`,
    readyTimeoutMs: 30_000,
  });
  return { ...started, base };
}

/** The request-rate baseline: a bare Fastify route in its own process. */
export async function startBareFastify(): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://${HOST}:${String(port)}`;
  const started = await startAndWait({
    label: 'bare Fastify server',
    command: process.execPath,
    args: ['--import', 'tsx', 'bench/lib/bare-fastify-server.ts'],
    cwd: REPO_ROOT,
    env: childEnv({ PORT: String(port) }),
    readyUrl: `${base}/healthz`,
    readyTimeoutMs: 60_000,
  });
  return { ...started, base };
}
