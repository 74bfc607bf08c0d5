// Issue 10: medians cannot be added, so the daily queue roll-ups keep each day's waits and services as
// a histogram at the resolution the figures are shown in — tenths of a minute (queue-figures.ts rounds
// every wait and service to one decimal) — and the median and 90th percentile of any month, year or
// scope come from the added histograms: exactly the values distribution() gives over the tickets.
import type { Distribution } from '../queue/queue-figures.js';

/** {tenths of a minute: how many tickets}. */
export type Tenths = Record<string, number>;

export function tenthsOf(minutes: Iterable<number>): Tenths {
  const h: Tenths = {};
  for (const m of minutes) {
    const k = String(Math.round(m * 10));
    h[k] = (h[k] ?? 0) + 1;
  }
  return h;
}

export function addTenths(parts: Iterable<Tenths>): Tenths {
  const h: Tenths = {};
  for (const p of parts) for (const [k, n] of Object.entries(p)) h[k] = (h[k] ?? 0) + n;
  return h;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The value at 1-based rank `rank` of the sorted values the histogram stands for. */
function valueAtRank(sorted: readonly [number, number][], rank: number): number {
  let seen = 0;
  for (const [k, n] of sorted) {
    seen += n;
    if (seen >= rank) return k / 10;
  }
  throw new RangeError(`rank ${rank} past ${seen}`);
}

/** Count, median (mean of the two middle values of an even count) and nearest-rank 90th percentile,
 *  computed as queue-figures.ts distribution() computes them over the same values. */
export function histogramDistribution(h: Tenths): Distribution {
  const sorted = Object.entries(h)
    .map(([k, n]) => [Number(k), n] as [number, number])
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
  const count = sorted.reduce((s, [, n]) => s + n, 0);
  if (count === 0) return { count: 0, median: null, p90: null };
  const median =
    count % 2
      ? valueAtRank(sorted, (count + 1) / 2)
      : (valueAtRank(sorted, count / 2) + valueAtRank(sorted, count / 2 + 1)) / 2;
  const p90 = valueAtRank(sorted, Math.max(1, Math.ceil(0.9 * count)));
  return { count, median: round1(median), p90: round1(p90) };
}
