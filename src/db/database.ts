// One data layer over two engines: the embedded PostgreSQL (PGlite, data in a folder) and a real
// PostgreSQL (pooled). Both speak the same SQL and run the same migrations.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.js';
import { lockDataFolder, type DataFolderLock } from './embedded-lock.js';
import { guardEmbedded } from './embedded-guard.js';

// The extensions the migrations create (the registry's trigram search), loaded into the embedded engine;
// a real PostgreSQL has them from its contrib package.
const PGLITE_EXTENSIONS = { pg_trgm };

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that runs queries: the database or an open transaction. */
export type Executor = Db | Tx;

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Database {
  readonly kind: 'embedded' | 'postgres';
  readonly db: Db;
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  poolStats(): PoolStats;
  close(): Promise<void>;
  /** Runs a function on one dedicated connection (advisory locks are per connection). */
  withSession<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Embedded only: an independent copy of the database as it is now. */
  fork?(): Promise<Database>;
  /** Embedded only: the whole data folder as a gzipped tar archive (the engine's own dump). */
  dumpDataDir?(): Promise<Blob>;
  /**
   * Subscribes to a NOTIFY channel (messages arrive after the sender's commit, on every app server).
   * `onReconnect` runs when a lost listening connection is back: messages may have been missed.
   * Resolves to the unsubscribe.
   */
  listen(channel: string, onMessage: (payload: string) => void, onReconnect?: () => void): Promise<Unlisten>;
}

export type Unlisten = () => Promise<void>;
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

export class DatabaseOpenError extends Error {}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolMax: number }
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'memory' };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'postgres' ? openPostgres(target.url, target.poolMax) : openEmbedded(target);
}

async function openPostgres(url: string, poolMax: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 5_000 });
  // A broken idle connection (the server restarted) must not crash the process: the pool drops it.
  pool.on('error', () => undefined);
  // Nor a connection that breaks while checked out between two statements (a transaction awaiting
  // other work when PostgreSQL restarts): the pool listens on idle connections only, and a client's
  // 'error' with no listener is an uncaught exception — it stopped the process under load (issue 11
  // §3). The client is then unusable: its next statement fails (a 503 to the request) and its release
  // drops it from the pool.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const client = await pool.connect();
    client.release();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new DatabaseOpenError(`cannot reach PostgreSQL at ${describeUrl(url)}: ${(e as Error).message}`);
  }
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async ping() {
      await pool.query('select 1');
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn(drizzlePg({ client, schema }) as unknown as Db);
      } finally {
        client.release();
      }
    },
    listen: (channel, onMessage, onReconnect) => listenPostgres(url, channel, onMessage, onReconnect),
  };
}

const LISTEN_RETRY_MAX_MS = 2_000;

/** LISTEN needs its own connection, outside the pool; it reconnects (with back-off) when it drops. */
async function listenPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onReconnect?: () => void,
): Promise<Unlisten> {
  if (!CHANNEL.test(channel)) throw new RangeError(`not a channel name: ${channel}`);
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let delay = 500;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    c.on('notification', (m) => {
      if (m.channel === channel) onMessage(m.payload ?? '');
    });
    const lost = () => {
      if (client !== c || stopped) return;
      client = null;
      c.end().catch(() => undefined);
      schedule();
    };
    c.on('error', lost);
    c.on('end', lost);
    try {
      await c.connect();
      await c.query(`LISTEN "${channel}"`);
    } catch (e) {
      await c.end().catch(() => undefined);
      throw e;
    }
    client = c;
  };
  const schedule = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect().then(
        () => {
          delay = 500;
          onReconnect?.();
        },
        () => {
          // At most 2 s apart: the boards' live updates are back within seconds of the database's
          // return (issue 11 §3: serving again within 5 s), not after a back-off grown during the outage.
          delay = Math.min(delay * 2, LISTEN_RETRY_MAX_MS);
          schedule();
        },
      );
    }, delay);
    retry.unref();
  };
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const c = client;
    client = null;
    await c?.end().catch(() => undefined);
  };
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`; // never the password
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

async function openEmbedded(
  target: { kind: 'embedded'; dataDir: string } | { kind: 'memory' },
): Promise<Database> {
  let lock: DataFolderLock | null = null;
  let client: PGlite;
  if (target.kind === 'embedded') {
    const dataDir = target.dataDir;
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      checkWritable(dataDir);
    } catch (e) {
      throw new DatabaseOpenError(explainFsError(dataDir, e));
    }
    lock = lockDataFolder(dataDir);
    try {
      client = new PGlite(path.join(dataDir, 'pgdata'), { extensions: PGLITE_EXTENSIONS });
      await client.waitReady;
      await client.query('select 1');
    } catch (e) {
      lock.release();
      const detail = describeError(e);
      if (/ENOSPC|errno\W+28\b|no space/i.test(detail)) {
        throw new DatabaseOpenError(
          `the disk holding the data folder ${dataDir} is full (TIRKEU_DATA_DIR): ${detail}`,
        );
      }
      throw new DatabaseOpenError(
        `cannot open the embedded database in ${dataDir}: ${detail}. ` +
          'The data folder may be damaged: restore it from a backup, or move it aside to start empty.',
      );
    }
  } else {
    client = new PGlite({ extensions: PGLITE_EXTENSIONS });
    await client.waitReady;
  }
  return fromPglite(client, lock);
}

function fromPglite(engine: PGlite, lock: DataFolderLock | null): Database {
  // Statements go through the guard: after a write failure the engine cannot survive, it is fenced off
  // (embedded-guard.ts) instead of being asked again.
  const guard = guardEmbedded(engine);
  const client = guard.client;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'embedded',
    db,
    async ping() {
      await db.execute(sql`select 1`);
    },
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    async close() {
      try {
        // A fenced engine is not asked to close: that writes a checkpoint, which is what failed. The
        // next start recovers from the log.
        if (!client.closed && !guard.fatal()) await client.close();
      } finally {
        try {
          lock?.release();
        } catch {
          // a read-only folder keeps the lock file; the next start sees its process gone (stale lock)
        }
      }
    },
    // PGlite is one connection: the whole database is the session.
    withSession: (fn) => fn(db),
    // One process holds the embedded database, so its own LISTEN/NOTIFY reaches every listener.
    async listen(channel, onMessage) {
      if (!CHANNEL.test(channel)) throw new RangeError(`not a channel name: ${channel}`);
      const unlisten = await client.listen(channel, onMessage);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    dumpDataDir: () => client.dumpDataDir('gzip'),
    // Tests migrate one in-memory database and fork it per suite: a fork costs far less than a migration.
    async fork() {
      const copy = (await client.clone()) as PGlite;
      return fromPglite(copy, null);
    },
  };
}

/**
 * Fills an empty data folder from an archive written by `dumpDataDir` (a restore). Refuses a folder
 * that already holds a database: a restore never overwrites one.
 */
export async function loadEmbeddedDataDir(dataDir: string, archive: Blob): Promise<void> {
  const pgdata = path.join(dataDir, 'pgdata');
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = lockDataFolder(dataDir);
  try {
    if (fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0)
      throw new DatabaseOpenError(
        `the data folder ${dataDir} already holds a database: restore into an empty one`,
      );
    try {
      const client = new PGlite(pgdata, { extensions: PGLITE_EXTENSIONS, loadDataDir: archive });
      await client.waitReady;
      await client.query('select 1');
      await client.close();
    } catch (e) {
      // Nothing half-loaded stays behind: the folder was empty before.
      fs.rmSync(pgdata, { recursive: true, force: true });
      throw new DatabaseOpenError(`the archive could not be loaded into ${dataDir}: ${describeError(e)}`);
    }
  } finally {
    lock.release();
  }
}

/** The embedded engine sometimes throws plain objects (an errno record), not Errors. */
function describeError(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

function checkWritable(dir: string): void {
  // Probe with a real write so a full disk or a read-only folder stops the start, not the first request.
  const probe = path.join(dir, `.write-probe-${process.pid}`);
  const fd = fs.openSync(probe, 'w');
  try {
    // write() may write less than asked when the disk fills up: keep writing until it refuses.
    const block = Buffer.alloc(256 * 1024);
    let written = 0;
    while (written < block.length) {
      const n = fs.writeSync(fd, block, written);
      if (n <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      written += n;
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
    fs.rmSync(probe, { force: true });
  }
}

function explainFsError(dir: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return `the disk holding the data folder ${dir} is full (TIRKEU_DATA_DIR)`;
  if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
    return `the data folder ${dir} is not writable (TIRKEU_DATA_DIR)`;
  return `cannot use the data folder ${dir}: ${(e as Error).message}`;
}

/** The rows of a raw SQL query, the same on both engines (both return `{ rows }`). */
export async function queryRows<T>(ex: Executor, query: SQL): Promise<T[]> {
  const result = (await ex.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
