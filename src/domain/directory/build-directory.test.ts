import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDirectory } from './build-directory.js';
import { parseSeed } from './parse-seed.js';
import { checkNameLinks } from './name-links.js';
import { CODE_SNAPSHOT } from './data/code-snapshot.js';
import { NAME_LINK_EXCEPTIONS } from './data/name-link-exceptions.js';
import { REGIONS } from './data/regions.js';
import { SEED_TEXT } from './seed-fixture.test-helper.js';
import type { SeedRow } from './types.js';

const rows = parseSeed(SEED_TEXT);
const dir = buildDirectory(rows);
const office = (code: string) => {
  const o = dir.offices.find((x) => x.code === code);
  assert.ok(o, code);
  return o;
};

test('213 service offices (16 departments, 197 divisions) and 213 akimats', () => {
  assert.equal(dir.offices.length, 213);
  assert.equal(dir.offices.filter((o) => o.kind === 'regional-department').length, 16);
  assert.equal(dir.offices.filter((o) => o.kind === 'division').length, 197);
  assert.equal(dir.akimats.length, 213);
  assert.equal(dir.akimats.filter((a) => a.kind === 'regional-akimat').length, 16);
});

test('codes are unique, well formed, and each office has the akimat of the same territory', () => {
  const codes = [...dir.offices, ...dir.akimats].map((b) => b.code);
  assert.equal(new Set(codes).size, 426);
  for (const o of dir.offices) {
    assert.match(o.code, /^\d{2}-\d{3}$/u);
    assert.ok(
      dir.akimats.some((a) => a.code === o.akimatCode && a.officeCode === o.code),
      o.code,
    );
    assert.equal(o.parentCode, o.kind === 'division' ? `${o.regionCode}-000` : null);
    if (o.parentCode) assert.equal(office(o.parentCode).kind, 'regional-department');
  }
});

test('codes are stable: code → first source row equals the committed snapshot', () => {
  const now = Object.fromEntries(
    [...dir.offices, ...dir.akimats].map((b) => [b.code, `${b.sources[0]?.annex}:${b.sources[0]?.n}`]),
  );
  assert.deepEqual(now, CODE_SNAPSHOT);
});

test('region codes are the 16 KATO codes; divisions numbered 001… in seed order within their region', () => {
  assert.deepEqual(new Set(dir.offices.map((o) => o.regionCode)), new Set(REGIONS.map((r) => r.code)));
  assert.equal(office('11-001').names.kk, 'Көкшетау қаласының Ішкі саясат бөлімі');
  assert.equal(office('11-019').names.kk, 'Шортанды ауданының Ішкі саясат бөлімі');
  assert.equal(office('35-004').names.kk, 'Қаражал қаласының Ішкі саясат бөлімі');
  assert.equal(office('51-015').names.kk, 'Шардара ауданының Ішкі саясат бөлімі');
  assert.equal(
    dir.offices.filter((o) => o.regionCode === '71').length,
    1,
    'Astana has only its city department',
  );
});

test('the Astana and Almaty departments stand on two source rows each (annex 1 and annex 2 rows 1–2)', () => {
  assert.deepEqual(office('71-000').sources, [
    { annex: 1, n: 1 },
    { annex: 2, n: 1 },
  ]);
  assert.deepEqual(office('75-000').sources, [
    { annex: 1, n: 2 },
    { annex: 2, n: 2 },
  ]);
  const akimat = dir.akimats.find((a) => a.code === '71-000-A');
  assert.deepEqual(akimat?.sources, [
    { annex: 3, n: 1 },
    { annex: 4, n: 1 },
  ]);
  assert.ok(akimat?.schedule, 'the schedule comes from annex 4 row 1 (annex 3 prints none)');
  assert.deepEqual(akimat?.phonesE164, ['+77172556406', '+77172556482', '+77172556692']);
});

test("annexes 1 and 3 are linked by region only: each regional akimat is in its department's region", () => {
  for (const o of dir.offices.filter((x) => x.kind === 'regional-department')) {
    const a = dir.akimats.find((x) => x.code === o.akimatCode);
    assert.equal(a?.kind, 'regional-akimat');
    assert.equal(a?.regionCode, o.regionCode);
  }
  // Annex 1 row 4 (Алматы облысы) and annex 3 row 3: different row numbers, same region.
  assert.deepEqual(dir.akimats.find((a) => a.code === '19-000-A')?.sources, [{ annex: 3, n: 3 }]);
});

test('annexes 2 and 4 are linked by region and row; names checked against the reviewed exceptions', () => {
  const report = checkNameLinks(rows);
  assert.deepEqual(report.unreviewed, []);
  assert.deepEqual(report.stale, []);
  for (const e of NAME_LINK_EXCEPTIONS)
    assert.ok(e.reason.length > 20, `exception for row ${e.n} has a reason`);
  for (const a of dir.akimats.filter((x) => x.kind === 'district-akimat')) {
    const n = a.sources[0]?.n;
    assert.deepEqual(office(a.officeCode).sources, [{ annex: 2, n }]);
  }
});

test('an unreviewed name mismatch fails the build', () => {
  const tampered: SeedRow[] = rows.map((r) =>
    r.annex === 4 && r.n === 5 ? { ...r, name: 'Аршалы ауданының әкімдігі' } : r,
  );
  assert.deepEqual(
    checkNameLinks(tampered).unreviewed.map((m) => m.n),
    [5],
  );
  assert.throws(() => buildDirectory(tampered), /unreviewed name mismatches/u);
});

test('time zones per region from tzdata', () => {
  const tz = (code: string) => office(code).timeZone;
  assert.equal(tz('39-000'), 'Asia/Qostanay');
  assert.equal(tz('15-005'), 'Asia/Aqtobe');
  assert.equal(tz('47-001'), 'Asia/Aqtau');
  assert.equal(tz('23-003'), 'Asia/Atyrau');
  assert.equal(tz('27-001'), 'Asia/Oral');
  assert.equal(tz('43-002'), 'Asia/Qyzylorda');
  assert.equal(tz('63-001'), 'Asia/Almaty');
  for (const o of dir.offices)
    assert.doesNotThrow(() => new Intl.DateTimeFormat('en', { timeZone: o.timeZone }));
});

test('suspect flags travel to the office and akimat', () => {
  assert.ok(office('43-003').suspect.some((s) => s.field === 'address' && s.value.endsWith('ба')));
  const irgiz = dir.akimats.find((a) => a.code === '15-013-A');
  assert.ok(irgiz?.suspect.some((s) => s.field === 'name' && s.value === 'Бірғыз'));
  const atyrau = dir.akimats.find((a) => a.code === '23-001-A');
  assert.deepEqual(atyrau?.phonesE164, [], 'a phone with a digit too few has no E.164 form');
  assert.ok(atyrau?.suspect.some((s) => s.field === 'phones'));
  const aiteke = dir.akimats.find((a) => a.code === '15-003-A');
  assert.ok(aiteke?.suspect.some((s) => s.field === 'websites' && /another region/u.test(s.reason)));
});
