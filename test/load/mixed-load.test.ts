// Issue 11 §3, first bullet: the mixed load (public look-ups, online applications, staff intake and
// decisions, queue calls) from concurrent clients against the service as a real process, on each
// engine. Goal: no error, no 429 (the mix keeps every simulated client within the limits), and every
// application the server acknowledged is in the database, complete, once. The ledger's check is shown
// to fail when the database disagrees with it, so that its passing means something.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/database.js';
import { Ledger, describeReport, newRunId, verifyLedger } from './ledger.js';
import { engines, prepareWorld, type LoadWorld } from './load-world.js';
import { describeMixedLoad, runMixedLoad, type MixedLoadResult } from './mixed-load.js';
import { CLIENTS, SECONDS, SUITE_TIMEOUT_MS } from './load-settings.js';

const MARKER = '{sendingAssociation,registrationDocument,number}';

for (const engine of engines()) {
  describe(
    `mixed load, ${String(CLIENTS)} clients × ${String(SECONDS)} s [${engine}]`,
    { timeout: SUITE_TIMEOUT_MS },
    () => {
      let world: LoadWorld;
      let result: MixedLoadResult;
      const ledger = new Ledger();
      before(async () => {
        world = await prepareWorld(engine);
        const server = await world.start();
        result = await runMixedLoad({
          base: server.base,
          officeCode: world.officeCode,
          staff: world.staff,
          clients: CLIENTS,
          seconds: SECONDS,
          ledger,
          run: newRunId(),
        });
        console.log(describeMixedLoad(result));
        await server.stop();
      });
      after(() => world.dispose());

      it('answers every request of the mix without an error or a 429', () => {
        assert.equal(result.errors, 0, describeMixedLoad(result));
        assert.equal(result.rateLimited, 0, describeMixedLoad(result));
        for (const kind of ['track', 'apply', 'sign-in', 'intake', 'decision', 'queue'] as const)
          assert.ok((result.byKind[kind]?.requests ?? 0) > 0, `requests of kind ${kind} were made`);
        assert.ok(
          result.applications.acknowledged > 0 && result.cases.decided > 0 && result.queue.served > 0,
        );
        assert.ok(Number.isFinite(result.overall.p99) && result.overall.p50 <= result.overall.p99);
      });

      it('stored every acknowledged application, complete, once', async () => {
        const report = await verifyLedger(world.target, ledger);
        assert.ok(report.ok, describeReport(report));
        assert.equal(report.acknowledged, result.applications.acknowledged);
      });

      it('the check fails on a changed field, a lost application and one stored twice', async () => {
        assert.ok(ledger.acknowledged.length >= 4, 'enough applications to spoil');
        const database = await openDatabase(
          engine === 'postgres'
            ? { kind: 'postgres', url: world.target, poolMax: 2 }
            : { kind: 'embedded', dataDir: world.target },
        );
        try {
          const [changed, gone, twice, other] = ledger.acknowledged;
          const setMarker = (from: string, to: string) =>
            database.db.execute(
              sql`update case_applications set data = jsonb_set(data, ${MARKER}, to_jsonb(${to}::text))
                 where data #>> ${MARKER} = ${from}`,
            );
          await database.db.execute(
            sql`update case_applications set data = jsonb_set(data, '{address}', '"elsewhere"')
               where data #>> ${MARKER} = ${changed!.marker}`,
          );
          await setMarker(gone!.marker, 'LD-gone');
          await setMarker(other!.marker, twice!.marker);
          const report = await verifyLedger(database, ledger);
          assert.equal(report.ok, false);
          assert.deepEqual(report.missing.sort(), [gone!.marker, other!.marker].sort());
          assert.deepEqual(report.duplicated, [twice!.marker]);
          assert.ok(
            report.incomplete.some(
              (i) => i.marker === changed!.marker && /^address: "elsewhere" ≠ /.test(i.why),
            ),
          );
        } finally {
          await database.close();
        }
      });
    },
  );
}
