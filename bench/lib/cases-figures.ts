// Adapter: the cases bench (bench/cases.bench.ts) as runner figures. Intake and stamp through the
// use-cases next to the same rows by plain SQL (goal: at least half the plain rate); the office
// worklist query with many open cases in its region next to a primary-key read, p50 and p95; the
// synthetic generator's rate next to the use-cases' rate.
import { runCasesBench, WORKLIST_REGION } from '../cases.bench.js';
import { figure, ratioAtLeast, type BenchResult } from './bench-result.js';

export async function run(): Promise<BenchResult[]> {
  const r = await runCasesBench();
  const w = r.worklist;
  const where =
    `${String(w.openInRegion)} open cases in region ${WORKLIST_REGION} (${String(w.generated)} generated); ` +
    `office ${w.office}: ${String(w.officeCases)} cases, ${String(w.officeOpen)} open, ${String(w.rows)} entries on its worklists (a case counted once per list)`;
  const source =
    'db/case-worklists.ts findWorklistPage as the staff page calls it (every count, the first 20 of each list); the active clock from cases.stamped_incomplete; ANALYZE after the load';
  return [
    figure({
      name: 'intake + stamp through the use-cases, cases/s (vs the same rows by plain SQL)',
      value: r.intake.perSecond,
      unit: 'cases/s',
      baseline: r.intake.baselinePerSecond,
      goal: ratioAtLeast(0.5),
      notes: [
        `PostgreSQL ${r.server}, one client each side, ~10 s each: ${String(r.intake.cases)} vs ${String(r.intake.baselineCases)} cases`,
        'baseline: the same two transactions and rows (cases, case_actions ×2, case_applications, counter, audit rows under their chain-head lock, idempotency keys), values precomputed',
      ],
    }),
    figure({
      name: 'office worklist query p50 (vs a primary-key read of one case)',
      value: w.query.p50,
      unit: 'ms',
      baseline: w.primaryKey.p50,
      notes: [where, source, `${String(w.query.runs)} runs each, interleaved`],
    }),
    figure({
      name: 'office worklist query p95 (vs a primary-key read of one case)',
      value: w.query.p95,
      unit: 'ms',
      baseline: w.primaryKey.p95,
      notes: [where],
    }),
    figure({
      name: 'synthetic cases generated per minute (vs intake + stamp through the use-cases)',
      value: w.casesPerMinute,
      unit: 'cases/min',
      baseline: r.intake.perSecond * 60,
      notes: [
        `${String(w.generated)} cases in ${String(w.generationSeconds)} s, one transaction, incl. the directory import and staff rows`,
        'a generated case carries its whole log (about 5 actions and audit events) where the baseline writes 2',
      ],
    }),
  ];
}
