// Applies the versioned SQL migrations (src/db/migrations, generated from src/db/schema plus custom
// SQL for triggers). All pending migrations run in ONE transaction, so a failed migration leaves the
// database as it was; an advisory lock makes app servers that start together apply them once.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { queryRows, type Database, type Db } from './database.js';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
const LOCK_KEY = 7_342_019_511; // any constant: "tirkeu migrations"

export interface MigrationReport {
  applied: string[];
  total: number;
}

export async function migrate(database: Database, folder = MIGRATIONS_FOLDER): Promise<MigrationReport> {
  const files = readMigrationFiles({ migrationsFolder: folder });
  const tags = readTags(folder);
  return database.withSession(async (db) => {
    await db.execute(sql`select pg_advisory_lock(${LOCK_KEY})`);
    try {
      const before = await appliedMillis(db);
      const last = before.length ? Math.max(...before) : -1;
      const pending = files.filter((m) => m.folderMillis > last);
      // The dialect's migrator: every pending migration in a single transaction.
      const dialect = (
        db as unknown as { dialect: { migrate: (m: unknown, s: unknown, c: unknown) => Promise<void> } }
      ).dialect;
      const session = (db as unknown as { session: unknown }).session;
      await dialect.migrate(files, session, { migrationsFolder: folder });
      return {
        applied: pending.map((m) => tags.get(m.folderMillis) ?? String(m.folderMillis)),
        total: files.length,
      };
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${LOCK_KEY})`);
    }
  });
}

async function appliedMillis(db: Db): Promise<number[]> {
  const [exists] = await queryRows<{ t: string | null }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  if (!exists?.t) return [];
  const rows = await queryRows<{ created_at: string }>(
    db,
    sql`select created_at from drizzle.__drizzle_migrations`,
  );
  return rows.map((r) => Number(r.created_at));
}

function readTags(folder: string): Map<number, string> {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number; tag: string }[];
  };
  return new Map(journal.entries.map((e) => [e.when, e.tag]));
}
