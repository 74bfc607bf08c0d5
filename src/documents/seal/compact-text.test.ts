import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeCompactText, encodeCompactText } from './compact-text.js';

describe('the compact text of the seal', () => {
  it('spends one byte on each Russian and Kazakh letter and on ASCII', () => {
    const text = 'Әбдіқадыров Нұрлан Серікұлы, Шығыс Қазақстан облысы; Ёлкин «Үміт» — №7…';
    assert.equal(encodeCompactText(text).length, [...text].length);
    assert.equal(decodeCompactText(encodeCompactText(text)), text);
  });

  it('escapes anything else and reads it back (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        assert.equal(decodeCompactText(encodeCompactText(s)), s);
      }),
      { numRuns: 500 },
    );
    assert.equal(decodeCompactText(encodeCompactText('Fernández Ñúñez Ї ✓ 😀')), 'Fernández Ñúñez Ї ✓ 😀');
  });

  it('refuses bytes its encoder never writes', () => {
    for (const bytes of [[0x7f], [0x7f, 0x41], [0x7f, 0xd0], [0x7f, 0xd0, 0x90], [0xff], [0x7f, 0xc3, 0x28]])
      assert.equal(decodeCompactText(Uint8Array.from(bytes)), null, bytes.join(','));
  });
});
