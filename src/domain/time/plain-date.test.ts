// plainDateAt keeps one formatter per time zone (building one per call was a tenth of the server's
// CPU under a flood of application pages): each zone must still give its own day, and an unknown
// zone must still be refused every time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainDateAt } from './plain-date.js';

describe('plainDateAt', () => {
  it('gives the day of the instant in each zone asked, whichever was asked first', () => {
    const evening = new Date('2026-11-26T19:30:00Z'); // 00:30 the next day in Kazakhstan (UTC+5)
    for (let round = 0; round < 2; round++) {
      assert.equal(plainDateAt(evening, 'Asia/Almaty'), '2026-11-27');
      assert.equal(plainDateAt(evening, 'UTC'), '2026-11-26');
      assert.equal(plainDateAt(evening, 'America/New_York'), '2026-11-26');
      assert.equal(plainDateAt(new Date('2026-11-26T18:59:59Z'), 'Asia/Almaty'), '2026-11-26');
    }
  });

  it('refuses an unknown zone each time, and keeps nothing of it', () => {
    for (let round = 0; round < 2; round++)
      assert.throws(() => plainDateAt(new Date(), 'Mars/Olympus_Mons'), RangeError);
  });
});
