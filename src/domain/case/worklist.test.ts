import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildLog, validAction } from './case-fixture.test-helper.js';
import type { CaseActionKind } from './case-action.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { builtInCalendar } from '../calendar/index.js';
import { caseRuleVersion, RULE_VERSIONS } from '../standard/index.js';
import { addDays, plainDate, type PlainDate } from '../time/plain-date.js';
import { caseClocks } from './case-clocks.js';
import { applyAction } from './fold-case.js';
import { worklistOf, type WorklistSettings } from './worklist.js';

// The office worklists at their edges, on the real national calendar.
const cal = builtInCalendar();
const settings: WorklistSettings = { uncollectedAfterDays: 10 };

/** A case with S = `startDay` (stamped that morning), then `then`, one hour apart. */
function caseFrom(startDay: string, then: CaseActionKind[] = [], opts: { incomplete?: boolean } = {}) {
  const start = `${startDay}T04:00:00Z`;
  let { snapshot } = buildLog(['take_in'], start);
  snapshot = applyAction(snapshot, validAction(snapshot, 'stamp', { at: `${startDay}T04:30:00Z`, ...opts }));
  let t = Date.parse(`${startDay}T05:00:00Z`);
  for (const kind of then) {
    snapshot = applyAction(snapshot, validAction(snapshot, kind, { at: new Date(t).toISOString(), seq: 2 }));
    t += 600_000;
  }
  return snapshot;
}
function lists(s: CaseSnapshot, today: string) {
  const version = caseRuleVersion(s.startDay as PlainDate, RULE_VERSIONS);
  const clocks = caseClocks(s, version, cal, plainDate(today));
  return worklistOf(s, clocks, plainDate(today), settings);
}

describe('worklistOf', () => {
  // S = Monday 2 March 2026: §16 due Thursday 5 March; §7.1 due 3, 4, 5, 6, 10, 11, 12 → Thursday 12
  // March (Monday 9 March is off for 8 March).
  it('new: registered and not yet taken; not due soon on the first day', () => {
    assert.deepEqual(lists(caseFrom('2026-03-02'), '2026-03-02'), ['new']);
    assert.deepEqual(lists(caseFrom('2026-03-02', ['take_for_review']), '2026-03-02'), []);
  });

  it('§7.1 due in three working days: not yet, across the weekend and the 9 March day off; in two: due soon', () => {
    const s = caseFrom('2026-03-02', ['take_for_review']);
    assert.deepEqual(lists(s, '2026-03-06'), []); // Friday: 10, 11, 12 left
    assert.deepEqual(lists(s, '2026-03-09'), []); // the day off: still 10, 11, 12
    assert.deepEqual(lists(s, '2026-03-10'), ['due_soon']); // 11, 12
  });

  it('due tomorrow, due today, overdue by one day', () => {
    const s = caseFrom('2026-03-02', ['take_for_review']);
    assert.deepEqual(lists(s, '2026-03-11'), ['due_soon']); // tomorrow
    assert.deepEqual(lists(s, '2026-03-12'), ['due_soon']); // today
    assert.deepEqual(lists(s, '2026-03-13'), ['overdue']); // one day late
  });

  it('an incomplete hand-in is due by §16: overdue on day 4 while §7.1 is still far', () => {
    const s = caseFrom('2026-03-02', [], { incomplete: true });
    assert.deepEqual(lists(s, '2026-03-04'), ['new', 'due_soon']);
    assert.deepEqual(lists(s, '2026-03-06'), ['new', 'overdue']);
  });

  it('a refusal to deliver, due soon and then overdue', () => {
    const s = caseFrom('2026-03-02', ['draft_refusal', 'sign_refusal'], { incomplete: true });
    assert.deepEqual(lists(s, '2026-03-05'), ['due_soon', 'refusals_to_deliver']);
    assert.deepEqual(lists(s, '2026-03-06'), ['overdue', 'refusals_to_deliver']);
    const delivered = applyAction(s, validAction(s, 'deliver_refusal', { at: '2026-03-06T05:00:00Z' }));
    assert.deepEqual(lists(delivered, '2026-03-06'), []);
  });

  it('ready to collect; uncollected only after more than N days', () => {
    const s = caseFrom('2026-03-02', ['take_for_review', 'propose', 'sign']);
    const signed = s.result?.documentDate as PlainDate;
    assert.deepEqual(lists(s, addDays(signed, 10)), ['ready_to_collect']);
    assert.deepEqual(lists(s, addDays(signed, 11)), ['ready_to_collect', 'uncollected']);
    const handed = applyAction(s, validAction(s, 'hand_over', { at: `${addDays(signed, 12)}T05:00:00Z` }));
    assert.deepEqual(lists(handed, addDays(signed, 12)), []);
  });

  it('provisional year 2030: Nauryz as the law fixes it still counts, the due day is flagged', () => {
    // S = Monday 18 March 2030; §16: 19, 20, then 21–25 March off (Nauryz from Thursday, the
    // Saturday's substitute on Monday) → Tuesday 26 March.
    const s = caseFrom('2030-03-18', ['draft_refusal']);
    const version = caseRuleVersion(s.startDay as PlainDate, RULE_VERSIONS);
    const clocks = caseClocks(s, version, cal, plainDate('2030-03-20'));
    assert.equal(clocks?.refusal.due, '2030-03-26');
    assert.equal(clocks?.refusal.provisional, true);
    assert.equal(clocks?.refusal.workingDaysLeft, 1); // six calendar days, one working day
    assert.deepEqual(lists(s, '2030-03-20'), ['due_soon']);
    assert.deepEqual(lists(s, '2030-03-27'), ['overdue']);
  });
});
