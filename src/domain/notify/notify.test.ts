import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkContact, checkSurveyAnswer, eventOfAction, normalisePhone } from './notify.js';

it('a Kazakh phone in any usual form becomes +7 and ten digits; anything else is refused', () => {
  for (const typed of ['8 701 555 01 78', '+7 (701) 555-01-78', '87015550178', '7015550178', '77015550178'])
    assert.equal(normalisePhone(typed), '+77015550178', typed);
  assert.equal(normalisePhone('+49 221 1234567'), '+492211234567');
  for (const bad of ['12345', '8 701 555 01', 'phone', '+7 701 555 01 78 ext 2', '+1234567890123456'])
    assert.equal(normalisePhone(bad), null, bad);
});

it('the contact: optional; given, well-formed and consented to, each problem named by its field', () => {
  assert.deepEqual(checkContact({ email: '', phone: '', consent: false }), { contact: null, issues: {} });
  assert.deepEqual(checkContact({ email: ' a.b@mail.kz ', phone: '', consent: true }).contact, {
    email: 'a.b@mail.kz',
    phone: null,
  });
  assert.deepEqual(checkContact({ email: '', phone: '', consent: true }).issues, {
    email: 'contact_missing',
  });
  assert.deepEqual(checkContact({ email: 'a@b', phone: 'x', consent: false }).issues, {
    email: 'email_invalid',
    phone: 'phone_invalid',
    consent: 'contact_consent_required',
  });
  for (const bad of ['a b@mail.kz', '@mail.kz', 'a@mail', 'a@@mail.kz', 'a@mail..kz'])
    assert.equal(checkContact({ email: bad, phone: '', consent: true }).issues.email, 'email_invalid', bad);
});

it('the survey: each of the three questions 1 to 5; missing and out of scale named per question', () => {
  assert.deepEqual(checkSurveyAnswer({ process: '5', information: '1', politeness: '3' }).scores, {
    process: 5,
    information: 1,
    politeness: 3,
  });
  assert.deepEqual(checkSurveyAnswer({ process: '0', information: '4.5', politeness: undefined }).issues, {
    process: 'score_invalid',
    information: 'score_invalid',
    politeness: 'score_required',
  });
});

it('which acts tell the applicant: the stamp, the signature, the signed refusal, and the end (survey)', () => {
  assert.equal(eventOfAction('stamp'), 'registered');
  assert.equal(eventOfAction('sign'), 'ready');
  assert.equal(eventOfAction('sign_refusal'), 'refused');
  assert.equal(eventOfAction('hand_over'), 'survey');
  assert.equal(eventOfAction('deliver_refusal'), 'survey');
  for (const k of ['take_in', 'take_for_review', 'propose', 'draft_refusal', 'withdraw', 'transfer'])
    assert.equal(eventOfAction(k), null, k);
});
