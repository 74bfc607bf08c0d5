// domain.md §4, §6: each document of a case is printable from the step that makes it, in every
// state of the table, for missionaries (annex 5) and groups (annex 6).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { CASE_STATES, type CaseState } from './case-state.js';
import { buildLog, PATHS } from './case-fixture.test-helper.js';
import { printability, printableDocuments, type CaseDocument } from './printable-documents.js';

const EXPECTED: Readonly<Record<CaseState, readonly CaseDocument[]>> = {
  draft: [],
  submitted_online: [],
  discarded: [],
  lapsed: [],
  at_counter: ['application'],
  abandoned: ['application'],
  registered: ['application', 'receipt'],
  transferred: ['application', 'receipt'],
  under_review: ['application', 'receipt'],
  proposed: ['application', 'receipt'],
  ready_to_collect: ['application', 'receipt', 'certificate'],
  handed_over: ['application', 'receipt', 'certificate'],
  refusal_drafted: ['application', 'receipt'],
  refusal_signed: ['application', 'receipt', 'refusal'],
  refusal_delivered: ['application', 'receipt', 'refusal'],
  withdrawn: ['application', 'receipt'],
};

it('prints each document of a missionary’s case from its step on, in every state', () => {
  for (const state of CASE_STATES) {
    const { snapshot } = buildLog(PATHS[state]);
    assert.equal(snapshot.state, state);
    assert.deepEqual(printableDocuments(snapshot), EXPECTED[state], state);
  }
});

it('a group’s case prints a reference (annex 6), never a certificate, and the other way round', () => {
  const group = buildLog(PATHS.ready_to_collect, undefined, { applicationKind: 'group-registration' });
  assert.deepEqual(printableDocuments(group.snapshot), ['application', 'receipt', 'reference']);
  assert.deepEqual(printability(group.snapshot, 'certificate'), { ok: false, reason: 'not_of_this_case' });
  const missionary = buildLog(PATHS.ready_to_collect);
  assert.deepEqual(printability(missionary.snapshot, 'reference'), { ok: false, reason: 'not_of_this_case' });
});

it('names the step a document needs when it is asked for too early', () => {
  const { snapshot } = buildLog(PATHS.proposed);
  assert.deepEqual(printability(snapshot, 'certificate'), {
    ok: false,
    reason: 'wrong_step',
    needs: 'ready_to_collect',
  });
  assert.deepEqual(printability(snapshot, 'refusal'), {
    ok: false,
    reason: 'wrong_step',
    needs: 'refusal_signed',
  });
  const online = buildLog(PATHS.submitted_online).snapshot;
  assert.deepEqual(printability(online, 'application'), {
    ok: false,
    reason: 'wrong_step',
    needs: 'at_counter',
  });
  assert.deepEqual(printability(online, 'receipt'), { ok: false, reason: 'wrong_step', needs: 'registered' });
});
