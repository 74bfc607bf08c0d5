import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainDate as d } from '../time/plain-date.js';
import { ANNEX_9, INDICATOR_IDS } from './annex9.js';
import { addCounts, isSatisfied, MIN_SURVEY_ANSWERS, shareValue } from './shares.js';
import { timeliness, timelinessCounts, type ClockFact } from './timeliness.js';
import { annex9Values, checkYearValue, type YearValue } from './yearly-values.js';

describe('annex 9 definitions', () => {
  it('has the six indicators in order, 3.2 printed as "3.1" as the decree prints it', () => {
    assert.deepEqual(
      ANNEX_9.map((i) => i.id),
      [...INDICATOR_IDS],
    );
    assert.deepEqual(
      ANNEX_9.map((i) => i.printed),
      ['1.1', '2.1', '3.1', '3.1', '4.1', '5.1'],
    );
    assert.deepEqual(
      ANNEX_9.map((i) => i.source),
      ['clocks', 'case_survey', 'case_survey', 'declared', 'complaint_survey', 'case_survey'],
    );
  });
});

describe('indicator 1.1, timeliness (worked out by hand)', () => {
  // Period: March 2026; everything known up to 10 April.
  const cases: Record<string, ClockFact> = {
    A: { due: d('2026-03-10'), stoppedOn: d('2026-03-09') }, // on time, counted on 9 March
    B: { due: d('2026-03-12'), stoppedOn: d('2026-03-13') }, // a day late, counted on its due day
    C: { due: d('2026-04-02'), stoppedOn: d('2026-03-30') }, // due in April, done in March: March
    D: { due: d('2026-03-31'), stoppedOn: null }, // unfinished past the period's last day: late
    E: { due: d('2026-03-01'), stoppedOn: d('2026-02-27') }, // done in February: not March
    F: { due: d('2026-03-01'), stoppedOn: d('2026-03-01') }, // on its due day: on time
    G: { due: d('2026-04-15'), stoppedOn: null }, // still running before its due day: pending
    H: { due: d('2026-02-27'), stoppedOn: d('2026-03-02') }, // late, due in February: February
  };
  const asOf = d('2026-04-10');
  const all = Object.values(cases);

  it('classifies each case', () => {
    assert.deepEqual(timeliness(cases.B!, asOf), { counts: true, onTime: false, day: d('2026-03-12') });
    assert.deepEqual(timeliness(cases.C!, asOf), { counts: true, onTime: true, day: d('2026-03-30') });
    assert.deepEqual(timeliness(cases.G!, asOf), { counts: false, reason: 'pending' });
    // On the due day itself an unfinished case is still pending; the next day it is late.
    assert.deepEqual(timeliness(cases.D!, d('2026-03-31')), { counts: false, reason: 'pending' });
    assert.deepEqual(timeliness(cases.D!, d('2026-04-01')), {
      counts: true,
      onTime: false,
      day: d('2026-03-31'),
    });
  });

  it('March: A, C, F on time of A, B, C, D, F — 60 %', () => {
    const march = timelinessCounts(all, d('2026-03-01'), d('2026-03-31'), asOf);
    assert.deepEqual(march, { hits: 3, total: 5 });
    assert.deepEqual(shareValue(march), { kind: 'value', percent: 60, hits: 3, total: 5 });
  });

  it('February: E on time, H late — 50 %; the two months together count each case once', () => {
    const feb = timelinessCounts(all, d('2026-02-01'), d('2026-02-28'), asOf);
    assert.deepEqual(feb, { hits: 1, total: 2 });
    const both = timelinessCounts(all, d('2026-02-01'), d('2026-03-31'), asOf);
    assert.deepEqual(both, addCounts([feb, timelinessCounts(all, d('2026-03-01'), d('2026-03-31'), asOf)]));
    assert.deepEqual(both, { hits: 4, total: 7 });
  });
});

describe('survey shares', () => {
  it('satisfied means 4 or 5; anything but an integer 1–5 is refused', () => {
    assert.deepEqual([1, 2, 3, 4, 5].map(isSatisfied), [false, false, false, true, true]);
    for (const bad of [0, 6, 3.5, Number.NaN]) assert.throws(() => isSatisfied(bad), RangeError);
  });

  it('fewer than five answers are "too few answers", never a percentage', () => {
    assert.equal(MIN_SURVEY_ANSWERS, 5);
    assert.deepEqual(shareValue({ hits: 4, total: 4 }, MIN_SURVEY_ANSWERS), { kind: 'too_few', total: 4 });
    assert.deepEqual(shareValue({ hits: 4, total: 5 }, MIN_SURVEY_ANSWERS), {
      kind: 'value',
      percent: 80,
      hits: 4,
      total: 5,
    });
    assert.deepEqual(shareValue({ hits: 0, total: 0 }, MIN_SURVEY_ANSWERS), { kind: 'none' });
    assert.deepEqual(shareValue({ hits: 2, total: 3 }), { kind: 'value', percent: 66.7, hits: 2, total: 3 });
    assert.throws(() => shareValue({ hits: 3, total: 2 }), RangeError);
  });

  it("a region adds its offices' counts: 1 of 1 and 3 of 4 make 80 %, not the 87.5 % of the two averages", () => {
    const region = addCounts([
      { hits: 1, total: 1 },
      { hits: 3, total: 4 },
    ]);
    assert.deepEqual(shareValue(region, MIN_SURVEY_ANSWERS), {
      kind: 'value',
      percent: 80,
      hits: 4,
      total: 5,
    });
  });
});

describe('yearly values (§19)', () => {
  const order = { number: '12', date: d('2026-01-15') };
  const values: YearValue[] = [
    { indicator: '1.1', year: 2026, organisationId: null, normative: 90, target: 95, order },
    { indicator: '1.1', year: 2027, organisationId: null, normative: 92, target: 97, order },
    { indicator: '1.1', year: 2026, organisationId: 'office-o', normative: 85, target: null, order },
  ];

  it("an office's own value wins; the national value is the default; the table shows next year's target", () => {
    const o = annex9Values(values, '1.1', 2026, 'office-o');
    assert.deepEqual([o.normative.value, o.normative.from], [85, 'office']);
    assert.deepEqual([o.nextTarget.value, o.nextTarget.from], [97, 'national']);
    const other = annex9Values(values, '1.1', 2026, 'office-p');
    assert.deepEqual([other.normative.value, other.normative.from], [90, 'national']);
    const none = annex9Values(values, '2.1', 2026, null);
    assert.deepEqual([none.normative.from, none.nextTarget.from], [null, null]);
  });

  it('refuses a value out of 0–100 or finer than one decimal, a missing order, a future order, a year out of range', () => {
    const today = d('2026-11-26');
    const ok = { year: 2026, normative: 90.5, target: 95, order };
    assert.deepEqual(checkYearValue(ok, today), []);
    assert.deepEqual(
      checkYearValue(
        { year: 2029, normative: 101, target: 9.55, order: { number: ' ', date: d('2026-12-01') } },
        today,
      ),
      [
        { field: 'year', issue: 'year_out_of_range' },
        { field: 'normative', issue: 'value_out_of_range' },
        { field: 'target', issue: 'value_precision' },
        { field: 'orderNumber', issue: 'order_number_missing' },
        { field: 'orderDate', issue: 'order_date_after_today' },
      ],
    );
    assert.deepEqual(checkYearValue({ ...ok, normative: null, target: null }, today), [
      { field: 'normative', issue: 'no_value' },
    ]);
    assert.deepEqual(checkYearValue({ ...ok, year: 2010 }, today), [
      { field: 'year', issue: 'year_out_of_range' },
    ]);
  });
});
