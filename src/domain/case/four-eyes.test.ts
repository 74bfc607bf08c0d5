import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildLog, validAction } from './case-fixture.test-helper.js';
import type { CaseAction, CaseActor } from './case-action.js';
import { checkAction } from './check-action.js';
import { allowedActions, decideAction } from './decide-action.js';
import { applyAction, CaseLogError, foldCase } from './fold-case.js';

// domain.md §3: "The one who proposes may not sign" — a per-office setting, on by default; a
// division of one or two people may switch it off, and every such case is marked.
const both: CaseActor = { accountId: 'acc-both', roles: ['officer', 'head'] };
const AT = '2026-03-03T05:00:00Z';

function proposedBy(actor: CaseActor) {
  const { actions, snapshot } = buildLog(['take_in', 'stamp', 'take_for_review']);
  const propose = validAction(snapshot, 'propose', { at: '2026-03-02T10:00:00Z', actor });
  return { actions: [...actions, propose], snapshot: applyAction(snapshot, propose) };
}

describe('four eyes (domain.md §3)', () => {
  it('on: the proposer may not sign, and the button is not drawn', () => {
    const { snapshot } = proposedBy(both);
    const ctx = { actorRoles: both.roles, actorAccountId: both.accountId, fourEyes: true };
    const d = decideAction(snapshot, 'sign', ctx);
    assert.equal(d.ok ? null : d.code, 'FOUR_EYES');
    assert.ok(!allowedActions(snapshot, ctx).includes('sign'));
    // Sending back is still theirs to do.
    assert.ok(allowedActions(snapshot, ctx).includes('send_back'));
  });

  it('on: another head signs, unmarked', () => {
    const { snapshot } = proposedBy(both);
    assert.deepEqual(
      decideAction(snapshot, 'sign', { actorRoles: ['head'], actorAccountId: 'acc-head', fourEyes: true }),
      {
        ok: true,
        to: 'ready_to_collect',
        fourEyesWaived: false,
      },
    );
  });

  it('off: the proposer signs and the decision says so; the case is marked', () => {
    const { actions, snapshot } = proposedBy(both);
    const d = decideAction(snapshot, 'sign', {
      actorRoles: both.roles,
      actorAccountId: both.accountId,
      fourEyes: false,
    });
    assert.deepEqual(d, { ok: true, to: 'ready_to_collect', fourEyesWaived: true });
    const sign = validAction(snapshot, 'sign', { at: AT, actor: both, fourEyes: false });
    const s = foldCase([...actions, sign]);
    assert.equal(s.state, 'ready_to_collect');
    assert.equal(s.fourEyesWaived, true);
  });

  it('off, signed by someone else: not marked', () => {
    const { actions, snapshot } = proposedBy(both);
    const sign = validAction(snapshot, 'sign', { at: AT, fourEyes: false });
    assert.equal(foldCase([...actions, sign]).fourEyesWaived, false);
  });

  it('the log keeps the setting in force at signing: a proposer’s signature under four eyes breaks the fold', () => {
    const { actions, snapshot } = proposedBy(both);
    const sign = validAction(snapshot, 'sign', { at: AT, actor: both, fourEyes: true });
    assert.throws(
      () => foldCase([...actions, sign]),
      (e: unknown) => e instanceof CaseLogError && e.code === 'FOUR_EYES',
    );
  });

  it('an acting head who proposed may not sign either', () => {
    const acting: CaseActor = { accountId: 'acc-deputy', roles: ['officer', 'acting_head'] };
    const { snapshot } = proposedBy(acting);
    const sign = validAction(snapshot, 'sign', { at: AT, actor: acting, fourEyes: true });
    assert.equal((sign as Extract<CaseAction, { kind: 'sign' }>).signerRole, 'acting_head');
    const d = checkAction(snapshot, sign);
    assert.equal(d.ok ? null : d.code, 'FOUR_EYES');
  });

  it('the drafter of a refusal may not sign it (drafting a refusal is proposing one)', () => {
    const { snapshot } = buildLog(['take_in', 'stamp', 'take_for_review']);
    const draft = validAction(snapshot, 'draft_refusal', { at: '2026-03-02T10:00:00Z', actor: both });
    const drafted = applyAction(snapshot, draft);
    const on = { actorRoles: both.roles, actorAccountId: both.accountId, fourEyes: true };
    assert.equal(decideAction(drafted, 'sign_refusal', on).ok, false);
    assert.deepEqual(decideAction(drafted, 'sign_refusal', { ...on, fourEyes: false }), {
      ok: true,
      to: 'refusal_signed',
      fourEyesWaived: true,
    });
  });

  it('after a send-back, the new proposal decides: the first proposer may then sign', () => {
    const { actions, snapshot } = proposedBy(both);
    const back = validAction(snapshot, 'send_back', { at: '2026-03-02T11:00:00Z' });
    const again = validAction(applyAction(snapshot, back), 'propose', { at: '2026-03-02T12:00:00Z' });
    const s = foldCase([...actions, back, again]);
    assert.equal(s.proposedBy, 'acc-officer');
    assert.equal(
      decideAction(s, 'sign', { actorRoles: both.roles, actorAccountId: both.accountId, fourEyes: true }).ok,
      true,
    );
  });
});
