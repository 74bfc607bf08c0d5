// The seal as a phone reads it: the certificate rendered to pixels (pdftoppm), its QR decoded
// (zbarimg), checked offline with the office's public key; a tampered payload refused; and the
// religious affiliation nowhere in it. The same from a signed case, through the registry and the public
// check page, is in test/documents/printed-qr-check.test.ts (documents/ itself knows no database).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderCertificate } from './certificate.js';
import { decodeQr, renderFirstPage } from './pdf-test-helper.js';
import { renderReference } from './reference.js';
import { longestSamples } from './samples/longest.js';
import { realisticSamples } from './samples/realistic.js';
import { decodeCompactText, encodeCompactText } from './seal/compact-text.js';
import { verifySeal } from './seal/seal.js';
import { generateSealKeys, publicKeyFromText, publicKeyToText } from './seal/signer.js';

const keys = generateSealKeys();
const publicUrl = 'https://tirkeu.example.kz';
const seal = { signer: keys.signer, publicUrl };
// What a checker holds: the published key, read back from its text form.
const published = { [keys.keyId]: publicKeyFromText(publicKeyToText(keys.publicKey)) };

function qrOf(pdf: Buffer): string {
  const codes = decodeQr(renderFirstPage(pdf, 150));
  assert.equal(codes.length, 1, 'one QR on the page');
  return codes[0]!;
}

describe('the QR seal, scanned from the printed page', () => {
  it('a certificate: decoded, verified offline, key fields as printed', async () => {
    for (const lang of ['kk', 'ru'] as const) {
      const c = realisticSamples(lang, seal).certificate;
      const qr = qrOf(await renderCertificate(c, { lang }));
      const verdict = verifySeal(qr, published);
      assert.ok(verdict.valid, JSON.stringify(verdict));
      assert.deepEqual(verdict.fields, {
        number: c.number,
        holder: 'Әбдіқадыров Нұрлан Серікұлы',
        territory: c.territoryOfActivity,
        issued: c.issueDate,
        validUntil: c.validUntil,
      });
      assert.equal(verdict.checkUrl, `${publicUrl}/check/${c.number}`);
    }
  });

  it('a reference: no expiry in its seal', async () => {
    const r = realisticSamples('kk', seal).reference;
    const verdict = verifySeal(qrOf(await renderReference(r, { lang: 'kk' })), published);
    assert.ok(verdict.valid);
    assert.equal(verdict.fields.holder, r.groupName);
    assert.equal(verdict.fields.validUntil, null);
  });

  it('still reads with the longest values, as a duplicate and as the English copy', async () => {
    const c = longestSamples('ru', seal).certificate;
    for (const o of [
      { lang: 'ru' as const, duplicate: true },
      { lang: 'ru' as const, unofficialEnglish: true },
    ]) {
      const verdict = verifySeal(qrOf(await renderCertificate(c, o)), published);
      assert.ok(verdict.valid, JSON.stringify(o));
      assert.equal(verdict.fields.number, c.number);
    }
  });

  it('a tampered payload or another office key is refused', async () => {
    const qr = qrOf(await renderCertificate(realisticSamples('kk', seal).certificate, { lang: 'kk' }));
    const hash = qr.indexOf('#');
    const [payload, keyId, sig] = qr.slice(hash + 1).split('.') as [string, string, string];
    const lines = decodeCompactText(Buffer.from(payload, 'base64url'))!.split('\n');
    lines[3] = '20991231'; // a longer validity
    const forged = Buffer.from(encodeCompactText(lines.join('\n'))).toString('base64url');
    const tampered = `${qr.slice(0, hash)}#${forged}.${keyId}.${sig}`;
    assert.deepEqual(verifySeal(tampered, published), { valid: false, problem: 'BAD_SIGNATURE' });
    const other = generateSealKeys();
    assert.deepEqual(verifySeal(qr, { [keys.keyId]: other.publicKey }), {
      valid: false,
      problem: 'BAD_SIGNATURE',
    });
  });

  it('carries no religious affiliation or association, in any form', async () => {
    for (const lang of ['kk', 'ru'] as const) {
      const s = realisticSamples(lang, seal);
      for (const [pdf, secrets] of [
        [
          await renderCertificate(s.certificate, { lang }),
          [s.certificate.affiliation, s.certificate.association],
        ],
        [await renderReference(s.reference, { lang }), [s.reference.affiliation]],
      ] as const) {
        const qr = qrOf(pdf);
        const decoded = decodeCompactText(
          Buffer.from(qr.slice(qr.indexOf('#') + 1).split('.')[0]!, 'base64url'),
        )!;
        for (const secret of secrets) {
          assert.ok(!decoded.includes(secret) && !qr.includes(secret), secret);
          // Not even a word of it (the payload is four lines: holder, territory, two dates).
          for (const word of secret.split(/[\s,()«»"]+/).filter((w) => w.length > 4))
            assert.ok(!decoded.includes(word), `${word} in ${decoded}`);
        }
      }
    }
  });
});
