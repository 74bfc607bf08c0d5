import type { PlainDate } from '../time/plain-date.js';
import { comparePlainDates } from '../time/plain-date.js';
import type { RuleVersion } from './rule-version.js';

// A version is in force from its effectiveFrom until the day before the next version's
// effectiveFrom; the latest one stays in force until a later one is added as data.
export function findRuleVersionFor(date: PlainDate, versions: readonly RuleVersion[]): RuleVersion | null {
  let best: RuleVersion | null = null;
  for (const v of versions) {
    if (comparePlainDates(v.effectiveFrom, date) > 0) continue;
    if (best === null) best = v;
    else {
      const cmp = comparePlainDates(v.effectiveFrom, best.effectiveFrom);
      if (cmp === 0) throw new Error(`two rule versions start on ${v.effectiveFrom}: ${best.id}, ${v.id}`);
      if (cmp > 0) best = v;
    }
  }
  return best;
}

/** The version in force on `date`; throws when none is (a date before the first version). */
export function ruleVersionFor(date: PlainDate, versions: readonly RuleVersion[]): RuleVersion {
  const v = findRuleVersionFor(date, versions);
  if (!v) throw new RangeError(`no rule version in force on ${date}`);
  return v;
}

/** domain.md §4: a case follows the version in force on its start day S, for its whole life. */
export function caseRuleVersion(startDay: PlainDate, versions: readonly RuleVersion[]): RuleVersion {
  return ruleVersionFor(startDay, versions);
}
