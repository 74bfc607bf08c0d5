import assert from 'node:assert/strict';
import { beforeEach, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../../test/helpers/databases.js';
import { backlog, claimDue, enqueue } from '../db/outbox-store.js';
import { queryRows } from '../db/database.js';
import { deliverDue } from './outbox-worker.js';

describeEachDatabase('outbox', (get) => {
  // Each test starts from an outbox with nothing pending (the suite shares one database).
  beforeEach(async () => {
    await get().database.db.execute(
      sql`update outbox set status = 'sent' where status in ('queued', 'sending')`,
    );
  });

  it('keeps nothing of a rolled-back change and delivers a committed one once', async () => {
    const { database } = get();
    await assert.rejects(() =>
      database.db.transaction(async (tx) => {
        await enqueue(tx, { kind: 'test.note', payload: { n: 'rolled-back' } });
        throw new Error('the change fails');
      }),
    );
    await database.db.transaction(async (tx) => enqueue(tx, { kind: 'test.note', payload: { n: 'kept' } }));
    const seen: string[] = [];
    const handlers = { 'test.note': async (p: Record<string, unknown>) => void seen.push(String(p.n)) };
    assert.equal(await deliverDue(database, { handlers }), 1);
    assert.equal(await deliverDue(database, { handlers }), 0);
    assert.deepEqual(seen, ['kept']);
  });

  it('a dedupe key makes a retried enqueue a no-op', async () => {
    const { database } = get();
    await enqueue(database.db, { kind: 'test.dedupe', payload: {}, dedupeKey: 'k-1' });
    await enqueue(database.db, { kind: 'test.dedupe', payload: {}, dedupeKey: 'k-1' });
    const [row] = await queryRows<{ n: string }>(
      database.db,
      sql`select count(*) as n from outbox where kind = 'test.dedupe'`,
    );
    assert.equal(Number(row!.n), 1);
  });

  it('retries a failed delivery with backoff, then gives up after the last attempt', async () => {
    const { database } = get();
    await enqueue(database.db, { kind: 'test.flaky', payload: {} });
    let calls = 0;
    // A second ahead: the row's next_attempt_at is the database's now(), which has microseconds that
    // Date.now() truncates, so "now" taken right after could still be before it.
    let t = Date.now() + 1_000;
    const now = () => new Date(t);
    const handlers = {
      'test.flaky': async () => {
        calls++;
        if (calls < 3) throw new Error('gateway down');
      },
    };
    assert.equal(await deliverDue(database, { handlers, now }), 0);
    assert.equal(await deliverDue(database, { handlers, now }), 0, 'not retried before its backoff');
    t += 6_000;
    assert.equal(await deliverDue(database, { handlers, now }), 0);
    t += 11_000;
    assert.equal(await deliverDue(database, { handlers, now }), 1);
    assert.equal(calls, 3);
    const [row] = await queryRows<{ status: string; attempts: number }>(
      database.db,
      sql`select status, attempts from outbox where kind = 'test.flaky'`,
    );
    assert.deepEqual(row, { status: 'sent', attempts: 3 });

    await database.db.execute(
      sql`insert into outbox (kind, payload, max_attempts) values ('test.never', '{}', 2)`,
    );
    const failing = { 'test.never': async () => Promise.reject(new Error('always')) };
    await deliverDue(database, { handlers: failing, now });
    t += 6_000;
    await deliverDue(database, { handlers: failing, now });
    const [dead] = await queryRows<{ status: string; last_error: string }>(
      database.db,
      sql`select status, last_error from outbox where kind = 'test.never'`,
    );
    assert.deepEqual(dead, { status: 'failed', last_error: 'always' });
    assert.equal((await backlog(database.db)).failed, 1);
  });

  it('a worker that dies mid-delivery loses nothing: the lease runs out and the message goes out with the same id', async () => {
    const { database } = get();
    await enqueue(database.db, { kind: 'test.lease', payload: {} });
    const t0 = Date.now() + 3_600_000;
    // The first worker claims it and dies before recording the outcome.
    const [claimed] = await claimDue(database.db, new Date(t0), 10, 30_000);
    assert.ok(claimed);
    const ids: string[] = [];
    const handlers = {
      'test.lease': async (_p: unknown, meta: { messageId: string }) => void ids.push(meta.messageId),
    };
    assert.equal(
      await deliverDue(database, { handlers, now: () => new Date(t0 + 1_000) }),
      0,
      'still leased',
    );
    assert.equal(await deliverDue(database, { handlers, now: () => new Date(t0 + 31_000) }), 1);
    assert.deepEqual(ids, [`outbox-${claimed.id}`]);
  });

  it('two workers claiming at once never take the same message', async () => {
    const { database } = get();
    const now = new Date(Date.now() + 7_200_000);
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < 30; i++) await enqueue(tx, { kind: 'test.race', payload: { i } });
    });
    const [a, b] = await Promise.all([
      claimDue(database.db, now, 20, 60_000),
      claimDue(database.db, now, 20, 60_000),
    ]);
    const ids = [...a!, ...b!].filter((m) => m.kind === 'test.race').map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});
