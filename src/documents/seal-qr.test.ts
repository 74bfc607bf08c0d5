// The seal as a phone reads it: the certificate rendered to pixels (pdftoppm), its QR decoded
// (zbarimg), checked offline with the office's public key; a tampered payload refused; and the
// religious affiliation nowhere in it. Then the same from a signed case: the QR printed is the seal
// stored at signing, verified offline with the published keys and on the public check page.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { describeEachDatabase } from '../../test/helpers/databases.js';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { missionaryApplication } from '../../test/helpers/applications.js';
import { officeWithStaff, signedCase } from '../../test/helpers/signed-cases.js';
import { findIssuedDocument } from '../db/issued-documents-store.js';
import { findActiveSealKey } from '../db/seal-keys-store.js';
import { plainDate } from '../domain/time/plain-date.js';
import { translate } from '../i18n/i18n.js';
import { renderCertificate } from './certificate.js';
import { decodeQr, renderFirstPage } from './pdf-test-helper.js';
import { renderReference } from './reference.js';
import { longestSamples } from './samples/longest.js';
import { realisticSamples } from './samples/realistic.js';
import { decodeCompactText, encodeCompactText } from './seal/compact-text.js';
import { verifySeal } from './seal/seal.js';
import { Ed25519Signer, generateSealKeys, publicKeyFromText, publicKeyToText } from './seal/signer.js';

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

// The whole path a phone takes: the head signs (the registry's row and its seal, made with the
// service's active key), the certificate is printed with the registry's fields, its QR decoded from
// the pixels, verified offline against the keys the service publishes, and then on the public page.
describeEachDatabase('the QR of a signed certificate, checked offline and on the public page', (get) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(get().database, { PUBLIC_URL: publicUrl });
  });
  after(() => t.close());

  it('decoded by zbarimg: the seal stored at signing, genuine offline and on /check', async () => {
    const office = await officeWithStaff(t.deps);
    const application = missionaryApplication();
    const { number } = await signedCase(t.deps, office, 'missionary', application);
    const issued = (await findIssuedDocument(get().database.db, number))!;
    const active = (await findActiveSealKey(get().database.db))!;
    const c = realisticSamples('kk', seal).certificate;
    const pdf = await renderCertificate(
      {
        ...c,
        number,
        issueDate: plainDate(issued.issuedOn),
        validUntil: plainDate(issued.validUntil!),
        holder: { surname: application.applicant.surname, name: application.applicant.name },
        territoryOfActivity: application.territory,
        seal: {
          signer: new Ed25519Signer(crypto.createPrivateKey(active.privateKey!), active.keyId),
          publicUrl,
        },
      },
      { lang: 'kk' },
    );
    const qr = qrOf(pdf);
    assert.equal(qr, issued.sealText, 'the printed QR is the seal stored at signing');

    // Offline: the keys as the service publishes them, read back from their text.
    const keysJson = (await t.app.inject({ url: '/api/check/keys' })).json() as {
      keys: { keyId: string; publicKey: string }[];
    };
    const keys = Object.fromEntries(keysJson.keys.map((k) => [k.keyId, publicKeyFromText(k.publicKey)]));
    const offline = verifySeal(qr, keys);
    assert.ok(offline.valid, JSON.stringify(offline));
    assert.equal(offline.fields.number, number);
    assert.equal(offline.checkUrl, `${publicUrl}/check/${number}`);

    // On the public page: the address the phone opens (the fragment stays in the phone) …
    const path = new URL(qr).pathname;
    const opened = await t.app.inject({ url: path, headers: { 'accept-language': 'kk' } });
    assert.equal(opened.statusCode, 200);
    assert.ok(opened.body.includes(number) && opened.body.includes(issued.holder));
    assert.match(opened.body, /<script src="\/static\/check\.js"/);
    // … and the seal its script posts from the fragment, verified by the server.
    const verified = await t.app.inject({ method: 'POST', url: '/kk/check/seal', payload: { seal: qr } });
    assert.equal(verified.statusCode, 200);
    assert.ok(verified.body.includes(translate('kk', 'check.verdict.genuine')));
    const api = (
      await t.app.inject({ method: 'POST', url: '/api/check/seal', payload: { seal: qr } })
    ).json();
    assert.deepEqual([api.verdict, api.document.status], ['genuine', 'valid']);

    // A tampered copy of the decoded text is refused on the page too.
    const hash = qr.indexOf('#');
    const [payload, keyId, sig] = qr.slice(hash + 1).split('.') as [string, string, string];
    const lines = decodeCompactText(Buffer.from(payload, 'base64url'))!.split('\n');
    lines[3] = '20991231';
    const tampered = `${qr.slice(0, hash)}#${Buffer.from(encodeCompactText(lines.join('\n'))).toString('base64url')}.${keyId}.${sig}`;
    assert.equal(verifySeal(tampered, keys).valid, false);
    const refused = (
      await t.app.inject({ method: 'POST', url: '/api/check/seal', payload: { seal: tampered } })
    ).json();
    assert.equal(refused.verdict, 'altered');
  });
});
