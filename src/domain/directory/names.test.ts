import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDirectory } from './build-directory.js';
import { parseSeed } from './parse-seed.js';
import { russianNameGaps, territoryOfName } from './names.js';
import { REGION_RU, TERRITORY_RU, genitiveOfDistrict } from './data/russian-names.js';
import { TOWN_RU } from './data/russian-towns.js';
import { searchKey } from './search-key.js';
import { SEED_TEXT } from './seed-fixture.test-helper.js';

const dir = buildDirectory(parseSeed(SEED_TEXT));
const byCode = (code: string) => [...dir.offices, ...dir.akimats].find((b) => b.code === code);

test('official Russian forms, not transliterations', () => {
  assert.equal(byCode('11-003')?.names.ru, 'Отдел внутренней политики Аккольского района');
  assert.equal(byCode('63-001')?.names.ru, 'Отдел внутренней политики города Усть-Каменогорска');
  assert.equal(byCode('63-001')?.town?.ru, 'Усть-Каменогорск');
  assert.equal(byCode('27-001')?.town?.ru, 'Уральск');
  assert.equal(byCode('11-000')?.names.ru, 'Управление внутренней политики Акмолинской области');
  assert.equal(byCode('59-007-A')?.names.ru, 'Акимат района Магжана Жумабаева');
  assert.equal(byCode('75-000-A')?.names.ru, 'Акимат города Алматы');
});

test('all 16 regional departments and akimats and all regional centres have a Russian name', () => {
  for (const b of [...dir.offices, ...dir.akimats].filter(
    (x) => x.kind === 'regional-department' || x.kind === 'regional-akimat',
  )) {
    assert.ok(b.names.ru, b.code);
    assert.ok(b.town?.ru, `${b.code} town`);
  }
  assert.equal(Object.keys(REGION_RU).length, 16);
});

test('every table entry has a source and names a territory or town of the seed (no stale entries)', () => {
  const territories = new Set(
    [...dir.offices]
      .filter((o) => o.kind === 'division')
      .map((o) => `${o.regionCode}:${territoryOfName(o.names.kk)}`),
  );
  for (const [key, entry] of TERRITORY_RU) {
    assert.ok(entry.source.length >= 2, key);
    if (!key.startsWith('71:') && !key.startsWith('75:'))
      assert.ok(territories.has(key), `stale entry ${key}`);
  }
  const towns = new Set([...dir.offices, ...dir.akimats].map((b) => `${b.regionCode}:${b.town?.kk}`));
  for (const [key, t] of Object.entries(TOWN_RU)) {
    assert.ok(towns.has(key), `stale town ${key}`);
    assert.ok(t.source.length >= 2);
  }
});

test('the genitive rule for districts', () => {
  assert.equal(genitiveOfDistrict('Аккольский район'), 'Аккольского района');
  assert.equal(genitiveOfDistrict('район Шал акына'), 'района Шал акына');
  assert.throws(() => genitiveOfDistrict('Нечто'));
});

test('russianNameGaps lists every body without a Russian name, and only those', () => {
  const gaps = russianNameGaps(dir);
  const territoryGaps = gaps.filter((g) => g.kind === 'territory');
  assert.deepEqual(
    territoryGaps.map((g) => g.kk).sort(),
    [
      'Бәйдібек ауданы',
      'Еңбекшілдер ауданы',
      'Жаңақала ауданы',
      'Зеленов ауданы',
      'Лебяжі ауданы',
      'Қашыр ауданы',
      'Таран ауданы',
    ].sort(),
  );
  const withoutRu = [...dir.offices, ...dir.akimats]
    .filter((b) => b.names.ru === null)
    .map((b) => b.code)
    .sort();
  assert.deepEqual(territoryGaps.flatMap((g) => g.codes).sort(), withoutRu);
  for (const g of territoryGaps) assert.equal(g.codes.length, 2, `${g.kk}: the office and its akimat`);
  assert.ok(gaps.some((g) => g.kind === 'town' && g.kk === 'Ақкөл'));
});

test('search finds a Kazakh name typed on a Russian keyboard', () => {
  const hits = dir.offices.filter((o) => searchKey(o.names.kk).includes(searchKey('Аккол')));
  assert.deepEqual(
    hits.map((h) => h.code),
    ['11-003'],
  );
});
