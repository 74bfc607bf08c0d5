import assert from 'node:assert/strict';
import { it } from 'node:test';
import { randomBytes } from 'node:crypto';
import { describeEachDatabase } from '../../test/helpers/databases.js';
import { IdempotencyKeyReusedError, once } from './idempotency.js';

const newKey = () => randomBytes(12).toString('base64url');

describeEachDatabase('idempotency keys', (get) => {
  it('does the work once; a retry gets the first result', async () => {
    const { db } = get().database;
    const key = newKey();
    let runs = 0;
    const act = () => db.transaction((tx) => once(tx, key, 'test.act', null, async () => ({ n: ++runs })));
    assert.deepEqual(await act(), { result: { n: 1 }, replayed: false });
    assert.deepEqual(await act(), { result: { n: 1 }, replayed: true });
    assert.equal(runs, 1);
  });

  it('two requests racing with one key do the work once', async () => {
    const { db } = get().database;
    const key = newKey();
    let runs = 0;
    const act = () =>
      db.transaction((tx) =>
        once(tx, key, 'test.race', null, async () => {
          runs++;
          await new Promise((r) => setTimeout(r, 50));
          return { n: runs };
        }),
      );
    const [a, b] = await Promise.all([act(), act()]);
    assert.equal(runs, 1);
    assert.deepEqual(a.result, b.result);
    assert.deepEqual([a.replayed, b.replayed].sort(), [false, true]);
  });

  it('a failed act leaves its key unused, so the retry can do it', async () => {
    const { db } = get().database;
    const key = newKey();
    await assert.rejects(
      db.transaction((tx) =>
        once(tx, key, 'test.fail', null, async () => Promise.reject(new Error('fails'))),
      ),
    );
    assert.deepEqual(await db.transaction((tx) => once(tx, key, 'test.fail', null, async () => 'ok')), {
      result: 'ok',
      replayed: false,
    });
  });

  it('refuses a key reused for another act', async () => {
    const { db } = get().database;
    const key = newKey();
    await db.transaction((tx) => once(tx, key, 'test.one', null, async () => 1));
    await assert.rejects(
      db.transaction((tx) => once(tx, key, 'test.other', null, async () => 2)),
      IdempotencyKeyReusedError,
    );
  });
});
