// The marks a copy carries (domain.md §4, §6): «ТЕЛНҰСҚА» / «ДУБЛИКАТ», the reprint, and the
// English copy's "unofficial translation"; and what the seal is never called.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderCertificate } from './certificate.js';
import { renderJournal } from './journal.js';
import { pdfText, pdfWordBoxes } from './pdf-test-helper.js';
import { renderReference } from './reference.js';
import { renderRefusal } from './refusal.js';
import { longestSamples } from './samples/longest.js';
import { realisticSamples } from './samples/realistic.js';
import { generateSealKeys } from './seal/signer.js';
import { renderTalon } from './talon.js';

const seal = { signer: generateSealKeys().signer, publicUrl: 'https://tirkeu.example.kz' };
const kk = realisticSamples('kk', seal);
const ru = realisticSamples('ru', seal);

describe('marks of a copy', () => {
  it('a duplicate says «ТЕЛНҰСҚА» in Kazakh, «ДУБЛИКАТ» in Russian; the original says neither', async () => {
    const kkDup = pdfText(await renderCertificate(kk.certificate, { lang: 'kk', duplicate: true }));
    const ruDup = pdfText(await renderReference(ru.reference, { lang: 'ru', duplicate: true }));
    assert.ok(kkDup.includes('ТЕЛНҰСҚА') && !kkDup.includes('ДУБЛИКАТ'));
    assert.ok(ruDup.includes('ДУБЛИКАТ') && !ruDup.includes('ТЕЛНҰСҚА'));
    for (const original of [
      pdfText(await renderCertificate(kk.certificate, { lang: 'kk' })),
      pdfText(await renderCertificate(ru.certificate, { lang: 'ru' })),
    ]) {
      assert.ok(!/ТЕЛНҰСҚА|ДУБЛИКАТ|UNOFFICIAL|ҚАЙТА БАСЫП|ПОВТОРНО/.test(original), original);
    }
  });

  it('the mark is on every page of a copy that runs onto several', async () => {
    const pdf = await renderJournal(longestSamples('ru', seal).journal, {
      lang: 'ru',
      duplicate: true,
      reprint: true,
    });
    const pages = pdfWordBoxes(pdf);
    assert.ok(pages.length > 1);
    for (const p of pages) {
      const words = p.words.map((w) => w.word);
      assert.ok(words.includes('ДУБЛИКАТ'), 'duplicate');
      assert.ok(words.includes('ПОВТОРНО') && words.includes('РАСПЕЧАТАННЫЙ'), 'reprint');
    }
  });

  it('a reprint is marked as such', async () => {
    assert.ok(
      pdfText(await renderTalon(kk.talon, { lang: 'kk', reprint: true })).includes(
        'ҚАЙТА БАСЫП ШЫҒАРЫЛҒАН ДАНА',
      ),
    );
    assert.ok(
      pdfText(await renderRefusal(ru.refusal, { lang: 'ru', reprint: true })).includes(
        'ПОВТОРНО РАСПЕЧАТАННЫЙ ЭКЗЕМПЛЯР',
      ),
    );
  });

  it('the English copy says it is an unofficial translation of the Kazakh (or Russian) original', async () => {
    const en = pdfText(await renderCertificate(kk.certificate, { lang: 'kk', unofficialEnglish: true }));
    assert.ok(en.includes('UNOFFICIAL TRANSLATION'));
    assert.ok(en.includes('unofficial English translation of a document issued in Kazakh'));
    assert.ok(en.includes('no legal force'));
    assert.ok(en.includes('CERTIFICATE') && en.includes('This certificate is valid until 15 March 2027'));
    // The values stay as the original prints them.
    assert.ok(en.includes(kk.certificate.territoryOfActivity));
    const enRu = pdfText(
      await renderReference(ru.reference, { lang: 'ru', unofficialEnglish: true, duplicate: true }),
    );
    assert.ok(enRu.includes('document issued in Russian') && enRu.includes('DUPLICATE («ДУБЛИКАТ»)'));
  });

  it('the seal is an integrity seal, never called an electronic signature', async () => {
    for (const pdf of [
      await renderCertificate(kk.certificate, { lang: 'kk' }),
      await renderCertificate(ru.certificate, { lang: 'ru' }),
      await renderReference(kk.reference, { lang: 'kk', unofficialEnglish: true }),
    ]) {
      const text = pdfText(pdf);
      assert.match(text, /тұтастық мөрі|печать целостности|integrity seal/);
      assert.doesNotMatch(
        text,
        /ЭЦП|ЭЦҚ|электронн\S* (цифров|подпис)|электрондық цифрлық қолтаңба|e-signature|electronic signature/i,
      );
    }
  });
});
