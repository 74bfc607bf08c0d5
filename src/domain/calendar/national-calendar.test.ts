import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainDate } from '../time/plain-date.js';
import { builtInCalendar } from './built-in-calendar.js';
import type { CalendarYearData, LegalAct } from './calendar-year-data.js';
import { BUILT_IN_YEARS, KAZAKHSTAN_HOLIDAY_RULES } from './data/index.js';
import { createNationalCalendar } from './national-calendar.js';

const ORDER: LegalAct = {
  kind: 'ministry-order',
  title: 'test order',
  number: '1',
  date: '2026-11-01',
  source: 'test',
};
const y2027 = (over: Partial<CalendarYearData> = {}): CalendarYearData => ({
  year: 2027,
  kurbanAit: { date: '2027-05-17', act: { ...ORDER, kind: 'announcement' } },
  transfers: [{ workingDay: '2027-05-08', dayOff: '2027-05-06', act: ORDER }],
  ...over,
});

test('withYear adds a year: it stops being provisional and its Kurban Ait and transfers apply', () => {
  const before = builtInCalendar();
  const after = before.withYear(y2027());
  assert.equal(before.isProvisional(2027), true, 'the original calendar is unchanged');
  assert.equal(after.isProvisional(2027), false);
  assert.deepEqual(after.dataYears.at(-1), 2027);
  for (const [d, was, is] of [
    ['2027-05-17', true, false], // Kurban Ait (a Monday)
    ['2027-05-06', true, false], // transfer day off
    ['2027-05-08', false, true], // Saturday worked
  ] as const) {
    assert.equal(before.isWorkingDay(plainDate(d)), was, d);
    assert.equal(after.isWorkingDay(plainDate(d)), is, d);
  }
  // Net zero transfer, one more holiday: a year one working day shorter.
  const year = (c: typeof before) => c.workingDaysBetween(plainDate('2027-01-01'), plainDate('2027-12-31'));
  assert.equal(year(after), year(before) - 1);
});

test('withYear replaces a year already present', () => {
  const moved = builtInCalendar().withYear({
    ...(BUILT_IN_YEARS.find((y) => y.year === 2024) as CalendarYearData),
    kurbanAit: { date: '2024-06-17', act: ORDER },
  });
  assert.equal(moved.isWorkingDay(plainDate('2024-06-17')), false);
  assert.equal(builtInCalendar().isWorkingDay(plainDate('2024-06-17')), true);
});

test('year data is checked: bad dates, a year twice, transfers that disagree', () => {
  const make = (years: CalendarYearData[]) => () => createNationalCalendar(years, KAZAKHSTAN_HOLIDAY_RULES);
  assert.throws(make([y2027({ kurbanAit: { date: '2027-02-30', act: ORDER } })]), /not a calendar date/);
  assert.throws(make([y2027({ kurbanAit: { date: '2028-05-06', act: ORDER } })]), /lies in another year/);
  assert.throws(
    make([y2027({ transfers: [{ workingDay: '2027-05-08', dayOff: '2027-05-08', act: ORDER }] })]),
    /onto itself/,
  );
  assert.throws(
    make([y2027({ transfers: [{ workingDay: '2030-05-08', dayOff: '2027-05-07', act: ORDER }] })]),
    /too far/,
  );
  assert.throws(make([y2027(), y2027()]), /given twice/);
  assert.throws(
    make([
      y2027(),
      {
        ...y2027(),
        year: 2026,
        kurbanAit: { date: '2026-05-27', act: ORDER },
        transfers: [{ workingDay: '2027-05-06', dayOff: '2026-12-31', act: ORDER }],
      },
    ]),
    /disagree about 2027-05-06/,
  );
  assert.throws(
    make([
      y2027({
        transfers: [{ workingDay: '2027-05-08', dayOff: '2027-05-06', act: { ...ORDER, source: ' ' } }],
      }),
    ]),
    /no source/,
  );
});

test('every built-in fact carries an act with a source', () => {
  for (const y of BUILT_IN_YEARS) {
    for (const act of [y.kurbanAit.act, ...y.transfers.map((t) => t.act)])
      assert.ok(act.source.length > 10, String(y.year));
  }
  for (const r of KAZAKHSTAN_HOLIDAY_RULES)
    assert.ok(r.basis.length > 0 && r.basis.every((a) => a.source.length > 10), r.id);
});
