import assert from 'node:assert/strict';
import { it } from 'node:test';
import { suppressSmallCells, tableTotal, termBucket } from './figure-cells.js';

it('1–4 suppressed, zero and 5+ shown; a lone small cell takes the next smallest with it', () => {
  const shown = suppressSmallCells([
    { key: 'a', count: 0 },
    { key: 'b', count: 3 },
    { key: 'c', count: 5 },
    { key: 'd', count: 40 },
  ]);
  assert.deepEqual(shown, [
    { key: 'a', count: 0, suppressed: false },
    { key: 'b', suppressed: true },
    { key: 'c', suppressed: true },
    { key: 'd', count: 40, suppressed: false },
  ]);
  const two = suppressSmallCells([
    { key: 'a', count: 1 },
    { key: 'b', count: 4 },
    { key: 'c', count: 9 },
  ]);
  assert.deepEqual(
    two.map((c) => c.suppressed),
    [true, true, false],
  );
  assert.equal(
    tableTotal([
      { key: 'x', count: 2 },
      { key: 'y', count: 7 },
    ]),
    9,
  );
});

it('term buckets', () => {
  assert.equal(termBucket(90), 'up_to_6_months');
  assert.equal(termBucket(365), 'up_to_1_year');
  assert.equal(termBucket(700), 'over_1_year');
});
