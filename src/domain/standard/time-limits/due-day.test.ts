import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { PlainDate, WorkingDayCalendar } from '../deps.js';
import { addDays, comparePlainDates, isoWeekday, plainDate, toParts } from '../deps.js';
import { STANDARD_2011 } from '../versions/standard-2011.js';
import { dueDay, isDueDayProvisional, workingDaysLeft } from './due-day.js';
import { queueNormFor } from './queue-norms.js';

// A small fake of the national calendar: weekends, a Monday holiday (9 March 2026) and a run of
// Nauryz days (23–25 March 2026); 2027 has no data yet (provisional).
function fakeCalendar(
  holidays: string[] = ['2026-03-09', '2026-03-23', '2026-03-24', '2026-03-25'],
): WorkingDayCalendar {
  const off = new Set(holidays);
  const isWorkingDay = (d: PlainDate) => isoWeekday(d) <= 5 && !off.has(d);
  return {
    isWorkingDay,
    addWorkingDays(d, n) {
      let day = d;
      if (n === 0) {
        while (!isWorkingDay(day)) day = addDays(day, 1);
        return day;
      }
      for (let left = n; left > 0;) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) left--;
      }
      return day;
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let day = from; comparePlainDates(day, to) <= 0; day = addDays(day, 1))
        if (isWorkingDay(day)) count++;
      return count;
    },
    isProvisional: (year) => year >= 2027,
  };
}

const cal = fakeCalendar();
const d = plainDate;

describe('dueDay — §7.1 and §16', () => {
  it('puts the result on the 7th working day after S, skipping a holiday', () => {
    // S Mon 2 March: 3, 4, 5, 6, (9 off), 10, 11, 12 → Thu 12 March
    assert.equal(dueDay(STANDARD_2011, 'result', d('2026-03-02'), cal), '2026-03-12');
  });

  it('puts a refusal on the 3rd working day after S', () => {
    assert.equal(dueDay(STANDARD_2011, 'refusal', d('2026-03-02'), cal), '2026-03-05');
    // S Fri 6 March: (7, 8 weekend, 9 off) 10, 11, 12
    assert.equal(dueDay(STANDARD_2011, 'refusal', d('2026-03-06'), cal), '2026-03-12');
  });

  it('crosses a run of holidays and a month end', () => {
    // S Thu 19 March: 20, (21–25 off), 26, 27, 30, 31, 1 Apr, 2 Apr
    assert.equal(dueDay(STANDARD_2011, 'result', d('2026-03-19'), cal), '2026-04-02');
  });

  it('refuses a start day that is not a working day', () => {
    assert.throws(() => dueDay(STANDARD_2011, 'result', d('2026-03-07'), cal), RangeError);
    assert.throws(() => dueDay(STANDARD_2011, 'result', d('2026-03-09'), cal), RangeError);
  });

  it('always leaves exactly n working days after S, the due day itself working', () => {
    const start = d('2026-01-05');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.constantFrom('result' as const, 'refusal' as const),
        (offset, clock) => {
          const s = cal.addWorkingDays(addDays(start, offset), 0);
          const due = dueDay(STANDARD_2011, clock, s, cal);
          const n = clock === 'result' ? 7 : 3;
          assert.equal(cal.isWorkingDay(due), true);
          assert.equal(cal.workingDaysBetween(addDays(s, 1), due), n);
        },
      ),
    );
  });
});

describe('workingDaysLeft', () => {
  const due = d('2026-03-12');
  it('counts working days after today up to the due day', () => {
    // after Thu 5 March: 6, (9 off), 10, 11, 12
    assert.equal(workingDaysLeft(due, d('2026-03-05'), cal), 4);
    assert.equal(workingDaysLeft(due, d('2026-03-11'), cal), 1);
  });
  it('is 0 on the due day and negative when overdue', () => {
    assert.equal(workingDaysLeft(due, due, cal), 0);
    // after Thu 12: 13, 16
    assert.equal(workingDaysLeft(due, d('2026-03-16'), cal), -2);
    // a weekend after the due day adds nothing
    assert.equal(workingDaysLeft(due, d('2026-03-15'), cal), -1);
  });
});

describe('isDueDayProvisional — domain.md §9', () => {
  it('flags a due day that depends on a year without calendar data', () => {
    const s = d('2026-12-28');
    const due = dueDay(STANDARD_2011, 'result', s, cal);
    assert.equal(toParts(due).year, 2027);
    assert.equal(isDueDayProvisional(s, due, cal), true);
    assert.equal(isDueDayProvisional(d('2026-03-02'), d('2026-03-12'), cal), false);
  });
});

describe('queueNormFor — §7.2–7.4', () => {
  it('gives 30/15 minutes for handing in and 15 for collecting, none for questions and complaints', () => {
    const handIn = queueNormFor(STANDARD_2011, 'hand-in');
    assert.deepEqual([handIn.wait?.minutes, handIn.service?.minutes], [30, 15]);
    assert.deepEqual(queueNormFor(STANDARD_2011, 'collect'), {
      wait: { minutes: 15, clause: '§7.4' },
      service: null,
    });
    assert.deepEqual(queueNormFor(STANDARD_2011, 'question'), { wait: null, service: null });
    assert.deepEqual(queueNormFor(STANDARD_2011, 'complaint'), { wait: null, service: null });
  });
});
