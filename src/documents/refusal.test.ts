import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import QRCode from 'qrcode';
import { pdfText, pdfWordBoxes } from './pdf-test-helper.js';
import { renderRefusal } from './refusal.js';
import { realisticSamples } from './samples/realistic.js';
import { generateSealKeys } from './seal/signer.js';

const seal = { signer: generateSealKeys().signer, publicUrl: 'https://tirkeu.example.kz' };

/** Any PNG will do as the office's emblem file here (a QR code drawn by the qrcode package). */
async function somePng(): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-emblem-')), 'emblem.png');
  await QRCode.toFile(file, 'emblem', { width: 200 });
  return file;
}

describe('motivated refusal (§16)', () => {
  it('names each missing document with the §11 point asking for it, and rests on §16', async () => {
    for (const lang of ['kk', 'ru'] as const) {
      const r = realisticSamples(lang, seal).refusal;
      const text = pdfText(await renderRefusal(r, { lang }));
      assert.ok(text.includes(lang === 'kk' ? '16-тармағына сәйкес' : 'В соответствии с пунктом 16'));
      assert.ok(text.includes(lang === 'kk' ? '№ 20 қаулысымен бекітілген' : 'от 21 января 2011 года № 20'));
      for (const m of r.missing) {
        const clause =
          lang === 'kk'
            ? `${m.name} (11-тармақтың 1) тармақшасы)`
            : `${m.name} (подпункт 1) пункта 11 стандарта)`;
        assert.ok(text.includes(clause), clause);
      }
      for (const p of ['20', '21', '22, 24', '23'])
        assert.ok(text.includes(lang === 'kk' ? `(${p}-тармақ` : `(пункт`) && text.includes(p), p);
      assert.ok(text.includes(lang === 'kk' ? 'Шығыс № 19-000/2026/0017' : 'Исх. № 19-000/2026/0017'));
      assert.ok(
        text.includes(
          lang === 'kk' ? 'Орынд.: Жұмабаева А., тел. 8 (7282) 24-15-36' : 'Исп.: Жұмабаева А., тел.',
        ),
      );
    }
  });

  it("prints the office's State Emblem file in its place, and fails loudly when the file is missing", async () => {
    const r = realisticSamples('kk', seal).refusal;
    const withEmblem = await renderRefusal(
      { ...r, letterhead: { ...r.letterhead, emblemPath: await somePng() } },
      { lang: 'kk' },
    );
    const without = await renderRefusal(r, { lang: 'kk' });
    assert.ok(withEmblem.includes(Buffer.from('/Subtype /Image')), 'an image in the PDF');
    assert.ok(!without.includes(Buffer.from('/Subtype /Image')), 'an empty frame only');
    assert.deepEqual(
      pdfWordBoxes(withEmblem)[0]!.words.map((w) => w.word),
      pdfWordBoxes(without)[0]!.words.map((w) => w.word),
    );
    await assert.rejects(
      renderRefusal(
        { ...r, letterhead: { ...r.letterhead, emblemPath: '/nonexistent/emblem.png' } },
        { lang: 'kk' },
      ),
      /State Emblem image cannot be read/,
    );
  });
});
