// domain.md §7: every indicator is a share of counted things — cases on time of the cases that
// count, satisfied answers of all answers, offices with a published page of all offices. Region and
// country values add the counts first and divide once (never an average of averages); fewer than
// five survey answers are reported as "too few answers", never as a percentage.

/** The counts behind one indicator for one scope and period. */
export interface ShareCounts {
  /** Cases on time, satisfied answers, offices with the flag. */
  hits: number;
  /** Cases that count, all answers, all offices. */
  total: number;
}

export const MIN_SURVEY_ANSWERS = 5;

/** Survey answers are on a 1–5 scale; satisfied means 4 or 5 (domain.md §7). */
export function isSatisfied(score: number): boolean {
  if (!Number.isInteger(score) || score < 1 || score > 5) throw new RangeError(`not a 1–5 score: ${score}`);
  return score >= 4;
}

export function isScore(v: unknown): v is 1 | 2 | 3 | 4 | 5 {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;
}

export type ShareValue =
  | { kind: 'value'; percent: number; hits: number; total: number }
  | { kind: 'too_few'; total: number }
  | { kind: 'none' };

/** Adds the counts of several offices or days: the only way scopes are combined. */
export function addCounts(parts: Iterable<ShareCounts>): ShareCounts {
  let hits = 0;
  let total = 0;
  for (const p of parts) {
    hits += p.hits;
    total += p.total;
  }
  return { hits, total };
}

/**
 * The value of a share. `minimum` is MIN_SURVEY_ANSWERS for the survey indicators; case counts and
 * declared flags have no minimum (1): a single case served on time is 100 %.
 * The percent is rounded to one decimal, half away from zero, from the exact fraction.
 */
export function shareValue(counts: ShareCounts, minimum = 1): ShareValue {
  const { hits, total } = counts;
  if (!Number.isInteger(hits) || !Number.isInteger(total) || hits < 0 || hits > total)
    throw new RangeError(`impossible counts ${hits}/${total}`);
  if (total === 0) return { kind: 'none' };
  if (total < minimum) return { kind: 'too_few', total };
  return { kind: 'value', percent: Math.round((hits * 1000) / total) / 10, hits, total };
}
