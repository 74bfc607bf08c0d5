// A PostgreSQL cluster of a test's own, in a temporary folder on a free port, that the test may stop
// and start at will (a database restart under load) — the shared server the other suites use is never
// touched. Needs root (the cluster runs as the `postgres` system user) and the server binaries
// (`initdb`, `pg_ctl` of any installed major version); `privatePostgresUnavailable()` says why not.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './spawn-server.js';

const PG_LIB = '/usr/lib/postgresql';

/** The newest installed server's bin folder (…/postgresql/NN/bin), or null. */
function serverBinDir(): string | null {
  if (!fs.existsSync(PG_LIB)) return null;
  const versions = fs
    .readdirSync(PG_LIB)
    .filter((v) => /^\d+$/.test(v) && fs.existsSync(path.join(PG_LIB, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(PG_LIB, versions[0]!, 'bin') : null;
}

/** Why a private cluster cannot run here (a reason to skip with), or null when it can. */
export function privatePostgresUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'needs root to run a private PostgreSQL as the postgres user';
  if (!serverBinDir()) return `no PostgreSQL server binaries (initdb) under ${PG_LIB}`;
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    return 'no postgres system user';
  }
  return null;
}

export interface PrivatePostgres {
  readonly port: number;
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust authentication, loopback only). */
  readonly url: string;
  readonly dataDir: string;
  start(): void;
  /** `immediate` is a crash for the clients: every connection is cut at once, no goodbye. */
  stop(mode?: 'fast' | 'immediate'): void;
  isRunning(): boolean;
  /** Stops the server if it runs and removes its folder; safe to call twice and after a failure. */
  destroy(): void;
}

export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = serverBinDir();
  if (!bin) throw new Error(`no PostgreSQL server binaries under ${PG_LIB}`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-pg-'));
  const dataDir = path.join(root, 'data');
  const port = await freePort();
  // The postgres user must own the folder; the socket goes there too (not /var/run/postgresql, which
  // belongs to the shared server).
  execFileSync('chown', ['postgres:postgres', root]);
  fs.chmodSync(root, 0o700);
  const asPostgres = (tool: string, args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  asPostgres('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  let running = false;
  const pg: PrivatePostgres = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    start() {
      asPostgres('pg_ctl', [
        '-D',
        dataDir,
        '-o',
        options,
        '-l',
        path.join(root, 'server.log'),
        '-w',
        'start',
      ]);
      running = true;
    },
    stop(mode = 'fast') {
      asPostgres('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']);
      running = false;
    },
    isRunning: () => running,
    destroy() {
      if (!fs.existsSync(root)) return;
      try {
        if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) pg.stop('immediate');
      } catch {
        // already down
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  pg.start();
  return pg;
}
