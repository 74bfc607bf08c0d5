import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fromEpochDay, toEpochDay, plainDate } from '../time/plain-date.js';
import { makeIin, parseIin } from './iin.js';
import { parseBin } from './bin.js';
import { mod11CheckDigit } from './mod11-check-digit.js';

describe('IIN', () => {
  it('accepts an IIN whose first pass gives the check digit', () => {
    // 9·1 + 0·2 + 0·3 + 1·4 + 0·5 + 1·6 + 3·7 + 0·8 + 0·9 + 0·10 + 1·11 = 51 ≡ 7 (mod 11)
    const r = parseIin('900101300017');
    assert.deepEqual(r, { ok: true, value: { iin: '900101300017', birthDate: '1990-01-01', sex: 'male' } });
  });

  it('uses the second pass when the first gives 10', () => {
    // first pass: 9+4+6+21+4·9 = 76 ≡ 10; second (3,4,…,11,1,2): 27+6+8+27+4·11 = 112 ≡ 2
    const r = parseIin('900101304002');
    assert.equal(r.ok, true);
    assert.equal(parseIin('900101304001').ok, false);
  });

  it('rejects an IIN whose check gives 10 twice as never issued', () => {
    // first: 9+4+6+21+8·10 = 120 ≡ 10; second: 27+6+8+27+8·1 = 76 ≡ 10
    for (let d = 0; d <= 9; d++)
      assert.deepEqual(parseIin(`90010130080${d}`), { ok: false, error: 'IIN_NEVER_ISSUED' });
  });

  it('decodes century and sex from the 7th digit', () => {
    const cases: Array<[string, string, string]> = [
      ['1', '1890-03-04', 'male'],
      ['2', '1890-03-04', 'female'],
      ['3', '1990-03-04', 'male'],
      ['4', '1990-03-04', 'female'],
      ['5', '2090-03-04', 'male'],
      ['6', '2090-03-04', 'female'],
    ];
    for (const [digit, birth, sex] of cases) {
      const first11 = `900304${digit}0001`;
      const check = mod11CheckDigit(first11);
      if (check === null) continue;
      const r = parseIin(first11 + check);
      assert.ok(r.ok, `digit ${digit}`);
      assert.equal(r.value.birthDate, birth);
      assert.equal(r.value.sex, sex);
    }
  });

  it('reports format, century and date errors by code', () => {
    assert.deepEqual(parseIin('12345'), { ok: false, error: 'IIN_FORMAT' });
    assert.deepEqual(parseIin('90010170001x'), { ok: false, error: 'IIN_FORMAT' });
    assert.deepEqual(parseIin('900101700017'), { ok: false, error: 'IIN_CENTURY_SEX' });
    assert.deepEqual(parseIin('900230300017'), { ok: false, error: 'IIN_BIRTH_DATE' });
    assert.deepEqual(parseIin('900101300018'), { ok: false, error: 'IIN_CHECK_DIGIT' });
  });

  it('round-trips makeIin and parseIin for any birth date, sex and serial', () => {
    const minDay = toEpochDay(plainDate('1800-01-01'));
    const maxDay = toEpochDay(plainDate('2099-12-31'));
    fc.assert(
      fc.property(
        fc.integer({ min: minDay, max: maxDay }),
        fc.constantFrom('male' as const, 'female' as const),
        fc.integer({ min: 0, max: 9999 }),
        (day, sex, serial) => {
          const birthDate = fromEpochDay(day);
          const iin = makeIin(birthDate, sex, serial);
          if (iin === null) return;
          assert.deepEqual(parseIin(iin), { ok: true, value: { iin, birthDate, sex } });
        },
      ),
    );
  });

  it('detects any change of the check digit alone', () => {
    // The mod-11 rule does not catch every single-digit change (the 11th digit has weight 11 ≡ 0
    // in the first pass), so only the check digit itself is a guaranteed catch.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 9 }), (serial, delta) => {
        const iin = makeIin(plainDate('1985-07-15'), 'female', serial);
        if (iin === null) return;
        const changed = iin.slice(0, 11) + ((Number(iin[11]) + delta) % 10);
        assert.deepEqual(parseIin(changed), { ok: false, error: 'IIN_CHECK_DIGIT' });
      }),
    );
  });
});

describe('BIN', () => {
  it('accepts a BIN with a valid check digit', () => {
    // YYMM 1001, kind 4 (resident legal entity), head office 0, serial 00001:
    // 1·1 + 1·4 + 4·5 + 1·11 = 36 ≡ 3 (mod 11)
    assert.deepEqual(parseBin('100140000013'), { ok: true, value: '100140000013' });
  });

  it('rejects wrong check digits, months, entity kinds and never-issued numbers', () => {
    assert.deepEqual(parseBin('100140000014'), { ok: false, error: 'BIN_CHECK_DIGIT' });
    assert.deepEqual(parseBin('101340000013'), { ok: false, error: 'BIN_MONTH' });
    assert.deepEqual(parseBin('100130000013'), { ok: false, error: 'BIN_ENTITY_KIND' });
    // first: 1+4+20+4·10+1·11 = 76 ≡ 10; second: 3+6+28+4·1+1·2 = 43 ≡ 10
    for (let d = 0; d <= 9; d++)
      assert.deepEqual(parseBin(`10014000041${d}`), { ok: false, error: 'BIN_NEVER_ISSUED' });
    assert.deepEqual(parseBin('10014000001'), { ok: false, error: 'BIN_FORMAT' });
  });
});
