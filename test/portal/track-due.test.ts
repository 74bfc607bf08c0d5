// Issue 8, track: the due day the applicant's status page shows comes from the one rule of the clocks
// (domain/case/case-clocks.ts activeClockOf, the staff worklists' ACTIVE_CLOCK) — not from lists of
// its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dueShown } from '../../src/http/routes/portal-track.js';

const dues = { resultDue: '2026-03-19', refusalDue: '2026-03-13' };

describe('the track page’s due day', () => {
  it('a proposed case stamped incomplete shows §7.1’s day: the decision is taken, no refusal is coming', () => {
    assert.deepEqual(dueShown({ state: 'proposed', stampedIncomplete: true, ...dues }), {
      day: '2026-03-19',
      clause: 'result',
    });
  });

  it('an incomplete hand-in before a decision shows §16’s day; a complete one §7.1’s', () => {
    for (const state of ['registered', 'transferred', 'under_review']) {
      assert.equal(dueShown({ state, stampedIncomplete: true, ...dues })?.clause, 'refusal');
      assert.equal(dueShown({ state, stampedIncomplete: false, ...dues })?.clause, 'result');
    }
  });

  it('a refusal on its way shows §16’s day; an ended or not yet stamped case none', () => {
    for (const state of ['refusal_drafted', 'refusal_signed'])
      assert.deepEqual(dueShown({ state, stampedIncomplete: false, ...dues }), {
        day: '2026-03-13',
        clause: 'refusal',
      });
    for (const state of ['submitted_online', 'ready_to_collect', 'refusal_delivered', 'handed_over'])
      assert.equal(dueShown({ state, stampedIncomplete: true, ...dues }), null);
  });
});
