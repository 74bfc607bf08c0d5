// The `tirkeu` command as an operator runs it: exact output on standard output, warnings on standard
// error, exit 0 / 1 / 2.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/database.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-cli-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

function tirkeu(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['bin/tirkeu.js', ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: temp,
      TIRKEU_DATA_DIR: path.join(temp, 'never-created'),
      ...env,
    },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

it('answers calendar arithmetic on a fresh clone, with no database', () => {
  // §7.1 from Friday 20 March 2026: Nauryz 21–23 March and its substitutes 24–25 March are days off.
  assert.deepEqual(tirkeu(['calendar', 'add-working-days', '2026-03-20', '7']), {
    code: 0,
    stdout: '2026-04-03\n',
    stderr: '',
  });
  assert.deepEqual(tirkeu(['calendar', 'working-days', '2026-03-20', '2026-04-03']), {
    code: 0,
    stdout: '8\n',
    stderr: '',
  });
  const provisional = tirkeu(['calendar', 'add-working-days', '2030-01-02', '3']);
  assert.equal(provisional.code, 0);
  assert.match(provisional.stdout, /^2030-01-\d\d\n$/);
  assert.match(provisional.stderr, /provisional/);
  for (const bad of [
    ['add-working-days', '2026-02-30', '1'],
    ['add-working-days', '2026-03-20', '-1'],
    ['working-days', '2026-01-01'],
    ['nonsense'],
  ]) {
    const r = tirkeu(['calendar', ...bad]);
    assert.equal(r.code, 2, bad.join(' '));
    assert.equal(r.stdout, '');
    assert.notEqual(r.stderr, '');
  }
  assert.equal(fs.existsSync(path.join(temp, 'never-created')), false, 'no database was opened');
});

it('exports the 430 seed rows as JSON with no database', () => {
  const r = tirkeu(['directory', 'export', '--json']);
  assert.equal(r.code, 0);
  const rows = JSON.parse(r.stdout) as { annex: number; officeCode: string }[];
  assert.equal(rows.length, 430);
  assert.deepEqual(
    [1, 2, 3, 4].map((a) => rows.filter((x) => x.annex === a).length),
    [16, 199, 16, 199],
  );
});

it('adds a user, verifies the audit trail, and names a tampered record with exit 1', async () => {
  const dir = path.join(temp, 'db');
  const env = { TIRKEU_DATA_DIR: dir };
  const add = tirkeu(
    [
      'user',
      'add',
      '--org',
      'AGENCY',
      '--login',
      'first.admin',
      '--name',
      'Бірінші Әкімші',
      '--role',
      'administrator',
    ],
    env,
  );
  assert.equal(add.code, 0, add.stderr);
  assert.match(add.stdout, /temporary password \(change at first sign-in\): [a-z2-9-]{19}/);
  assert.equal(
    tirkeu(['user', 'add', '--org', 'XX-999', '--login', 'x.y', '--name', 'Ноль', '--role', 'clerk'], env)
      .code,
    2,
  );
  const clean = tirkeu(['audit', 'verify'], env);
  assert.equal(clean.code, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /0 broken/);
  const db = await openDatabase({ kind: 'embedded', dataDir: dir });
  try {
    await db.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(
        sql`update audit_events set data = '{"roles":["clerk"]}' where action = 'account.created'`,
      );
    });
  } finally {
    await db.close();
  }
  const tampered = tirkeu(['audit', 'verify'], env);
  assert.equal(tampered.code, 1);
  assert.match(
    tampered.stdout,
    /TAMPERED audit_events chain audit:national record \d+ \(id \d+\): its content does not match its hash/,
  );
});
