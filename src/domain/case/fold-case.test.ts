import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorFor, buildLog, OFFICE, OTHER_OFFICE, validAction } from './case-fixture.test-helper.js';
import type { CaseAction, CaseActionOf } from './case-action.js';
import { checkAction } from './check-action.js';
import { applyAction, CaseLogError, foldCase } from './fold-case.js';

const later = (a: CaseAction, minutes = 1): string =>
  new Date(Date.parse(a.at) + minutes * 60_000).toISOString();
const lastOf = (actions: CaseAction[]): CaseAction => actions[actions.length - 1] as CaseAction;

function throwsLog(actions: readonly CaseAction[], code: string, issue?: string, index?: number): void {
  assert.throws(
    () => foldCase(actions),
    (e: unknown) => {
      assert.ok(e instanceof CaseLogError);
      assert.equal(e.code, code);
      if (issue) assert.ok(e.issues.includes(issue as never), `issues ${e.issues.join(',')} lack ${issue}`);
      if (index !== undefined) assert.equal(e.index, index);
      return true;
    },
  );
}

/** The log of a case in `kinds`' end state, plus one more action of `kind` with `patch` applied. */
function appendTo<K extends CaseAction['kind']>(
  kinds: Parameters<typeof buildLog>[0],
  kind: K,
  patch: Partial<CaseActionOf<K>>,
): CaseAction[] {
  const { actions, snapshot } = buildLog(kinds);
  const next = {
    ...validAction(snapshot, kind, { at: later(lastOf(actions)), seq: 99 }),
    ...patch,
  } as CaseAction;
  return [...actions, next];
}

describe('foldCase (domain.md §4: the state is a fold over the action log)', () => {
  it('an empty log is no case', () => throwsLog([], 'EMPTY_LOG'));

  it('a result from hand-in to hand-over: S, numbers, proposer and the §7.1 stop', () => {
    const { actions } = buildLog(['take_in', 'stamp', 'take_for_review', 'propose', 'sign', 'hand_over']);
    const s = foldCase(actions);
    assert.equal(s.state, 'handed_over');
    assert.equal(s.officeCode, OFFICE);
    assert.equal(s.startDay, '2026-03-02');
    assert.deepEqual(s.incomingNumbers, [`${OFFICE}/2026/0002`]);
    assert.equal(s.reviewerId, 'acc-officer');
    assert.equal(s.proposedBy, 'acc-officer');
    assert.equal(s.result?.documentNumber, `${OFFICE}/2026/1-0005`);
    assert.equal(s.result?.signedBy, 'acc-head');
    assert.deepEqual(s.stops, { result: '2026-03-02', refusal: null });
    assert.equal(s.handOver?.recipient, 'applicant');
    assert.equal(s.actionCount, 6);
    assert.equal(s.fourEyesWaived, false);
  });

  it('a refusal: missing items, outgoing number and the §16 stop on the day of the proof', () => {
    const { actions, snapshot } = buildLog(['take_in', 'stamp', 'draft_refusal', 'sign_refusal']);
    const deliver = validAction(snapshot, 'deliver_refusal', {
      at: '2026-03-06T10:00:00Z',
      on: '2026-03-05' as never,
    });
    const s = foldCase([...actions, deliver]);
    assert.equal(s.state, 'refusal_delivered');
    assert.deepEqual(s.missingItemIds, ['invitation']);
    assert.equal(s.refusal?.outgoingNumber, `${OFFICE}/2026/0004`);
    assert.deepEqual(s.stops, { result: null, refusal: '2026-03-05' });
  });

  it('a transfer keeps S and adds the competent office’s incoming number (§1, §13)', () => {
    const { actions, snapshot } = buildLog(['take_in', 'stamp', 'transfer']);
    assert.equal(snapshot.transferTo, OTHER_OFFICE);
    assert.equal(snapshot.officeCode, OFFICE);
    const receive = validAction(snapshot, 'receive_transfer', { at: '2026-03-04T05:00:00Z', seq: 7 });
    // Only the competent office receives it.
    assert.equal(checkAction(snapshot, receive, { actorOfficeCode: OFFICE }).ok, false);
    assert.equal(checkAction(snapshot, receive, { actorOfficeCode: OTHER_OFFICE }).ok, true);
    const s = applyAction(snapshot, receive);
    assert.equal(s.state, 'registered');
    assert.equal(s.officeCode, OTHER_OFFICE);
    assert.equal(s.transferTo, null);
    assert.equal(s.startDay, '2026-03-02');
    assert.deepEqual(s.incomingNumbers, [`${OFFICE}/2026/0002`, `${OTHER_OFFICE}/2026/0007`]);
    assert.deepEqual(
      s.transfers.map((t) => [t.from, t.to]),
      [[OFFICE, OTHER_OFFICE]],
    );
    // The incoming number must be the receiving office's own register.
    throwsLog(
      [...actions, { ...receive, incomingNumber: `${OFFICE}/2026/0007` } as CaseAction],
      'INVALID_ACTION',
      'INCOMING_NUMBER_OFFICE',
    );
  });

  it('in transit, withdrawal is recorded at either office, nowhere else', () => {
    const { snapshot } = buildLog(['take_in', 'stamp', 'transfer']);
    const w = validAction(snapshot, 'withdraw', { at: '2026-03-04T05:00:00Z' });
    assert.equal(checkAction(snapshot, w, { actorOfficeCode: OFFICE }).ok, true);
    assert.equal(checkAction(snapshot, w, { actorOfficeCode: OTHER_OFFICE }).ok, true);
    const other = checkAction(snapshot, w, { actorOfficeCode: '35-017' });
    assert.equal(other.ok ? null : other.code, 'WRONG_OFFICE');
  });

  it('an online application opened at the counter takes the counter’s office', () => {
    const { actions, snapshot } = buildLog(['start_draft', 'submit_online']);
    const takeIn = {
      ...validAction(snapshot, 'take_in', { at: later(lastOf(actions)) }),
      officeCode: OTHER_OFFICE,
    };
    const s = foldCase([...actions, takeIn as CaseAction]);
    assert.equal(s.state, 'at_counter');
    assert.equal(s.officeCode, OTHER_OFFICE);
    assert.ok(s.submittedOnlineAt !== null && s.takenInAt !== null);
  });

  it('send back clears the proposal and counts', () => {
    const { snapshot } = buildLog(['take_in', 'stamp', 'take_for_review', 'propose', 'send_back']);
    assert.equal(snapshot.state, 'under_review');
    assert.equal(snapshot.proposedBy, null);
    assert.equal(snapshot.sentBackCount, 1);
  });

  it('a correction keeps the state and records the head’s approval', () => {
    const { snapshot } = buildLog(['take_in', 'stamp', 'take_for_review', 'correct']);
    assert.equal(snapshot.state, 'under_review');
    assert.deepEqual(
      snapshot.corrections.map((c) => [c.field, c.approvedBy.role]),
      [['applicant.surname', 'head']],
    );
  });

  it('a log that breaks the table throws, naming the action', () => {
    const { actions } = buildLog(['take_in', 'stamp']);
    const sign = validAction(null, 'sign', { at: later(lastOf(actions)), actor: actorFor('head') });
    throwsLog([...actions, sign], 'NOT_ALLOWED_IN_STATE', undefined, 2);
    // A correction before registration: "corrections after registration" only.
    const { actions: counter } = buildLog(['take_in']);
    throwsLog(
      [...counter, validAction(null, 'correct', { at: later(lastOf(counter)), actor: actorFor('clerk') })],
      'NOT_ALLOWED_IN_STATE',
    );
    // The right action by the wrong role.
    const { actions: reg, snapshot } = buildLog(['take_in', 'stamp']);
    throwsLog(
      [
        ...reg,
        validAction(snapshot, 'take_for_review', { at: later(lastOf(reg)), actor: actorFor('clerk') }),
      ],
      'ROLE_NOT_ALLOWED',
    );
    // A first action that does not open a case.
    throwsLog(
      [validAction(null, 'stamp', { at: '2026-03-02T04:00:00Z', actor: actorFor('records') })],
      'NOT_ALLOWED_IN_STATE',
      undefined,
      0,
    );
  });

  describe('the content of actions', () => {
    const review = ['take_in', 'stamp', 'take_for_review'] as const;
    const cases: [string, CaseAction[], string][] = [
      [
        '§16: a refusal names the missing items',
        appendTo(review, 'draft_refusal', { missingItemIds: [] }),
        'MISSING_ITEMS_REQUIRED',
      ],
      [
        'send back needs a reason',
        appendTo([...review, 'propose'], 'send_back', { reason: '  ' }),
        'REASON_REQUIRED',
      ],
      ['withdrawal needs a reason', appendTo(review, 'withdraw', { reason: '' }), 'REASON_REQUIRED'],
      [
        'a correction needs the head’s approval',
        appendTo(review, 'correct', { approvedBy: { accountId: 'acc-officer', role: 'officer' as never } }),
        'APPROVAL_REQUIRED',
      ],
      ['a correction needs a reason', appendTo(review, 'correct', { reason: '' }), 'REASON_REQUIRED'],
      [
        '§15: a representative collects under a power of attorney',
        appendTo([...review, 'propose', 'sign'], 'hand_over', {
          recipient: 'representative',
          powerOfAttorneyId: null,
        }),
        'POWER_OF_ATTORNEY_REQUIRED',
      ],
      [
        'annex 5: a certificate has a valid-until date',
        appendTo([...review, 'propose'], 'sign', { validUntil: null }),
        'VALID_UNTIL_REQUIRED',
      ],
      [
        'annex 5: valid-until not before the document date',
        appendTo([...review, 'propose'], 'sign', { validUntil: '2026-01-01' as never }),
        'VALID_UNTIL_BEFORE_DOCUMENT_DATE',
      ],
      [
        'a missionary gets a certificate number, not a reference number',
        appendTo([...review, 'propose'], 'sign', { documentNumber: `${OFFICE}/2026/2-0001` }),
        'DOCUMENT_NUMBER_KIND',
      ],
      [
        'the document number is the office’s own',
        appendTo([...review, 'propose'], 'sign', { documentNumber: `${OTHER_OFFICE}/2026/1-0001` }),
        'DOCUMENT_NUMBER_OFFICE',
      ],
      [
        'the document number is of the document’s year',
        appendTo([...review, 'propose'], 'sign', { documentNumber: `${OFFICE}/2025/1-0001` }),
        'DOCUMENT_NUMBER_YEAR',
      ],
      [
        'the signer holds the role printed under the signature',
        appendTo([...review, 'propose'], 'sign', { signerRole: 'acting_head' }),
        'SIGNER_ROLE_NOT_HELD',
      ],
      [
        'the outgoing number is well formed',
        appendTo(['take_in', 'stamp', 'draft_refusal'], 'sign_refusal', { outgoingNumber: '35-004/26/1' }),
        'OUTGOING_NUMBER_FORMAT',
      ],
      [
        'by post, the proof is a postal receipt',
        appendTo(['take_in', 'stamp', 'draft_refusal', 'sign_refusal'], 'deliver_refusal', { how: 'post' }),
        'PROOF_DOES_NOT_MATCH',
      ],
      [
        'a refusal is not delivered before it is signed',
        appendTo(['take_in', 'stamp', 'draft_refusal', 'sign_refusal'], 'deliver_refusal', {
          on: '2026-03-01' as never,
        }),
        'DELIVERED_BEFORE_SIGNED',
      ],
      [
        '§14: the incoming number is the office’s',
        appendTo(['take_in'], 'stamp', { incomingNumber: `${OTHER_OFFICE}/2026/0001` }),
        'INCOMING_NUMBER_OFFICE',
      ],
      [
        'S is a plain date',
        appendTo(['take_in'], 'stamp', { startDay: '2026-02-30' as never }),
        'DATE_FORMAT',
      ],
      [
        'a checklist with missing items is not complete',
        appendTo(['take_in'], 'stamp', {
          checklist: { complete: true, missingItemIds: ['invitation'], unansweredQuestionIds: [] },
        }),
        'CHECKLIST_INCONSISTENT',
      ],
      [
        'no transfer to the office itself',
        appendTo(['take_in', 'stamp'], 'transfer', { toOfficeCode: OFFICE }),
        'TRANSFER_TO_SAME_OFFICE',
      ],
      [
        'a case is never held by an akimat',
        appendTo(['take_in', 'stamp'], 'transfer', { toOfficeCode: '35-004-A' }),
        'OFFICE_CODE_FORMAT',
      ],
      [
        'instants carry their zone',
        appendTo(['take_in'], 'abandon', { at: '2026-03-02 10:00' }),
        'AT_NOT_ISO_INSTANT',
      ],
      [
        'the log is in order of time',
        appendTo(['take_in'], 'abandon', { at: '2026-03-01T00:00:00Z' }),
        'AT_BEFORE_PREVIOUS',
      ],
      [
        'staff act under their account',
        appendTo(['take_in'], 'abandon', { actor: { accountId: null, roles: ['clerk'] } }),
        'ACCOUNT_REQUIRED',
      ],
    ];
    for (const [name, log, issue] of cases) {
      it(name, () => throwsLog(log, 'INVALID_ACTION', issue, log.length - 1));
    }

    it('a group gets a reference without an expiry (annex 6)', () => {
      const { snapshot } = buildLog([...review, 'propose'], undefined, {
        applicationKind: 'group-registration',
      });
      const sign = validAction(snapshot, 'sign', { at: '2026-03-03T04:00:00Z' });
      assert.equal((sign as CaseActionOf<'sign'>).validUntil, null);
      assert.equal(applyAction(snapshot, sign).result?.documentNumber, `${OFFICE}/2026/2-0001`);
      const withExpiry = { ...sign, validUntil: '2027-01-01' } as CaseAction;
      const d = checkAction(snapshot, withExpiry);
      assert.deepEqual(d.ok ? [] : d.issues, ['VALID_UNTIL_NOT_ALLOWED']);
      assert.equal(d.ok ? null : d.code, 'INVALID_ACTION');
      assert.deepEqual(d.ok ? null : d.allowed, ['send_back', 'sign', 'withdraw', 'correct']);
    });
  });
});
