// Issue 11 §3: the embedded database's disk fills up, or turns read-only, while the service is serving
// online applications. Requests that need to write then get a clear, localized answer (507 or 503 with
// the catalogue's message, never a stack trace), the process keeps running (no crash, no crash loop),
// and once the disk has room (or is writable) again and the service restarts, every application
// acknowledged before is there exactly once (the ledger verifies). Needs root (mounts); skips with the
// reason otherwise.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import type { Deps } from '../../src/app/deps.js';
import { seedOffice } from '../helpers/seed.js';
import { freePort, spawnServer, waitReady, type Spawned } from '../helpers/spawn-server.js';
import { mountExt4Image, mountTmpfs, smallDisksUnavailable, type SmallDisk } from '../helpers/small-disks.js';
import { describeReport, verifyLedger } from './ledger.js';
import { firstRefusal, looksLikeStackTrace, startFaultLoad, type FaultLoad } from './fault-load.js';

const FULL = process.env.LOAD_FULL === '1';
const CLIENTS = FULL ? 12 : 4;
/** The seeded data folder takes about 41 MB: this leaves room to serve before the filler takes it. */
const TMPFS_MB = 64;
const EXT4_MB = 128;

const t0 = Date.now();
/** Progress with the seconds since the start, to see where a slow run spends its time. */
const mark = (what: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`);

const skip = smallDisksUnavailable();
if (skip) console.log(`skipped: ${skip}`);

describe(
  "the embedded database's disk full or read-only while serving (issue 11 §3)",
  { skip: skip ?? false },
  () => {
    /** A migrated data folder with one office, copied onto each small disk (opening a new one is slow). */
    let seeded = '';
    let officeCode = '';
    const disks: SmallDisk[] = [];
    const servers: Spawned[] = [];

    before(async () => {
      seeded = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-seeded-'));
      const database = await openDatabase({ kind: 'embedded', dataDir: seeded });
      try {
        await migrate(database);
        officeCode = (await seedOffice({ database, now: () => new Date() } as Deps, { regionCode: '71' }))
          .code;
      } finally {
        await database.close();
      }
    });

    after(async () => {
      for (const s of servers)
        if (s.child.exitCode === null && s.child.signalCode === null) {
          s.child.kill('SIGKILL');
          await s.exited;
        }
      for (const d of disks) d.destroy();
      if (seeded) fs.rmSync(seeded, { recursive: true, force: true });
    });

    async function serve(dataDir: string): Promise<{ server: Spawned; base: string }> {
      const port = await freePort();
      const server = spawnServer({
        TIRKEU_DATA_DIR: dataDir,
        PORT: String(port),
        TIRKEU_DEMO: 'off',
        TRUST_PROXY: '127.0.0.1',
        LOG_LEVEL: 'warn',
      });
      servers.push(server);
      // A start that fails says why (its output), instead of waiting out the readiness timeout.
      await Promise.race([
        waitReady(port),
        server.exited.then((code) => {
          throw new Error(`the server exited (${code}) at start: ${server.output().slice(-2000)}`);
        }),
      ]);
      return { server, base: `http://127.0.0.1:${port}` };
    }

    /** Waits until the applicants have met `count` refusals since `since`; returns them. */
    async function refusalsSince(load: FaultLoad, since: number, count: number) {
      const until = Date.now() + 60_000;
      for (;;) {
        const failed = load.attempts.filter((a) => a.startedAt >= since && !a.ok);
        if (failed.length >= count) return failed;
        if (Date.now() > until) throw new Error(`only ${failed.length} refusals after the fault`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    /** Stops the server, starts it again on the folder, stops it, and checks the ledger there. */
    async function restartAndVerify(server: Spawned, dataDir: string, load: FaultLoad) {
      if (server.child.exitCode === null) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      mark('stopped');
      const again = await serve(dataDir);
      mark('restarted');
      assert.equal((await fetch(`${again.base}/readyz`)).status, 200);
      again.server.child.kill('SIGTERM');
      assert.equal(await again.server.exited, 0);
      mark('stopped again');
      const report = await verifyLedger(dataDir, load.ledger);
      mark('verified');
      console.log(describeReport(report));
      assert.ok(report.acknowledged > 0);
      assert.ok(report.ok, describeReport(report));
    }

    it('a full disk: 507 with the localized message, no crash; after freeing space and a restart nothing acknowledged is lost', async () => {
      const disk = mountTmpfs(TMPFS_MB);
      disks.push(disk);
      fs.cpSync(seeded, disk.dir, { recursive: true });
      mark('copied');
      const { server, base } = await serve(disk.dir);
      mark('serving');
      const load = startFaultLoad(base, officeCode, CLIENTS);
      try {
        await load.acknowledged(CLIENTS, 60_000);
        mark('acknowledged before the fault');
        const filledAt = Date.now();
        const filled = disk.fill();
        assert.ok(filled > 0, 'the filler took the free space');
        mark('filled');
        const failed = await refusalsSince(load, filledAt, CLIENTS);
        mark('refused');
        const refusal = await firstRefusal(base, officeCode, 'ru', '10.252.0.1');
        assert.equal(refusal.status, 507, `${refusal.what}: ${refusal.body.slice(0, 300)}`);
        assert.match(refusal.body, /Хранилище данных сервиса переполнено/);
        assert.ok(!looksLikeStackTrace(refusal.body), refusal.body);
        // Every refusal the applicants met was the full disk's, not an unexpected error.
        assert.deepEqual(
          failed.filter((a) => !/ 507$/.test(a.error ?? '')).map((a) => a.error),
          [],
        );
        assert.equal(server.child.exitCode, null, 'the process keeps running');
        assert.equal((await fetch(`${base}/healthz`)).status, 200);

        // Room again. A full disk met while a table grew leaves the engine sound: the same process takes
        // applications again. Met while the log (WAL) needed a new file, it fences the engine off
        // (src/db/embedded-guard.ts) and /readyz says so until the restart below.
        disk.free();
        const ready = (await fetch(`${base}/readyz`)).status;
        if (ready === 200) await load.acknowledged(1, 60_000);
        else assert.equal(ready, 503);
        mark(`freed, readyz ${ready}`);
      } finally {
        await load.stop();
      }
      await restartAndVerify(server, disk.dir, load);
    });

    it(
      'a data folder turned read-only: 503 with the localized message, no crash; once writable and restarted nothing acknowledged is lost',
      { skip: smallDisksUnavailable({ ext4: true }) ?? false },
      async () => {
        const disk = mountExt4Image(EXT4_MB);
        disks.push(disk);
        fs.cpSync(seeded, disk.dir, { recursive: true });
        mark('copied');
        const { server, base } = await serve(disk.dir);
        mark('serving');
        const load = startFaultLoad(base, officeCode, CLIENTS);
        try {
          await load.acknowledged(CLIENTS, 60_000);
          mark('acknowledged before the fault');
          const readOnlyAt = Date.now();
          disk.forceReadOnly();
          const failed = await refusalsSince(load, readOnlyAt, CLIENTS);
          mark('refused');
          const refusal = await firstRefusal(base, officeCode, 'ru', '10.252.0.2');
          assert.equal(refusal.status, 503, `${refusal.what}: ${refusal.body.slice(0, 300)}`);
          assert.match(refusal.body, /доступно только для чтения/);
          assert.ok(!looksLikeStackTrace(refusal.body), refusal.body);
          assert.deepEqual(
            failed.filter((a) => !/ 503$/.test(a.error ?? '')).map((a) => a.error),
            [],
          );
          assert.equal(server.child.exitCode, null, 'the process keeps running');
          assert.equal((await fetch(`${base}/healthz`)).status, 200);
        } finally {
          await load.stop();
        }
        server.child.kill('SIGTERM');
        await server.exited;
        disk.remount();
        await restartAndVerify(server, disk.dir, load);
      },
    );
  },
);
