import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, fromEpochDay, toEpochDay, plainDate, type PlainDate } from '../time/plain-date.js';
import { builtInCalendar } from './built-in-calendar.js';
import { BUILT_IN_YEARS, KAZAKHSTAN_HOLIDAY_RULES } from './data/index.js';
import { naiveAddWorkingDays, naiveIsWorkingDay, naiveWorkingDaysBetween } from './naive-reference.js';

const cal = builtInCalendar();
const isWorking = (d: PlainDate): boolean => cal.isWorkingDay(d);

/** Dates between two years inclusive; the range reaches into provisional years on both sides. */
const dateIn = (fromYear: number, toYear: number): fc.Arbitrary<PlainDate> =>
  fc
    .integer({
      min: toEpochDay(plainDate(`${String(fromYear).padStart(4, '0')}-01-01`)),
      max: toEpochDay(plainDate(`${String(toYear).padStart(4, '0')}-12-31`)),
    })
    .map(fromEpochDay);

const dates = dateIn(2005, 2035);
const steps = fc.integer({ min: 0, max: 600 });

test('workingDaysBetween(D, addWorkingDays(D, n)) === n + 1 when D is a working day', () => {
  fc.assert(
    fc.property(dates, steps, (d, n) => {
      fc.pre(cal.isWorkingDay(d));
      assert.equal(cal.workingDaysBetween(d, cal.addWorkingDays(d, n)), n + 1);
    }),
    { numRuns: 2000 },
  );
});

test('addWorkingDays lands on a working day, after D for n >= 1, increasing in n', () => {
  fc.assert(
    fc.property(dates, steps, (d, n) => {
      const r = cal.addWorkingDays(d, n);
      assert.equal(cal.isWorkingDay(r), true);
      if (n >= 1) assert.ok(r > d);
      else assert.ok(r >= d);
      // n = 0 and n = 1 meet when D is not a working day (D itself is not counted either way).
      if (n >= 1 || cal.isWorkingDay(d)) assert.ok(cal.addWorkingDays(d, n + 1) > r);
      else assert.equal(cal.addWorkingDays(d, n + 1), r);
      // Nothing working is skipped: the days strictly between D and r hold n - 1 working days.
      if (n >= 1) assert.equal(cal.workingDaysBetween(addDays(d, 1), addDays(r, -1)), n - 1);
    }),
    { numRuns: 2000 },
  );
});

test('workingDaysBetween is monotone and additive, 0 for an empty range', () => {
  fc.assert(
    fc.property(dates, dates, dates, (a, b, c) => {
      const [x, y, z] = [a, b, c].sort() as [PlainDate, PlainDate, PlainDate];
      assert.ok(cal.workingDaysBetween(x, y) <= cal.workingDaysBetween(x, z));
      assert.ok(cal.workingDaysBetween(y, z) <= cal.workingDaysBetween(x, z));
      assert.equal(
        cal.workingDaysBetween(x, y) + cal.workingDaysBetween(addDays(y, 1), z),
        cal.workingDaysBetween(x, z),
      );
      if (x < z) assert.equal(cal.workingDaysBetween(z, x), 0);
    }),
    { numRuns: 2000 },
  );
});

test('arithmetic agrees with a naive day-by-day loop, across years and far outside the data', () => {
  fc.assert(
    fc.property(fc.oneof(dates, dateIn(1900, 2999)), fc.integer({ min: 0, max: 800 }), (d, n) => {
      assert.equal(cal.addWorkingDays(d, n), naiveAddWorkingDays(isWorking, d, n));
      const to = addDays(d, n);
      assert.equal(cal.workingDaysBetween(d, to), naiveWorkingDaysBetween(isWorking, d, to));
    }),
    { numRuns: 500 },
  );
});

test('the tables classify every day as an independent day-by-day reading of the law and data does', () => {
  fc.assert(
    fc.property(dateIn(2010, 2030), (d) => {
      assert.equal(cal.isWorkingDay(d), naiveIsWorkingDay(d, KAZAKHSTAN_HOLIDAY_RULES, BUILT_IN_YEARS), d);
    }),
    { numRuns: 3000 },
  );
});

test('addWorkingDays rejects a negative or fractional n; the range ends at 9999', () => {
  assert.throws(() => cal.addWorkingDays(plainDate('2024-01-10'), -1), RangeError);
  assert.throws(() => cal.addWorkingDays(plainDate('2024-01-10'), 1.5), RangeError);
  assert.throws(() => cal.addWorkingDays(plainDate('9999-12-30'), 5), RangeError);
  assert.throws(() => cal.isWorkingDay(plainDate('0099-01-01')), RangeError);
  // Rules with no start date reach back: 1–2 January 1000 (a Wednesday) are New Year.
  assert.equal(cal.addWorkingDays(plainDate('1000-01-01'), 0), '1000-01-03');
});
