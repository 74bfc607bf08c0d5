import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportSeedRows } from './export-seed-rows.js';
import { parseSeed } from './parse-seed.js';
import { SEED_TEXT } from './seed-fixture.test-helper.js';

const exported = exportSeedRows(parseSeed(SEED_TEXT));

test('430 objects with exactly the export keys, in order, JSON round-trip clean', () => {
  assert.equal(exported.length, 430);
  const keys = [
    'annex',
    'n',
    'region',
    'kind',
    'name',
    'address',
    'phones',
    'phonesE164',
    'faxes',
    'emails',
    'websites',
    'schedule',
    'suspect',
    'officeCode',
  ];
  for (const row of exported) {
    assert.deepEqual(Object.keys(row), keys);
    if (row.schedule) assert.deepEqual(Object.keys(row.schedule), ['days', 'open', 'close', 'break', 'text']);
  }
  assert.deepEqual(JSON.parse(JSON.stringify(exported)), exported);
});

test('values as parsed: annex 2 row 67 and annex 3 row 2', () => {
  const r67 = exported.find((r) => r.annex === 2 && r.n === 67);
  assert.equal(r67?.officeCode, '63-006');
  assert.equal(r67?.kind, 'division');
  const a3 = exported.find((r) => r.annex === 3 && r.n === 2);
  assert.equal(a3?.officeCode, '75-000-A');
  assert.equal(a3?.schedule, null);
  assert.deepEqual(a3?.faxes, ['71-66-47']);
});
