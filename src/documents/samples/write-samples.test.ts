import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { decodeQr, pdfInfo, pdfText, renderFirstPage } from '../pdf-test-helper.js';
import { verifySeal } from '../seal/seal.js';
import { publicKeyFromText } from '../seal/signer.js';
import { writeSamples } from './write-samples.js';

// `tirkeu documents samples --out DIR`: the fixed file names, each a PDF, and the seals checkable
// with the public key written beside them.
const EXPECTED = [
  'certificate',
  'certificate.long',
  'certificate.duplicate',
  'reference',
  'reference.long',
  'application-missionary',
  'application-group',
  'application-missionary.filled',
  'application-group.filled',
  'receipt',
  'refusal',
  'talon',
  'journal',
].flatMap((n) => [`${n}.kk.pdf`, `${n}.ru.pdf`]);

it('writes every document in Kazakh and Russian under fixed names, with the key to check the seals', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-samples-'));
  try {
    const written = await writeSamples(dir, 'https://tirkeu.example.kz');
    const names = written.map((f) => path.basename(f)).sort();
    assert.deepEqual(names, [...EXPECTED, 'certificate.en.pdf', 'seal-public-key.json'].sort());
    for (const f of written.filter((w) => w.endsWith('.pdf'))) {
      const pdf = fs.readFileSync(f);
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', f);
      assert.ok(pdfInfo(pdf).pages >= 1);
    }
    const key = JSON.parse(fs.readFileSync(path.join(dir, 'seal-public-key.json'), 'utf8')) as {
      keyId: string;
      ed25519: string;
    };
    const certificate = fs.readFileSync(path.join(dir, 'certificate.ru.pdf'));
    const [qr] = decodeQr(renderFirstPage(certificate, 150));
    assert.ok(verifySeal(qr!, { [key.keyId]: publicKeyFromText(key.ed25519) }).valid);
    assert.ok(pdfText(fs.readFileSync(path.join(dir, 'certificate.duplicate.kk.pdf'))).includes('ТЕЛНҰСҚА'));
    assert.ok(
      pdfText(fs.readFileSync(path.join(dir, 'certificate.en.pdf'))).includes('UNOFFICIAL TRANSLATION'),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
