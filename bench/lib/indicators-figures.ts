// Adapter: the indicators bench (bench/indicators.bench.ts) as runner figures. The country's annex 9
// table for a year from the daily roll-ups, p95 (goal < 200 ms), beside the same table from the raw
// rows in the same run (the answers must be equal); the roll-ups' full rebuild time.
import fs from 'node:fs';
import path from 'node:path';
import { runIndicatorsBench } from '../indicators.bench.js';
import { REPO_ROOT } from './servers.js';
import { figure, type BenchResult } from './bench-result.js';

export async function run(): Promise<BenchResult[]> {
  const r = await runIndicatorsBench();
  fs.writeFileSync(
    path.join(REPO_ROOT, 'bench', 'results', 'indicators.json'),
    `${JSON.stringify({ date: new Date().toISOString(), ...r }, null, 2)}\n`,
  );
  const where = `PostgreSQL ${r.server}: ${String(r.cases)} cases and ${String(r.tickets)} queue tickets in ${String(r.offices)} offices, ${String(r.surveyAnswers)} case survey answers, ${String(r.complaintAnswers)} complainants' answers; roll-ups ${String(r.dailyRows)} office days of counts, ${String(r.queueDailyRows)} of queue figures`;
  return [
    figure({
      name: `annex 9 table of the country for ${String(r.year)} from the daily roll-ups, p95 (vs the same table from the raw rows)`,
      value: r.rollups.p95,
      unit: 'ms',
      baseline: r.raw.p95,
      goal: {
        text: 'p95 < 200 ms and the same answers',
        test: () => r.rollups.p95 < 200 && r.equal,
      },
      notes: [
        where,
        `roll-ups p50 ${String(r.rollups.p50)} ms over ${String(r.rollups.runs)} runs; raw rows p50 ${String(r.raw.p50)} ms over ${String(r.raw.runs)} runs (interleaved)`,
        `answers equal: ${r.equal ? 'yes' : 'NO'} — ${r.table.join('; ')}`,
        'annex9Table as the page calls it, as the national supervisor (the whole country)',
      ],
    }),
    figure({
      name: 'daily roll-ups: full rebuild from the rows (vs one raw-rows table)',
      value: r.rebuildSeconds * 1000,
      unit: 'ms',
      baseline: r.raw.p50,
      notes: [
        `${String(r.rebuildOfficeDays)} office days written in ${String(r.rebuildSeconds)} s (counts set-based in SQL; queue figures by the pure rules, office by office)`,
        r.filled
          ? `data filled in ${String(r.fillSeconds)} s (set-based SQL, see the bench's header)`
          : 'data kept from an earlier run',
      ],
    }),
  ];
}
