// The shortcuts write parts of a document as bytes kept from an earlier one (the embedded fonts'
// objects, fast/font-objects.ts) and the page content uncompressed (page-content.ts): the files
// must stay well-formed PDF — every object where the cross-reference table says, every stream its
// stated length. qpdf checks each, for documents rendered one after another in the same process
// (the second and later ones written from what the first left), a certificate of the longest
// values (laid out again smaller) and the journal (pages pdfkit adds by itself).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderCertificate } from '../certificate.js';
import { renderJournal } from '../journal.js';
import { pdfCheck, pdfText } from '../pdf-test-helper.js';
import { renderReference } from '../reference.js';
import { longestSamples } from '../samples/longest.js';
import { realisticSamples } from '../samples/realistic.js';
import { generateSealKeys } from '../seal/signer.js';

const seal = { signer: generateSealKeys().signer, publicUrl: 'https://tirkeu.example.kz' };

describe('the documents are well-formed PDF', () => {
  for (const lang of ['kk', 'ru'] as const) {
    it(`${lang}: certificates one after another, the longest, a reference and the journal`, async () => {
      const s = realisticSamples(lang, seal);
      const long = longestSamples(lang, seal);
      for (let i = 0; i < 4; i++) {
        const surname = ['Оспанов', 'Tyffield', 'Şahin', 'Ким'][i]!;
        const pdf = await renderCertificate(
          {
            ...s.certificate,
            number: `19-000/2026/1-00${String(20 + i)}`,
            holder: { ...s.certificate.holder, surname },
          },
          { lang },
        );
        assert.match(pdfCheck(pdf), /No syntax or stream encoding errors found/);
        assert.ok(pdfText(pdf).includes(surname), surname);
      }
      for (const pdf of [
        await renderCertificate(long.certificate, { lang }),
        await renderCertificate(long.certificate, { lang }),
        await renderReference(s.reference, { lang }),
        await renderJournal(s.journal, { lang }),
      ])
        assert.match(pdfCheck(pdf), /No syntax or stream encoding errors found/);
    });
  }
});
