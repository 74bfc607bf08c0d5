import assert from 'node:assert/strict';
import { it } from 'node:test';
import { plainDate } from '../time/plain-date.js';
import { daysLeft, expiryReminderDue, expiryStanding } from './expiry.js';

const d = plainDate;

it('valid through valid-until, expired from the next day; the 30-day window; references never', () => {
  const until = d('2026-12-31');
  assert.equal(expiryStanding(until, d('2026-11-30')), 'later');
  assert.equal(expiryStanding(until, d('2026-12-01')), 'expiring', '30 days before');
  assert.equal(expiryStanding(until, d('2026-12-31')), 'expiring', 'the last valid day');
  assert.equal(expiryStanding(until, d('2027-01-01')), 'expired', 'the next day');
  assert.equal(expiryStanding(null, d('2099-01-01')), 'never');
  assert.equal(daysLeft(until, d('2026-12-01')), 30);
  assert.equal(daysLeft(until, d('2027-01-02')), -2);
});

it('the reminder is due only inside the window, never after expiry nor for a reference', () => {
  const until = d('2026-03-01'); // across February of a common year
  assert.equal(expiryReminderDue(until, d('2026-01-29')), false);
  assert.equal(expiryReminderDue(until, d('2026-01-30')), true);
  assert.equal(expiryReminderDue(until, d('2026-03-01')), true);
  assert.equal(expiryReminderDue(until, d('2026-03-02')), false);
  assert.equal(expiryReminderDue(null, d('2026-03-01')), false);
});
