import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../../../test/helpers/databases.js';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { queryRows } from '../../db/database.js';
import { plainDate } from '../../domain/time/plain-date.js';
import type { CalendarYearData } from '../../domain/calendar/index.js';
import { DomainError } from '../errors.js';
import { addCalendarYear, DUE_DATE_RECOMPUTERS } from './add-calendar-year.js';

const act = {
  kind: 'government-decree',
  title: 'О переносе выходных дней на 2031 год',
  number: '900',
  date: '2030-12-20',
  source: 'test',
} as const;
const YEAR_2031: CalendarYearData = {
  year: 2031,
  kurbanAit: { date: '2031-03-28', act: { ...act, kind: 'announcement', number: null, date: null } },
  // Friday 2031-01-03 becomes a day off, Saturday 2031-01-11 a working day.
  transfers: [{ workingDay: '2031-01-11', dayOff: '2031-01-03', act }],
};

describeEachDatabase('entering a year of the national calendar (domain.md §9)', (get) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(get().database);
  });
  after(() => t.close());

  it('makes the year non-provisional, applies its transfers and Kurban Ait, recomputes and audits', async () => {
    const calendar = t.deps.calendar!;
    const before2031 = await calendar.get();
    assert.equal(before2031.isProvisional(2031), true);
    assert.equal(before2031.isWorkingDay(plainDate('2031-01-03')), true);
    let recomputedYear: number | null = null;
    const recomputer = async (_tx: unknown, cal: { isWorkingDay(d: never): boolean }, year: number) => {
      recomputedYear = year;
      assert.equal(
        cal.isWorkingDay(plainDate('2031-01-03') as never),
        false,
        'recomputation sees the new data',
      );
      return 2;
    };
    DUE_DATE_RECOMPUTERS.push(recomputer as never);
    try {
      const r = await addCalendarYear(t.deps, null, { ip: null, requestId: 'test' }, YEAR_2031);
      assert.deepEqual(r, { replaced: false, recomputed: 2 });
    } finally {
      DUE_DATE_RECOMPUTERS.pop();
    }
    assert.equal(recomputedYear, 2031);
    const after2031 = await calendar.get();
    assert.equal(after2031.isProvisional(2031), false);
    assert.equal(after2031.isWorkingDay(plainDate('2031-01-03')), false);
    assert.equal(after2031.isWorkingDay(plainDate('2031-01-11')), true);
    assert.equal(after2031.isWorkingDay(plainDate('2031-03-28')), false, 'Kurban Ait');
    const events = await queryRows<{ action: string }>(
      get().database.db,
      sql`select action from audit_events where record_type = 'calendar_year' and record_id = '2031' order by id`,
    );
    assert.deepEqual(
      events.map((e) => e.action),
      ['calendar.year_entered', 'calendar.due_dates_recomputed'],
    );
    const again = await addCalendarYear(t.deps, null, { ip: null, requestId: 'test' }, YEAR_2031);
    assert.equal(again.replaced, true);
  });

  it('refuses malformed data with a clear message and stores nothing', async () => {
    const bad = [
      { year: 2032 },
      { ...YEAR_2031, year: 2032 }, // Kurban Ait of another year
      { ...YEAR_2031, year: 2032, kurbanAit: { date: '2032-02-30', act } },
    ];
    for (const data of bad) {
      await assert.rejects(
        addCalendarYear(t.deps, null, { ip: null, requestId: 'test' }, data as CalendarYearData),
        (e) => e instanceof DomainError && e.code === 'VALIDATION_FAILED' && /./.test(e.fields.year ?? ''),
      );
    }
    const rows = await queryRows<{ year: number }>(
      get().database.db,
      sql`select year from calendar_years where year = 2032`,
    );
    assert.deepEqual(rows, []);
  });
});
