// The QR of a signed case's certificate as a phone reads it: the seal stored at signing (the registry's
// row, made with the service's active key), rendered, decoded from the pixels by zbarimg, verified
// offline against the published keys and on the public check page; a tampered copy refused.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { missionaryApplication } from '../helpers/applications.js';
import { officeWithStaff, signedCase } from '../helpers/signed-cases.js';
import { findIssuedDocument } from '../../src/db/issued-documents-store.js';
import { findActiveSealKey } from '../../src/db/seal-keys-store.js';
import { plainDate } from '../../src/domain/time/plain-date.js';
import { translate } from '../../src/i18n/i18n.js';
import { renderCertificate } from '../../src/documents/certificate.js';
import { decodeQr, renderFirstPage } from '../../src/documents/pdf-test-helper.js';
import { realisticSamples } from '../../src/documents/samples/realistic.js';
import { decodeCompactText, encodeCompactText } from '../../src/documents/seal/compact-text.js';
import { verifySeal } from '../../src/documents/seal/seal.js';
import { Ed25519Signer, generateSealKeys, publicKeyFromText } from '../../src/documents/seal/signer.js';

const publicUrl = 'https://tirkeu.example.kz';
const seal = { signer: generateSealKeys().signer, publicUrl };

function qrOf(pdf: Buffer): string {
  const codes = decodeQr(renderFirstPage(pdf, 150));
  assert.equal(codes.length, 1, 'one QR on the page');
  return codes[0]!;
}

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
