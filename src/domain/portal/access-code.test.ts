import assert from 'node:assert/strict';
import { it } from 'node:test';
import {
  accessCodeForDraftToken,
  accessCodeFromBytes,
  formatAccessCode,
  hashSecret,
  matchesDocumentNumber,
  parseAccessCode,
  sameSecret,
} from './access-code.js';
import { checkContact, normalizePhone } from './contact.js';

it('an access code is 20 Crockford symbols, parsed back from its grouped, lower-case or look-alike form', () => {
  const code = accessCodeFromBytes(new Uint8Array(Array.from({ length: 20 }, (_, i) => i * 7)));
  assert.match(code, /^[0-9A-HJKMNP-TV-Z]{20}$/);
  assert.equal(formatAccessCode(code).length, 23);
  assert.equal(parseAccessCode(formatAccessCode(code).toLowerCase()), code);
  assert.equal(parseAccessCode('0OIL1' + code.slice(5)), '00111' + code.slice(5));
  assert.equal(parseAccessCode(code.slice(1)), null);
  assert.equal(parseAccessCode(code.slice(1) + 'U'), null);
  assert.throws(() => accessCodeFromBytes(new Uint8Array(19)));
});

it('the access code of a draft token is fixed by the token and differs between tokens', () => {
  assert.equal(accessCodeForDraftToken('token-a'), accessCodeForDraftToken('token-a'));
  assert.notEqual(accessCodeForDraftToken('token-a'), accessCodeForDraftToken('token-b'));
});

it('secrets compare by hash, whatever their lengths', () => {
  assert.equal(sameSecret(hashSecret('a'), hashSecret('a')), true);
  assert.equal(sameSecret(hashSecret('a'), hashSecret('b')), false);
  assert.equal(sameSecret('abc', 'abcd'), false);
});

it('a document number matches forgiving spaces, hyphens and case, never on a short or empty one', () => {
  assert.equal(matchesDocumentNumber(' n 9876-5432 ', ['N98765432']), true);
  assert.equal(matchesDocumentNumber('880412450178', ['N98765432', '880412450178']), true);
  assert.equal(matchesDocumentNumber('880412450179', ['880412450178']), false);
  assert.equal(matchesDocumentNumber('', ['']), false);
  assert.equal(matchesDocumentNumber('1234', ['1234']), false);
});

it('contacts: e-mail and phone checked, phones brought to E.164', () => {
  assert.equal(normalizePhone('8 (701) 234-56-78'), '+77012345678');
  assert.equal(normalizePhone('+7 701 234 56 78'), '+77012345678');
  assert.equal(normalizePhone('7012345678'), '+77012345678');
  assert.equal(normalizePhone('+49 30 1234567'), '+49301234567');
  assert.equal(normalizePhone('12345'), null);
  assert.equal(normalizePhone('call me'), null);
  assert.deepEqual(checkContact({}), { value: null, errors: {} });
  assert.deepEqual(checkContact({ email: 'a@b.kz' }), {
    value: { email: 'a@b.kz', phone: null },
    errors: {},
  });
  assert.deepEqual(checkContact({ email: 'a@b', phone: 'x' }).errors, {
    'contact.email': 'email_format',
    'contact.phone': 'phone_format',
  });
});

it('the guide lists the §11 items of the case, conditional ones by the answers', async () => {
  const { documentsNeeded } = await import('./guide.js');
  const { STANDARD_2011 } = await import('../standard/index.js');
  const ids = (r: { items: readonly { item: { id: string }; conditional: boolean }[] }) =>
    r.items.map((i) => `${i.item.id}${i.conditional ? '?' : ''}`);
  const unanswered = documentsNeeded(STANDARD_2011, { subject: 'group', first: true, answers: {} });
  assert.equal(unanswered.kind, 'group-registration');
  assert.deepEqual(
    unanswered.questions.map((q) => q.id),
    ['representative', 'premisesOwner'],
  );
  assert.ok(ids(unanswered).some((id) => id.endsWith('?')));
  const legal = documentsNeeded(STANDARD_2011, {
    subject: 'group',
    first: true,
    answers: { representative: 'no', premisesOwner: 'legal-entity' },
  });
  const natural = documentsNeeded(STANDARD_2011, {
    subject: 'group',
    first: true,
    answers: { representative: 'no', premisesOwner: 'natural-person' },
  });
  assert.ok(ids(legal).every((id) => !id.endsWith('?')));
  assert.equal(ids(natural).length, ids(legal).length + 1);
  const missionary = documentsNeeded(STANDARD_2011, {
    subject: 'missionary',
    first: false,
    answers: { representative: 'yes', religiousMaterials: 'yes' },
  });
  assert.equal(missionary.kind, 'missionary-re-registration');
  assert.ok(ids(missionary).includes('representative-power-of-attorney'));
});
