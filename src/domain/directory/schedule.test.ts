import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSchedule } from './schedule.js';
import { joinSchedule } from './parse-seed.js';

test('the clean form: Monday–Friday 09:00–18:00, break 13:00–14:00, text whitespace-normalised', () => {
  const s = parseSchedule(
    'Жұмыс күндері: дүйсенбі - жұма  Жұмыс уақыты: сағат 9.00-ден 18.00-ге дейін, үзіліс: сағат 13.00-ден 14.00-ге дейін Демалыс күндері: сенбі – жексенбі',
  );
  assert.deepEqual(s, {
    days: [1, 2, 3, 4, 5],
    open: '09:00',
    close: '18:00',
    break: { start: '13:00', end: '14:00' },
    text: 'Жұмыс күндері: дүйсенбі - жұма Жұмыс уақыты: сағат 9.00-ден 18.00-ге дейін, үзіліс: сағат 13.00-ден 14.00-ге дейін Демалыс күндері: сенбі – жексенбі',
  });
});

test('spaced letters and "9.0" (annex 1): read as жұма and 09:00', () => {
  const s = parseSchedule(
    'Жұмыс күндері: дүйсенбі ж ұ м а Жұмыс уақыты: сағат 9.0 ден 18.00-ге дейін, үзілі сағат 13.00-ден 14.00-г д е й і н',
  );
  assert.deepEqual(s?.days, [1, 2, 3, 4, 5]);
  assert.equal(s?.open, '09:00');
  assert.equal(s?.text.includes('ж ұ м а'), true, 'the text stays as printed');
});

test('other day ranges and no break', () => {
  const s = parseSchedule('Жұмыс күндері: дүйсенбі - сенбі Жұмыс уақыты: сағат 8.30-дан 17.00-ге дейін');
  assert.deepEqual(s?.days, [1, 2, 3, 4, 5, 6]);
  assert.equal(s?.open, '08:30');
  assert.equal(s?.break, null);
});

test('unreadable schedules give null', () => {
  assert.equal(parseSchedule('Демалыс күндері: сенбі - жексенбі'), null);
  assert.equal(parseSchedule('Жұмыс күндері: дүйсенбі - жұма Жұмыс уақыты: сағат 9.00-ден'), null);
});

test('joining split schedules: a part cut after "-" joins without a space', () => {
  assert.equal(joinSchedule(['сағат 9.00-ден 18.00-', 'ге дейін']), 'сағат 9.00-ден 18.00-ге дейін');
  assert.equal(joinSchedule(['үзілі', 'сағат 13.00']), 'үзілі сағат 13.00');
});
