import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WeeklySchedule } from '../time/weekly-schedule.js';
import { builtInCalendar } from './built-in-calendar.js';
import { clockStartDay, isOfficeOpenAt, nextOpeningAt } from './office-hours.js';
import { instantAtWallTime, wallTimeAt } from './zoned-time.js';
import { plainDate } from '../time/plain-date.js';

const cal = builtInCalendar();
const WEEKDAYS: WeeklySchedule = {
  days: [1, 2, 3, 4, 5],
  open: '09:00',
  close: '18:00',
  break: { start: '13:00', end: '14:00' },
  text: 'Дүйсенбі–жұма 9.00–18.00, түскі үзіліс 13.00–14.00',
};
const at = (iso: string): Date => new Date(iso);
const ALMATY = 'Asia/Almaty';

test('Asia/Almaty moved from UTC+6 to UTC+5 on 2024-03-01: the same UTC time opens one week, not the next', () => {
  // 03:00 UTC is 09:00 in Almaty on Thursday 29 February, 08:00 on Monday 4 March.
  assert.equal(isOfficeOpenAt(WEEKDAYS, ALMATY, at('2024-02-29T03:00:00Z'), cal), true);
  assert.equal(isOfficeOpenAt(WEEKDAYS, ALMATY, at('2024-03-04T03:00:00Z'), cal), false);
  assert.equal(isOfficeOpenAt(WEEKDAYS, ALMATY, at('2024-03-04T04:00:00Z'), cal), true);
  // Aqtobe was UTC+5 all along.
  assert.equal(isOfficeOpenAt(WEEKDAYS, 'Asia/Aqtobe', at('2024-02-29T03:00:00Z'), cal), false);
});

test('closed during the break, before opening and at closing time', () => {
  assert.equal(isOfficeOpenAt(WEEKDAYS, ALMATY, at('2024-02-29T07:30:00Z'), cal), false); // 13:30
  assert.equal(isOfficeOpenAt(WEEKDAYS, ALMATY, at('2024-02-29T08:00:00Z'), cal), true); // 14:00
  assert.equal(isOfficeOpenAt(WEEKDAYS, ALMATY, at('2024-02-29T02:59:00Z'), cal), false); // 08:59
  assert.equal(isOfficeOpenAt(WEEKDAYS, ALMATY, at('2024-02-29T12:00:00Z'), cal), false); // 18:00
});

test('closed on holidays and transfer days off, open on a Saturday turned working day', () => {
  assert.equal(isOfficeOpenAt(WEEKDAYS, ALMATY, at('2024-03-08T05:00:00Z'), cal), false); // 8 March, Friday
  assert.equal(isOfficeOpenAt(WEEKDAYS, ALMATY, at('2024-05-08T05:00:00Z'), cal), false); // transfer day off
  assert.equal(isOfficeOpenAt(WEEKDAYS, ALMATY, at('2024-05-04T05:00:00Z'), cal), true); // Saturday worked
  assert.equal(isOfficeOpenAt(WEEKDAYS, ALMATY, at('2024-05-11T05:00:00Z'), cal), false); // ordinary Saturday
});

test('nextOpeningAt: after closing the day before the zone change, the next opening is 09:00 at UTC+5', () => {
  // Thursday 29 February, 18:30 in Almaty (UTC+6) → Friday 1 March 09:00, now UTC+5 = 04:00 UTC.
  assert.equal(
    nextOpeningAt(WEEKDAYS, ALMATY, at('2024-02-29T12:30:00Z'), cal)?.toISOString(),
    '2024-03-01T04:00:00.000Z',
  );
  // In the break → 14:00 the same day.
  assert.equal(
    nextOpeningAt(WEEKDAYS, ALMATY, at('2024-03-01T08:10:00Z'), cal)?.toISOString(),
    '2024-03-01T09:00:00.000Z',
  );
  // Open now → now.
  const now = at('2024-03-01T05:00:00Z');
  assert.equal(nextOpeningAt(WEEKDAYS, ALMATY, now, cal), now);
  // Thursday 7 March evening → Friday 8 March is a holiday → Monday 11 March 09:00 (+5).
  assert.equal(
    nextOpeningAt(WEEKDAYS, ALMATY, at('2024-03-07T14:00:00Z'), cal)?.toISOString(),
    '2024-03-11T04:00:00.000Z',
  );
  // A schedule that never opens.
  assert.equal(nextOpeningAt({ ...WEEKDAYS, days: [] }, ALMATY, now, cal), null);
});

test('clockStartDay: within hours the stamp date, after hours or on a day off the next working day', () => {
  const s = (iso: string, tz = ALMATY): string => clockStartDay(at(iso), WEEKDAYS, tz, cal);
  assert.equal(s('2024-02-29T05:00:00Z'), '2024-02-29'); // Thursday 11:00
  assert.equal(s('2024-02-29T07:30:00Z'), '2024-02-29'); // in the lunch break
  assert.equal(s('2024-02-29T13:00:00Z'), '2024-03-01'); // Thursday 19:00 (UTC+6)
  assert.equal(s('2024-03-04T13:00:00Z'), '2024-03-05'); // Monday 18:00 (UTC+5): closing time
  assert.equal(s('2024-03-04T12:59:00Z'), '2024-03-04'); // Monday 17:59
  assert.equal(s('2024-03-02T05:00:00Z'), '2024-03-04'); // Saturday
  assert.equal(s('2024-03-07T14:00:00Z'), '2024-03-11'); // Thursday evening before the 8 March holiday
  assert.equal(s('2024-05-04T05:00:00Z'), '2024-05-04'); // the Saturday worked for 8 May
  assert.equal(s('2024-05-07T05:00:00Z'), '2024-05-10'); // Defender Day → 8 (transfer) and 9 May off
});

test('clockStartDay: a stamp before opening on a working day starts the clock that day', () => {
  // Monday 4 March 07:00 in Almaty.
  assert.equal(clockStartDay(at('2024-03-04T02:00:00Z'), WEEKDAYS, ALMATY, cal), '2024-03-04');
  // 19:30 UTC on Monday is 00:30 on Tuesday in Almaty: the local date decides, not the UTC one.
  assert.equal(clockStartDay(at('2024-03-04T19:30:00Z'), WEEKDAYS, ALMATY, cal), '2024-03-05');
});

test('clockStartDay works in a provisional year', () => {
  // Friday 31 December 2027 at 19:00 (UTC+5); 1 January 2028 is a Saturday, 2 January a Sunday,
  // so their days off move to Monday 3 and Tuesday 4 January → Wednesday 5 January.
  assert.equal(cal.isProvisional(2028), true);
  assert.equal(clockStartDay(at('2027-12-31T14:00:00Z'), WEEKDAYS, ALMATY, cal), '2028-01-05');
});

test('wall time and its instant round-trip, including the hour that happened twice in Almaty', () => {
  assert.deepEqual(wallTimeAt(at('2024-02-29T17:30:00Z'), ALMATY), {
    date: '2024-02-29',
    minutes: 23 * 60 + 30,
  });
  assert.deepEqual(wallTimeAt(at('2024-02-29T18:30:00Z'), ALMATY), {
    date: '2024-02-29',
    minutes: 23 * 60 + 30,
  });
  assert.equal(
    instantAtWallTime(plainDate('2024-02-29'), 23 * 60 + 30, ALMATY).toISOString(),
    '2024-02-29T17:30:00.000Z',
  );
  assert.equal(
    instantAtWallTime(plainDate('2024-03-01'), 9 * 60, ALMATY).toISOString(),
    '2024-03-01T04:00:00.000Z',
  );
  assert.equal(
    instantAtWallTime(plainDate('2024-02-28'), 9 * 60, ALMATY).toISOString(),
    '2024-02-28T03:00:00.000Z',
  );
});

test('a schedule with a bad time is refused', () => {
  assert.throws(
    () => isOfficeOpenAt({ ...WEEKDAYS, close: '25:00' }, ALMATY, at('2024-02-29T05:00:00Z'), cal),
    RangeError,
  );
  assert.throws(
    () => isOfficeOpenAt({ ...WEEKDAYS, close: '08:00' }, ALMATY, at('2024-02-29T05:00:00Z'), cal),
    RangeError,
  );
});
