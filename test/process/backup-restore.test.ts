// `tirkeu backup` / `tirkeu restore` as an operator runs them (issue: backup and restore round trip a
// loaded database exactly): a database filled by the generator is backed up, restored into an empty
// one, and the copy is compared row for row by the test itself; a damaged, altered or truncated dump,
// a target that holds data and a backup of the other engine are refused, and a refused or failed
// restore leaves the target as it was. On the embedded engine always, on PostgreSQL when
// TEST_DATABASE_URL is set.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type DatabaseTarget } from '../../src/db/database.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-backup-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

function tirkeu(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['bin/tirkeu.js', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: temp, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Target = Exclude<DatabaseTarget, { kind: 'memory' }>;

/** Every row of the tables that matter most, in a fixed order, as the test reads them itself. */
async function contents(target: Target): Promise<Record<string, unknown[]>> {
  const database = await openDatabase(target);
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of [
      'cases',
      'case_actions',
      'registrants',
      'issued_documents',
      'audit_events',
      'accounts',
    ])
      out[table] = await queryRows(database.db, sql.raw(`select * from ${table} order by 1, 2`));
    return out;
  } finally {
    await database.close();
  }
}

function envOf(target: Target): Record<string, string> {
  return target.kind === 'postgres' ? { DATABASE_URL: target.url } : { TIRKEU_DATA_DIR: target.dataDir };
}

function rewriteManifestFor(dir: string, dump: string): void {
  const file = path.join(dir, 'manifest.json');
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as { sha256: string };
  m.sha256 = createHash('sha256').update(fs.readFileSync(dump)).digest('hex');
  fs.writeFileSync(file, JSON.stringify(m));
}

function copyDir(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
}

interface Engine {
  name: string;
  /** A new empty target. */
  fresh(): Promise<Target>;
  /** Whether the target holds no data (nothing half-loaded). */
  isEmpty(target: Target): Promise<boolean>;
}

const embedded: Engine = {
  name: 'embedded',
  fresh: async () => ({
    kind: 'embedded',
    dataDir: path.join(temp, `data-${randomBytes(4).toString('hex')}`),
  }),
  isEmpty: async (t) => {
    const pgdata = path.join((t as { dataDir: string }).dataDir, 'pgdata');
    return !fs.existsSync(pgdata) || fs.readdirSync(pgdata).length === 0;
  },
};

const created: string[] = [];
const adminUrl = process.env.TEST_DATABASE_URL;
const postgres: Engine = {
  name: 'postgres',
  async fresh() {
    const name = `tirkeu_bk_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    created.push(name);
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    return { kind: 'postgres', url: url.toString(), poolMax: 2 };
  },
  async isEmpty(t) {
    const c = new pg.Client({ connectionString: (t as { url: string }).url });
    await c.connect();
    const { rows } = await c.query<{ n: string }>(
      "select count(*)::text as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    );
    await c.end();
    return rows[0]!.n === '0';
  },
};
after(async () => {
  if (!adminUrl || created.length === 0) return;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

for (const engine of adminUrl ? [embedded, postgres] : [embedded]) {
  describe(`backup and restore, ${engine.name}`, () => {
    it('round-trips a generated database exactly and refuses what would lose or mix data', async () => {
      const source = await engine.fresh();
      const gen = tirkeu(['demo', 'generate', '--cases', '30', '--seed', 'backup'], envOf(source));
      assert.equal(gen.code, 0, gen.stderr);

      const backup = path.join(temp, `backup-${engine.name}`);
      const b = tirkeu(['backup', '--out', backup], envOf(source));
      assert.equal(b.code, 0, b.stderr);
      assert.match(b.stdout, /^backed up \d+ tables and sequences, \d+ rows/);
      const manifest = JSON.parse(fs.readFileSync(path.join(backup, 'manifest.json'), 'utf8')) as {
        engine: string;
        file: string;
        tables: { name: string; rows: number }[];
      };
      assert.equal(manifest.engine, engine.name);
      assert.ok(manifest.tables.find((t) => t.name === 'public.cases')!.rows >= 30);

      // A second backup never overwrites the first.
      const again = tirkeu(['backup', '--out', backup], envOf(source));
      assert.equal(again.code, 1);
      assert.match(again.stderr, /is not empty/);

      const target = await engine.fresh();
      const r = tirkeu(['restore', '--from', backup], envOf(target));
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /every table equal to the backup/);
      assert.deepEqual(await contents(target), await contents(source), 'the copy holds the same rows');

      // The restored database is a working one: the audit chains verify.
      const verify = tirkeu(['audit', 'verify'], envOf(target));
      assert.equal(verify.code, 0, verify.stdout + verify.stderr);

      // A target that holds data is refused (the copy just made is left as it is).
      const twice = tirkeu(['restore', '--from', backup], envOf(target));
      assert.equal(twice.code, 1);
      assert.match(twice.stderr, /already holds/);

      // A damaged dump is refused before anything is touched.
      const damaged = path.join(temp, `damaged-${engine.name}`);
      copyDir(backup, damaged);
      const dump = path.join(damaged, manifest.file);
      const bytes = fs.readFileSync(dump);
      bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
      fs.writeFileSync(dump, bytes);
      const empty = await engine.fresh();
      const d = tirkeu(['restore', '--from', damaged], envOf(empty));
      assert.equal(d.code, 1);
      assert.match(d.stderr, /damaged or altered/);
      assert.ok(await engine.isEmpty(empty));

      // A dump cut short whose manifest was altered to match gets past the checksum and fails in the
      // engine: nothing half-loaded stays in the target.
      const truncated = path.join(temp, `truncated-${engine.name}`);
      copyDir(backup, truncated);
      const cut = path.join(truncated, manifest.file);
      fs.writeFileSync(cut, fs.readFileSync(cut).subarray(0, Math.floor(bytes.length / 2)));
      rewriteManifestFor(truncated, cut);
      const t = tirkeu(['restore', '--from', truncated], envOf(empty));
      assert.equal(t.code, 1);
      assert.ok(await engine.isEmpty(empty), 'a failed restore leaves the target empty');

      // Not a backup at all, and a backup of the other engine.
      const none = tirkeu(['restore', '--from', temp], envOf(empty));
      assert.equal(none.code, 1);
      assert.match(none.stderr, /holds no manifest\.json/);
      const other: Target =
        engine.name === 'embedded'
          ? { kind: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none', poolMax: 1 }
          : { kind: 'embedded', dataDir: path.join(temp, 'never-created') };
      const mixed = tirkeu(['restore', '--from', backup], envOf(other));
      assert.equal(mixed.code, 1);
      assert.match(mixed.stderr, /this backup is of the/);
    });
  });
}
