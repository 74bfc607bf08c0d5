import type { CaseSnapshot } from './case-snapshot.js';
import type { CaseState } from './case-state.js';
import type { CaseClock, PlainDate, RuleVersion, WorkingDayCalendar } from './deps.js';
import { comparePlainDates, workingDaysLeft } from './deps.js';
import { caseDueDays } from './due-days.js';

// domain.md §4, clocks: §7.1 runs from S until the head signs (ready to collect); §16 runs from S
// until the refusal is delivered or dispatched. Clocks never pause (not for a transfer, not for a
// send-back). A clock is `moot` once the case can no longer end the way it measures.
export type ClockStatus = 'running' | 'stopped' | 'moot';

export interface ClockReading {
  clock: CaseClock;
  /** The clause of the rule version: '§7.1' or '§16'. */
  clause: string;
  due: PlainDate;
  /** The due day depends on a year without calendar data (domain.md §9): show it as such. */
  provisional: boolean;
  status: ClockStatus;
  /** The stop event's day, when stopped. */
  stoppedOn: PlainDate | null;
  /** While running: working days left after today (0 on the due day, negative when overdue;
   * see workingDaysLeft). Null otherwise. */
  workingDaysLeft: number | null;
  /** Running and past the due day. Compared by date: on a weekend after the due day no working day
   * has yet elapsed, but the case is already late. */
  overdue: boolean;
  /** Stopped after the due day (annex 9 indicator 1.1); null unless stopped. */
  late: boolean | null;
}

export interface CaseClocks {
  startDay: PlainDate;
  ruleVersionId: string;
  result: ClockReading;
  refusal: ClockReading;
  /** The running clock with the earlier due day — what the case is racing now — or null. */
  active: CaseClock | null;
}

// workingDaysLeft gives -0 on a day off just after the due day; 0 it is.
const left = (due: PlainDate, today: PlainDate, calendar: WorkingDayCalendar): number =>
  workingDaysLeft(due, today, calendar) || 0;

// The result path: §7.1 runs until signing.
const RESULT_RUNS: readonly CaseState[] = ['registered', 'transferred', 'under_review', 'proposed'];
// A refusal is on its way: §16 runs until delivery.
const REFUSAL_RUNS: readonly CaseState[] = ['refusal_drafted', 'refusal_signed'];
// Before a decision, a hand-in recorded as incomplete at the stamp is heading for a §16 refusal
// (the only ground, §16), so its 3-day clock runs alongside §7.1.
const REFUSAL_EXPECTED: readonly CaseState[] = ['registered', 'transferred', 'under_review'];

/**
 * The clock a case in `state` races, from its state and whether the stamp recorded the hand-in as
 * incomplete — no dates needed: §16's three working days are always shorter than §7.1's seven, so
 * while both run (an incomplete hand-in before a decision) the refusal clock is the earlier. The same
 * answer as caseClocks(…).active, and as db/case-worklists.ts ACTIVE_CLOCK in SQL; pages that only
 * have the case's row (the applicant's track page) take it from here.
 */
export function activeClockOf(state: CaseState, stampedIncomplete: boolean): CaseClock | null {
  if (REFUSAL_RUNS.includes(state) || (stampedIncomplete && REFUSAL_EXPECTED.includes(state)))
    return 'refusal';
  if (RESULT_RUNS.includes(state)) return 'result';
  return null;
}

/** The case's clocks on `today` (the office's date); null before the stamp (no S yet). `version`
 * is caseRuleVersion(snapshot.startDay, …). */
export function caseClocks(
  snapshot: CaseSnapshot,
  version: RuleVersion,
  calendar: WorkingDayCalendar,
  today: PlainDate,
): CaseClocks | null {
  const S = snapshot.startDay;
  if (S === null) return null;
  const due = caseDueDays(S, version, calendar);
  const incomplete = snapshot.registration?.checklist.complete === false;

  const read = (clock: CaseClock, dueDay: PlainDate, provisional: boolean, runs: boolean): ClockReading => {
    const stoppedOn = clock === 'result' ? snapshot.stops.result : snapshot.stops.refusal;
    const status: ClockStatus = stoppedOn !== null ? 'stopped' : runs ? 'running' : 'moot';
    const limit = clock === 'result' ? version.timeLimits.result : version.timeLimits.refusalDelivery;
    return {
      clock,
      clause: limit.clause,
      due: dueDay,
      provisional,
      status,
      stoppedOn,
      workingDaysLeft: status === 'running' ? left(dueDay, today, calendar) : null,
      overdue: status === 'running' && comparePlainDates(today, dueDay) > 0,
      late: stoppedOn === null ? null : comparePlainDates(stoppedOn, dueDay) > 0,
    };
  };

  const result = read('result', due.resultDue, due.resultProvisional, RESULT_RUNS.includes(snapshot.state));
  const refusal = read(
    'refusal',
    due.refusalDue,
    due.refusalProvisional,
    REFUSAL_RUNS.includes(snapshot.state) || (incomplete && REFUSAL_EXPECTED.includes(snapshot.state)),
  );
  const running = [refusal, result].filter((c) => c.status === 'running');
  running.sort((a, b) => comparePlainDates(a.due, b.due));
  return { startDay: S, ruleVersionId: version.id, result, refusal, active: running[0]?.clock ?? null };
}
