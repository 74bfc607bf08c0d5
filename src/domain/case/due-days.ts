import type { PlainDate, RuleVersion, WorkingDayCalendar } from './deps.js';
import { dueDay, isDueDayProvisional } from './deps.js';

// domain.md §4, clocks: both due days follow from the start day S alone, under the case's rule
// version (caseRuleVersion(S)) and the national calendar. Kept apart from the fold so the fold needs
// no calendar, and so stored due days can be recomputed when a provisional year's data arrive
// (domain.md §9).
export interface CaseDueDays {
  /** §7.1: signed and ready to collect by the 7th working day after S (2011 version). */
  resultDue: PlainDate;
  /** §16: every refusal delivered or dispatched by the 3rd working day after S (2011 version). */
  refusalDue: PlainDate;
  /** The due day depends on a year without its calendar data (domain.md §9). */
  resultProvisional: boolean;
  refusalProvisional: boolean;
}

export function caseDueDays(
  startDay: PlainDate,
  version: RuleVersion,
  calendar: WorkingDayCalendar,
): CaseDueDays {
  const resultDue = dueDay(version, 'result', startDay, calendar);
  const refusalDue = dueDay(version, 'refusal', startDay, calendar);
  return {
    resultDue,
    refusalDue,
    resultProvisional: isDueDayProvisional(startDay, resultDue, calendar),
    refusalProvisional: isDueDayProvisional(startDay, refusalDue, calendar),
  };
}
