// The shape every bench module returns, and the helpers that keep ratios and goals consistent.
// A ratio is always value ÷ baseline, both measured in the same run (these machines are noisy, so
// an absolute figure means little on its own); the goal text says which side of it is good.

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  baselineUnit: string;
  /** value ÷ baseline. */
  ratio: number;
  /** e.g. "ratio ≥ 0.5"; absent: the figure is reported, not judged. */
  goal?: string;
  met?: boolean;
  notes?: string;
}

/** A bench module: bench/<name>.bench.ts or an adapter in bench/lib. */
export interface BenchModule {
  name: string;
  describe: string;
  run(options: BenchOptions): Promise<BenchResult[]>;
}

export interface BenchOptions {
  /** Seconds per load run (autocannon). */
  loadSeconds: number;
}

export interface Goal {
  text: string;
  test(ratio: number): boolean;
}

export const ratioAtLeast = (min: number): Goal => ({
  text: `ratio ≥ ${String(min)}`,
  test: (r) => r >= min,
});

export const ratioAtMost = (max: number): Goal => ({
  text: `ratio ≤ ${String(max)}`,
  test: (r) => r <= max,
});

/** Three significant digits: enough for noisy figures, short in a table. */
export function round3(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(3)) : x;
}

/** Whole numbers from 100 up, three significant digits below. */
export function roundValue(x: number): number {
  return Math.abs(x) >= 100 ? Math.round(x) : round3(x);
}

export function figure(input: {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  baselineUnit?: string;
  goal?: Goal;
  /** Conditions besides the ratio (e.g. no error responses); all must hold for the goal to be met. */
  alsoRequired?: { ok: boolean; why: string }[];
  notes?: string[];
}): BenchResult {
  const ratio = round3(input.value / input.baseline);
  const result: BenchResult = {
    name: input.name,
    value: roundValue(input.value),
    unit: input.unit,
    baseline: roundValue(input.baseline),
    baselineUnit: input.baselineUnit ?? input.unit,
    ratio,
  };
  const notes = [...(input.notes ?? [])];
  if (input.goal) {
    result.goal = input.goal.text;
    const failed = (input.alsoRequired ?? []).filter((c) => !c.ok);
    result.met = input.goal.test(ratio) && failed.length === 0;
    for (const f of failed) notes.unshift(`goal not met: ${f.why}`);
  }
  if (notes.length) result.notes = notes.join('; ');
  return result;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
