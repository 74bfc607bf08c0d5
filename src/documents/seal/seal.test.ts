import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { plainDate } from '../../domain/time/plain-date.js';
import { decodeCompactText, encodeCompactText } from './compact-text.js';
import { parseSealQr, SEAL_TEXT_MAX, sealQrText, verifySeal, type SealFields } from './seal.js';
import { Ed25519Signer, generateSealKeys, keyIdOf, publicKeyFromText, publicKeyToText } from './signer.js';

const FIELDS: SealFields = {
  number: '19-000/2026/1-0009',
  holder: 'Әбдіқадыров Нұрлан Серікұлы',
  territory: 'Алматы облысы, Талдықорған қаласы',
  issued: plainDate('2026-03-11'),
  validUntil: plainDate('2027-03-15'),
};
const URL = 'https://tirkeu.example.kz';

/** The QR text with its field block replaced: what a forger who edits the fields would print. */
function withFields(qr: string, edit: (lines: string[]) => string[]): string {
  const hash = qr.indexOf('#');
  const [payload, keyId, sig] = qr.slice(hash + 1).split('.') as [string, string, string];
  const lines = edit(decodeCompactText(Buffer.from(payload, 'base64url'))!.split('\n'));
  return `${qr.slice(0, hash)}#${Buffer.from(encodeCompactText(lines.join('\n'))).toString('base64url')}.${keyId}.${sig}`;
}

describe('integrity seal (domain.md §6)', () => {
  const keys = generateSealKeys();
  const publicKeys = { [keys.keyId]: keys.publicKey };

  it('seals the key fields into a check address and verifies them offline', async () => {
    const qr = await sealQrText(FIELDS, keys.signer, `${URL}/`);
    assert.ok(qr.startsWith(`${URL}/check/19-000/2026/1-0009#`), qr);
    const verdict = verifySeal(qr, publicKeys);
    assert.deepEqual(verdict, {
      valid: true,
      fields: FIELDS,
      keyId: keys.keyId,
      checkUrl: `${URL}/check/19-000/2026/1-0009`,
    });
  });

  it('carries "no expiry" for a reference', async () => {
    const qr = await sealQrText(
      { ...FIELDS, number: '19-000/2026/2-0003', validUntil: null },
      keys.signer,
      URL,
    );
    const verdict = verifySeal(qr, publicKeys);
    assert.equal(verdict.valid && verdict.fields.validUntil, null);
  });

  it('refuses any edited field, a number moved to another document, or a swapped signature', async () => {
    const qr = await sealQrText(FIELDS, keys.signer, URL);
    const edits: [string, string][] = [
      ['holder', withFields(qr, ([, ...rest]) => ['Басқа Адам', ...rest])],
      ['territory', withFields(qr, ([h, , ...rest]) => [h!, 'Бүкіл Қазақстан', ...rest])],
      ['issued', withFields(qr, ([h, t, , u]) => [h!, t!, '20260312', u!])],
      ['valid until', withFields(qr, ([h, t, i]) => [h!, t!, i!, '20990101'])],
      ['valid until removed', withFields(qr, ([h, t, i]) => [h!, t!, i!, '-'])],
      ['number', qr.replace('/check/19-000/2026/1-0009', '/check/19-000/2026/1-0010')],
    ];
    for (const [what, forged] of edits) {
      assert.equal(parseSealQr(forged) !== null, true, `${what}: still well formed`);
      assert.deepEqual(verifySeal(forged, publicKeys), { valid: false, problem: 'BAD_SIGNATURE' }, what);
    }
    const other = await sealQrText({ ...FIELDS, holder: 'Басқа Адам' }, keys.signer, URL);
    const spliced = `${qr.slice(0, qr.lastIndexOf('.'))}${other.slice(other.lastIndexOf('.'))}`;
    assert.deepEqual(verifySeal(spliced, publicKeys), { valid: false, problem: 'BAD_SIGNATURE' });
  });

  it('refuses a seal made with another key, even under the known key id', async () => {
    const stranger = generateSealKeys();
    const forged = await sealQrText(
      FIELDS,
      new Ed25519Signer(crypto.generateKeyPairSync('ed25519').privateKey, keys.keyId),
      URL,
    );
    assert.deepEqual(verifySeal(forged, publicKeys), { valid: false, problem: 'BAD_SIGNATURE' });
    const unknown = await sealQrText(FIELDS, stranger.signer, URL);
    assert.deepEqual(verifySeal(unknown, publicKeys), { valid: false, problem: 'UNKNOWN_KEY' });
    // A key id that is an Object.prototype name is just unknown.
    assert.deepEqual(verifySeal(unknown.replace(stranger.keyId, 'toString'), publicKeys), {
      valid: false,
      problem: 'UNKNOWN_KEY',
    });
  });

  it('reads anything else as malformed', () => {
    for (const text of [
      '',
      'https://tirkeu.example.kz/check/19-000/2026/1-0009',
      'hello#a.b.c',
      `${URL}/check/x#a.b`,
    ])
      assert.deepEqual(verifySeal(text, publicKeys), { valid: false, problem: 'MALFORMED' }, text);
  });

  it('never puts anything but the five key fields in the QR (no religious affiliation)', async () => {
    const withExtra = { ...FIELDS, affiliation: 'Протестанттық (лютерандық)' } as SealFields;
    const qr = await sealQrText(withExtra, keys.signer, URL);
    const lines = decodeCompactText(Buffer.from(qr.slice(qr.indexOf('#') + 1).split('.')[0]!, 'base64url'));
    assert.equal(lines, `${FIELDS.holder}\n${FIELDS.territory}\n20260311\n20270315`);
    assert.ok(!qr.includes('лютеран'));
  });

  it('publishes keys as raw base64url and names them by their hash', () => {
    const text = publicKeyToText(keys.publicKey);
    assert.equal(Buffer.from(text, 'base64url').length, 32);
    const back = publicKeyFromText(text);
    assert.equal(keyIdOf(back), keys.keyId);
    assert.match(keys.keyId, /^ed[A-Za-z0-9_-]{8}$/);
  });

  it('seals an over-long holder or territory as its beginning and «…», keeping the QR small', async () => {
    const long = 'Шығыс Қазақстан облысы: '.repeat(20);
    const qr = await sealQrText({ ...FIELDS, territory: long }, keys.signer, URL);
    const v = verifySeal(qr, publicKeys);
    assert.ok(v.valid);
    assert.equal([...v.fields.territory].length, SEAL_TEXT_MAX);
    assert.ok(v.fields.territory.endsWith('…') && long.startsWith(v.fields.territory.slice(0, -1)));
    assert.ok(qr.length < 500, `${qr.length} characters`);
  });

  it('round-trips any holder and territory text, whitespace folded (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 120 }),
        fc.string({ minLength: 1, maxLength: 120 }),
        async (h, t) => {
          fc.pre(h.trim() !== '' && t.trim() !== '');
          const qr = await sealQrText({ ...FIELDS, holder: h, territory: t }, keys.signer, URL);
          const v = verifySeal(qr, publicKeys);
          assert.ok(v.valid);
          assert.equal(v.fields.holder, h.replace(/\s+/g, ' ').trim());
          assert.equal(v.fields.territory, t.replace(/\s+/g, ' ').trim());
        },
      ),
      { numRuns: 200 },
    );
  });
});
