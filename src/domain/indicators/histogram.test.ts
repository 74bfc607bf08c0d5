// The histograms of the queue roll-ups give the same median and 90th percentile as the figures of the
// tickets themselves, however the tickets are split into days (issue 10).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { distribution } from '../queue/queue-figures.js';
import { addTenths, histogramDistribution, tenthsOf } from './histogram.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

it('added daily histograms give the distribution of all the tickets', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.double({ min: 0, max: 400, noNaN: true }).map(round1), { maxLength: 30 }), {
        maxLength: 12,
      }),
      (days) => {
        const all = days.flat();
        assert.deepEqual(histogramDistribution(addTenths(days.map((d) => tenthsOf(d)))), distribution(all));
      },
    ),
    { numRuns: 300 },
  );
});

it('an empty histogram has no median', () => {
  assert.deepEqual(histogramDistribution({}), { count: 0, median: null, p90: null });
  assert.deepEqual(histogramDistribution(tenthsOf([12.3, 12.4])), { count: 2, median: 12.4, p90: 12.4 });
});
