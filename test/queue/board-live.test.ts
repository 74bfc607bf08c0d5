// The hall board live (§9) across app servers: a desk's call made through one app server reaches a
// board connected to another within a second (NOTIFY on commit, LISTEN in each server); a board that
// reconnects gets the whole board at once, so it catches up; on PostgreSQL a lost LISTEN connection
// is re-made and the boards are refreshed.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { actOnTicket, callNext } from '../../src/app/queue/desk-work.js';
import { ORIGIN, at, key, queueOfficeFixture, setClock, type QueueOfficeFixture } from './queue-fixture.js';

interface Board {
  id: string | null;
  entries: { label: string; deskNumber: number; status: string; calledAt: string }[];
}

/** A board's event stream: every `board` event, in order, as it arrives. */
function openStream(url: string, headers: Record<string, string> = {}) {
  const boards: Board[] = [];
  const waiters: (() => void)[] = [];
  let buffer = '';
  const req = http.get(url, { headers: { accept: 'text/event-stream', ...headers } });
  const ready = new Promise<http.IncomingMessage>((resolve, reject) => {
    req.on('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) =>
            frame
              .split('\n')
              .find((l) => l.startsWith(`${name}: `))
              ?.slice(name.length + 2) ?? null;
          if (field('event') !== 'board') continue;
          boards.push({ id: field('id'), ...(JSON.parse(field('data')!) as Omit<Board, 'id'>) });
          waiters.splice(0).forEach((w) => w());
        }
      });
      resolve(res);
    });
    req.on('error', reject);
  });
  return {
    ready,
    boards,
    /** Resolves with the first board (from index `from` on) that satisfies `test`, or fails after `ms`. */
    async until(test: (b: Board) => boolean, ms: number, from = 0): Promise<Board> {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = boards.slice(from).find(test);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching board within ${ms} ms: ${JSON.stringify(boards.at(-1))}`);
        await new Promise<void>((r) => {
          const timer = setTimeout(r, left);
          waiters.push(() => {
            clearTimeout(timer);
            r();
          });
        });
      }
    },
    close: () => req.destroy(),
  };
}

describeEachDatabase('the hall board, live', (get) => {
  let a: TestApp;
  let b: TestApp;
  let url: string;
  let f: QueueOfficeFixture;
  before(async () => {
    // Two app servers on one database: desks act through A, the board is connected to B.
    a = await buildTestApp(get().database);
    b = await buildTestApp(get().database);
    setClock(a, at('2026-03-04', '10:00'));
    setClock(b, at('2026-03-04', '10:00'));
    f = await queueOfficeFixture(a, { desks: 2 });
    await b.app.listen({ port: 0, host: '127.0.0.1' });
    const address = b.app.server.address() as { port: number };
    url = `http://127.0.0.1:${address.port}/queue/board/${f.office.code}/events`;
  });
  after(async () => {
    await a.close();
    await b.close();
  });

  it('a call through one app server is on a board of another within a second; reconnecting catches up', async () => {
    for (let i = 0; i < 3; i++) await f.issue('hand-in');
    const stream = openStream(url);
    const res = await stream.ready;
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/event-stream/);
    const first = await stream.until(() => true, 2_000);
    assert.deepEqual(first.entries, []);
    const started = Date.now();
    await callNext(a.deps, f.clerks[0]!, ORIGIN, f.desks[0]!, key());
    const shown = await stream.until((x) => x.entries.some((e) => e.label === 'A001'), 1_000);
    assert.ok(Date.now() - started < 1_000, 'within a second');
    assert.deepEqual(
      shown.entries.map((e) => [e.label, e.deskNumber, e.status]),
      [['A001', 1, 'called']],
    );
    assert.equal(shown.id, String(Date.parse(shown.entries[0]!.calledAt)));
    // The board goes away; meanwhile desk 2 calls A002 and desk 1 starts serving A001.
    stream.close();
    const second = await callNext(a.deps, f.clerks[1]!, ORIGIN, f.desks[1]!, key());
    const held = await get().database.db.execute(
      sql`select id from queue_tickets where label = 'A001' and organisation_id = ${f.office.id}`,
    );
    const a001 = (held as unknown as { rows: { id: string }[] }).rows[0]!.id;
    await actOnTicket(a.deps, f.clerks[0]!, ORIGIN, {
      deskId: f.desks[0]!,
      ticketId: a001,
      act: 'start',
      idempotencyKey: key(),
    });
    // It comes back (as a browser does, with Last-Event-ID) and gets the whole board at once.
    const again = openStream(url, { 'last-event-id': shown.id! });
    const caughtUp = await again.until(() => true, 2_000);
    assert.deepEqual(
      caughtUp.entries.map((e) => [e.label, e.deskNumber, e.status]),
      [
        [second.label, 2, 'called'],
        ['A001', 1, 'serving'],
      ],
    );
    again.close();
  });

  it('a board of another office hears nothing of this one; an unknown office has no stream', async () => {
    const other = await queueOfficeFixture(a, { desks: 1 });
    const stream = openStream(url.replace(f.office.code, other.office.code));
    await stream.ready;
    await stream.until(() => true, 2_000);
    await f.issue('collect');
    const [, d2] = f.desks;
    const held = await get().database.db.execute(
      sql`select id from queue_tickets where desk_id = ${d2} and status = 'called'`,
    );
    const id = (held as unknown as { rows: { id: string }[] }).rows[0]!.id;
    await actOnTicket(a.deps, f.clerks[1]!, ORIGIN, {
      deskId: d2!,
      ticketId: id,
      act: 'no_show',
      idempotencyKey: key(),
    });
    await callNext(a.deps, f.clerks[1]!, ORIGIN, d2!, key());
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(stream.boards.length, 1, 'no event for another office');
    stream.close();
    const missing = await new Promise<number>((resolve) =>
      http.get(url.replace(f.office.code, '99-999'), (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      }),
    );
    assert.equal(missing, 404);
  });

  it('on PostgreSQL, a lost LISTEN connection is re-made and the boards are brought up to date', async (ctx) => {
    if (get().engine !== 'postgres') {
      ctx.skip('the embedded engine has no separate listening connection');
      return;
    }
    const stream = openStream(url);
    await stream.ready;
    await stream.until(() => true, 2_000);
    const seen = stream.boards.length;
    // The server drops the board's LISTEN connection (a restart, a network cut) …
    await get().database.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and query ilike 'LISTEN%' and pid <> pg_backend_pid()`,
    );
    // … and a call made while it is down still reaches the board once it is back.
    await f.issue('question');
    const d1 = f.desks[0]!;
    const heldRows = await get().database.db.execute(
      sql`select id from queue_tickets where desk_id = ${d1} and status in ('called', 'serving')`,
    );
    const heldId = (heldRows as unknown as { rows: { id: string }[] }).rows[0]!.id;
    await actOnTicket(a.deps, f.clerks[0]!, ORIGIN, {
      deskId: d1,
      ticketId: heldId,
      act: 'finish',
      idempotencyKey: key(),
    });
    const next = await callNext(a.deps, f.clerks[0]!, ORIGIN, d1, key());
    const board = await stream.until((x) => x.entries.some((e) => e.label === next.label), 15_000, seen);
    assert.ok(
      board.entries.some((e) => e.deskNumber === 1 && e.label === next.label),
      'the call made meanwhile is shown',
    );
    stream.close();
  });
});
