// The seal's QR is the symbol the qrcode package makes, module for module: makeQr only chooses
// the mask faster (qr.ts), so it must choose the one qrcode chooses, for every size.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import QRCode from 'qrcode';
import { makeQr, qrWidthInModules } from './qr.js';

/** Printable ASCII text of `length` characters, the same for the same seed. */
function text(length: number, seed: number): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    s += String.fromCharCode(33 + (x % 94));
  }
  return s;
}

function reference(t: string): ReturnType<typeof QRCode.create> {
  return QRCode.create([{ data: Buffer.from(t, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
}

describe('the QR symbol', () => {
  it('is the one qrcode makes, mask included, from the smallest symbol to 2,000 bytes', () => {
    const masks = new Set<number>();
    const sizes = new Set<number>();
    for (let length = 1, seed = 1; length <= 2000; length += 1 + (length >> 4), seed++) {
      for (const t of [text(length, seed), text(length, seed + 7919)]) {
        const expected = reference(t);
        const actual = makeQr(t);
        assert.equal(actual.maskPattern, expected.maskPattern, `mask, ${length} bytes`);
        assert.equal(actual.version, expected.version);
        assert.deepEqual(actual.modules.data, expected.modules.data, `modules, ${length} bytes`);
        masks.add(expected.maskPattern!);
        sizes.add(expected.modules.size);
      }
    }
    // Every mask was the best one somewhere: each of the eight scores was put to the test.
    assert.deepEqual([...masks].sort(), [0, 1, 2, 3, 4, 5, 6, 7]);
    assert.ok(sizes.size >= 25, `${sizes.size} symbol sizes`);
  });

  it('of a real seal: the same as qrcode, four modules of quiet zone around it', () => {
    const seal = `https://tirkeu.example.kz/check/19-000/2026/1-0009#${'Ә'.repeat(60)}.edAbC-12_.${'s'.repeat(86)}`;
    const qr = makeQr(seal);
    assert.deepEqual(qr.modules.data, reference(seal).modules.data);
    assert.equal(qrWidthInModules(qr), qr.modules.size + 8);
  });

  it('refuses what no QR holds, as qrcode does', () => {
    assert.throws(() => makeQr('x'.repeat(2400)), /too big/);
  });
});
