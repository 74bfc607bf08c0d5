import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeed, parseSeedDetailed } from './parse-seed.js';
import type { AnnexNo, SeedRow } from './types.js';
import { SEED_TEXT } from './seed-fixture.test-helper.js';

const parsed = parseSeedDetailed(SEED_TEXT);
const rows = parsed.rows;
const row = (annex: AnnexNo, n: number): SeedRow => {
  const r = rows.find((x) => x.annex === annex && x.n === n);
  assert.ok(r, `annex ${annex} row ${n} exists`);
  return r;
};
const rulesOf = (annex: AnnexNo, n: number) =>
  parsed.anomalies.filter((a) => a.annex === annex && a.n === n).map((a) => a.rule);

test('430 rows: annex 1 has 16, annex 2 199, annex 3 16, annex 4 199, numbered 1… without gaps', () => {
  assert.equal(parseSeed(SEED_TEXT).length, 430);
  for (const [annex, count] of [
    [1, 16],
    [2, 199],
    [3, 16],
    [4, 199],
  ] as const) {
    const ns = rows.filter((r) => r.annex === annex).map((r) => r.n);
    assert.deepEqual(
      ns,
      Array.from({ length: count }, (_, i) => i + 1),
    );
  }
});

test('every row has a name, an address, a town and at least one phone', () => {
  for (const r of rows) {
    assert.ok(r.name.length > 5, `annex ${r.annex} row ${r.n} name`);
    assert.ok(r.address.length > 3, `annex ${r.annex} row ${r.n} address`);
    assert.ok(r.town, `annex ${r.annex} row ${r.n} town`);
    assert.ok(r.phones.length > 0, `annex ${r.annex} row ${r.n} phones`);
  }
});

test('annex 2 row 67: number and phone on one line, name and address on the next', () => {
  const r = row(2, 67);
  assert.ok(rulesOf(2, 67).includes('split-row'));
  assert.equal(r.name, 'Аягөз ауданының Ішкі саясат бөлімі');
  assert.equal(r.address, 'Аягөз қаласы, Абай көшесі, 14');
  assert.deepEqual(r.phones, ['8 (72237) 3-18-61']);
  assert.deepEqual(r.lines, [261, 263]);
  assert.equal(r.schedule?.close, '18:00');
});

test('split rows are exactly annex 2 rows 67, 95, 104, 113, 122, 131, 140, 149, 167, 176, 185, 194 and annex 4 rows 66, 103, 126, 134, 181', () => {
  const split = parsed.anomalies.filter((a) => a.rule === 'split-row').map((a) => `${a.annex}:${a.n}`);
  assert.deepEqual(split, [
    '2:67',
    '2:95',
    '2:104',
    '2:113',
    '2:122',
    '2:131',
    '2:140',
    '2:149',
    '2:167',
    '2:176',
    '2:185',
    '2:194',
    '4:66',
    '4:103',
    '4:126',
    '4:134',
    '4:181',
  ]);
  assert.equal(row(2, 185).name, 'Шымкент қаласының Ішкі саясат бөлімі');
  assert.deepEqual(row(4, 66).phones, ['8 (72252) 9-16-00']);
  assert.deepEqual(row(4, 66).websites, ['www.abay.vko.gov.kz']);
});

test('annex 4 row 181: the address split across the two lines of a split row is joined', () => {
  assert.ok(rulesOf(4, 181).includes('address-split-across-lines'));
  assert.equal(row(4, 181).address, 'Тайынша қаласы, Конституции Қазақстана даңғылы, 197');
  assert.equal(row(4, 181).town, 'Тайынша');
});

test('annex 1 row 13: a schedule begun on a preceding line, before the row', () => {
  assert.ok(rulesOf(1, 13).includes('schedule-head-on-preceding-line'));
  const s = row(1, 13).schedule;
  assert.ok(s);
  assert.match(
    s.text,
    /^Жұмыс күндері: дүйсенбі ж ұ м а .*үзілі сағат 13\.00-ден 14\.00-г д е й і н Демалыс күндері: сенбі жексенбі$/u,
  );
  assert.deepEqual(s.days, [1, 2, 3, 4, 5]);
  assert.deepEqual(s.break, { start: '13:00', end: '14:00' });
});

test('annex 2 row 11: a schedule cut inside a word ("18.00-" / "ге дейін") is joined without a space', () => {
  assert.ok(rulesOf(2, 11).includes('schedule-head-on-preceding-line'));
  assert.match(row(2, 11).schedule?.text ?? '', /сағат 9\.00-ден 18\.00-ге дейін, үзіліс/u);
});

test('annex 4 rows 15, 22, 44, 88, 142, 173: the end of a schedule printed on the following line', () => {
  for (const n of [15, 22, 44, 88, 142, 173]) {
    assert.ok(rulesOf(4, n).includes('schedule-tail-on-following-line'), `row ${n}`);
    assert.match(row(4, n).schedule?.text ?? '', /Демалыс күндері: сенбі - жексенбі$/u, `row ${n}`);
  }
});

test('annex 4 row 81: the schedule head printed twice (heading line 572 and line 573) is taken once', () => {
  assert.deepEqual(parsed.dropped, [
    { annex: 4, line: 572, text: 'Жұмыс күндері: дүйсенбі ж ұ м а', rule: 'duplicate-schedule-fragment' },
  ]);
  const s = row(4, 81).schedule;
  assert.equal(s?.text.match(/Жұмыс күндері/gu)?.length, 1);
  assert.deepEqual(s?.days, [1, 2, 3, 4, 5]);
});

test('annex 4 row 59: a head "Жұмыс күндері…" on its own line joined to a row printed from "Жұмыс уақыты"', () => {
  assert.ok(rulesOf(4, 59).includes('schedule-head-on-preceding-line'));
  assert.match(row(4, 59).schedule?.text ?? '', /^Жұмыс күндері: дүйсенбі ж ұ м а Жұмыс уақыты:/u);
});

test('spaced-out letters in names: annex 4 rows 42, 66, 78, 79, 91, 167, 195', () => {
  const expected: Record<number, string> = {
    42: 'Іле ауданының әкімдігі',
    66: 'Абай ауданының әкімдігі',
    78: 'Ұлан ауданының әкімдігі',
    79: 'Ұржар ауданының әкімдігі',
    91: 'Шу ауданының әкімдігі',
    167: 'Май ауданының әкімдігі',
    195: 'Созақ ауданының әкімдігі',
  };
  for (const [n, name] of Object.entries(expected)) {
    assert.equal(row(4, Number(n)).name, name);
    assert.ok(rulesOf(4, Number(n)).includes('spaced-letters'));
  }
});

test('annex 4 rows 42 and 195: a space before a comma in the address', () => {
  assert.equal(row(4, 42).address, 'Өтеген батыр ауылы, Батталханов көшесі, 8');
  assert.equal(row(4, 195).address, 'Шолақорған ауылы, Жібек жолы көшесі');
});

test('annex 2 row 34: the stray comma in "Ырғыз ауданының, Ішкі саясат бөлімі"', () => {
  assert.ok(rulesOf(2, 34).includes('stray-comma-in-name'));
  assert.equal(row(2, 34).name, 'Ырғыз ауданының Ішкі саясат бөлімі');
});

test('annex 4 rows 104–199: row numbers printed without the dot', () => {
  const noDot = parsed.anomalies.filter((a) => a.rule === 'number-without-dot').map((a) => a.n);
  assert.deepEqual(
    noDot,
    Array.from({ length: 96 }, (_, i) => 104 + i),
  );
});

test('annex 4 region headings printed as bare lines (before rows 35, 62, 92, 185) still set the region', () => {
  assert.deepEqual(
    parsed.anomalies.filter((a) => a.rule === 'heading-without-columns').map((a) => a.n),
    [35, 62, 92, 185],
  );
  assert.equal(row(4, 35).region, 'Алматы облысы');
  assert.equal(row(4, 185).region, 'Оңтүстік Қазақстан облысы');
  assert.equal(row(4, 34).region, 'Ақтөбе облысы');
});

test('annexes 1 and 3 print no region headings: the region is derived from the name, and said so', () => {
  for (const r of rows.filter((x) => x.annex === 1 || x.annex === 3)) assert.equal(r.regionDerived, true);
  for (const r of rows.filter((x) => x.annex === 2 || x.annex === 4)) assert.equal(r.regionDerived, false);
  assert.equal(row(1, 3).region, 'Ақмола облысы');
  assert.equal(row(3, 1).region, 'Астана қаласы');
  assert.equal(row(3, 3).region, 'Алматы облысы');
});

test('annex 1 rows 1–2: a web address in the e-mail column goes to websites and is flagged', () => {
  assert.deepEqual(row(1, 1).emails, []);
  assert.deepEqual(row(1, 1).websites, ['ishki-sayasat.astana.kz']);
  assert.ok(row(1, 1).suspect.some((s) => s.field === 'emails' && s.value === 'ishki-sayasat.astana.kz'));
  assert.deepEqual(row(1, 7).emails, ['dvp_vko@rambler.ru', '263641@mail.ru']);
});

test('annex 1 rows 8 and 12: two numbers in one cell, the second without its area code', () => {
  assert.deepEqual(row(1, 8).phones, ['8 (7112) 50-02-36', '51-31-48']);
  assert.deepEqual(row(1, 8).phonesE164, ['+77112500236', '+77112513148']);
  assert.deepEqual(row(1, 12).phonesE164, ['+77242277362', '+77242273262']);
});

test('annex 3 rows: phones and faxes ("ф.") apart', () => {
  assert.deepEqual(row(3, 2).phones, ['8 (7272) 71-66-47']);
  assert.deepEqual(row(3, 2).faxes, ['71-66-47']);
  assert.deepEqual(row(3, 11).phonesE164, ['+77242276373', '+77242278966', '+77242261644']);
  for (const r of rows.filter((x) => x.annex === 3))
    assert.equal(r.schedule, null, 'annex 3 prints no schedule');
});

test('stray spaces in phones are removed: annex 4 row 1 "55 -66-92", annex 2 row 187 "(725 48)"', () => {
  assert.deepEqual(row(4, 1).phones, ['8 (7172) 55-66-92']);
  assert.deepEqual(row(2, 187).phones, ['8 (72548) 2-19-10']);
  assert.deepEqual(row(2, 187).phonesE164, ['+77254821910']);
  assert.deepEqual(row(4, 190).phones, ['8 (72534) 6-15-67']);
});

test('annex 2 row 25: two settlements in the address, the village is the town', () => {
  assert.ok(rulesOf(2, 25).includes('two-settlements-in-address'));
  assert.equal(row(2, 25).town, 'Қарауылкелді');
  assert.equal(row(2, 3).town, 'Көкшетау');
  assert.equal(row(2, 42).town, 'Өтеген батыр');
});

test('every printed schedule of annexes 1, 2 and 4 reads as Monday–Friday 09:00–18:00, break 13:00–14:00', () => {
  for (const r of rows.filter((x) => x.annex !== 3)) {
    assert.deepEqual(
      { days: r.schedule?.days, open: r.schedule?.open, close: r.schedule?.close, break: r.schedule?.break },
      { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', break: { start: '13:00', end: '14:00' } },
      `annex ${r.annex} row ${r.n}`,
    );
  }
});

test('kinds: annex 2 rows 1–2 and annex 4 rows 1–2 are the Astana and Almaty city bodies', () => {
  assert.deepEqual(
    rows.filter((r) => r.annex === 2 && r.kind === 'regional-department').map((r) => r.n),
    [1, 2],
  );
  assert.deepEqual(
    rows.filter((r) => r.annex === 4 && r.kind === 'regional-akimat').map((r) => r.n),
    [1, 2],
  );
  assert.equal(row(4, 3).kind, 'district-akimat');
  assert.equal(row(3, 9).kind, 'regional-akimat');
});
