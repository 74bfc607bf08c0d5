// A throwaway PostgreSQL database per measurement: CREATE DATABASE bench_<random>, dropped after.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { track } from './cleanup.js';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** The server to use (BENCH_DATABASE_URL, else the default when it answers), or why there is none. */
export async function postgresServer(): Promise<{ url: string } | { skipped: string }> {
  const given = process.env.BENCH_DATABASE_URL;
  const url = given && given.trim() !== '' ? given.trim() : DEFAULT_POSTGRES_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { url };
  } catch (e) {
    const why = `${given ? 'BENCH_DATABASE_URL' : DEFAULT_POSTGRES_URL} not reachable: ${(e as Error).message}`;
    return { skipped: why };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin<T>(serverUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await admin(serverUrl, async (c) => {
    try {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`); // PostgreSQL 13+
    } catch {
      await c.query(`DROP DATABASE IF EXISTS "${name}"`);
    }
  });
}

/** Runs `fn` with the URL of a new empty database on the server, dropped afterwards. */
export async function withThrowawayDatabase<T>(
  serverUrl: string,
  fn: (url: string) => Promise<T>,
): Promise<T> {
  const name = `bench_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const untrack = track(`database ${name}`, () => dropDatabase(serverUrl, name));
  try {
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    return await fn(u.toString());
  } finally {
    await dropDatabase(serverUrl, name);
    untrack();
  }
}
