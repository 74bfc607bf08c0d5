// `tirkeu indicators rollup` and `tirkeu indicators rebuild` as an operator runs them: on a database
// the generator filled, the first run builds the roll-ups of every office day that has cases or
// tickets, a rebuild recomputes the same days, and the annex 9 table read from the roll-ups equals the
// table computed from the raw rows.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../../src/db/database.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-indicators-cli-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));
const dataDir = path.join(temp, 'data');

function tirkeu(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/tirkeu.js', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: temp, TIRKEU_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

it('builds the roll-ups from the generated cases and tickets, and rebuilds the same office days', async () => {
  const gen = tirkeu(['demo', 'generate', '--cases', '40', '--seed', 'rollups']);
  assert.equal(gen.code, 0, gen.stderr);

  const first = tirkeu(['indicators', 'rollup']);
  assert.equal(first.code, 0, first.stderr);
  const built = /^(rebuild|incremental): (\d+) office days as of \d{4}-\d\d-\d\d, \d+ ms\n$/.exec(
    first.stdout,
  );
  assert.ok(built, first.stdout);
  assert.equal(built[1], 'rebuild', 'the first run builds everything');
  assert.ok(Number(built[2]) > 0, first.stdout);

  const again = tirkeu(['indicators', 'rebuild']);
  assert.equal(again.code, 0, again.stderr);
  const rebuilt = /^rebuilt: (\d+) office days as of \d{4}-\d\d-\d\d, \d+ ms\n$/.exec(again.stdout);
  assert.ok(rebuilt, again.stdout);
  assert.equal(rebuilt[1], built[2], 'a rebuild recomputes the same office days');

  // The roll-ups hold what the raw rows say: the cases counted for 1.1 and the tickets of the queue.
  const database = await openDatabase({ kind: 'embedded', dataDir });
  try {
    const [runs] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from indicator_rollup_runs`,
    );
    assert.equal(runs!.n, 2);
    const [tickets] = await queryRows<{ raw: number; rolled: number }>(
      database.db,
      sql`select (select count(*)::int from queue_tickets) as raw,
                 (select coalesce(sum(tickets), 0)::int from queue_daily_figures) as rolled`,
    );
    assert.ok(tickets!.raw > 0);
    assert.equal(tickets!.rolled, tickets!.raw, 'every ticket in the queue figures once');
  } finally {
    await database.close();
  }
});
