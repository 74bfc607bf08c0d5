import type { PlainDate } from '../time/plain-date.js';
import { comparePlainDates, daysInMonth, fromParts, toParts } from '../time/plain-date.js';
import type { RuleVersion } from './rule-version.js';

// domain.md §4: a certificate's valid-until date is the end of the requested term of activity
// (annex 7), bounded by the maximum in force — a value of the rule version, with its basis.
export interface MissionaryTermRule {
  maxMonths: number;
  /** Why this maximum, citing the act. */
  basis: string;
  /** True when the standard itself sets no maximum and the value is the product's reading. */
  isProductDecision: boolean;
}

/**
 * The last day of a maximum-length registration issued on `issueDate`: the same day number
 * `maxMonths` later (a period in months or years ends on the corresponding day of its last
 * month; when that month has no such day, on the month's last day — the Civil Code's rule for
 * periods). Issued 2026-03-03 for 12 months → 2027-03-03; issued 2024-02-29 → 2025-02-28.
 */
export function maxValidUntil(version: RuleVersion, issueDate: PlainDate): PlainDate {
  const { year, month, day } = toParts(issueDate);
  const total = month - 1 + version.missionaryTerm.maxMonths;
  const y = year + Math.floor(total / 12);
  const m = (total % 12) + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Annex 5 "valid until": the requested term's end, never past the maximum in force. */
export function certificateValidUntil(
  version: RuleVersion,
  requestedEnd: PlainDate,
  issueDate: PlainDate,
): PlainDate {
  const bound = maxValidUntil(version, issueDate);
  return comparePlainDates(requestedEnd, bound) <= 0 ? requestedEnd : bound;
}
