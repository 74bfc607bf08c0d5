// New words laid out without fontkit's shaper (plain-word-layout.ts) must be laid out exactly as
// fontkit lays them out: the same glyphs, the same four numbers of every position, in both faces,
// for words of Latin, Cyrillic and Kazakh letters, digits and punctuation, with and without the
// space pdfkit leaves at a word's end — and the words it cannot do are left to fontkit.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ALPHABET } from '../alphabet.js';
import { fontBytes } from '../fonts.js';
import { layoutPlainWord, type ShapedFont } from './plain-word-layout.js';

const fontkit = createRequire(fileURLToPath(import.meta.resolve('pdfkit')))('fontkit') as {
  create(b: Buffer): ShapedFont;
};

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

function words(): string[] {
  const letters = ALPHABET.split(' ');
  const next = random(20260301);
  const out = [
    '19-000/2026/1-0078',
    'https://tirkeu.example.kz/check/19-000/2026/1-0078',
    'Әбдіқадыров1234 ',
    'Ким77 ',
    'Tyffield',
    'Kirby-Fitzroy ',
    'AVATAR',
    'Yoyo.',
    'Тўйчиев',
    'ТЕЛНҰСҚА',
    '«Нұр»',
  ];
  for (let i = 0; i < 4000; i++) {
    const length = 1 + Math.floor(next() * 18);
    let w = '';
    for (let k = 0; k < length; k++) w += letters[Math.floor(next() * letters.length)]!;
    out.push(next() < 0.3 ? `${w} ` : w);
  }
  return out;
}

describe('new words laid out without the shaper', () => {
  for (const face of ['regular', 'bold'] as const) {
    it(`${face}: every word it lays out is laid out as fontkit does`, () => {
      const font = fontkit.create(fontBytes()[face]);
      const layout = font.layout.bind(font);
      let done = 0;
      const all = words();
      for (const word of all) {
        const fast = layoutPlainWord(font, layout, word);
        if (!fast) continue;
        done++;
        const run = font.layout(word);
        assert.deepEqual(
          fast.glyphs.map((g) => g.id),
          run.glyphs.map((g) => g.id),
          word,
        );
        assert.deepEqual(
          fast.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
          run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
          word,
        );
      }
      // It is worth having: the certificate's new words and most others are done here.
      for (const w of ['19-000/2026/1-0078', 'https://tirkeu.example.kz/check/19-000/2026/1-0078', 'Ким77 '])
        assert.ok(layoutPlainWord(font, layout, w), w);
      assert.ok(done > all.length / 2, `${done} of ${all.length}`);
      // A ligature (ff) and a combining mark are left to fontkit.
      assert.equal(layoutPlainWord(font, layout, 'Tyffield'), null);
      assert.equal(layoutPlainWord(font, layout, 'і\u0301'), null);
    });
  }
});
