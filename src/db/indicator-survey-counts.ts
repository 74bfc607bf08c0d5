// The survey answers behind annex 9 indicators 2.1, 3.1, 5.1 (the case survey after hand-over or
// refusal) and 4.1 (complainants after their complaint is closed), counted per indicator: satisfied
// answers (4 or 5) of all answers, per office and period (domain.md §7).
import type { Executor } from './database.js';
import type { OfficeScope } from './indicator-counts.js';
import type { IndicatorId } from '../domain/indicators/annex9.js';
import type { ShareCounts } from '../domain/indicators/shares.js';
import type { PlainDate } from '../domain/time/plain-date.js';

/** No survey is collected yet: every survey indicator has no answers. The survey tables join here. */
export function surveyCounts(
  _ex: Executor,
  _scope: OfficeScope,
  _from: PlainDate,
  _to: PlainDate,
): Promise<Map<IndicatorId, ShareCounts>> {
  return Promise.resolve(new Map());
}
