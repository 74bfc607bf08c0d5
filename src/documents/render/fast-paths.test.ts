// The speed of the documents comes from doing pdfkit's and fontkit's work once per process instead
// of once per document (fonts.ts, subset.ts, fast-paths.ts). That is only worth having if it
// changes nothing: every document rendered both ways — the fast paths, and pdfkit given the font
// files as bytes and doing everything itself — is the same file byte for byte, but for the
// creation date and the file identifier pdfkit derives from it.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { renderGroupApplication, renderMissionaryApplication } from '../application-forms.js';
import { renderCertificate, type CertificateData } from '../certificate.js';
import { renderJournal } from '../journal.js';
import { renderReceipt } from '../receipt.js';
import { renderReference } from '../reference.js';
import { renderRefusal } from '../refusal.js';
import { longestSamples } from '../samples/longest.js';
import { realisticSamples } from '../samples/realistic.js';
import { generateSealKeys } from '../seal/signer.js';
import { renderTalon } from '../talon.js';
import type { DocumentLang } from '../types.js';
import { setFastPaths } from './fast-paths.js';

const seal = { signer: generateSealKeys().signer, publicUrl: 'https://tirkeu.example.kz' };

type Job = [name: string, render: () => Promise<Buffer>];

function everyDocument(): Job[] {
  const jobs: Job[] = [];
  for (const lang of ['kk', 'ru'] as const satisfies readonly DocumentLang[]) {
    const s = realisticSamples(lang, seal);
    const long = longestSamples(lang, seal);
    const o = { lang };
    jobs.push(
      [`certificate.${lang}`, () => renderCertificate(s.certificate, o)],
      [`certificate.long.${lang}`, () => renderCertificate(long.certificate, o)],
      [`certificate.duplicate.${lang}`, () => renderCertificate(s.certificate, { ...o, duplicate: true })],
      [`certificate.reprint.${lang}`, () => renderCertificate(s.certificate, { ...o, reprint: true })],
      [
        `certificate.en.${lang}`,
        () => renderCertificate(long.certificate, { ...o, unofficialEnglish: true }),
      ],
      [`reference.${lang}`, () => renderReference(s.reference, o)],
      [`reference.long.${lang}`, () => renderReference(long.reference, o)],
      [`application-missionary.${lang}`, () => renderMissionaryApplication(null, o)],
      [`application-group.${lang}`, () => renderGroupApplication(null, o)],
      [
        `application-missionary.filled.${lang}`,
        () => renderMissionaryApplication(s.missionaryApplication, o),
      ],
      [`application-group.filled.${lang}`, () => renderGroupApplication(s.groupApplication, o)],
      [`receipt.${lang}`, () => renderReceipt(s.receipt, o)],
      [`refusal.${lang}`, () => renderRefusal(s.refusal, o)],
      [`talon.${lang}`, () => renderTalon(s.talon, o)],
      [`journal.${lang}`, () => renderJournal(s.journal, o)],
    );
  }
  return jobs;
}

/** Certificates as they come, one after another: new names (Latin ones too, with the letters
 *  DejaVu reuses in Cyrillic and the «ff», «fi» pdfkit turns into ligatures) and new numbers. */
function certificateRun(): Job[] {
  const base = realisticSamples('kk', seal).certificate;
  const names = ['Әбдіқадыров', 'Tyffield', 'Ким', 'Kirby-Fitzroy', 'Нұрланов', 'Уәлиханов', 'Şahin'];
  return names.map((surname, i): Job => {
    const data: CertificateData = {
      ...base,
      number: `19-000/2026/1-${String(i + 41).padStart(4, '0')}`,
      holder: { surname, name: i % 2 ? 'Official' : 'Нұрлан', patronymic: i % 3 ? 'Серікұлы' : undefined },
    };
    return [`certificate ${surname}`, () => renderCertificate(data, { lang: i % 2 ? 'ru' : 'kk' })];
  });
}

/** The file with its creation date and identifier (the only parts that vary by the clock) blanked,
 *  at the same length. */
function normalized(pdf: Buffer): string {
  return pdf
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, (m) => 'x'.repeat(m.length))
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, (m) => 'x'.repeat(m.length));
}

async function renderAll(jobs: readonly Job[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, render] of jobs) out.set(name, normalized(await render()));
  return out;
}

function assertSame(actual: Map<string, string>, expected: Map<string, string>, what: string): void {
  assert.deepEqual([...actual.keys()], [...expected.keys()]);
  for (const [name, pdf] of expected) {
    const got = actual.get(name)!;
    if (got === pdf) continue;
    let at = 0;
    while (got[at] === pdf[at]) at++;
    assert.fail(`${name} (${what}): differs from byte ${at}: ${JSON.stringify(got.slice(at, at + 80))}`);
  }
}

describe('the fast paths change nothing in the documents', () => {
  after(() => setFastPaths(true));

  it('every document, both ways: the same bytes', async () => {
    const jobs = [...everyDocument(), ...certificateRun()];
    const first = await renderAll(jobs); // the process-wide memos fill here
    const again = await renderAll(jobs); // and are used here
    setFastPaths(false);
    const plain = await renderAll(jobs);
    setFastPaths(true);
    assertSame(first, plain, 'fast, first');
    assertSame(again, plain, 'fast, memos warm');
  });

  it('the normalisation hides only the clock: another document differs', async () => {
    const [a, b] = await Promise.all([
      renderCertificate(realisticSamples('kk', seal).certificate, { lang: 'kk' }),
      renderCertificate(
        { ...realisticSamples('kk', seal).certificate, number: '19-000/2026/1-0010' },
        { lang: 'kk' },
      ),
    ]);
    assert.notEqual(normalized(a), normalized(b));
    assert.match(a.toString('latin1'), /\/CreationDate \d+ 0 R/);
    assert.match(a.toString('latin1'), /\(D:\d{14}Z\)/);
    assert.match(a.toString('latin1'), /\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/);
  });
});
