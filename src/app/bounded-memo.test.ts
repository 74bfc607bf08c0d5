import assert from 'node:assert/strict';
import { it } from 'node:test';
import { BoundedMemo, BoundedSet } from './bounded-memo.js';

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

it('answers through getOr with the caller’s function, and remembers that answer', () => {
  const memo = new BoundedMemo<string>(2);
  assert.equal(
    memo.getOr('k', () => 'first'),
    'first',
  );
  assert.equal(
    memo.getOr('k', () => 'second'),
    'first',
  );
  assert.throws(() => memo.get('unknown'), /getOr only/);
});

it('remembers strings in a set forgetting the oldest past its capacity', () => {
  const set = new BoundedSet(2);
  set.add('a');
  set.add('b');
  set.add('a'); // already there: not added twice, nothing forgotten
  assert.equal(set.size, 2);
  assert.ok(set.has('a') && set.has('b'));
  set.add('c'); // 'a' is the oldest
  assert.ok(!set.has('a'));
  assert.ok(set.has('b') && set.has('c'));
  assert.throws(() => new BoundedSet(0), RangeError);
});
