import { comparePlainDates, type PlainDate } from '../time/plain-date.js';
import type { CaseClocks } from '../case/case-clocks.js';

// Annex 9, indicator 1.1 (domain.md §7): of the cases whose due day (§7.1 for results, §16 for
// refusals) falls in the period — or whose stop event came in the period before their due day — the
// share whose stop event came on or before the due day; a case not finished by its due day is late.
//
// Each case is counted in exactly one period: on its stop day when it stopped on time, otherwise on
// its due day. That is the definition read so that adjacent periods never count a case twice (a case
// signed early in March with its due day in April counts in March, where its stop came), which also
// lets daily counts be added up into any month, year, office, region or the country.

/** One case's measured clock: the one that ended it, or the one it is racing. */
export interface ClockFact {
  /** The due day of the clock that applies (§7.1 result, §16 refusal). */
  due: PlainDate;
  /** The day of the stop event (signed and ready; refusal delivered), or null while it runs. */
  stoppedOn: PlainDate | null;
}

export type Timeliness =
  { counts: true; onTime: boolean; day: PlainDate } | { counts: false; reason: 'pending' };

/**
 * How the case counts as of `asOf` (the last day whose events are known). A running clock whose due
 * day has not yet passed is pending: it may still finish on time.
 */
export function timeliness(fact: ClockFact, asOf: PlainDate): Timeliness {
  const { due, stoppedOn } = fact;
  if (stoppedOn !== null) {
    const onTime = comparePlainDates(stoppedOn, due) <= 0;
    return { counts: true, onTime, day: onTime ? stoppedOn : due };
  }
  // Not finished: late once the due day is over (the day after it has begun).
  if (comparePlainDates(asOf, due) > 0) return { counts: true, onTime: false, day: due };
  return { counts: false, reason: 'pending' };
}

/** The counts of indicator 1.1 over [from, to] (both included) as of `asOf`. */
export function timelinessCounts(
  facts: Iterable<ClockFact>,
  from: PlainDate,
  to: PlainDate,
  asOf: PlainDate,
): { hits: number; total: number } {
  let hits = 0;
  let total = 0;
  for (const f of facts) {
    const t = timeliness(f, asOf);
    if (!t.counts) continue;
    if (comparePlainDates(t.day, from) < 0 || comparePlainDates(t.day, to) > 0) continue;
    total += 1;
    if (t.onTime) hits += 1;
  }
  return { hits, total };
}

/** The clock fact of a case from its clocks (case-clocks.ts): the clock that ended it, else the
 *  running one with the earlier due day; null for a case that no clock measures (withdrawn, or not
 *  yet stamped). */
export function clockFactOf(clocks: CaseClocks | null): ClockFact | null {
  if (clocks === null) return null;
  for (const c of [clocks.result, clocks.refusal])
    if (c.status === 'stopped') return { due: c.due, stoppedOn: c.stoppedOn };
  if (clocks.active === null) return null;
  return { due: clocks[clocks.active].due, stoppedOn: null };
}
