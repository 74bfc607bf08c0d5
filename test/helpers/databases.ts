// Every database test runs on the embedded PostgreSQL always, and on a real PostgreSQL too when
// TEST_DATABASE_URL is set: the same suite, not a copy. A set but unreachable TEST_DATABASE_URL fails
// the run; it never skips.
import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';

export interface TestDatabase {
  readonly engine: 'pglite' | 'postgres';
  readonly database: Database;
  /** For postgres: the URL of this suite's own database (e.g. to start a second process on it). */
  readonly url: string | null;
}

let template: Promise<Database> | null = null;
function migratedTemplate(): Promise<Database> {
  template ??= (async () => {
    const db = await openDatabase({ kind: 'memory' });
    await migrate(db);
    return db;
  })();
  return template;
}

export const engines = (): ('pglite' | 'postgres')[] =>
  process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export async function createTestDatabase(
  engine: 'pglite' | 'postgres',
  opts: { migrated?: boolean } = {},
): Promise<TestDatabase & { drop(): Promise<void> }> {
  const migrated = opts.migrated ?? true;
  if (engine === 'pglite') {
    const database = migrated
      ? await (
          await migratedTemplate()
        ).fork!()
      : await openDatabase({ kind: 'memory' });
    return { engine, database, url: null, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `tirkeu_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolMax: 10 });
  if (migrated) await migrate(database);
  return {
    engine,
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** Declares the suite once per engine; `get()` gives the suite's own migrated database. */
export function describeEachDatabase(title: string, body: (get: () => TestDatabase) => void): void {
  for (const engine of engines()) {
    describe(`${title} [${engine}]`, () => {
      let current: (TestDatabase & { drop(): Promise<void> }) | null = null;
      before(async () => {
        current = await createTestDatabase(engine);
      });
      after(async () => {
        await current?.drop();
      });
      body(() => {
        if (!current) throw new Error('database not ready');
        return current;
      });
    });
  }
}
