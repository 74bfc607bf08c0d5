import fs from 'node:fs/promises';
import path from 'node:path';
import { renderGroupApplication, renderMissionaryApplication } from '../application-forms.js';
import { renderCertificate } from '../certificate.js';
import { renderJournal } from '../journal.js';
import { renderReceipt } from '../receipt.js';
import { renderReference } from '../reference.js';
import { renderRefusal } from '../refusal.js';
import { generateSealKeys, publicKeyToText } from '../seal/signer.js';
import { renderTalon } from '../talon.js';
import type { DocumentLang } from '../types.js';
import { longestSamples } from './longest.js';
import { realisticSamples } from './realistic.js';

// `tirkeu documents samples --out DIR`: every document in Kazakh and in Russian from realistic
// sample data, the certificate and reference with the longest plausible values, a duplicate and
// the unofficial English certificate, sealed with a key generated for the run (its public half is
// written beside them so the QR codes can be checked).

export const SAMPLE_PUBLIC_URL = 'https://tirkeu.example.kz';

export async function writeSamples(outDir: string, publicUrl = SAMPLE_PUBLIC_URL): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const keys = generateSealKeys();
  const seal = { signer: keys.signer, publicUrl };
  const jobs: [string, () => Promise<Buffer>][] = [];
  for (const lang of ['kk', 'ru'] as const satisfies readonly DocumentLang[]) {
    const s = realisticSamples(lang, seal);
    const long = longestSamples(lang, seal);
    const o = { lang };
    jobs.push(
      [`certificate.${lang}.pdf`, () => renderCertificate(s.certificate, o)],
      [`certificate.long.${lang}.pdf`, () => renderCertificate(long.certificate, o)],
      [
        `certificate.duplicate.${lang}.pdf`,
        () => renderCertificate(s.certificate, { ...o, duplicate: true }),
      ],
      [`reference.${lang}.pdf`, () => renderReference(s.reference, o)],
      [`reference.long.${lang}.pdf`, () => renderReference(long.reference, o)],
      [`application-missionary.${lang}.pdf`, () => renderMissionaryApplication(null, o)],
      [`application-group.${lang}.pdf`, () => renderGroupApplication(null, o)],
      [
        `application-missionary.filled.${lang}.pdf`,
        () => renderMissionaryApplication(s.missionaryApplication, o),
      ],
      [`application-group.filled.${lang}.pdf`, () => renderGroupApplication(s.groupApplication, o)],
      [`receipt.${lang}.pdf`, () => renderReceipt(s.receipt, o)],
      [`refusal.${lang}.pdf`, () => renderRefusal(s.refusal, o)],
      [`talon.${lang}.pdf`, () => renderTalon(s.talon, o)],
      [`journal.${lang}.pdf`, () => renderJournal(s.journal, o)],
    );
  }
  const kk = realisticSamples('kk', seal);
  jobs.push([
    'certificate.en.pdf',
    () => renderCertificate(kk.certificate, { lang: 'kk', unofficialEnglish: true }),
  ]);

  const written: string[] = [];
  for (const [name, render] of jobs) {
    const file = path.join(outDir, name);
    await fs.writeFile(file, await render());
    written.push(file);
  }
  const keyFile = path.join(outDir, 'seal-public-key.json');
  await fs.writeFile(
    keyFile,
    `${JSON.stringify({ keyId: keys.keyId, ed25519: publicKeyToText(keys.publicKey) }, null, 2)}\n`,
  );
  written.push(keyFile);
  return written;
}
