import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, describeEachDatabase, engines } from '../../test/helpers/databases.js';
import { MIGRATIONS_FOLDER, migrate } from './migrate.js';
import { queryRows } from './database.js';

for (const engine of engines()) {
  describeEachDatabaseFresh(engine);
}

function describeEachDatabaseFresh(engine: 'pglite' | 'postgres') {
  it(`applies every migration once, and nothing on a second start [${engine}]`, async () => {
    const t = await createTestDatabase(engine, { migrated: false });
    try {
      const first = await migrate(t.database);
      assert.ok(first.applied.length >= 2);
      assert.equal(first.applied.length, first.total);
      assert.match(first.applied[0]!, /^0000_/);
      const second = await migrate(t.database);
      assert.deepEqual(second.applied, []);
    } finally {
      await t.drop();
    }
  });

  it(`a failed migration leaves the database as it was [${engine}]`, async () => {
    const t = await createTestDatabase(engine, { migrated: true });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-mig-'));
    try {
      // The real migrations plus two new ones: a good one, then one that fails half-way.
      fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
      const journalPath = path.join(folder, 'meta', '_journal.json');
      const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as {
        entries: { idx: number; when: number; tag: string; version: string; breakpoints: boolean }[];
      };
      const last = journal.entries.at(-1)!;
      const add = (tag: string, body: string, offset: number) => {
        fs.writeFileSync(path.join(folder, `${tag}.sql`), body);
        journal.entries.push({ ...last, idx: last.idx + offset, when: last.when + offset, tag });
      };
      add('9001_good', 'CREATE TABLE probe_good (id int);', 1);
      add(
        '9002_bad',
        'CREATE TABLE probe_half (id int);\n--> statement-breakpoint\nSELECT no_such_function();',
        2,
      );
      fs.writeFileSync(journalPath, JSON.stringify(journal));
      await assert.rejects(() => migrate(t.database, folder));
      const [row] = await queryRows<{ good: string | null; half: string | null }>(
        t.database.db,
        sql`select to_regclass('probe_good')::text as good, to_regclass('probe_half')::text as half`,
      );
      assert.deepEqual(row, { good: null, half: null });
      // And the database still works with its real migrations.
      assert.deepEqual((await migrate(t.database)).applied, []);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
      await t.drop();
    }
  });
}

describeEachDatabase('migrated schema', (get) => {
  let names: string[] = [];
  before(async () => {
    names = (
      await queryRows<{ tablename: string }>(
        get().database.db,
        sql`select tablename from pg_tables where schemaname = 'public'`,
      )
    ).map((r) => r.tablename);
  });
  after(() => undefined);
  it('has the foundation tables', () => {
    for (const t of [
      'organisations',
      'accounts',
      'account_roles',
      'sessions',
      'audit_events',
      'access_log',
      'outbox',
      'chain_heads',
      'chain_checkpoints',
    ]) {
      assert.ok(names.includes(t), `missing table ${t}`);
    }
  });
});
