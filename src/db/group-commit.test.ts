import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GroupCommit } from './group-commit.js';

/** A write that records its batches and finishes when told. */
function recorder() {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  const write = (items: number[]) =>
    new Promise<string[]>((resolve) => {
      batches.push(items);
      finish.push(() => resolve(items.map((i) => `done ${i}`)));
    });
  return { batches, finish, write };
}

const turn = () => new Promise((r) => setImmediate(r));

describe('GroupCommit', () => {
  it('writes calls of one turn together, answers each with its own output only after the write', async () => {
    const r = recorder();
    const g = new GroupCommit(r.write, { maxBatch: 100, maxInFlight: 1 });
    let answered = 0;
    const calls = [1, 2, 3].map((i) => g.submit(i).then((o) => (answered++, o)));
    await turn();
    assert.deepEqual(r.batches, [[1, 2, 3]]);
    assert.equal(answered, 0);
    r.finish[0]!();
    assert.deepEqual(await Promise.all(calls), ['done 1', 'done 2', 'done 3']);
  });

  it('calls arriving while a write runs go together into the next, up to maxBatch each', async () => {
    const r = recorder();
    const g = new GroupCommit(r.write, { maxBatch: 2, maxInFlight: 1 });
    const first = g.submit(0);
    await turn();
    const later = [1, 2, 3].map((i) => g.submit(i));
    await turn();
    assert.deepEqual(r.batches, [[0]]);
    assert.equal(g.waiting, 3);
    r.finish[0]!();
    await first;
    await turn();
    assert.deepEqual(r.batches, [[0], [1, 2]]);
    r.finish[1]!();
    await turn();
    assert.deepEqual(r.batches, [[0], [1, 2], [3]]);
    r.finish[2]!();
    assert.deepEqual(await Promise.all(later), ['done 1', 'done 2', 'done 3']);
    assert.equal(g.running, 0);
  });

  it('runs up to maxInFlight writes at once', async () => {
    const r = recorder();
    const g = new GroupCommit(r.write, { maxBatch: 1, maxInFlight: 2 });
    const calls = [1, 2, 3].map((i) => g.submit(i));
    await turn();
    await turn();
    assert.deepEqual(r.batches, [[1], [2]]);
    r.finish[0]!();
    await calls[0];
    assert.deepEqual(r.batches, [[1], [2], [3]]);
    r.finish[1]!();
    r.finish[2]!();
    await Promise.all(calls);
  });

  it('a failed write fails every call of its batch, and only those', async () => {
    let n = 0;
    const g = new GroupCommit<number, number>(
      async (items) => {
        if (n++ === 0) throw new Error('the database is down');
        return items;
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    const failed = [1, 2].map((i) => g.submit(i));
    for (const f of failed) await assert.rejects(f, /the database is down/);
    assert.equal(await g.submit(3), 3);
  });

  it('a write answering fewer outputs than items fails the batch rather than answering wrongly', async () => {
    const g = new GroupCommit<number, number>(async (items) => items.slice(1), {
      maxBatch: 10,
      maxInFlight: 1,
    });
    const calls = [1, 2].map((i) => g.submit(i));
    for (const c of calls) await assert.rejects(c, /a batch of 2 answered 1/);
  });
});
