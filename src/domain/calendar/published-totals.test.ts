import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth, fromParts, plainDate } from '../time/plain-date.js';
import { builtInCalendar } from './built-in-calendar.js';
import type { CalendarYearData } from './calendar-year-data.js';
import { BUILT_IN_YEARS, KAZAKHSTAN_HOLIDAY_RULES } from './data/index.js';
import type { HolidayRule } from './holiday-rule.js';
import { createNationalCalendar } from './national-calendar.js';

// Yearly working days of a five-day week against figures published independently of this code.
// A published figure is a forecast made before the year: where a later fact changed the year
// (a new law, the real Kurban Ait date), the test rebuilds the calendar as the publisher saw it.

const yearTotal = (cal: ReturnType<typeof builtInCalendar>, y: number): number =>
  cal.workingDaysBetween(plainDate(`${String(y)}-01-01`), plainDate(`${String(y)}-12-31`));

const PUBLISHED: { year: number; workingDays: number; source: string }[] = [
  // «Всего казахстанцы в 2018 году отдохнут 119 дней. Рабочих дней будет 246 при пятидневной рабочей неделе.»
  {
    year: 2018,
    workingDays: 246,
    source: 'caravan.kz/amp/news/skolko-dnejj-kazakhstancy-otdokhnut-v-iyule-457811',
  },
  // «В этом году нас ждут 119 выходных дня» (egov.kz calendar 2019): 365 − 119.
  { year: 2019, workingDays: 365 - 119, source: 'zakon.kz/redaktsiia-zakonkz/4952587' },
  // «В 2020 году казахстанцы будут отдыхать 120 дней» — a leap year: 366 − 120.
  {
    year: 2020,
    workingDays: 366 - 120,
    source: 'zakon.kz/redaktsiia-zakonkz/5001272; yujanka.kz/51865-2 (Sputnik)',
  },
  // «Казахстанцы отдохнут в предстоящем 2025 году 119 дней» (with the 5 → 3 January order): 365 − 119.
  { year: 2025, workingDays: 365 - 119, source: 'rus.azattyq-ruhy.kz/society/77649' },
];

for (const p of PUBLISHED) {
  test(`${String(p.year)}: ${String(p.workingDays)} working days, as published (${p.source})`, () => {
    assert.equal(yearTotal(builtInCalendar(), p.year), p.workingDays);
  });
}

test('2024: the Ministry of Labour balance (248 days, Kurban Ait assumed on 17 June) and the real year (249)', () => {
  // Balance of working time 2024, Ministry of Labour and Social Protection (help.inbuh.kz/6801):
  // five-day week by month, year 248. The Ministry had written Kurban Ait on Monday 17 June;
  // ДУМК fixed Sunday 16 June (golos-naroda.kz, 07.06.2024), so 17 June was worked.
  const monthly = [21, 21, 17, 22, 20, 19, 22, 21, 21, 22, 21, 21];
  const y2024 = BUILT_IN_YEARS.find((y) => y.year === 2024) as CalendarYearData;
  const asPlanned = builtInCalendar().withYear({
    ...y2024,
    kurbanAit: { ...y2024.kurbanAit, date: '2024-06-17' },
  });
  monthly.forEach((days, i) => {
    const from = fromParts(2024, i + 1, 1);
    const to = fromParts(2024, i + 1, daysInMonth(2024, i + 1));
    assert.equal(asPlanned.workingDaysBetween(from, to), days, `month ${String(i + 1)}`);
  });
  assert.equal(yearTotal(asPlanned, 2024), 248);
  assert.equal(yearTotal(builtInCalendar(), 2024), 249);
});

test('2022: 245 working days as published in late 2021, 246 after the law of 29 September 2022', () => {
  // «в 2022 году казахстанцев ждут 245 рабочих и 120 выходных дней» (pavlodar.city/novosti-kazakhstana/19683,
  // ada-adv.kz, Kazpravda) — under the rules then in force: 1 December and 17 December still holidays,
  // no Republic Day, no 22 → 24 October transfer.
  const before: HolidayRule[] = KAZAKHSTAN_HOLIDAY_RULES.filter((r) => r.id !== 'republic-day').map((r) =>
    r.until === '2022-09-28' ? { ...r, until: null } : r,
  );
  const y2022 = BUILT_IN_YEARS.find((y) => y.year === 2022) as CalendarYearData;
  const asPublished = createNationalCalendar(
    [{ ...y2022, transfers: y2022.transfers.filter((t) => t.workingDay !== '2022-10-22') }],
    before,
  );
  assert.equal(yearTotal(asPublished, 2022), 245);
  assert.equal(yearTotal(builtInCalendar(), 2022), 246);
});
