import assert from 'node:assert/strict';
import { it } from 'node:test';
import { plainDate } from '../time/plain-date.js';
import { checkStatusChange, publicDocumentStatus } from './public-status.js';

const until = plainDate('2027-03-15');

it('a certificate is valid through its valid-until day and expired from the next (domain.md §4)', () => {
  const doc = { status: 'valid' as const, validUntil: until };
  assert.equal(publicDocumentStatus(doc, plainDate('2027-03-14')), 'valid');
  assert.equal(publicDocumentStatus(doc, plainDate('2027-03-15')), 'valid');
  assert.equal(publicDocumentStatus(doc, plainDate('2027-03-16')), 'expired');
  assert.equal(publicDocumentStatus(doc, plainDate('2031-01-01')), 'expired');
});

it('a reference never expires; a decision outweighs the calendar', () => {
  assert.equal(publicDocumentStatus({ status: 'valid', validUntil: null }, plainDate('2099-12-31')), 'valid');
  for (const status of ['superseded', 'annulled', 'replaced'] as const)
    assert.equal(publicDocumentStatus({ status, validUntil: until }, plainDate('2099-12-31')), status);
});

it('only a valid document changes status, each change with what the check shows', () => {
  const valid = { number: '35-004/2026/1-0009', status: 'valid' as const };
  assert.equal(checkStatusChange(valid, { status: 'annulled', reason: 'court_decision' }), null);
  assert.equal(checkStatusChange(valid, { status: 'superseded', successorNumber: null }), null);
  assert.equal(checkStatusChange(valid, { status: 'replaced', successorNumber: '35-004/2026/1-0010' }), null);
  assert.equal(
    checkStatusChange(valid, { status: 'annulled', reason: 'free text' as never }),
    'REASON_REQUIRED',
  );
  assert.equal(checkStatusChange(valid, { status: 'replaced', successorNumber: '' }), 'SUCCESSOR_REQUIRED');
  assert.equal(
    checkStatusChange(valid, { status: 'superseded', successorNumber: valid.number }),
    'SUCCESSOR_IS_ITSELF',
  );
  assert.equal(
    checkStatusChange({ ...valid, status: 'annulled' }, { status: 'superseded', successorNumber: null }),
    'NOT_VALID_NOW',
  );
});
