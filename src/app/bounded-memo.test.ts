import assert from 'node:assert/strict';
import { it } from 'node:test';
import { BoundedMemo } from './bounded-memo.js';

it('computes an input once while it is remembered, and forgets the oldest past its capacity', () => {
  const calls: string[] = [];
  const memo = new BoundedMemo(2, (s) => {
    calls.push(s);
    return s.toUpperCase();
  });
  assert.equal(memo.get('a'), 'A');
  assert.equal(memo.get('a'), 'A');
  assert.equal(memo.get('b'), 'B');
  assert.deepEqual(calls, ['a', 'b']);
  assert.equal(memo.get('c'), 'C'); // 'a' forgotten
  assert.equal(memo.size, 2);
  assert.equal(memo.get('b'), 'B');
  assert.equal(memo.get('a'), 'A');
  assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
  assert.throws(() => new BoundedMemo(0, (s) => s), RangeError);
});
