import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainDate } from '../time/plain-date.js';
import { buildDirectory } from './build-directory.js';
import { parseSeed } from './parse-seed.js';
import { competentOffices } from './competence.js';
import { SEED_TEXT } from './seed-fixture.test-helper.js';

const dir = buildDirectory(parseSeed(SEED_TEXT));
const d2015 = plainDate('2015-01-01');
const pick = (r: ReturnType<typeof competentOffices>) =>
  r.map((x) => [x.region.code, x.officeCode, x.reason, x.standIn]);

test("within one district → that district's division", () => {
  assert.deepEqual(pick(competentOffices(dir, [{ office: '11-003' }], d2015)), [
    ['11', '11-003', 'one-district', false],
  ]);
});

test('several districts of one region, or the whole region → the regional department', () => {
  assert.deepEqual(pick(competentOffices(dir, [{ office: '11-003' }, { office: '11-004' }], d2015)), [
    ['11', '11-000', 'several-districts', false],
  ]);
  assert.deepEqual(pick(competentOffices(dir, [{ region: '35' }], d2015)), [
    ['35', '35-000', 'whole-region', false],
  ]);
  assert.deepEqual(pick(competentOffices(dir, [{ office: '35-000' }], d2015)), [
    ['35', '35-000', 'whole-region', false],
  ]);
});

test('Astana and Almaty: the city department', () => {
  assert.deepEqual(pick(competentOffices(dir, [{ office: '71-000' }], d2015)), [
    ['71', '71-000', 'one-district', false],
  ]);
  assert.deepEqual(pick(competentOffices(dir, [{ region: '75' }], d2015)), [
    ['75', '75-000', 'whole-region', false],
  ]);
});

test('across regions → one office per region (one application per region)', () => {
  const r = competentOffices(
    dir,
    [{ office: '11-003' }, { office: '11-005' }, { office: '63-009' }, { region: '71' }],
    d2015,
  );
  assert.deepEqual(pick(r), [
    ['11', '11-000', 'several-districts', false],
    ['63', '63-009', 'one-district', false],
    ['71', '71-000', 'whole-region', false],
  ]);
});

test('regions as of the date: Semey and Ust-Kamenogorsk are one region in 2015, two after 8 June 2022', () => {
  const t = [{ office: '63-001' }, { office: '63-002' }];
  assert.deepEqual(pick(competentOffices(dir, t, d2015)), [['63', '63-000', 'several-districts', false]]);
  assert.deepEqual(pick(competentOffices(dir, t, plainDate('2022-06-08'))), [
    ['10', '63-002', 'one-district', false],
    ['63', '63-001', 'one-district', false],
  ]);
});

test("a new region without a department in the directory: the seat's office stands in, and says so", () => {
  const r = competentOffices(dir, [{ office: '63-005' }, { office: '63-006' }], plainDate('2023-01-01'));
  assert.deepEqual(pick(r), [['10', '63-002', 'several-districts', true]]);
  assert.deepEqual(pick(competentOffices(dir, [{ region: '61' }], plainDate('2019-01-01'))), [
    ['61', '51-000', 'whole-region', false],
  ]);
});

test('errors: empty territory, unknown office, a region not yet created', () => {
  assert.throws(() => competentOffices(dir, [], d2015), /empty/u);
  assert.throws(() => competentOffices(dir, [{ office: '99-001' }], d2015), /unknown office/u);
  assert.throws(() => competentOffices(dir, [{ region: '10' }], d2015), /does not exist yet/u);
});
