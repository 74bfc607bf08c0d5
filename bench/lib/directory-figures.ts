// Adapter: the directory search bench (bench/directory.bench.ts) as runner figures. The baseline is a
// plain Array.filter over the Kazakh names (no folding, no sort, no database), which finds less.
import { runDirectoryBench } from '../directory.bench.js';
import { figure, type BenchResult } from './bench-result.js';

export async function run(): Promise<BenchResult[]> {
  const r = await runDirectoryBench();
  const misses = r.hits.filter((h) => h.search > 0 && h.baseline === 0).map((h) => h.q);
  return [
    figure({
      name: 'office search, searches per second (vs plain Array.filter over the names)',
      value: r.search.perSecond,
      unit: 'searches/s',
      baseline: r.baseline.perSecond,
      notes: [
        `${String(r.offices)} offices on the embedded database; SQL on the folded key, then the kk/ru collation sort`,
        `the same match in memory: ${String(r.inMemory.perSecond)} searches/s`,
        `queries the plain filter cannot answer: ${misses.join(', ') || 'none'}`,
        `directory import ${String(r.importMs)} ms, repeated import ${String(r.reimportMs)} ms`,
      ],
    }),
  ];
}
