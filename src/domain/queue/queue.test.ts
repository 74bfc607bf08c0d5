import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInCalendar } from '../calendar/index.js';
import { STANDARD_2011 } from '../standard/index.js';
import { plainDate } from '../time/plain-date.js';
import { USUAL_SCHEDULE, type WeeklySchedule } from '../time/weekly-schedule.js';
import {
  actsAllowed,
  breakOfDay,
  kioskAvailability,
  nextInLine,
  percentile,
  median,
  queueDayFigures,
  statusAfter,
  waitMinutes,
  waitWarning,
  type TicketFacts,
} from './index.js';

// Wednesday 4 March 2026, Astana (UTC+5 since 2024-03-01): 09:00 local is 04:00Z.
const DAY = plainDate('2026-03-04');
const TZ = 'Asia/Almaty';
const at = (hhmm: string) => new Date(`2026-03-04T${hhmm}:00+05:00`);
const calendar = builtInCalendar();

describe('ticket times (§7.2–7.4)', () => {
  const brk = breakOfDay(USUAL_SCHEDULE, DAY, TZ);

  it('the break is the office’s 13:00–14:00 in its own zone', () => {
    assert.deepEqual(brk, { start: at('13:00'), end: at('14:00') });
  });

  it('a wait across the break does not count the break', () => {
    const t = { issuedAt: at('12:50'), calledAt: at('14:10'), startedAt: null, finishedAt: null };
    assert.equal(waitMinutes(t, brk, at('18:00')), 20);
  });

  it('a wait begun in the break counts from its end; one ended in it, up to its start', () => {
    assert.equal(
      waitMinutes(
        { issuedAt: at('13:20'), calledAt: at('14:05'), startedAt: null, finishedAt: null },
        brk,
        at('18:00'),
      ),
      5,
    );
    assert.equal(
      waitMinutes(
        { issuedAt: at('12:40'), calledAt: at('13:30'), startedAt: null, finishedAt: null },
        brk,
        at('18:00'),
      ),
      20,
    );
  });

  it('a wait outside the break is counted whole; a ticket not called yet, until the moment given', () => {
    assert.equal(
      waitMinutes(
        { issuedAt: at('09:00'), calledAt: at('09:31'), startedAt: null, finishedAt: null },
        brk,
        at('18:00'),
      ),
      31,
    );
    assert.equal(
      waitMinutes(
        { issuedAt: at('10:00'), calledAt: null, startedAt: null, finishedAt: null },
        brk,
        at('10:12'),
      ),
      12,
    );
  });

  it('an office without a printed break has none', () => {
    const noBreak: WeeklySchedule = { ...USUAL_SCHEDULE, break: null };
    assert.equal(breakOfDay(noBreak, DAY, TZ), null);
    assert.equal(
      waitMinutes(
        { issuedAt: at('12:50'), calledAt: at('14:10'), startedAt: null, finishedAt: null },
        null,
        at('18:00'),
      ),
      80,
    );
  });
});

describe('the kiosk follows the office’s hours (§9)', () => {
  it('is open within hours', () => {
    assert.deepEqual(kioskAvailability(USUAL_SCHEDULE, TZ, at('10:00'), calendar), { open: true, day: DAY });
  });

  it('refuses before opening, in the break and after closing, saying when reception resumes', () => {
    const before = kioskAvailability(USUAL_SCHEDULE, TZ, at('08:59'), calendar);
    assert.deepEqual(before, { open: false, day: DAY, reason: 'before_opening', opensAt: at('09:00') });
    const lunch = kioskAvailability(USUAL_SCHEDULE, TZ, at('13:00'), calendar);
    assert.deepEqual(lunch, { open: false, day: DAY, reason: 'break', opensAt: at('14:00') });
    const after = kioskAvailability(USUAL_SCHEDULE, TZ, at('18:00'), calendar);
    assert.equal(after.open, false);
    assert.equal(!after.open && after.reason, 'after_closing');
    assert.deepEqual(!after.open && after.opensAt, new Date('2026-03-05T09:00:00+05:00'));
    assert.equal(kioskAvailability(USUAL_SCHEDULE, TZ, at('17:59'), calendar).open, true);
    assert.equal(kioskAvailability(USUAL_SCHEDULE, TZ, at('14:00'), calendar).open, true);
  });

  it('refuses on a weekend and on a public holiday', () => {
    const saturday = kioskAvailability(USUAL_SCHEDULE, TZ, new Date('2026-03-07T10:00:00+05:00'), calendar);
    assert.equal(!saturday.open && saturday.reason, 'day_off');
    // 23 March 2026: Nauryz.
    const nauryz = kioskAvailability(USUAL_SCHEDULE, TZ, new Date('2026-03-23T10:00:00+05:00'), calendar);
    assert.equal(!nauryz.open && nauryz.reason, 'day_off');
  });
});

describe('near-norm warnings at the desk (§7.2, §7.4)', () => {
  it('warns five minutes before 30 for handing in, and before 15 for collecting', () => {
    assert.equal(waitWarning(STANDARD_2011, 'hand-in', 24.9).alert, 'none');
    assert.equal(waitWarning(STANDARD_2011, 'hand-in', 25).alert, 'near');
    assert.equal(waitWarning(STANDARD_2011, 'hand-in', 30).alert, 'over');
    assert.equal(waitWarning(STANDARD_2011, 'collect', 9.5).alert, 'none');
    assert.equal(waitWarning(STANDARD_2011, 'collect', 10).alert, 'near');
    assert.equal(waitWarning(STANDARD_2011, 'collect', 16).alert, 'over');
    assert.deepEqual(waitWarning(STANDARD_2011, 'collect', 12), {
      alert: 'near',
      normMinutes: 15,
      clause: '§7.4',
      minutesLeft: 3,
    });
  });

  it('holds questions and complaints to the general 30 minutes so nobody is forgotten', () => {
    assert.equal(waitWarning(STANDARD_2011, 'question', 26).normMinutes, 30);
    assert.equal(waitWarning(STANDARD_2011, 'complaint', 31).alert, 'over');
  });
});

describe('call order (§9: live queue, no fast lane)', () => {
  const w = (id: string, purpose: TicketFacts['purpose'], hhmm: string, seq = 1) => ({
    id,
    purpose,
    seq,
    issuedAt: at(hhmm),
  });
  it('gives the longest-waiting ticket among the desk’s purposes, whatever the letter', () => {
    const waiting = [w('b', 'collect', '09:05'), w('a', 'hand-in', '09:10'), w('c', 'question', '09:01')];
    assert.equal(nextInLine(waiting, ['hand-in', 'collect'])?.id, 'b');
    assert.equal(nextInLine(waiting, ['hand-in'])?.id, 'a');
    assert.equal(nextInLine(waiting, ['complaint']), null);
    assert.equal(nextInLine([], ['hand-in']), null);
  });
});

describe('desk acts', () => {
  it('follow the one table', () => {
    assert.deepEqual(actsAllowed('called'), ['recall', 'start', 'no_show']);
    assert.equal(statusAfter('called', 'start'), 'serving');
    assert.equal(statusAfter('serving', 'finish'), 'done');
    assert.equal(statusAfter('called', 'no_show'), 'no_show');
    assert.equal(statusAfter('called', 'recall'), 'called');
    assert.equal(statusAfter('waiting', 'start'), null);
    assert.equal(statusAfter('serving', 'no_show'), null);
    assert.equal(statusAfter('done', 'finish'), null);
  });
});

describe('day figures', () => {
  it('median and nearest-rank 90th percentile', () => {
    assert.equal(median([1, 2, 3, 4]), 2.5);
    assert.equal(median([5]), 5);
    assert.equal(median([]), null);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9), 9);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9), 10);
    assert.equal(percentile([7], 0.9), 7);
  });

  it('shares within each norm, distributions and no-shows for one day', () => {
    const t = (
      id: string,
      purpose: TicketFacts['purpose'],
      status: TicketFacts['status'],
      issued: string,
      called: string | null,
      started: string | null = null,
      finished: string | null = null,
    ): TicketFacts => ({
      id,
      label: id,
      purpose,
      status,
      issuedAt: at(issued),
      calledAt: called ? at(called) : null,
      startedAt: started ? at(started) : null,
      finishedAt: finished ? at(finished) : null,
      deskNumber: called ? 1 : null,
    });
    const tickets = [
      t('A001', 'hand-in', 'done', '09:00', '09:10', '09:11', '09:20'), // wait 10, service 9
      t('A002', 'hand-in', 'done', '09:00', '09:40', '09:41', '10:01'), // wait 40 (late), service 20 (late)
      t('A003', 'hand-in', 'done', '12:50', '14:15', '14:15', '14:30'), // wait 25 (break excluded), service 15
      t('A004', 'hand-in', 'no_show', '15:00', '15:05'), // wait 5, a no-show
      t('A005', 'hand-in', 'waiting', '16:00', null), // waiting 20 at 16:20: not decided
      t('A006', 'hand-in', 'waiting', '15:30', null), // waiting 50: late already
      t('B001', 'collect', 'done', '09:00', '09:14', '09:14', '09:16'), // wait 14
      t('B002', 'collect', 'done', '09:00', '09:16', '09:16', '09:18'), // wait 16 (late)
      t('C001', 'question', 'serving', '10:00', '11:00', '11:00'), // no norms
    ];
    const f = queueDayFigures({
      tickets,
      dayBreak: breakOfDay(USUAL_SCHEDULE, DAY, TZ),
      version: STANDARD_2011,
      until: at('16:20'),
    });
    assert.equal(f.tickets, 9);
    assert.deepEqual(f.byPurpose, { 'hand-in': 6, collect: 2, question: 1, complaint: 0 });
    assert.equal(f.served, 5);
    assert.equal(f.noShows, 1);
    assert.equal(f.notCalled, 2);
    assert.deepEqual(
      [f.norms.queueWait.counted, f.norms.queueWait.within, f.norms.queueWait.norm.minutes],
      [5, 3, 30],
    );
    assert.equal(f.norms.queueWait.share, 0.6);
    assert.deepEqual(f.norms.queueWait.distribution, { count: 5, median: 25, p90: 50 });
    assert.deepEqual([f.norms.service.counted, f.norms.service.within], [3, 2]);
    assert.deepEqual([f.norms.collectWait.counted, f.norms.collectWait.within], [2, 1]);
    assert.equal(f.norms.collectWait.norm.clause, '§7.4');
    assert.deepEqual(f.wait, { count: 7, median: 16, p90: 60 }); // 5 10 14 16 25 40 60
    assert.equal(f.perTicket.find((x) => x.id === 'A003')?.wait, 25);
    assert.equal(f.perTicket.find((x) => x.id === 'C001')?.waitWithin, null);
    assert.equal(f.perTicket.find((x) => x.id === 'A005')?.waitWithin, null);
    assert.equal(f.perTicket.find((x) => x.id === 'A006')?.waitWithin, false);
  });

  it('an empty day has counts of zero and no shares', () => {
    const f = queueDayFigures({ tickets: [], dayBreak: null, version: STANDARD_2011, until: at('18:00') });
    assert.equal(f.tickets, 0);
    assert.equal(f.norms.queueWait.share, null);
    assert.deepEqual(f.wait, { count: 0, median: null, p90: null });
  });
});
