// The memo behind the cross-document caches (fonts.ts, fast-paths.ts): keeps what comes back,
// forgets what does not, and never holds more than two generations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Memo } from './memo.js';

describe('the cross-document memo', () => {
  it('keeps a value only when it is offered a second time', () => {
    const memo = new Memo<number>(10);
    memo.offer('Әбдіқадыров77', 1);
    assert.equal(memo.get('Әбдіқадыров77'), undefined, 'a name seen once is not kept');
    memo.offer('куәлігі', 2);
    memo.offer('куәлігі', 2);
    assert.equal(memo.get('куәлігі'), 2, 'a label that comes back is');
  });

  it('forgets what is not used, keeps what is, and stays within two generations', () => {
    const memo = new Memo<string>(100);
    for (const label of ['label', 'idle']) {
      memo.offer(label, label);
      memo.offer(label, label);
    }
    for (let i = 0; i < 1000; i++) {
      // a stream of words that come back once (each offered twice), and a label read throughout
      memo.offer(`w${i}`, `w${i}`);
      memo.offer(`w${i}`, `w${i}`);
      if (i % 50 === 0) assert.equal(memo.get('label'), 'label');
    }
    assert.equal(memo.get('label'), 'label', 'the label in use was carried over');
    assert.equal(memo.get('idle'), undefined, 'the unused one was dropped');
    assert.equal(memo.get('w0'), undefined, 'old words were dropped');
    assert.equal(memo.get('w999'), 'w999');
    let kept = 0;
    for (let i = 0; i < 1000; i++) if (memo.get(`w${i}`) !== undefined) kept++;
    assert.ok(kept <= 200, `at most two generations: ${kept}`);
  });

  it('forgets a first sighting after two generations of others', () => {
    const memo = new Memo<number>(5);
    memo.offer('once', 1);
    for (let i = 0; i < 10; i++) memo.offer(`x${i}`, i);
    memo.offer('once', 1);
    assert.equal(memo.get('once'), undefined, 'its first offer was forgotten: this one counts as first');
    memo.offer('once', 1);
    assert.equal(memo.get('once'), 1);
  });
});
