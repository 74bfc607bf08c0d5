// domain.md §5: "a crash after commit leaves no duplicate" and no gap. A child takes numbers in a loop
// and is killed with SIGKILL mid-flight; every number committed is there once, and the counter
// continues right after the last one.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, engines } from '../helpers/databases.js';
import { openDatabase, queryRows, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { organisations } from '../../src/db/schema/index.js';

async function killMidFlight(target: string, organisationId: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/process/fixtures/take-numbers.ts'], {
    env: { PATH: process.env.PATH ?? '', TARGET: target, ORGANISATION_ID: organisationId },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
  });
  await new Promise((r) => setTimeout(r, 1_500));
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

async function check(database: Database, organisationId: string) {
  const seqs = (
    await queryRows<{ seq: number }>(database.db, sql`select seq from numbered_acts order by seq`)
  ).map((r) => Number(r.seq));
  assert.ok(seqs.length > 5, `the child committed ${seqs.length} acts before it was killed`);
  assert.deepEqual(
    seqs,
    Array.from({ length: seqs.length }, (_, i) => i + 1),
    'no gap, no duplicate',
  );
  const [counter] = await queryRows<{ next_seq: number }>(
    database.db,
    sql`select next_seq from register_counters where organisation_id = ${organisationId} and register = 'incoming' and year = 2026`,
  );
  assert.equal(
    Number(counter!.next_seq),
    seqs.length + 1,
    'the next act continues right after the last committed one',
  );
}

for (const engine of engines()) {
  it(`a SIGKILL while numbering leaves no gap and no duplicate [${engine}]`, async () => {
    if (engine === 'postgres') {
      const t = await createTestDatabase('postgres');
      try {
        const [org] = await t.database.db
          .insert(organisations)
          .values({ code: '99-001', kind: 'service_office', regionCode: '99', nameKk: 'Сынақ' })
          .returning();
        await killMidFlight(t.url!, org!.id);
        await check(t.database, org!.id);
      } finally {
        await t.drop();
      }
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-crash-'));
    try {
      let database = await openDatabase({ kind: 'embedded', dataDir: dir });
      await migrate(database);
      const [org] = await database.db
        .insert(organisations)
        .values({ code: '99-001', kind: 'service_office', regionCode: '99', nameKk: 'Сынақ' })
        .returning();
      await database.close();
      await killMidFlight(dir, org!.id);
      database = await openDatabase({ kind: 'embedded', dataDir: dir }); // the killed child's lock is stale
      try {
        await check(database, org!.id);
      } finally {
        await database.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
