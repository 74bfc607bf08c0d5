import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainDate } from '../time/plain-date.js';
import { buildDirectory } from './build-directory.js';
import { parseSeed } from './parse-seed.js';
import { directoryAsOf, regionOfOffice } from './as-of.js';
import { TERRITORIAL_CHANGES } from './data/territorial-changes.js';
import { SEED_TEXT } from './seed-fixture.test-helper.js';

const dir = buildDirectory(parseSeed(SEED_TEXT));
const d = plainDate;

test('South Kazakhstan → Turkistan region and the city of Shymkent (2018)', () => {
  assert.equal(regionOfOffice('51-003', d('2018-06-18')).kk, 'Оңтүстік Қазақстан облысы');
  assert.equal(regionOfOffice('51-003', d('2018-06-19')).code, '61');
  assert.equal(regionOfOffice('51-000', d('2020-01-01')).ru, 'Туркестанская область');
  assert.equal(regionOfOffice('51-001', d('2018-06-19')).code, '79');
  assert.equal(regionOfOffice('51-001', d('2018-06-19')).kk, 'Шымкент қаласы');
});

test('Abai, Zhetisu and Ulytau regions from 8 June 2022; the rest of their old regions stays', () => {
  assert.equal(regionOfOffice('63-002', d('2022-06-07')).code, '63');
  assert.equal(regionOfOffice('63-002', d('2022-06-08')).code, '10');
  assert.equal(
    regionOfOffice('63-016', d('2023-01-01')).code,
    '63',
    'Tarbagatai district stays in East Kazakhstan',
  );
  assert.equal(regionOfOffice('19-001', d('2022-06-08')).kk, 'Жетісу облысы');
  assert.equal(regionOfOffice('19-000', d('2022-06-08')).code, '19');
  assert.equal(regionOfOffice('35-017', d('2022-06-08')).code, '62');
  assert.equal(regionOfOffice('35-010', d('2022-06-08')).code, '35');
});

test('Astana → Nur-Sultan (2019) → Astana (2022): region and names as of the date; the code never changes', () => {
  const at = (date: string) => directoryAsOf(dir, d(date)).offices.find((o) => o.code === '71-000');
  assert.equal(at('2019-03-22')?.asOf.names.kk, 'Астана қаласының Ішкі саясат басқармасы');
  assert.equal(at('2019-03-23')?.asOf.names.kk, 'Нұр-Сұлтан қаласының Ішкі саясат басқармасы');
  assert.equal(at('2020-01-01')?.asOf.names.ru, 'Управление внутренней политики города Нур-Султана');
  assert.equal(at('2020-01-01')?.asOf.region.kk, 'Нұр-Сұлтан қаласы');
  assert.equal(at('2022-09-19')?.asOf.names.ru, 'Управление внутренней политики города Астаны');
  assert.equal(at('2022-09-19')?.code, '71-000');
  const akimat = directoryAsOf(dir, d('2020-01-01')).akimats.find((a) => a.code === '71-000-A');
  assert.equal(akimat?.asOf.names.ru, 'Акимат города Нур-Султана');
  assert.equal(akimat?.asOf.names.kk, 'Нұр-Сұлтан қаласының әкімдігі');
});

test('Қапшағай → Қонаев (2022)', () => {
  const at = (date: string) => directoryAsOf(dir, d(date)).offices.find((o) => o.code === '19-018');
  assert.equal(at('2022-05-03')?.asOf.names.kk, 'Қапшағай ауданының Ішкі саясат бөлімі');
  assert.equal(at('2022-05-04')?.asOf.names.kk, 'Қонаев қаласының Ішкі саясат бөлімі');
  assert.equal(at('2022-05-04')?.asOf.names.ru, 'Отдел внутренней политики города Конаева');
});

test('as of the seed date nothing has changed; codes are never touched', () => {
  const seed = directoryAsOf(dir, d('2011-12-31'));
  for (const o of seed.offices) {
    assert.deepEqual(o.asOf.names, o.names);
    assert.equal(o.asOf.region.code, o.regionCode);
  }
  const later = directoryAsOf(dir, d('2030-01-01'));
  assert.deepEqual(
    later.offices.map((o) => o.code),
    dir.offices.map((o) => o.code),
  );
});

test('every change cites its act, with a date, and moves only offices that exist', () => {
  const codes = new Set(dir.offices.map((o) => o.code));
  for (const c of TERRITORIAL_CHANGES) {
    assert.match(c.effective, /^\d{4}-\d{2}-\d{2}$/u);
    assert.ok(c.act.title && c.act.source && c.act.signed <= c.effective, c.id);
    for (const m of c.moves ?? []) for (const o of m.offices) assert.ok(codes.has(o), `${c.id}: ${o}`);
    for (const r of c.renames ?? []) assert.ok(codes.has(r.office));
  }
});
