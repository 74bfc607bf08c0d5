// Adapter: the documents bench (bench/documents.bench.ts) as runner figures: certificates per second
// next to a blank page with the same library, and resident memory between render 1,000 and 10,000.
import { runDocumentsBench } from '../documents.bench.js';
import { figure, ratioAtLeast, ratioAtMost, type BenchResult } from './bench-result.js';

export async function run(): Promise<BenchResult[]> {
  const r = await runDocumentsBench();
  return [
    figure({
      name: 'certificate PDFs per second, one process (vs a blank page with the same library)',
      value: r.certificatesPerSecond,
      unit: 'PDF/s',
      baseline: r.blankPagesPerSecond,
      goal: ratioAtLeast(0.5),
      notes: [
        `a page with one Kazakh line per face (fonts subset and embedded, no QR): ${String(r.oneLinePagesPerSecond)}/s; the QR matrix alone ${String(r.qrMs)} ms`,
        `certificate ${String(r.certificateBytes)} bytes (page content ${String(r.pageContentBytes)} bytes, uncompressed), blank page ${String(r.blankPageBytes)} bytes`,
      ],
    }),
    figure({
      name: `resident memory after render ${String(r.rss.renders)} (vs after render 1,000), each after a full collection`,
      value: r.rss.afterLastMb,
      unit: 'MB',
      baseline: r.rss.afterFirst1000Mb,
      goal: ratioAtMost(1.1),
      notes: [
        `the median of ${String(r.rss.runsGrowthPercent.length)} processes rendering certificates only: growth ${r.rss.runsGrowthPercent.join('%, ')}%`,
        `without the collection before each reading: ${String(r.rss.rawAfterFirst1000Mb)} → ${String(r.rss.rawAfterLastMb)} MB`,
      ],
    }),
  ];
}
