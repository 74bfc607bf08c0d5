import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, isoWeekday, plainDate, type PlainDate } from '../time/plain-date.js';
import { builtInCalendar } from './built-in-calendar.js';

// For every built-in year: the weekdays that are not working days (holidays, weekend substitutes
// under Law No. 267 art. 5, transfer days off) and the weekend days that are working (transfers).
// Each row was worked out by hand from the year's sources named in data/years-*.ts; religious
// days on a weekend (7 January, Kurban Ait) leave no trace, since they get no substitute.
const YEARS: Record<number, { off: string; work: string }> = {
  // 1–2 Jan on Sat–Sun → 3, 4 Jan; 1 May Sun → 2 May; 17 Dec Sat → 19 Dec; no 1 Dec yet (law of 14.12.2011);
  // decrees No. 167 (5 → 7 March) and No. 948 (27 → 29 August).
  2011: {
    off: '01-03 01-04 01-07 03-07 03-08 03-21 03-22 03-23 05-02 05-09 07-06 08-29 08-30 12-16 12-19',
    work: '03-05 08-27',
  },
  // 1 Jan Sun → 3 Jan (2 Jan is itself a holiday); 1 Dec Sat → 3 Dec; 16 Dec Sun → 18 Dec;
  // decrees No. 268 (Sunday 11 → Friday 9 March), No. 458 (28 → 30 April), No. 1538 (29 → 31 December).
  2012: {
    off: '01-02 01-03 03-08 03-09 03-21 03-22 03-23 04-30 05-01 05-09 07-06 08-30 10-26 12-03 12-17 12-18 12-31',
    work: '03-11 04-28 12-29',
  },
  // 23 Mar Sat → 25 Mar; 6 Jul Sat → 8 Jul; 1 Dec Sun → 2 Dec; 4 May → 10 May; 12 Oct → 14 Oct;
  // 28 Dec 2013 worked for 3 Jan 2014.
  2013: {
    off: '01-01 01-02 01-07 03-08 03-21 03-22 03-25 05-01 05-07 05-09 05-10 07-08 08-30 10-14 10-15 12-02 12-16 12-17',
    work: '05-04 10-12 12-28',
  },
  // 8 Mar Sat → 10 Mar; Nauryz 22–23 on Sat–Sun → 24, 25; Sundays 4 and 11 May worked; Kurban Ait on a Saturday.
  2014: {
    off: '01-01 01-02 01-03 01-07 03-10 03-21 03-24 03-25 05-01 05-02 05-07 05-08 05-09 07-07 09-01 12-01 12-16 12-17',
    work: '05-04 05-11',
  },
  2015: {
    off: '01-01 01-02 01-07 03-09 03-23 03-24 03-25 05-01 05-07 05-11 07-06 08-31 09-24 12-01 12-16 12-17',
    work: '',
  },
  // 7 May Sat → 10 May, since Monday 9 May is Victory Day itself.
  2016: {
    off: '01-01 01-04 01-07 03-07 03-08 03-21 03-22 03-23 05-02 05-09 05-10 07-06 08-30 09-12 12-01 12-16 12-19',
    work: '03-05',
  },
  2017: {
    off: '01-02 01-03 03-08 03-20 03-21 03-22 03-23 05-01 05-08 05-09 07-06 07-07 08-30 09-01 12-01 12-18 12-19',
    work: '03-18 07-01',
  },
  2018: {
    off: '01-01 01-02 03-08 03-09 03-21 03-22 03-23 04-30 05-01 05-07 05-08 05-09 07-06 08-21 08-30 08-31 12-03 12-17 12-18 12-31',
    work: '03-03 04-28 05-05 08-25 12-29',
  },
  2019: {
    off: '01-01 01-02 01-07 03-08 03-21 03-22 03-25 05-01 05-07 05-09 05-10 07-08 08-30 12-02 12-16 12-17',
    work: '05-04',
  },
  // Monday 11 May (Victory Day's substitute) worked for Friday 8 May; Sundays 5 Jan and 20 Dec worked.
  2020: {
    off: '01-01 01-02 01-03 01-07 03-09 03-23 03-24 03-25 05-01 05-07 05-08 07-06 07-31 08-31 12-01 12-16 12-17 12-18',
    work: '01-05 12-20',
  },
  2021: {
    off: '01-01 01-04 01-07 03-08 03-22 03-23 03-24 05-03 05-07 05-10 07-05 07-06 07-20 08-30 12-01 12-16 12-17',
    work: '07-03',
  },
  // Republic Day from the law of 29.09.2022; no 1 Dec and no 17 Dec (so 19 Dec worked).
  2022: {
    off: '01-03 01-04 01-07 03-07 03-08 03-21 03-22 03-23 05-02 05-09 05-10 07-06 08-29 08-30 10-24 10-25 12-16',
    work: '03-05 08-27 10-22',
  },
  2023: {
    off: '01-02 01-03 03-08 03-21 03-22 03-23 05-01 05-08 05-09 06-28 07-06 07-07 08-30 10-25 12-18',
    work: '07-01',
  },
  // Kurban Ait on Sunday 16 June: 17 June worked.
  2024: {
    off: '01-01 01-02 03-08 03-21 03-22 03-25 05-01 05-07 05-08 05-09 07-08 08-30 10-25 12-16',
    work: '05-04',
  },
  2025: {
    off: '01-01 01-02 01-03 01-07 03-10 03-21 03-24 03-25 05-01 05-07 05-09 06-06 07-07 09-01 10-27 12-16',
    work: '01-05',
  },
  // 30 August is no longer a holiday (Constitution of 2026), so Monday 31 August is worked.
  2026: {
    off: '01-01 01-02 01-07 03-09 03-23 03-24 03-25 05-01 05-07 05-11 05-27 07-06 10-26 12-16',
    work: '',
  },
};

function scan(year: number): { off: string; work: string } {
  const cal = builtInCalendar();
  const off: string[] = [];
  const work: string[] = [];
  for (
    let d: PlainDate = plainDate(`${String(year)}-01-01`);
    d <= `${String(year)}-12-31`;
    d = addDays(d, 1)
  ) {
    const weekend = isoWeekday(d) >= 6;
    const working = cal.isWorkingDay(d);
    if (!weekend && !working) off.push(d.slice(5));
    if (weekend && working) work.push(d.slice(5));
  }
  return { off: off.join(' '), work: work.join(' ') };
}

for (const [year, expected] of Object.entries(YEARS)) {
  test(`national calendar ${year}: holidays, substitutes and transfers`, () => {
    assert.deepEqual(scan(Number(year)), expected);
  });
}

test('every built-in year has data, and the next year is provisional', () => {
  const cal = builtInCalendar();
  for (let y = 2011; y <= 2026; y++) assert.equal(cal.isProvisional(y), false, String(y));
  assert.equal(cal.isProvisional(2027), true);
  assert.equal(cal.isProvisional(2010), true);
});

test('explainDay names the holiday and the act behind a day', () => {
  const cal = builtInCalendar();
  const sub = cal.explainDay(plainDate('2016-05-10'));
  assert.equal(sub.kind, 'substitute');
  assert.equal(sub.holiday?.ru, 'День защитника Отечества');
  assert.equal(sub.act?.number, null); // the 2012 law's number is not confirmed yet
  const christmas = cal.explainDay(plainDate('2012-01-07'));
  assert.equal(christmas.kind, 'holiday');
  assert.equal(christmas.holiday?.en, 'Orthodox Christmas');
  const worked = cal.explainDay(plainDate('2012-12-29'));
  assert.deepEqual([worked.kind, worked.working, worked.act?.number], ['transfer-working', true, '1538']);
  const may2013 = cal.explainDay(plainDate('2013-05-10'));
  assert.deepEqual([may2013.kind, may2013.working, may2013.act?.number], ['transfer-day-off', false, '345']);
  const july2023 = cal.explainDay(plainDate('2023-07-01'));
  assert.deepEqual([july2023.act?.number, july2023.act?.date], ['326', '2023-04-25']);
  const kurban = cal.explainDay(plainDate('2023-06-28'));
  assert.equal(kurban.holiday?.en, 'Kurban Ait (first day)');
  assert.equal(kurban.act?.kind, 'announcement');
  const plain = cal.explainDay(plainDate('2023-06-27'));
  assert.deepEqual([plain.kind, plain.working, plain.provisional], ['working', true, false]);
});

test('a provisional year keeps its fixed holidays and their substitutes, and nothing else', () => {
  const cal = builtInCalendar();
  // 2027: 2 January is a Saturday → Monday 4 January; Constitution Day 15 March (a Monday);
  // Nauryz 21 March is a Sunday → 22 March is Nauryz itself, so the day off moves to the 24th.
  for (const d of ['2027-01-04', '2027-03-15', '2027-03-24', '2027-12-16']) {
    assert.equal(cal.isWorkingDay(plainDate(d)), false, d);
  }
  assert.equal(cal.isWorkingDay(plainDate('2027-08-30')), true, '30 August is no longer a holiday');
  assert.equal(cal.explainDay(plainDate('2027-03-15')).provisional, true);
});
