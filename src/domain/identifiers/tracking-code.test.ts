import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  CROCKFORD_ALPHABET,
  formatTrackingCodeGrouped,
  parseTrackingCode,
  trackingCheckSymbol,
  trackingCodeFromBytes,
  type TrackingCode,
} from './tracking-code.js';

const bytes9 = fc.uint8Array({ minLength: 9, maxLength: 9 });
const code = bytes9.map(trackingCodeFromBytes);

function replaceAt(s: string, i: number, ch: string): string {
  return s.slice(0, i) + ch + s.slice(i + 1);
}

describe('tracking code', () => {
  it('is ten Crockford symbols with the nine data symbols taken from the bytes', () => {
    fc.assert(
      fc.property(bytes9, (bytes) => {
        const c = trackingCodeFromBytes(bytes);
        assert.match(c, /^[0-9A-HJKMNP-TV-Z]{10}$/);
        for (let i = 0; i < 9; i++) assert.equal(c[i], CROCKFORD_ALPHABET[(bytes[i] as number) % 32]);
      }),
    );
  });

  it('computes the check symbol by the documented GF(32) Damm rule', () => {
    // All-zero data: the running value stays 0, so the check symbol is 0.
    assert.equal(trackingCheckSymbol('000000000'), '0');
    // Data 00000000 then 1: running value 1, check = 2·1 = 2.
    assert.equal(trackingCheckSymbol('000000001'), '2');
    // Data 1 then eight zeros: the running value is 2^8, the check 2^9, modulo x^5 + x^2 + 1:
    // 2^5 = 0b00101, 2^6 = 0b01010, 2^7 = 0b10100, 2^8 = 0b101000 ⊕ 0b100101 = 13, 2^9 = 26 = 'T'.
    assert.equal(trackingCheckSymbol('100000000'), 'T');
  });

  it('round-trips: every generated code parses to itself', () => {
    fc.assert(fc.property(code, (c) => assert.deepEqual(parseTrackingCode(c), { ok: true, value: c })));
  });

  it('forgives lower case, I/L for 1, O for 0, hyphens and spaces', () => {
    fc.assert(
      fc.property(code, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (c, lower) => {
        let typed = '';
        for (let i = 0; i < c.length; i++) {
          let ch = c[i] as string;
          if (ch === '1') ch = lower[i] ? 'l' : 'I';
          else if (ch === '0') ch = lower[i] ? 'o' : 'O';
          else if (lower[i]) ch = ch.toLowerCase();
          typed += ch;
          if (i === 4) typed += '-';
        }
        assert.deepEqual(parseTrackingCode(` ${typed} `), { ok: true, value: c });
      }),
    );
    const c = trackingCodeFromBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    assert.deepEqual(parseTrackingCode(formatTrackingCodeGrouped(c)), { ok: true, value: c });
  });

  it('detects every single-character change', () => {
    fc.assert(
      fc.property(code, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 31 }), (c, pos, shift) => {
        const original = CROCKFORD_ALPHABET.indexOf(c[pos] as string);
        const changed = replaceAt(c, pos, CROCKFORD_ALPHABET[(original + shift) % 32] as string);
        assert.deepEqual(parseTrackingCode(changed), { ok: false, error: 'TRACKING_CODE_CHECK' });
      }),
    );
  });

  it('detects every single-character change exhaustively for one code', () => {
    const c = trackingCodeFromBytes(new Uint8Array([31, 0, 17, 5, 9, 22, 14, 3, 28])) as string;
    for (let pos = 0; pos < 10; pos++) {
      for (const ch of CROCKFORD_ALPHABET) {
        if (ch === c[pos]) continue;
        assert.equal(parseTrackingCode(replaceAt(c, pos, ch)).ok, false, `${pos}:${ch}`);
      }
    }
  });

  it('detects every swap of two adjacent different characters', () => {
    fc.assert(
      fc.property(code, fc.integer({ min: 0, max: 8 }), (c, pos) => {
        fc.pre(c[pos] !== c[pos + 1]);
        const swapped = c.slice(0, pos) + c[pos + 1] + c[pos] + c.slice(pos + 2);
        assert.equal(parseTrackingCode(swapped).ok, false);
      }),
    );
  });

  it('reports length and character errors by code', () => {
    assert.deepEqual(parseTrackingCode('TK7F3K9QX'), { ok: false, error: 'TRACKING_CODE_LENGTH' });
    assert.deepEqual(parseTrackingCode('TK7F3K9QXUU'), { ok: false, error: 'TRACKING_CODE_LENGTH' });
    assert.deepEqual(parseTrackingCode('TK7F3K9QXU'), { ok: false, error: 'TRACKING_CODE_CHARACTER' });
    assert.deepEqual(parseTrackingCode('TK7F3K9QX*'), { ok: false, error: 'TRACKING_CODE_CHARACTER' });
  });

  it('refuses too few random bytes', () => {
    assert.throws(() => trackingCodeFromBytes(new Uint8Array(8)), RangeError);
  });

  it('keeps the brand type on parse', () => {
    const r = parseTrackingCode('0000000000');
    assert.ok(r.ok);
    const typed: TrackingCode = r.value;
    assert.equal(typed, '0000000000');
  });
});
