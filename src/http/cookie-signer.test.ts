import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Signer } from '@fastify/cookie';
import { rememberingSigner } from './cookie-signer.js';

it('answers as @fastify/cookie’s signer, the second time as the first, and refuses a tampered cookie', () => {
  const secret = 'ab'.repeat(32);
  const ours = rememberingSigner(secret);
  const theirs = new Signer(secret);
  const signed = ours.sign('csrf-secret-value');
  assert.equal(signed, theirs.sign('csrf-secret-value'));
  for (let i = 0; i < 2; i++) {
    assert.deepEqual(ours.unsign(signed), { valid: true, renew: false, value: 'csrf-secret-value' });
    assert.deepEqual(ours.unsign(`${signed}x`), { valid: false, renew: false, value: null });
    assert.deepEqual(
      ours.unsign(`other.${signed.split('.')[1]!}`),
      theirs.unsign(`other.${signed.split('.')[1]!}`),
    );
    assert.equal(ours.unsign('other.' + signed.split('.')[1]!).valid, false);
    assert.deepEqual(ours.unsign(''), { valid: false, renew: false, value: null });
  }
  // Signed under another key: refused.
  assert.equal(ours.unsign(new Signer('cd'.repeat(32)).sign('csrf-secret-value')).valid, false);
  // The remembered answers cannot be changed by a caller.
  assert.throws(() => {
    (ours.unsign(signed) as { value: string }).value = 'x';
  }, TypeError);
});
