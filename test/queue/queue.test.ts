// The live queue (§9) and its norms (§7.2–7.4) on both engines, through the use-cases: numbering per
// office and day, a double tap, the kiosk outside hours and in the break, desks calling at once, a
// desk leaving with tickets waiting, the break excluded from a wait, the near-norm warning, the day's
// figures and the day's end.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { queryRows } from '../../src/db/database.js';
import { verifyChains } from '../../src/db/audit-trail.js';
import { DomainError } from '../../src/app/errors.js';
import {
  actOnTicket,
  callNext,
  leaveDesk,
  linkTicketToCase,
  sitAtDesk,
} from '../../src/app/queue/desk-work.js';
import { changeDesk } from '../../src/app/queue/configure-queue.js';
import { readQueueFigures, readQueueOverview } from '../../src/app/queue/read-queue.js';
import { ORIGIN, at, key, queueOfficeFixture, setClock } from './queue-fixture.js';

const DAY = '2026-03-04'; // a Wednesday

async function refused(p: Promise<unknown>, code: string, detail?: Record<string, unknown>) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof DomainError, String(e));
    assert.equal(e.code, code);
    if (detail) for (const [k, v] of Object.entries(detail)) assert.deepEqual(e.details[k], v);
    return true;
  });
}

describeEachDatabase('the live queue', (get) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(get().database);
  });
  after(async () => {
    await t.close();
  });

  const count = async (sqlText: ReturnType<typeof sql>) =>
    Number((await queryRows<{ n: number }>(get().database.db, sqlText))[0]?.n);

  it('numbers tickets per office, day and letter, gapless, and starts again the next day', async () => {
    setClock(t, at(DAY, '09:05'));
    const f = await queueOfficeFixture(t);
    const other = await queueOfficeFixture(t);
    const labels = [
      (await f.issue('hand-in')).label,
      (await f.issue('hand-in')).label,
      (await f.issue('collect')).label,
      (await other.issue('hand-in')).label,
      (await f.issue('complaint')).label,
      (await f.issue('question')).label,
      (await f.issue('hand-in')).label,
    ];
    assert.deepEqual(labels, ['A001', 'A002', 'B001', 'A001', 'D001', 'C001', 'A003']);
    setClock(t, at('2026-03-05', '09:01'));
    assert.equal((await f.issue('hand-in')).label, 'A001');
    assert.equal((await f.issue('collect')).label, 'B001');
  });

  it('a double tap gives one ticket, also when the two taps race', async () => {
    setClock(t, at(DAY, '10:00'));
    const f = await queueOfficeFixture(t);
    const k = key('tap');
    const first = await f.issue('hand-in', k);
    const again = await f.issue('hand-in', k);
    assert.deepEqual(again, first);
    const k2 = key('race');
    const [a, b] = await Promise.all([f.issue('collect', k2), f.issue('collect', k2)]);
    assert.equal(a.id, b.id);
    assert.equal(
      await count(sql`select count(*)::int as n from queue_tickets where organisation_id = ${f.office.id}`),
      2,
    );
    assert.equal((await f.issue('collect')).label, 'B002'); // no number was spent on the double tap
  });

  it('the kiosk refuses outside the hours, in the break and on a day off, and spends no number', async () => {
    const f = await queueOfficeFixture(t);
    for (const [when, reason] of [
      [at(DAY, '08:59'), 'before_opening'],
      [at(DAY, '13:30'), 'break'],
      [at(DAY, '18:00'), 'after_closing'],
      [at('2026-03-07', '10:00'), 'day_off'],
      [at('2026-03-23', '10:00'), 'day_off'], // Nauryz
    ] as const) {
      setClock(t, when);
      await refused(f.issue('hand-in'), 'QUEUE_CLOSED', { reason });
    }
    assert.equal(
      await count(sql`select count(*)::int as n from queue_tickets where organisation_id = ${f.office.id}`),
      0,
    );
    setClock(t, at(DAY, '14:00'));
    assert.equal((await f.issue('hand-in')).label, 'A001');
  });

  it('an unknown or replaced kiosk token gives nothing', async () => {
    setClock(t, at(DAY, '10:00'));
    const f = await queueOfficeFixture(t);
    const { issueTicket } = await import('../../src/app/queue/issue-ticket.js');
    await refused(
      issueTicket(t.deps, ORIGIN, { kioskToken: 'x'.repeat(43), purpose: 'hand-in', idempotencyKey: key() }),
      'NOT_FOUND',
    );
    const { newKioskToken } = await import('../../src/app/queue/configure-queue.js');
    const fresh = await newKioskToken(t.deps, f.head, ORIGIN);
    await refused(f.issue('hand-in'), 'NOT_FOUND'); // the old tablet stops at once
    const ok = await issueTicket(t.deps, ORIGIN, {
      kioskToken: fresh,
      purpose: 'hand-in',
      idempotencyKey: key(),
    });
    assert.equal(ok.label, 'A001');
  });

  it('call next gives the longest-waiting ticket among the desk’s purposes', async () => {
    setClock(t, at(DAY, '09:00'));
    const f = await queueOfficeFixture(t, {
      desks: 2,
      purposesOf: (n) => (n === 1 ? ['hand-in'] : ['collect', 'question']),
    });
    await f.issue('collect'); // B001, first of all
    t.advance(1_000);
    await f.issue('hand-in'); // A001
    t.advance(1_000);
    await f.issue('question'); // C001
    const [c1, c2] = f.clerks;
    const [d1, d2] = f.desks;
    assert.equal((await callNext(t.deps, c1!, ORIGIN, d1!, key())).label, 'A001');
    assert.equal((await callNext(t.deps, c2!, ORIGIN, d2!, key())).label, 'B001');
    // A desk holding a ticket calls no other.
    await refused(callNext(t.deps, c2!, ORIGIN, d2!, key()), 'QUEUE_DESK_BUSY', { ticket: 'B001' });
    // The same click twice (one key) is one call.
    const overview = await readQueueOverview(t.deps, c2!);
    const held = overview.desks.find((d) => d.id === d2)!.held!;
    const k = key();
    await actOnTicket(t.deps, c2!, ORIGIN, {
      deskId: d2!,
      ticketId: held.id,
      act: 'no_show',
      idempotencyKey: k,
    });
    await actOnTicket(t.deps, c2!, ORIGIN, {
      deskId: d2!,
      ticketId: held.id,
      act: 'no_show',
      idempotencyKey: k,
    });
    assert.equal((await callNext(t.deps, c2!, ORIGIN, d2!, key())).label, 'C001');
    // Nothing waits for desk 1 now.
    const a001 = (await readQueueOverview(t.deps, c1!)).desks.find((d) => d.id === d1)!.held!;
    await actOnTicket(t.deps, c1!, ORIGIN, {
      deskId: d1!,
      ticketId: a001.id,
      act: 'start',
      idempotencyKey: key(),
    });
    await actOnTicket(t.deps, c1!, ORIGIN, {
      deskId: d1!,
      ticketId: a001.id,
      act: 'finish',
      idempotencyKey: key(),
    });
    assert.deepEqual(await callNext(t.deps, c1!, ORIGIN, d1!, key()), { ticketId: null, label: null });
  });

  it('refuses acts the ticket’s state does not allow, other clerks’ desks and other roles', async () => {
    setClock(t, at(DAY, '10:00'));
    const f = await queueOfficeFixture(t);
    await f.issue('hand-in');
    const [c1, c2] = f.clerks;
    const [d1] = f.desks;
    const called = await callNext(t.deps, c1!, ORIGIN, d1!, key());
    await refused(
      actOnTicket(t.deps, c1!, ORIGIN, {
        deskId: d1!,
        ticketId: called.ticketId!,
        act: 'finish',
        idempotencyKey: key(),
      }),
      'QUEUE_ACT_NOT_ALLOWED',
      { status: 'called', allowed: ['recall', 'start', 'no_show'] },
    );
    await refused(callNext(t.deps, c2!, ORIGIN, d1!, key()), 'QUEUE_DESK_TAKEN');
    await refused(sitAtDesk(t.deps, c2!, ORIGIN, d1!), 'QUEUE_DESK_TAKEN');
    await refused(callNext(t.deps, f.bureau, ORIGIN, d1!, key()), 'FORBIDDEN');
    await refused(callNext(t.deps, f.officer, ORIGIN, d1!, key()), 'FORBIDDEN');
    const stranger = await queueOfficeFixture(t);
    await refused(callNext(t.deps, stranger.clerks[0]!, ORIGIN, d1!, key()), 'NOT_FOUND');
    // A recall keeps the first call (the wait ends there) and moves the board's time.
    setClock(t, at(DAY, '10:03'));
    await actOnTicket(t.deps, c1!, ORIGIN, {
      deskId: d1!,
      ticketId: called.ticketId!,
      act: 'recall',
      idempotencyKey: key(),
    });
    const [row] = await queryRows<{ called_at: Date; last_called_at: Date; recalls: number }>(
      get().database.db,
      sql`select called_at, last_called_at, recalls from queue_tickets where id = ${called.ticketId}`,
    );
    assert.equal(row!.recalls, 1);
    assert.ok(
      new Date(row!.last_called_at).getTime() > new Date(row!.called_at).getTime(),
      'new Date(row!.last_called_at).getTime() > new Date(row!.called_at).getTime()',
    );
  });

  it('desks calling at the same instant each get a different ticket, none lost', async () => {
    setClock(t, at(DAY, '11:00'));
    const desks = 20;
    const f = await queueOfficeFixture(t, { desks });
    for (let i = 0; i < 30; i++) await f.issue(i % 3 === 0 ? 'collect' : 'hand-in');
    const calls = await Promise.all(f.desks.map((d, i) => callNext(t.deps, f.clerks[i]!, ORIGIN, d, key())));
    const ids = calls.map((c) => c.ticketId);
    assert.ok(
      ids.every((id) => id !== null),
      'ids.every((id) => id !== null)',
    );
    assert.equal(new Set(ids).size, desks, 'every desk got its own ticket');
    const rows = await queryRows<{ status: string; n: number }>(
      get().database.db,
      sql`select status, count(*)::int as n from queue_tickets where organisation_id = ${f.office.id} group by status order by status`,
    );
    assert.deepEqual(rows, [
      { status: 'called', n: 20 },
      { status: 'waiting', n: 10 },
    ]);
    // The oldest twenty were called: arrival order holds across desks.
    const waitingSeqs = await queryRows<{ label: string }>(
      get().database.db,
      sql`select label from queue_tickets where organisation_id = ${f.office.id} and status = 'waiting' order by issued_at`,
    );
    assert.deepEqual(
      waitingSeqs.map((r) => r.label),
      ['A014', 'B008', 'A015', 'A016', 'B009', 'A017', 'A018', 'B010', 'A019', 'A020'],
    );
    assert.deepEqual((await verifyChains(get().database.db)).problems, []);
  });

  it('a desk that closes leaves its waiting tickets in the queue; one holding a ticket cannot close', async () => {
    setClock(t, at(DAY, '15:00'));
    const f = await queueOfficeFixture(t);
    for (let i = 0; i < 3; i++) await f.issue('hand-in');
    const [c1, c2] = f.clerks;
    const [d1, d2] = f.desks;
    const first = await callNext(t.deps, c1!, ORIGIN, d1!, key());
    await refused(leaveDesk(t.deps, c1!, ORIGIN, d1!), 'QUEUE_DESK_BUSY', { ticket: 'A001' });
    await refused(
      changeDesk(t.deps, f.head, ORIGIN, { deskId: d1!, purposes: ['hand-in'], active: false }),
      'QUEUE_DESK_BUSY',
    );
    await actOnTicket(t.deps, c1!, ORIGIN, {
      deskId: d1!,
      ticketId: first.ticketId!,
      act: 'no_show',
      idempotencyKey: key(),
    });
    await leaveDesk(t.deps, c1!, ORIGIN, d1!);
    const overview = await readQueueOverview(t.deps, c2!);
    assert.deepEqual(
      overview.waiting.map((w) => w.label),
      ['A002', 'A003'],
    );
    assert.equal(overview.desks.find((d) => d.id === d1)!.staffedToday, null);
    await refused(callNext(t.deps, c1!, ORIGIN, d1!, key()), 'QUEUE_DESK_TAKEN');
    assert.equal((await callNext(t.deps, c2!, ORIGIN, d2!, key())).label, 'A002');
    // The head may free a desk another clerk left staffed; the clerk may sit elsewhere.
    await sitAtDesk(t.deps, c1!, ORIGIN, d1!);
    await leaveDesk(t.deps, f.head, ORIGIN, d1!);
    await sitAtDesk(t.deps, c1!, ORIGIN, d1!);
  });

  it('the break is not counted in a wait; the near-norm warning; the day’s figures', async () => {
    setClock(t, at(DAY, '10:00'));
    const f = await queueOfficeFixture(t, { desks: 1 });
    setClock(t, at(DAY, '12:50'));
    const [clerk] = f.clerks;
    const [desk] = f.desks;
    const a1 = await f.issue('hand-in'); // 12:50, called 14:10 → 20 min
    setClock(t, at(DAY, '12:54'));
    const b1 = await f.issue('collect');
    // 14:06: A001 has waited 16 minutes (10 before and 6 after the break): no warning yet; B001 12 → near 15.
    setClock(t, at(DAY, '14:06'));
    let overview = await readQueueOverview(t.deps, clerk!);
    const byLabel = Object.fromEntries(overview.waiting.map((w) => [w.label, w]));
    assert.equal(Math.round(byLabel.A001!.waited), 16);
    assert.equal(byLabel.A001!.warning.alert, 'none');
    assert.equal(byLabel.B001!.warning.alert, 'near');
    assert.equal(byLabel.B001!.warning.normMinutes, 15);
    setClock(t, at(DAY, '14:10'));
    overview = await readQueueOverview(t.deps, clerk!);
    assert.equal(overview.waiting.find((w) => w.id === b1.id)!.warning.alert, 'over');
    const called = await callNext(t.deps, clerk!, ORIGIN, desk!, key());
    assert.equal(called.ticketId, a1.id);
    await actOnTicket(t.deps, clerk!, ORIGIN, {
      deskId: desk!,
      ticketId: a1.id,
      act: 'start',
      idempotencyKey: key(),
    });
    setClock(t, at(DAY, '14:22'));
    await actOnTicket(t.deps, clerk!, ORIGIN, {
      deskId: desk!,
      ticketId: a1.id,
      act: 'finish',
      idempotencyKey: key(),
    });
    await callNext(t.deps, clerk!, ORIGIN, desk!, key()); // B001 at 14:22: waited 6 + 22 = 28
    await actOnTicket(t.deps, clerk!, ORIGIN, {
      deskId: desk!,
      ticketId: b1.id,
      act: 'no_show',
      idempotencyKey: key(),
    });
    const view = await readQueueFigures(t.deps, f.head, { day: DAY });
    const fig = view.figures;
    const a = fig.perTicket.find((x) => x.label === 'A001')!;
    assert.equal(a.wait, 20);
    assert.equal(a.service, 12);
    assert.equal(a.waitWithin, true);
    assert.equal(fig.perTicket.find((x) => x.label === 'B001')!.wait, 28);
    assert.deepEqual([fig.norms.queueWait.counted, fig.norms.queueWait.within], [1, 1]);
    assert.deepEqual([fig.norms.collectWait.counted, fig.norms.collectWait.within], [1, 0]);
    assert.deepEqual([fig.norms.service.counted, fig.norms.service.within], [1, 1]);
    assert.equal(fig.noShows, 1);
    assert.equal(fig.served, 1);
    // The clerk and another office's head may not read them; the region's supervisor may.
    await refused(readQueueFigures(t.deps, clerk!, { day: DAY }), 'FORBIDDEN');
    const stranger = await queueOfficeFixture(t, { desks: 0, regionCode: '35' });
    await refused(
      readQueueFigures(t.deps, stranger.head, { officeCode: f.office.code, day: DAY }),
      'FORBIDDEN',
    );
  });

  it('links the ticket served to a case of the office only', async () => {
    setClock(t, at(DAY, '10:00'));
    const f = await queueOfficeFixture(t, { desks: 1 });
    await f.issue('hand-in');
    const [clerk] = f.clerks;
    const [desk] = f.desks;
    const called = await callNext(t.deps, clerk!, ORIGIN, desk!, key());
    // Not in service yet: nothing to link.
    await refused(
      linkTicketToCase(t.deps, clerk!, ORIGIN, {
        deskId: desk!,
        ticketId: called.ticketId!,
        trackingCode: 'TK0000000',
      }),
      'QUEUE_ACT_NOT_ALLOWED',
    );
    await actOnTicket(t.deps, clerk!, ORIGIN, {
      deskId: desk!,
      ticketId: called.ticketId!,
      act: 'start',
      idempotencyKey: key(),
    });
    await assert.rejects(
      linkTicketToCase(t.deps, clerk!, ORIGIN, {
        deskId: desk!,
        ticketId: called.ticketId!,
        trackingCode: 'TKNOSUCH00',
      }),
      (e: unknown) => e instanceof DomainError && e.fields.trackingCode === 'case_not_found',
    );
    const [c] = await queryRows<{ id: string; tracking_code: string }>(
      get().database.db,
      sql`insert into cases (tracking_code, kind, language, organisation_id, first_organisation_id, state)
          values (${`TQ${Date.now().toString(36).toUpperCase().slice(-8)}`}, 'missionary-registration', 'kk', ${f.office.id}, ${f.office.id}, 'at_counter')
          returning id, tracking_code`,
    );
    const linked = await linkTicketToCase(t.deps, clerk!, ORIGIN, {
      deskId: desk!,
      ticketId: called.ticketId!,
      trackingCode: c!.tracking_code.toLowerCase(),
    });
    assert.equal(linked.caseId, c!.id);
    const [row] = await queryRows<{ case_id: string; complaint_id: string | null }>(
      get().database.db,
      sql`select case_id, complaint_id from queue_tickets where id = ${called.ticketId}`,
    );
    assert.deepEqual(row, { case_id: c!.id, complaint_id: null });
  });

  it('a ticket a desk still held when its day ended is closed at that day’s closing time', async () => {
    setClock(t, at(DAY, '17:50'));
    const f = await queueOfficeFixture(t, { desks: 1 });
    await f.issue('hand-in');
    const [clerk] = f.clerks;
    const [desk] = f.desks;
    const called = await callNext(t.deps, clerk!, ORIGIN, desk!, key());
    setClock(t, at('2026-03-05', '09:00'));
    await f.issue('hand-in');
    // Yesterday's seat is gone: the clerk sits again, and the desk starts clean.
    await refused(callNext(t.deps, clerk!, ORIGIN, desk!, key()), 'QUEUE_DESK_TAKEN');
    await sitAtDesk(t.deps, clerk!, ORIGIN, desk!);
    assert.equal((await callNext(t.deps, clerk!, ORIGIN, desk!, key())).label, 'A001');
    const [old] = await queryRows<{ status: string; no_show_at: Date }>(
      get().database.db,
      sql`select status, no_show_at from queue_tickets where id = ${called.ticketId}`,
    );
    assert.equal(old!.status, 'no_show');
    assert.equal(new Date(old!.no_show_at).toISOString(), at(DAY, '18:00').toISOString());
  });

  it('tickets are kept: never deleted, their numbers and first call never changed', async () => {
    setClock(t, at(DAY, '10:00'));
    const f = await queueOfficeFixture(t, { desks: 1 });
    const ticket = await f.issue('hand-in');
    const db = get().database.db;
    // The database's own message is on the driver error's cause.
    const because = (re: RegExp) => (e: unknown) =>
      re.test(String((e as Error & { cause?: Error }).cause?.message));
    await assert.rejects(db.execute(sql`delete from queue_tickets where id = ${ticket.id}`), because(/kept/));
    await assert.rejects(
      db.execute(sql`update queue_tickets set seq = 7, label = 'A007' where id = ${ticket.id}`),
      because(/never change/),
    );
    assert.equal(
      await count(
        sql`select count(*)::int as n from queue_tickets where id = ${ticket.id} and label = 'A001'`,
      ),
      1,
    );
  });
});
