import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildLog, PATHS, validAction } from './case-fixture.test-helper.js';
import type { CaseActionKind } from './case-action.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { builtInCalendar, clockStartDay } from '../calendar/index.js';
import { caseRuleVersion, RULE_VERSIONS } from '../standard/index.js';
import { plainDate, type PlainDate } from '../time/plain-date.js';
import type { WeeklySchedule } from '../time/weekly-schedule.js';
import { applyAction } from './fold-case.js';
import { activeClockOf, caseClocks } from './case-clocks.js';
import { caseDueDays } from './due-days.js';

// domain.md §4 clocks on the real national calendar (2026 data: 8 March falls on a Sunday, so
// Monday 9 March is off; Nauryz 21–23 March falls Saturday–Monday, so 24 and 25 March are off too).
const cal = builtInCalendar();
const d = plainDate;
const SCHEDULE: WeeklySchedule = {
  days: [1, 2, 3, 4, 5],
  open: '09:00',
  close: '18:00',
  break: { start: '13:00', end: '14:00' },
  text: 'Дүйсенбі–жұма 9.00–18.00',
};
const ZONE = 'Asia/Almaty'; // UTC+5 since 2024-03-01

/** A case stamped at `stampAt`, S from clockStartDay, then the further actions one hour apart. */
function stamped(stampAt: string, then: CaseActionKind[] = [], opts: { incomplete?: boolean } = {}) {
  const startDay = clockStartDay(new Date(stampAt), SCHEDULE, ZONE, cal);
  let { snapshot } = buildLog(['take_in'], new Date(Date.parse(stampAt) - 600_000).toISOString());
  snapshot = applyAction(snapshot, validAction(snapshot, 'stamp', { at: stampAt, startDay, ...opts }));
  let t = Date.parse(stampAt);
  for (const kind of then) {
    t += 3_600_000;
    snapshot = applyAction(snapshot, validAction(snapshot, kind, { at: new Date(t).toISOString(), seq: 2 }));
  }
  return snapshot;
}
const versionOf = (s: CaseSnapshot) => caseRuleVersion(s.startDay as PlainDate, RULE_VERSIONS);
const clocksOn = (s: CaseSnapshot, today: string) => caseClocks(s, versionOf(s), cal, d(today))!;

function at(
  s: CaseSnapshot,
  kind: CaseActionKind,
  iso: string,
  extra: { documentDate?: PlainDate; on?: PlainDate } = {},
) {
  return applyAction(s, validAction(s, kind, { at: iso, seq: 3, ...extra }));
}

describe('caseDueDays (§7.1, §16)', () => {
  it('a stamp after hours on Friday 6 March 2026 starts the clocks on Tuesday 10 March', () => {
    // 18:30 in Almaty; Monday 9 March is the day off for 8 March (a Sunday).
    const s = stamped('2026-03-06T13:30:00Z');
    assert.equal(s.startDay, '2026-03-10');
    // §16: 11, 12, 13 March → Friday 13. §7.1: 11, 12, 13, 16, 17, 18, 19 → Thursday 19.
    const due = caseDueDays(s.startDay as PlainDate, versionOf(s), cal);
    assert.deepEqual(due, {
      resultDue: '2026-03-19',
      refusalDue: '2026-03-13',
      resultProvisional: false,
      refusalProvisional: false,
    });
  });

  it('a stamp a minute before closing starts them the same day', () => {
    const s = stamped('2026-03-06T12:59:00Z'); // 17:59
    assert.equal(s.startDay, '2026-03-06');
    const due = caseDueDays(s.startDay as PlainDate, versionOf(s), cal);
    // §16: 10, 11, 12 (9 March off) → 12; §7.1: 10, 11, 12, 13, 16, 17, 18 → 18.
    assert.equal(due.refusalDue, '2026-03-12');
    assert.equal(due.resultDue, '2026-03-18');
  });

  it('across Nauryz: S on Thursday 19 March runs over five days off', () => {
    const s = stamped('2026-03-19T05:00:00Z');
    const due = caseDueDays(s.startDay as PlainDate, versionOf(s), cal);
    // §16: 20, 26, 27 → 27 March; §7.1: 20, 26, 27, 30, 31 March, 1, 2 April → 2 April.
    assert.equal(due.refusalDue, '2026-03-27');
    assert.equal(due.resultDue, '2026-04-02');
  });

  it('a due day in a year without calendar data is provisional (domain.md §9)', () => {
    const s = stamped('2026-12-28T05:00:00Z');
    const due = caseDueDays(s.startDay as PlainDate, versionOf(s), cal);
    // §16 ends within 2026 (29, 30, 31 December); §7.1 runs into 2027, not yet entered.
    assert.equal(due.refusalDue, '2026-12-31');
    assert.equal(due.refusalProvisional, false);
    assert.equal(due.resultProvisional, true);
  });
});

describe('caseClocks', () => {
  it('no clocks before the stamp', () => {
    const { snapshot } = buildLog(['take_in']);
    assert.equal(caseClocks(snapshot, RULE_VERSIONS[0]!, cal, d('2026-03-02')), null);
  });

  it('a complete hand-in races §7.1 only; working days left count across the weekend', () => {
    const s = stamped('2026-03-06T13:30:00Z', ['take_for_review']);
    const c = clocksOn(s, '2026-03-13'); // Friday; due Thursday 19: 16, 17, 18, 19 left
    assert.equal(c.active, 'result');
    assert.equal(c.result.status, 'running');
    assert.equal(c.result.clause, '§7.1');
    assert.equal(c.result.workingDaysLeft, 4);
    assert.equal(c.result.overdue, false);
    assert.equal(c.refusal.status, 'moot');
  });

  it('an incomplete hand-in races §16 as well, and it comes first', () => {
    const s = stamped('2026-03-06T13:30:00Z', [], { incomplete: true });
    const c = clocksOn(s, '2026-03-11');
    assert.equal(c.active, 'refusal');
    assert.equal(c.refusal.clause, '§16');
    assert.equal(c.refusal.workingDaysLeft, 2); // 12, 13
    assert.equal(c.result.status, 'running');
  });

  it('overdue on the Saturday after a Friday due day, though no working day has elapsed', () => {
    const s = stamped('2026-03-06T13:30:00Z', ['draft_refusal']);
    const c = clocksOn(s, '2026-03-14');
    assert.equal(c.refusal.due, '2026-03-13');
    assert.equal(c.refusal.workingDaysLeft, 0);
    assert.equal(c.refusal.overdue, true);
  });

  it('§7.1 stops at signing: on the due day on time, the day after late, and never overdue once stopped', () => {
    const s = stamped('2026-03-06T13:30:00Z', ['take_for_review', 'propose']);
    const onTime = at(s, 'sign', '2026-03-19T10:00:00Z');
    const c1 = clocksOn(onTime, '2026-04-30');
    assert.deepEqual(
      [c1.result.status, c1.result.stoppedOn, c1.result.late, c1.result.overdue],
      ['stopped', '2026-03-19', false, false],
    );
    assert.equal(c1.result.workingDaysLeft, null);
    assert.equal(c1.active, null);
    const late = at(s, 'sign', '2026-03-20T05:00:00Z');
    assert.equal(clocksOn(late, '2026-03-20').result.late, true);
  });

  it('§16 stops at delivery, on the day of the proof, not at signing', () => {
    const s = stamped('2026-03-06T13:30:00Z', ['draft_refusal', 'sign_refusal'], { incomplete: true });
    const signed = clocksOn(s, '2026-03-13');
    assert.equal(signed.refusal.status, 'running');
    assert.equal(signed.result.status, 'moot');
    // Dispatched on the due day, entered on the Monday after.
    const sent = at(s, 'deliver_refusal', '2026-03-16T05:00:00Z', { on: d('2026-03-13') });
    const c = clocksOn(sent, '2026-03-16');
    assert.deepEqual(
      [c.refusal.status, c.refusal.stoppedOn, c.refusal.late],
      ['stopped', '2026-03-13', false],
    );
    const slow = at(s, 'deliver_refusal', '2026-03-16T05:00:00Z', { on: d('2026-03-16') });
    assert.equal(clocksOn(slow, '2026-03-16').refusal.late, true);
  });

  it('a transfer keeps the first hand-in’s S and the clocks run on (domain.md §4)', () => {
    const s = stamped('2026-03-06T13:30:00Z', ['transfer', 'receive_transfer']);
    assert.equal(s.state, 'registered');
    const c = clocksOn(s, '2026-03-20');
    assert.equal(c.startDay, '2026-03-10');
    assert.equal(c.result.overdue, true);
  });

  it('a withdrawn case races nothing', () => {
    const s = stamped('2026-03-06T13:30:00Z', ['withdraw'], { incomplete: true });
    const c = clocksOn(s, '2026-03-30');
    assert.deepEqual([c.result.status, c.refusal.status, c.active], ['moot', 'moot', null]);
  });

  it('clocks of 2030, a year without its data, are provisional', () => {
    const s = stamped('2030-03-18T05:00:00Z');
    const c = clocksOn(s, '2030-03-18');
    assert.equal(c.result.provisional, true);
    assert.equal(c.refusal.provisional, true);
  });
});

describe('activeClockOf (the clock from the state alone)', () => {
  for (const incomplete of [false, true])
    for (const [state, path] of Object.entries(PATHS))
      it(`${state}${incomplete ? ', stamped incomplete' : ''}: the clock caseClocks finds running first`, () => {
        const { snapshot } = buildLog(path, '2026-03-02T04:00:00Z', { incomplete });
        const clocks = snapshot.startDay === null ? null : clocksOn(snapshot, snapshot.startDay);
        const stampedIncomplete = snapshot.registration?.checklist.complete === false;
        assert.equal(activeClockOf(snapshot.state, stampedIncomplete), clocks?.active ?? null);
      });

  it('a proposed case stamped incomplete races §7.1 (the decision is taken: no refusal is coming)', () => {
    const { snapshot } = buildLog(PATHS.proposed, '2026-03-02T04:00:00Z', { incomplete: true });
    assert.equal(snapshot.registration?.checklist.complete, false);
    assert.equal(activeClockOf('proposed', true), 'result');
    assert.equal(activeClockOf('under_review', true), 'refusal');
  });
});
