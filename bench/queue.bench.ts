// The live queue on PostgreSQL (a throwaway database), two measurements:
//  1. "Call next" with 20 desks calling at the same instant: each round every desk calls through the
//     use-case (desk row lock, FOR UPDATE SKIP LOCKED, the audit chain, NOTIFY) at once; the latency
//     of each call, next to a single-row update of each desk's row by plain SQL, 20 at once, in the
//     same rounds. Every round is checked: 20 different tickets.
//  2. Board fan-out: the service itself (src/main.ts, its own process) serves 200 boards of one office
//     over server-sent events; this process calls tickets (the use-case's NOTIFY reaches the service
//     through LISTEN) and times each call from its commit to its arrival at every board; next to the
//     same with one board, in the same run.
//   node --import tsx bench/queue.bench.ts
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import type { Deps } from '../src/app/deps.js';
import type { Actor } from '../src/app/actor.js';
import { createAccount } from '../src/app/accounts/create-account.js';
import { ensureOrganisation } from '../src/app/organisations/ensure-organisation.js';
import { addDesk } from '../src/app/queue/configure-queue.js';
import { actOnTicket, callNext, sitAtDesk } from '../src/app/queue/desk-work.js';
import { takeDayNumber } from '../src/db/queue-store.js';
import { insertTicket } from '../src/db/queue-tickets-store.js';
import { formatQueueTicket } from '../src/domain/identifiers/queue-ticket.js';
import { plainDateAt } from '../src/domain/time/plain-date.js';
import type { QueuePurpose } from '../src/domain/standard/index.js';
import { postgresServer, withThrowawayDatabase } from './lib/postgres.js';
import { startService } from './lib/servers.js';
import { track } from './lib/cleanup.js';
import { standaloneDeps } from '../src/app/standalone-deps.js';

export const DESKS = 20;
const CALL_ROUNDS = 30;
export const BOARDS = 200;
const FANOUT_CALLS = 20;
const ORIGIN = { ip: null, requestId: 'bench' };
const ZONE = 'Asia/Almaty';
const LETTER = { 'hand-in': 'A', collect: 'B', question: 'C', complaint: 'D' } as const;

export interface Latency {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

export interface QueueBenchResult {
  server: string;
  callNext: Latency;
  singleRowUpdate: Latency;
  /** One desk calling alone, next to one update alone: the cost of a call without contention. */
  alone: { callNext: Latency; singleRowUpdate: Latency };
  rounds: number;
  fanout: { boards: number; calls: number; latency: Latency; oneBoard: Latency; missed: number };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
}

const latency = (xs: number[]): Latency => ({
  runs: xs.length,
  p50: Math.round(percentile(xs, 50) * 100) / 100,
  p95: Math.round(percentile(xs, 95) * 100) / 100,
  max: Math.round(Math.max(...xs) * 100) / 100,
});

const depsOf = (database: Database): Deps => standaloneDeps(database);

let keys = 0;
const key = () => `bench-queue-${process.pid}-${++keys}-${'k'.repeat(12)}`;

/** An office with `desks` desks, a clerk sitting at each. */
async function queueOffice(deps: Deps, code: string, desks: number) {
  const ctx = { actor: null, ip: null, requestId: 'bench', now: new Date() };
  const office = await deps.database.db.transaction((tx) =>
    ensureOrganisation(tx, ctx, {
      code,
      kind: 'service_office',
      regionCode: '71',
      nameKk: `Өлшеу бөлімі ${code}`,
      nameRu: `Отдел замеров ${code}`,
      nameEn: null,
      timeZone: ZONE,
    }),
  );
  const actor = async (role: 'clerk' | 'head', n: number): Promise<Actor> => {
    const login = `bench.${code}.${role}.${n}`;
    const { id } = await createAccount(deps, null, ORIGIN, {
      organisationId: office.id,
      login,
      displayName: login,
      roles: [role],
      withoutCredentials: true,
    });
    return {
      accountId: id,
      login,
      displayName: login,
      organisation: {
        id: office.id,
        code,
        kind: 'service_office',
        regionCode: '71',
        nameKk: office.nameKk,
        nameRu: office.nameRu,
      },
      roles: [role],
      actingHead: false,
      mustChangePassword: false,
      sessionId: 'bench',
    };
  };
  const head = await actor('head', 0);
  const deskIds: string[] = [];
  const clerks: Actor[] = [];
  for (let i = 1; i <= desks; i++) {
    deskIds.push(
      await addDesk(deps, head, ORIGIN, {
        number: i,
        purposes: ['hand-in', 'collect', 'question', 'complaint'],
      }),
    );
    const clerk = await actor('clerk', i);
    await sitAtDesk(deps, clerk, ORIGIN, deskIds[i - 1]!);
    clerks.push(clerk);
  }
  return { office, deskIds, clerks };
}

/** Tickets waiting today, as the kiosk leaves them (numbers from the day counters); not timed. */
async function fillQueue(deps: Deps, officeId: string, n: number): Promise<void> {
  const purposes: QueuePurpose[] = ['hand-in', 'collect', 'question'];
  const day = plainDateAt(deps.now(), ZONE);
  for (let i = 0; i < n; i++) {
    const purpose = purposes[i % purposes.length]!;
    await deps.database.db.transaction(async (tx) => {
      const seq = await takeDayNumber(tx, officeId, day, LETTER[purpose]);
      await insertTicket(tx, {
        organisationId: officeId,
        day,
        purpose,
        seq,
        label: formatQueueTicket({ purpose, seq }),
        issuedAt: new Date(),
      });
    });
  }
}

async function measureCalls(
  url: string,
): Promise<Pick<QueueBenchResult, 'callNext' | 'singleRowUpdate' | 'rounds' | 'alone'>> {
  const database = await openDatabase({ kind: 'postgres', url, poolMax: DESKS + 5 });
  try {
    await migrate(database);
    const deps = depsOf(database);
    const { office, deskIds, clerks } = await queueOffice(deps, '71-951', DESKS);
    await fillQueue(deps, office.id, DESKS * (CALL_ROUNDS + 1) + CALL_ROUNDS + 1);
    const calls: number[] = [];
    const updates: number[] = [];
    const timed = async <T>(into: number[], work: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      const out = await work();
      into.push(performance.now() - t0);
      return out;
    };
    for (let round = 0; round <= CALL_ROUNDS; round++) {
      const sink: number[] = [];
      // Twenty desks press "call next" at once.
      const got = await Promise.all(
        deskIds.map((d, i) =>
          timed(round === 0 ? sink : calls, () => callNext(deps, clerks[i]!, ORIGIN, d, key())),
        ),
      );
      const ids = got.map((g) => g.ticketId);
      if (ids.some((id) => id === null) || new Set(ids).size !== DESKS)
        throw new Error(`round ${round}: the desks did not get ${DESKS} different tickets`);
      // The baseline: each desk's own row updated by plain SQL, twenty at once.
      await Promise.all(
        deskIds.map((d) =>
          timed(round === 0 ? sink : updates, () =>
            database.db.execute(sql`update queue_desks set staffed_since = now() where id = ${d}`),
          ),
        ),
      );
      // Not timed: each desk settles its ticket so it may call again.
      await Promise.all(
        got.map((g, i) =>
          actOnTicket(deps, clerks[i]!, ORIGIN, {
            deskId: deskIds[i]!,
            ticketId: g.ticketId!,
            act: 'no_show',
            idempotencyKey: key(),
          }),
        ),
      );
    }
    const aloneCalls: number[] = [];
    const aloneUpdates: number[] = [];
    for (let i = 0; i <= CALL_ROUNDS; i++) {
      const sink: number[] = [];
      const got = await timed(i === 0 ? sink : aloneCalls, () =>
        callNext(deps, clerks[0]!, ORIGIN, deskIds[0]!, key()),
      );
      await timed(i === 0 ? sink : aloneUpdates, () =>
        database.db.execute(sql`update queue_desks set staffed_since = now() where id = ${deskIds[0]}`),
      );
      await actOnTicket(deps, clerks[0]!, ORIGIN, {
        deskId: deskIds[0]!,
        ticketId: got.ticketId!,
        act: 'no_show',
        idempotencyKey: key(),
      });
    }
    return {
      callNext: latency(calls),
      singleRowUpdate: latency(updates),
      rounds: CALL_ROUNDS,
      alone: { callNext: latency(aloneCalls), singleRowUpdate: latency(aloneUpdates) },
    };
  } finally {
    await database.close();
  }
}

/** A board's stream: resolves `seen(label)` when a board event holding that label arrives. */
function board(url: string) {
  const arrivals = new Map<string, number>();
  let buffer = '';
  let first!: () => void;
  const opened = new Promise<void>((r) => (first = r));
  const req = http.get(url, { headers: { accept: 'text/event-stream' }, agent: false }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = frame.split('\n').find((l) => l.startsWith('data: '));
        if (!frame.includes('event: board') || !data) continue;
        const now = performance.now();
        first();
        for (const e of (JSON.parse(data.slice(6)) as { entries: { label: string }[] }).entries)
          if (!arrivals.has(e.label)) arrivals.set(e.label, now);
      }
    });
  });
  req.on('error', () => undefined);
  return { opened, arrivals, close: () => req.destroy() };
}

async function fanout(
  deps: Deps,
  eventsUrl: string,
  boards: number,
  desk: { id: string; clerk: Actor },
): Promise<{ latency: number[]; missed: number }> {
  const streams = Array.from({ length: boards }, () => board(eventsUrl));
  try {
    await Promise.all(streams.map((s) => s.opened));
    const latencies: number[] = [];
    let missed = 0;
    for (let i = 0; i < FANOUT_CALLS; i++) {
      const called = await callNext(deps, desk.clerk, ORIGIN, desk.id, key());
      const at = performance.now(); // committed: the NOTIFY is on its way
      const label = called.label!;
      const deadline = at + 5_000;
      while (streams.some((s) => !s.arrivals.has(label)) && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 2));
      for (const s of streams) {
        const t = s.arrivals.get(label);
        if (t === undefined) missed++;
        else latencies.push(Math.max(0, t - at));
      }
      await actOnTicket(deps, desk.clerk, ORIGIN, {
        deskId: desk.id,
        ticketId: called.ticketId!,
        act: 'no_show',
        idempotencyKey: key(),
      });
      await new Promise((r) => setTimeout(r, 50));
    }
    return { latency: latencies, missed };
  } finally {
    for (const s of streams) s.close();
  }
}

async function measureFanout(url: string): Promise<QueueBenchResult['fanout']> {
  const database = await openDatabase({ kind: 'postgres', url, poolMax: 4 });
  await migrate(database); // before the service starts, so it finds the schema in place
  const service = await startService('tirkeu (queue board)', { kind: 'postgres', url });
  const untrack = track('queue bench service', async () => {
    await service.stop();
  });
  try {
    const deps = depsOf(database);
    const { office, deskIds, clerks } = await queueOffice(deps, '71-952', 1);
    await fillQueue(deps, office.id, 2 * FANOUT_CALLS + 5);
    const eventsUrl = `${service.base}/queue/board/${office.code}/events`;
    const desk = { id: deskIds[0]!, clerk: clerks[0]! };
    const one = await fanout(deps, eventsUrl, 1, desk);
    const many = await fanout(deps, eventsUrl, BOARDS, desk);
    return {
      boards: BOARDS,
      calls: FANOUT_CALLS,
      latency: latency(many.latency),
      oneBoard: latency(one.latency),
      missed: many.missed + one.missed,
    };
  } finally {
    await service.stop();
    untrack();
    await database.close();
  }
}

export async function runQueueBench(): Promise<QueueBenchResult> {
  const server = await postgresServer();
  if ('skipped' in server) throw new Error(`the queue bench needs PostgreSQL: ${server.skipped}`);
  const version = await withThrowawayDatabase(server.url, async (url) => {
    const database = await openDatabase({ kind: 'postgres', url, poolMax: 1 });
    try {
      const [row] = await queryRows<{ v: string }>(
        database.db,
        sql`select current_setting('server_version') as v`,
      );
      return row?.v ?? '?';
    } finally {
      await database.close();
    }
  });
  const calls = await withThrowawayDatabase(server.url, measureCalls);
  const fan = await withThrowawayDatabase(server.url, measureFanout);
  return { server: version, ...calls, fanout: fan };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await runQueueBench(), null, 2));
}
