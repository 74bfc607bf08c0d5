// Issue 11 §3, second bullet: the server is killed with SIGKILL in the middle of the mixed load and
// started again on the same database (the embedded data folder; a PostgreSQL database): every online
// application whose sending was acknowledged to its client is there, complete, exactly once — and a
// send whose answer never came is there at most once. The restarted server answers look-ups of the
// acknowledged applications.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Ledger, WebClient, addressOf, describeReport, newRunId, verifyLedger } from './ledger.js';
import { engines, prepareWorld, type LoadWorld } from './load-world.js';
import { describeMixedLoad, runMixedLoad } from './mixed-load.js';
import { CLIENTS, SECONDS, SUITE_TIMEOUT_MS } from './load-settings.js';

/** The kill comes once this many applications were acknowledged (or at the load's half-time). */
const ACKNOWLEDGED_BEFORE_KILL = 5;

for (const engine of engines()) {
  describe(`SIGKILL in the middle of the load [${engine}]`, { timeout: SUITE_TIMEOUT_MS }, () => {
    let world: LoadWorld;
    const ledger = new Ledger();
    let killedAfterMs = 0;
    before(async () => {
      world = await prepareWorld(engine);
      const server = await world.start();
      const stop = new AbortController();
      const t0 = performance.now();
      const load = runMixedLoad({
        base: server.base,
        officeCode: world.officeCode,
        staff: world.staff,
        clients: CLIENTS,
        // Long enough that the kill comes mid-load; the load ends when the server is gone.
        seconds: SECONDS * 4,
        ledger,
        run: newRunId(),
        signal: stop.signal,
      });
      const halfTime = t0 + (SECONDS * 1000) / 2;
      while (ledger.acknowledged.length < ACKNOWLEDGED_BEFORE_KILL || performance.now() < halfTime) {
        if (performance.now() > t0 + SECONDS * 4000) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      killedAfterMs = performance.now() - t0;
      await server.kill();
      // A moment of failed connections, as clients see a dead server; then the load stops.
      await new Promise((r) => setTimeout(r, 1_000));
      stop.abort();
      console.log(describeMixedLoad(await load));
    });
    after(() => world.dispose());

    it('keeps every acknowledged application after a restart on the same database', async () => {
      assert.ok(
        ledger.acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL,
        `applications acknowledged before the kill (${String(Math.round(killedAfterMs))} ms)`,
      );
      const server = await world.start();
      // The restarted server finds the applications by their codes, as their applicants would.
      const tracked = ledger.tracked().slice(0, 5);
      for (const [i, a] of tracked.entries()) {
        const c = new WebClient(server.base, addressOf(900_000 + i));
        assert.equal((await c.get('/kk/track')).status, 200);
        const r = await c.post('/kk/track', {
          by: 'access',
          'a-trackingCode': a.trackingCode!,
          'a-accessCode': a.accessCode!,
        });
        assert.equal(r.status, 200);
        assert.ok(r.body.includes(a.trackingCode!.slice(0, 5)), 'the status page of the case');
      }
      await server.stop();
      const report = await verifyLedger(world.target, ledger);
      console.log(describeReport(report));
      assert.ok(report.ok, describeReport(report));
    });
  });
}
