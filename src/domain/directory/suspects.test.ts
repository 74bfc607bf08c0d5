import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeed } from './parse-seed.js';
import type { AnnexNo } from './types.js';
import { SEED_TEXT } from './seed-fixture.test-helper.js';

const rows = parseSeed(SEED_TEXT);
const flags = (annex: AnnexNo, n: number) => rows.find((r) => r.annex === annex && r.n === n)?.suspect ?? [];
const flagged = (annex: AnnexNo, n: number, field: string, re: RegExp) =>
  assert.ok(
    flags(annex, n).some((s) => s.field === field && re.test(s.reason)),
    `annex ${annex} row ${n}: ${field} ${re} in ${JSON.stringify(flags(annex, n))}`,
  );

test('a phone with a digit too few or too many: annex 4 rows 54, 81, 156', () => {
  flagged(4, 54, 'phones', /too few/u);
  flagged(4, 81, 'phones', /too many/u);
  flagged(4, 156, 'phones', /too many/u);
});

test('a phone cut after a comma: annex 2 rows 67 and 70', () => {
  flagged(2, 67, 'phones', /trailing comma/u);
  flagged(2, 70, 'phones', /trailing comma/u);
});

test('one area code for two districts: annex 2 rows 13/14, 41/48, 90/91 (and the same in annex 4)', () => {
  for (const annex of [2, 4] as const)
    for (const n of [13, 14, 41, 48, 90, 91]) flagged(annex, n, 'phones', /area code/u);
  assert.equal(flags(2, 15).length, 0);
});

test('websites: of another region (annex 4 rows 24, 30), malformed (rows 44, 51), reviewed (rows 171, 181)', () => {
  flagged(4, 24, 'websites', /another region/u);
  flagged(4, 30, 'websites', /another region/u);
  flagged(4, 44, 'websites', /well-formed/u);
  flagged(4, 51, 'websites', /well-formed/u);
  flagged(4, 171, 'websites', /Айыртау/u);
  flagged(4, 181, 'websites', /sko\.kz/u);
  // The shared regional portals (e-atyrau.kz, pavlodar.gov.kz, ontustik.kz …) are not flagged.
  assert.equal(flags(4, 55).length, 0);
  assert.equal(flags(4, 160).length, 0);
});

test('an e-mail without "@" (annex 1 rows 1–2) and reviewed names and addresses', () => {
  flagged(1, 1, 'emails', /without "@"/u);
  flagged(1, 2, 'emails', /without "@"/u);
  flagged(2, 145, 'address', /6а/u);
  flagged(4, 34, 'name', /Ырғыз/u);
  flagged(4, 190, 'name', /division/u);
  flagged(2, 52, 'name', /city/u);
  flagged(4, 58, 'name', /Қызылқоға/u);
});

test('a flagged value is kept as printed', () => {
  const r = rows.find((x) => x.annex === 4 && x.n === 44);
  assert.deepEqual(r?.websites, ['ww.karasay.kz']);
  const a = rows.find((x) => x.annex === 4 && x.n === 54);
  assert.deepEqual(a?.phones, ['8 (7122) 5-40-95']);
  assert.deepEqual(a?.phonesE164, []);
});
