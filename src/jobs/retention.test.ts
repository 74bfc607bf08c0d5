import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../../test/helpers/databases.js';
import { buildTestApp } from '../../test/helpers/app.js';
import { seedAccount, seedOffice } from '../../test/helpers/seed.js';
import { queryRows } from '../db/database.js';
import { sessions } from '../db/schema/index.js';
import { enqueue } from '../db/outbox-store.js';
import { verifyChains } from '../db/audit-trail.js';
import { deliverDue } from './outbox-worker.js';
import { runRetention } from './retention.js';

describeEachDatabase('retention', (get) => {
  it('purges what was kept long enough, keeps the rest, audits the purge and breaks no chain', async () => {
    const { database } = get();
    const t = await buildTestApp(database);
    try {
      const office = await seedOffice(t.deps);
      const { id } = await seedAccount(t.deps, office.id, ['clerk']);
      const now = new Date('2030-06-01T06:00:00Z');
      const day = 86_400_000;
      await database.db.insert(sessions).values([
        { id: 'old-session', accountId: id, expiresAt: new Date(now.getTime() - 31 * day) },
        { id: 'recent-session', accountId: id, expiresAt: new Date(now.getTime() - 29 * day) },
      ]);
      await enqueue(database.db, { kind: 'test.retention', payload: {} });
      await deliverDue(database, {
        handlers: { 'test.retention': async () => undefined },
        now: () => new Date(now.getTime() - 91 * day),
      });
      const report = await runRetention(database, now);
      assert.deepEqual(report, [
        { recordType: 'session', count: 1 },
        { recordType: 'outbox_message', count: 1 },
      ]);
      const left = await queryRows<{ id: string }>(
        database.db,
        sql`select id from sessions where id in ('old-session', 'recent-session')`,
      );
      assert.deepEqual(
        left.map((r) => r.id),
        ['recent-session'],
      );
      const audited = await queryRows<{ record_id: string }>(
        database.db,
        sql`select record_id from audit_events where action = 'retention.purged' order by id`,
      );
      assert.deepEqual(
        audited.map((r) => r.record_id),
        ['session', 'outbox_message'],
      );
      assert.deepEqual((await verifyChains(database.db)).problems, []);
      assert.deepEqual(await runRetention(database, now), [
        { recordType: 'session', count: 0 },
        { recordType: 'outbox_message', count: 0 },
      ]);
    } finally {
      await t.close();
    }
  });
});
