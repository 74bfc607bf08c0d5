import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInCalendar } from '../../domain/calendar/index.js';
import { runCalendarCommand } from './calendar.js';

const run = (...args: string[]) => runCalendarCommand(args, builtInCalendar());

test('add-working-days prints exactly the N-th working day after the date', () => {
  // Thursday 7 March 2024: Friday 8 March is a holiday, so 11, 12, 13, 14, 15, 18, 19 March.
  assert.deepEqual(run('add-working-days', '2024-03-07', '7'), {
    stdout: '2024-03-19\n',
    stderr: '',
    code: 0,
  });
  assert.deepEqual(run('add-working-days', '2024-03-07', '1'), {
    stdout: '2024-03-11\n',
    stderr: '',
    code: 0,
  });
  // N = 0 on a day off gives the next working day.
  assert.equal(run('add-working-days', '2024-03-08', '0').stdout, '2024-03-11\n');
});

test('working-days counts both ends', () => {
  // March 2024 at a five-day week: 17 working days (Ministry of Labour balance of working time).
  assert.deepEqual(run('working-days', '2024-03-01', '2024-03-31'), { stdout: '17\n', stderr: '', code: 0 });
  assert.equal(run('working-days', '2024-03-11', '2024-03-11').stdout, '1\n');
  assert.equal(run('working-days', '2024-03-12', '2024-03-11').stdout, '0\n');
});

test('a provisional year touched is a warning on stderr, and the answer is still given', () => {
  // 31 Dec 2026 (Thu), then 1 Jan (holiday), 4 Jan (2 January's substitute), 5 and 6 January 2027.
  const r = run('add-working-days', '2026-12-30', '3');
  assert.equal(r.stdout, '2027-01-06\n');
  assert.equal(r.code, 0);
  assert.match(r.stderr, /^warning: 2027 is provisional/);
  // January 2027: 21 weekdays less 1, 4 and 7 January.
  const w = run('working-days', '2027-01-01', '2027-01-31');
  assert.equal(w.stdout, '18\n');
  assert.match(w.stderr, /2027 is provisional/);
  assert.match(run('working-days', '2026-06-01', '2031-01-01').stderr, /^warning: 2027–2031 are provisional/);
});

test('bad arguments: code 2 and a clear message on stderr, nothing on stdout', () => {
  const cases: [string[], RegExp][] = [
    [
      ['add-working-days', '2026-02-30', '3'],
      /the date must be a calendar date YYYY-MM-DD, got "2026-02-30"/,
    ],
    [['add-working-days', '2026-02-03', '1.5'], /N must be a non-negative integer, got "1.5"/],
    [['add-working-days', '2026-02-03', '-1'], /N must be a non-negative integer, got "-1"/],
    [['add-working-days', '2026-02-03', 'seven'], /N must be a non-negative integer/],
    [['add-working-days', '2026-02-03'], /add-working-days takes 2 arguments, got 1/],
    [['add-working-days', '2026-02-03', '3', '4'], /takes 2 arguments, got 3/],
    [['working-days', '2026-01-01'], /working-days takes 2 arguments, got 1/],
    [['working-days', '2026-01-01', '26-12-31'], /TO must be a calendar date/],
    [['add-working-days', '9999-12-30', '10'], /after 9999-12-31/],
    [['add-working-days', '0099-01-04', '1'], /year out of range/],
    [['next-working-day', '2026-01-01'], /unknown subcommand "next-working-day"/],
    [[], /a subcommand is required/],
  ];
  for (const [args, message] of cases) {
    const r = run(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.match(r.stderr, /usage: tirkeu calendar add-working-days/);
  }
});
