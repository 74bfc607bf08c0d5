import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_ACTOR_ROLES, buildLog, PATHS } from './case-fixture.test-helper.js';
import { CASE_ACTION_KINDS, type CaseActionKind, type CaseActorRole } from './case-action.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { CASE_STATES, END_STATES, type CaseState } from './case-state.js';
import { allowedActions, decideAction } from './decide-action.js';
import { actionsInState, TRANSITIONS } from './transitions.js';

// domain.md §4's table and §3's roles, written out again by hand from the text, so that the table in
// transitions.ts is checked against the contract rather than against itself.
const H = 'head acting_head';
const C = 'clerk records officer head acting_head'; // corrections (after registration)
// §21, §23: an upheld complaint about a refusal, or a court decision, reopens the case for a new review.
const R = 'head acting_head akimat_head';
const EXPECTED: Record<CaseState | 'new case', string> = {
  'new case': 'start_draft>draft:applicant take_in>at_counter:clerk',
  draft: 'submit_online>submitted_online:applicant discard>discarded:applicant,system',
  submitted_online: 'take_in>at_counter:clerk withdraw>withdrawn:applicant,clerk lapse>lapsed:system',
  at_counter: 'stamp>registered:records abandon>abandoned:clerk,system',
  registered: `take_for_review>under_review:officer draft_refusal>refusal_drafted:officer withdraw>withdrawn:clerk transfer>transferred:records,${H} correct>registered:${C}`,
  transferred: 'receive_transfer>registered:records withdraw>withdrawn:clerk',
  under_review: `propose>proposed:officer draft_refusal>refusal_drafted:officer withdraw>withdrawn:clerk correct>under_review:${C}`,
  proposed: `sign>ready_to_collect:${H} send_back>under_review:${H} withdraw>withdrawn:clerk correct>proposed:${C}`,
  ready_to_collect: `hand_over>handed_over:clerk correct>ready_to_collect:${C}`,
  handed_over: `correct>handed_over:${C}`,
  refusal_drafted: `sign_refusal>refusal_signed:${H} send_back>under_review:${H} withdraw>withdrawn:clerk correct>refusal_drafted:${C}`,
  refusal_signed: `deliver_refusal>refusal_delivered:clerk,records correct>refusal_signed:${C} reopen>under_review:${R}`,
  refusal_delivered: `correct>refusal_delivered:${C} reopen>under_review:${R}`,
  withdrawn: '',
  discarded: '',
  lapsed: '',
  abandoned: '',
};

interface Cell {
  to: CaseState;
  roles: CaseActorRole[];
}

const snapshotIn = (state: CaseState): CaseSnapshot => buildLog(PATHS[state]).snapshot;
const ctx = (role: CaseActorRole) => ({
  actorRoles: [role],
  actorAccountId: `other-${role}`,
  fourEyes: true,
});

describe('the state table (domain.md §4) against the contract', () => {
  it('the path to each state folds to that state', () => {
    for (const state of CASE_STATES) assert.equal(snapshotIn(state).state, state);
  });

  it('end states allow nothing but corrections (and, after a delivered refusal, the §21/§23 reopening)', () => {
    for (const state of END_STATES)
      assert.deepEqual(
        actionsInState(state).filter(
          (k) => k !== 'correct' && !(state === 'refusal_delivered' && k === 'reopen'),
        ),
        [],
        state,
      );
  });

  for (const state of [null, ...CASE_STATES] as const) {
    const label = state ?? 'new case';
    const expected = parseRow(label);
    const snapshot = state === null ? null : snapshotIn(state);
    it(`${label}: every action × role cell`, () => {
      assert.deepEqual(new Set(actionsInState(state)), new Set(expected.keys()), 'allowed set');
      for (const kind of CASE_ACTION_KINDS) {
        const cell = expected.get(kind);
        for (const role of ALL_ACTOR_ROLES) {
          const d = decideAction(snapshot, kind, ctx(role));
          if (cell && cell.roles.includes(role)) {
            assert.deepEqual(d, { ok: true, to: cell.to, fourEyesWaived: false }, `${label} ${kind} ${role}`);
          } else if (cell) {
            assert.equal(d.ok, false);
            if (d.ok) continue;
            assert.equal(d.code, 'ROLE_NOT_ALLOWED', `${label} ${kind} ${role}`);
            assert.deepEqual(new Set(d.roles), new Set(cell.roles));
          } else {
            assert.equal(d.ok, false, `${label} ${kind} ${role} must be refused`);
            if (d.ok) continue;
            assert.equal(d.code, 'NOT_ALLOWED_IN_STATE');
            assert.deepEqual(new Set(d.allowed), new Set(expected.keys()));
            assert.deepEqual(d.available, allowedActions(snapshot, ctx(role)));
          }
        }
      }
    });
  }

  it('allowedActions draws exactly the cells of the actor’s roles', () => {
    const s = snapshotIn('proposed');
    assert.deepEqual(allowedActions(s, ctx('head')), ['send_back', 'sign', 'correct']);
    assert.deepEqual(allowedActions(s, ctx('clerk')), ['withdraw', 'correct']);
    assert.deepEqual(allowedActions(s, ctx('pass_bureau')), []);
    assert.deepEqual(
      allowedActions(s, { actorRoles: ['officer', 'clerk'], actorAccountId: 'x', fourEyes: true }),
      ['withdraw', 'correct'],
    );
  });

  it('the table is what TRANSITIONS exports (no state without a row)', () => {
    assert.deepEqual(Object.keys(TRANSITIONS).sort(), [...CASE_STATES].sort());
  });
});

function parseRow(state: CaseState | 'new case'): Map<CaseActionKind, Cell> {
  // Role lists may contain spaces (H, C): split cells on the "kind>" markers instead of spaces.
  const m = new Map<CaseActionKind, Cell>();
  const re = /(\w+)>(\w+):([\w, ]+?)(?=\s+\w+>|$)/g;
  for (const [, kind, to, roles] of EXPECTED[state].matchAll(re))
    m.set(kind as CaseActionKind, {
      to: to as CaseState,
      roles: (roles as string).split(/[ ,]+/) as CaseActorRole[],
    });
  return m;
}
