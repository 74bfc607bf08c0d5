import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ALL_ACTOR_ROLES, actorFor, validAction } from './case-fixture.test-helper.js';
import { CASE_ACTION_KINDS, type CaseAction } from './case-action.js';
import type { CaseSnapshot } from './case-snapshot.js';
import type { CaseState } from './case-state.js';
import { checkAction } from './check-action.js';
import { APPLICATION_KINDS, type ApplicationKind } from '../standard/index.js';
import { applyAction, CaseLogError, foldCase } from './fold-case.js';
import { actionsInState, transitionOf } from './transitions.js';

// Random walks over the table of domain.md §4: every valid log folds, step by step and at once, to
// the state the table predicts; anything the table does not allow is refused and breaks the fold.

/** The states reachable from a new case by the table. */
function reachable(): Set<CaseState> {
  const seen = new Set<CaseState>();
  const queue: (CaseState | null)[] = [null];
  while (queue.length > 0) {
    const s = queue.shift() ?? null;
    for (const k of actionsInState(s)) {
      const to = transitionOf(s, k)?.to;
      if (to && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}
const REACHABLE = reachable();

const walkArb = fc.record({
  choices: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 30 }),
  gaps: fc.array(fc.integer({ min: 0, max: 3 * 24 * 60 }), { minLength: 30, maxLength: 30 }),
  applicationKind: fc.constantFrom(...APPLICATION_KINDS),
});

type Walk = { choices: number[]; gaps: number[]; applicationKind: ApplicationKind };

function walk(w: Walk): {
  actions: CaseAction[];
  snapshot: CaseSnapshot;
  t: number;
} {
  const actions: CaseAction[] = [];
  let snapshot: CaseSnapshot | null = null;
  let t = Date.parse('2026-01-05T04:00:00Z');
  w.choices.forEach((choice, i) => {
    const options = actionsInState(snapshot?.state ?? null);
    if (options.length === 0) return;
    const kind = options[choice % options.length]!;
    t += (w.gaps[i] ?? 0) * 60_000;
    const action = validAction(snapshot, kind, {
      at: new Date(t).toISOString(),
      seq: i + 1,
      applicationKind: w.applicationKind,
    });
    const expected = transitionOf(snapshot?.state ?? null, kind)!.to;
    snapshot = applyAction(snapshot, action);
    assert.equal(snapshot.state, expected);
    actions.push(action);
  });
  if (snapshot === null) throw new Error('a walk has at least one step');
  return { actions, snapshot, t };
}

describe('random logs against the table (domain.md §4)', () => {
  it('valid logs fold without throwing, to a reachable state, the same step by step and at once', () => {
    fc.assert(
      fc.property(walkArb, (w) => {
        const { actions, snapshot } = walk(w);
        const folded = foldCase(actions);
        assert.deepEqual(folded, snapshot);
        assert.ok(REACHABLE.has(folded.state));
        assert.equal(folded.actionCount, actions.length);
        // S, once set, never moves (clocks never pause, a transfer keeps it) — except that an upheld
        // complaint or a court decision (§21, §23) starts a new review with a new term.
        const stamp = actions.find((a) => a.kind === 'stamp');
        const reopen = actions.findLast((a) => a.kind === 'reopen');
        const expectedS =
          reopen?.kind === 'reopen' ? reopen.startDay : stamp?.kind === 'stamp' ? stamp.startDay : null;
        assert.equal(folded.startDay, expectedS);
      }),
      { numRuns: 400 },
    );
  });

  it('an append the table does not allow is refused, naming what is allowed, and breaks the fold', () => {
    fc.assert(
      fc.property(
        walkArb,
        fc.constantFrom(...CASE_ACTION_KINDS),
        fc.constantFrom(...ALL_ACTOR_ROLES),
        (w, kind, role) => {
          const { actions, snapshot, t } = walk(w);
          const transition = transitionOf(snapshot.state, kind);
          const action = validAction(snapshot, kind, {
            at: new Date(t + 60_000).toISOString(),
            actor: actorFor(role),
            seq: 999,
          });
          const d = checkAction(snapshot, action);
          if (transition && transition.roles.includes(role)) {
            assert.equal(d.ok, true);
            assert.equal(foldCase([...actions, action]).state, transition.to);
            return;
          }
          assert.equal(d.ok, false);
          if (d.ok) return;
          assert.equal(d.code, transition ? 'ROLE_NOT_ALLOWED' : 'NOT_ALLOWED_IN_STATE');
          assert.deepEqual(d.allowed, actionsInState(snapshot.state));
          assert.ok(!d.available.includes(kind));
          assert.throws(
            () => foldCase([...actions, action]),
            (e: unknown) => e instanceof CaseLogError && e.index === actions.length && e.code === d.code,
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('an allowed append dated before the last action is refused', () => {
    fc.assert(
      fc.property(walkArb, fc.integer({ min: 1, max: 10_000 }), (w, back) => {
        const { snapshot, t } = walk(w);
        const kind = actionsInState(snapshot.state)[0];
        if (!kind) return;
        const action = validAction(snapshot, kind, { at: new Date(t - back * 1000).toISOString(), seq: 999 });
        const d = checkAction(snapshot, action);
        assert.equal(d.ok ? null : d.code, 'INVALID_ACTION');
        assert.ok(!d.ok && d.issues?.includes('AT_BEFORE_PREVIOUS'));
      }),
      { numRuns: 200 },
    );
  });
});
