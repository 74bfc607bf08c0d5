// The ledger's own proof: applications sent through the pages of a real server process are found
// complete and once, and the check fails when the database disagrees with what was acknowledged
// (a field changed, a row gone, a row twice) — so a passing load test means something.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/db/database.js';
import {
  Ledger,
  addressOf,
  applyOnline,
  describeReport,
  newRunId,
  submissionOf,
  verifyLedger,
} from './ledger.js';
import { engines, prepareWorld, type LoadWorld } from './load-world.js';

const APPLICATIONS = 6;

for (const engine of engines()) {
  describe(`the ledger of online applications [${engine}]`, { timeout: 300_000 }, () => {
    let world: LoadWorld;
    const ledger = new Ledger();
    before(async () => {
      world = await prepareWorld(engine, { staffPerRole: 1 });
      const server = await world.start();
      const run = newRunId();
      await Promise.all(
        Array.from({ length: APPLICATIONS }, (_, i) =>
          applyOnline(server.base, addressOf(i + 1), submissionOf(run, i, world.officeCode), ledger),
        ),
      );
      await server.stop();
    });
    after(() => world.dispose());

    it('finds every acknowledged application complete and once', async () => {
      assert.equal(ledger.acknowledged.length, APPLICATIONS);
      assert.ok(ledger.acknowledged.every((a) => a.trackingCode && a.accessCode));
      const report = await verifyLedger(world.target, ledger);
      assert.ok(report.ok, describeReport(report));
    });

    it('fails when the database disagrees with the ledger', async () => {
      const database: Database = await openDatabase(
        engine === 'postgres'
          ? { kind: 'postgres', url: world.target, poolMax: 2 }
          : { kind: 'embedded', dataDir: world.target },
      );
      try {
        const [changed, gone] = ledger.acknowledged;
        await database.db.execute(
          sql`update case_applications set data = jsonb_set(data, '{address}', '"elsewhere"')
               where data #>> '{sendingAssociation,registrationDocument,number}' = ${changed!.marker}`,
        );
        await database.db.execute(
          sql`update case_applications set data = jsonb_set(data, '{sendingAssociation,registrationDocument,number}', '"LD-gone"')
               where data #>> '{sendingAssociation,registrationDocument,number}' = ${gone!.marker}`,
        );
        const report = await verifyLedger(database, ledger);
        assert.equal(report.ok, false);
        assert.deepEqual(report.missing, [gone!.marker]);
        assert.equal(report.incomplete.length, 1);
        assert.match(report.incomplete[0]!.why, /^address: "elsewhere" ≠ /);
        // The same application twice (another case carrying the same marker).
        const twice = ledger.acknowledged[2]!;
        await database.db.execute(
          sql`update case_applications set data = jsonb_set(data, '{sendingAssociation,registrationDocument,number}', to_jsonb(${twice.marker}::text))
               where data #>> '{sendingAssociation,registrationDocument,number}' = ${ledger.acknowledged[3]!.marker}`,
        );
        const again = await verifyLedger(database, ledger);
        assert.deepEqual(again.duplicated, [twice.marker]);
      } finally {
        await database.close();
      }
    });
  });
}
