// Adapter: the registry bench (bench/registry.bench.ts) as runner figures. Registry search p50 and
// p95 over a mix of queries on 1,000,000 synthetic cases (goal: p95 < 50 ms), each kind of query on
// its own, beside an exact-match index look-up measured in the same run; the generator's rate.
import fs from 'node:fs';
import path from 'node:path';
import { QUERY_KINDS, runRegistryBench } from '../registry.bench.js';
import { REPO_ROOT } from './servers.js';
import { figure, type BenchResult, type Goal } from './bench-result.js';

const below = (ms: number, value: number): Goal => ({
  text: `p95 < ${String(ms)} ms`,
  test: () => value < ms,
});

export async function run(): Promise<BenchResult[]> {
  const r = await runRegistryBench();
  // The bench's own figures file (the measurements behind the table, with the counts of the data).
  fs.writeFileSync(
    path.join(REPO_ROOT, 'bench', 'results', 'registry.json'),
    `${JSON.stringify({ date: new Date().toISOString(), ...r }, null, 2)}\n`,
  );
  const where = `PostgreSQL ${r.server}: ${String(r.cases)} cases in ${String(r.offices)} offices, ${String(r.registrants)} registrants, ${String(r.documents)} certificates and references; plans in ${r.plansFile}`;
  const baseline =
    'baseline: select … from registrants where iin = $1 (unique index), interleaved with the searches';
  const out: BenchResult[] = [
    figure({
      name: 'registry search p95, mixed queries (vs an exact-match index look-up)',
      value: r.all.p95,
      unit: 'ms',
      baseline: r.indexLookup.p95,
      goal: below(50, r.all.p95),
      notes: [
        where,
        `${String(r.all.runs)} searches: ${QUERY_KINDS.join(', ')}`,
        baseline,
        'searchRegistry as the page and API call it, as the national supervisor (the whole country)',
      ],
    }),
    figure({
      name: 'registry search p50, mixed queries (vs an exact-match index look-up)',
      value: r.all.p50,
      unit: 'ms',
      baseline: r.indexLookup.p50,
      notes: [where],
    }),
  ];
  for (const k of QUERY_KINDS) {
    const x = r.byKind[k];
    out.push(
      figure({
        name: `registry search p95: ${k} (vs the index look-up)`,
        value: x.p95,
        unit: 'ms',
        baseline: r.indexLookup.p95,
        notes: [
          `p50 ${String(x.p50)} ms; ${String(x.runs)} runs; the person sought in the top 5 in ${String(x.found)} of ${String(x.runs)}`,
          `namesakes (registrants holding every word of the name as registered): median ${String(x.namesakesMedian)}; ` +
            `names with at most 5 namesakes: the person in the top 5 in ${String(x.foundDistinct)} of ${String(x.distinct)}; ` +
            `the person or, past 5 namesakes, only namesakes in the top 5: ${String(x.foundAmongNamesakes)} of ${String(x.runs)}`,
        ],
      }),
    );
  }
  if (r.casesPerMinute !== null)
    out.push(
      figure({
        name: 'synthetic cases with registrants and sealed documents generated per minute (registry bench)',
        value: r.casesPerMinute,
        unit: 'cases/min',
        baseline: r.cases,
        baselineUnit: 'cases',
        notes: [
          `${String(r.cases)} cases in ${String(r.generationSeconds)} s, one transaction, bulk path (generate-cases.ts)`,
        ],
      }),
    );
  return out;
}
