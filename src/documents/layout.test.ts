// The longest plausible values stay inside the printable area: every word pdftotext -bbox finds
// lies within the margins, no two words overlap, and the certificate and reference stay one sheet.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderGroupApplication, renderMissionaryApplication } from './application-forms.js';
import { renderCertificate } from './certificate.js';
import { renderJournal } from './journal.js';
import { pdfInfo, pdfText, pdfWordBoxes, type WordBox } from './pdf-test-helper.js';
import { renderReceipt } from './receipt.js';
import { renderReference } from './reference.js';
import { renderRefusal } from './refusal.js';
import { MARGINS } from './render/sheet.js';
import { longestSamples } from './samples/longest.js';
import { generateSealKeys } from './seal/signer.js';
import { renderTalon } from './talon.js';
import type { DocumentLang, DocumentOptions } from './types.js';

const seal = {
  signer: generateSealKeys().signer,
  publicUrl: 'https://tirkeu.ishki-sayasat.shygys-qazaqstan.gov.kz/qyzmetter/missionerler',
};
const TOLERANCE = 0.75;

function outside(w: WordBox, page: { width: number; height: number }): boolean {
  return (
    w.xMin < MARGINS.left - TOLERANCE ||
    w.xMax > page.width - MARGINS.right + TOLERANCE ||
    w.yMin < MARGINS.top - TOLERANCE ||
    w.yMax > page.height - MARGINS.bottom + TOLERANCE
  );
}

function overlaps(a: WordBox, b: WordBox): boolean {
  const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  return dx > TOLERANCE && dy > TOLERANCE;
}

function layoutProblems(pdf: Buffer): string[] {
  const problems: string[] = [];
  for (const [i, page] of pdfWordBoxes(pdf).entries()) {
    for (const w of page.words)
      if (outside(w, page)) problems.push(`page ${i + 1}: "${w.word}" leaves the printable area`);
    for (let a = 0; a < page.words.length; a++)
      for (let b = a + 1; b < page.words.length; b++)
        if (overlaps(page.words[a]!, page.words[b]!))
          problems.push(`page ${i + 1}: "${page.words[a]!.word}" overlaps "${page.words[b]!.word}"`);
  }
  return problems;
}

const DOCS: [string, (lang: DocumentLang, o: DocumentOptions) => Promise<Buffer>][] = [
  ['certificate', (lang, o) => renderCertificate(longestSamples(lang, seal).certificate, o)],
  ['reference', (lang, o) => renderReference(longestSamples(lang, seal).reference, o)],
  [
    'missionary application',
    (lang, o) => renderMissionaryApplication(longestSamples(lang, seal).missionaryApplication, o),
  ],
  ['group application', (lang, o) => renderGroupApplication(longestSamples(lang, seal).groupApplication, o)],
  ['receipt', (lang, o) => renderReceipt(longestSamples(lang, seal).receipt, o)],
  ['refusal', (lang, o) => renderRefusal(longestSamples(lang, seal).refusal, o)],
  ['talon', (lang, o) => renderTalon(longestSamples(lang, seal).talon, o)],
  ['journal', (lang, o) => renderJournal(longestSamples(lang, seal).journal, o)],
];

describe('the longest plausible values stay inside the printable area (pdftotext -bbox)', () => {
  for (const [name, render] of DOCS)
    for (const lang of ['kk', 'ru'] as const)
      it(`${name}, ${lang}, with every mark a copy can carry`, async () => {
        for (const o of [
          { lang },
          { lang, duplicate: true, reprint: true },
          { lang, unofficialEnglish: true, duplicate: true },
        ]) {
          const pdf = await render(lang, o);
          assert.ok(
            pdfWordBoxes(pdf).every((p) => p.words.length >= 3),
            'text on every page',
          );
          assert.deepEqual(layoutProblems(pdf), [], JSON.stringify(o));
        }
      });

  it('the certificate and the reference stay one sheet, smaller type rather than a second page', async () => {
    for (const lang of ['kk', 'ru'] as const) {
      const s = longestSamples(lang, seal);
      for (const pdf of [
        await renderCertificate(s.certificate, { lang }),
        await renderReference(s.reference, { lang }),
      ])
        assert.equal(pdfInfo(pdf).pages, 1);
    }
  });

  it('a journal running over several pages repeats its header row on each, and numbers its pages', async () => {
    const pdf = await renderJournal(longestSamples('kk', seal).journal, { lang: 'kk' });
    const pages = pdfWordBoxes(pdf);
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    pages.forEach((p, i) => {
      const words = p.words.map((w) => w.word);
      assert.ok(words.includes('Нөмірі') && words.includes('Алушының'), `header on page ${i + 1}`);
      assert.ok(
        words.includes(`${i + 1}`) && words.includes(`${pages.length}`),
        `page number on page ${i + 1}`,
      );
    });
    // Every entry's number is there, whole.
    const text = pdfText(pdf);
    for (let i = 0; i < 30; i++) assert.ok(text.includes(`63-018/2026/1-${10000 + i}`));
  });
});
