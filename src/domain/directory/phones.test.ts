import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePhoneCell, tidyPhoneText, toE164 } from './phones.js';

test('E.164: "8 (7162) 25-80-12" → "+77162258012"', () => {
  assert.deepEqual(parsePhoneCell('8 (7162) 25-80-12').phonesE164, ['+77162258012']);
});

test('E.164 keeps the digits whatever the grouping: "8 (723) 226-48-92" and "8 (727) 271-66-47"', () => {
  assert.deepEqual(parsePhoneCell('8 (723) 226-48-92').phonesE164, ['+77232264892']);
  assert.deepEqual(parsePhoneCell('8 (727) 271-66-47').phonesE164, ['+77272716647']);
});

test('a number with a digit too few or too many is left out of E.164 and flagged', () => {
  const few = parsePhoneCell('8 (7122) 5-40-95');
  assert.deepEqual(few.phones, ['8 (7122) 5-40-95']);
  assert.deepEqual(few.phonesE164, []);
  assert.match(few.suspect[0]?.reason ?? '', /too few/u);
  const many = parsePhoneCell('8 (7262) 455-59-85');
  assert.deepEqual(many.phonesE164, []);
  assert.match(many.suspect[0]?.reason ?? '', /too many/u);
});

test('stray spaces: "8 (7172) 55 -66-92", "8 (725 48) 2-19-10", "8(72534) 6-15-67"', () => {
  assert.equal(tidyPhoneText('8 (7172) 55 -66-92'), '8 (7172) 55-66-92');
  assert.equal(tidyPhoneText('8 (725 48) 2-19-10'), '8 (72548) 2-19-10');
  assert.equal(tidyPhoneText('8(72534) 6-15-67'), '8 (72534) 6-15-67');
});

test('fax label and inherited area code', () => {
  const p = parsePhoneCell('8 (7112) 50-02-36, ф. 50-09-46');
  assert.deepEqual(p.phones, ['8 (7112) 50-02-36']);
  assert.deepEqual(p.faxes, ['50-09-46']);
  assert.deepEqual(p.faxesE164, ['+77112500946']);
});

test('a trailing comma is flagged: a number seems lost', () => {
  const p = parsePhoneCell('8 (72331) 2-24-80,');
  assert.deepEqual(p.phones, ['8 (72331) 2-24-80']);
  assert.ok(p.suspect.some((s) => /trailing comma/u.test(s.reason)));
});

test('text that is not a phone number is an error, not silently dropped', () => {
  assert.throws(() => parsePhoneCell('8 (7172) 55-66-92 доб. 12'), /unrecognised/u);
});

test('property: any 10-digit national number prints and normalises back to +7 and its digits', () => {
  fc.assert(
    fc.property(fc.constantFrom(3, 4, 5), fc.stringMatching(/^[0-9]{10}$/u), (areaLen, digits) => {
      const area = digits.slice(0, areaLen);
      const local = digits.slice(areaLen);
      const printed = `8 (${area}) ${local.slice(0, local.length - 4)}-${local.slice(-4, -2)}-${local.slice(-2)}`;
      assert.deepEqual(parsePhoneCell(printed).phonesE164, [`+7${digits}`]);
      assert.equal(toE164(area, local), `+7${digits}`);
    }),
  );
});
