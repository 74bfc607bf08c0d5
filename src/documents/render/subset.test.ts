// The font subset each document embeds is assembled by subset.ts from glyphs read once; it must be
// the very file fontkit's own subsetter writes (what pdfkit embeds without it), for any glyphs.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fontBytes } from './fonts.js';
import { SubsetSource, type SubsettableFont } from './subset.js';

const fontkit = createRequire(fileURLToPath(import.meta.resolve('pdfkit')))('fontkit') as {
  create: (b: Buffer) => SubsettableFont & {
    numGlyphs: number;
    glyphForCodePoint: (cp: number) => { id: number };
  };
};

describe('the embedded font subset', () => {
  for (const face of ['regular', 'bold'] as const) {
    it(`${face}: byte for byte fontkit's, for glyph sets of every kind`, () => {
      // A font of its own for each side: the fast one reads glyphs once and keeps them.
      const fast = new SubsetSource(fontkit.create(fontBytes()[face]));
      const plain = fontkit.create(fontBytes()[face]);
      let seed = face === 'regular' ? 3 : 5;
      const next = (n: number): number => {
        seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
        return seed % n;
      };
      for (let round = 0; round < 60; round++) {
        const a = plain.createSubset();
        const b = fast.createSubset();
        // The empty subset (the missing glyph alone), a few glyphs, hundreds; repeats included.
        const count = round === 0 ? 0 : next(round < 30 ? 40 : 400);
        for (let i = 0; i < count; i++) {
          const gid = next(plain.numGlyphs);
          assert.equal(b.includeGlyph(gid), a.includeGlyph(gid));
        }
        assert.deepEqual(Buffer.from(b.encode()), Buffer.from(a.encode()), `round ${round}: ${count} glyphs`);
        assert.deepEqual(b.glyphs, a.glyphs, 'components included in the same order');
      }
    });
  }

  it('composite glyphs bring their parts, renumbered (DejaVu builds «й» from «и» and a breve)', () => {
    const font = fontkit.create(fontBytes().regular);
    const source = new SubsetSource(font);
    const plain = fontkit.create(fontBytes().regular);
    const short = font.glyphForCodePoint(0x439).id; // й
    const a = plain.createSubset();
    const b = source.createSubset();
    a.includeGlyph(short);
    b.includeGlyph(short);
    const encoded = Buffer.from(b.encode());
    assert.deepEqual(encoded, Buffer.from(a.encode()));
    assert.ok(b.glyphs.length > 2, `the parts of «й» came along: ${b.glyphs.join(', ')}`);
  });
});
