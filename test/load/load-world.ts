// Issue 11 §3: the world the load runs against — a database of either engine prepared before the
// server starts (migrated; one office with staff of every role who work the case and the queue; desks
// staffed today; queue tickets waiting), and the service started as a real process on it
// (src/main.ts) with TRUST_PROXY=127.0.0.1, so the simulated clients' X-Forwarded-For addresses
// count for the per-address limits. Everything made here is removed by `dispose`, on failure too.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Actor } from '../../src/app/actor.js';
import type { Deps } from '../../src/app/deps.js';
import { createAccount } from '../../src/app/accounts/create-account.js';
import { ensureOrganisation } from '../../src/app/organisations/ensure-organisation.js';
import { addDesk } from '../../src/app/queue/configure-queue.js';
import { sitAtDesk } from '../../src/app/queue/desk-work.js';
import { queueOffice } from '../../src/app/queue/queue-office.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { takeDayNumber } from '../../src/db/queue-store.js';
import { insertTicket } from '../../src/db/queue-tickets-store.js';
import type { OrganisationRow } from '../../src/db/accounts-store.js';
import { formatQueueTicket, type QueueLetter } from '../../src/domain/identifiers/queue-ticket.js';
import type { Role } from '../../src/domain/roles/roles.js';
import type { QueuePurpose } from '../../src/domain/standard/index.js';
import { freePort, spawnServer, waitReady, type Spawned } from '../helpers/spawn-server.js';
import { standaloneDeps } from '../../src/app/standalone-deps.js';

export type Engine = 'pglite' | 'postgres';

export const engines = (): Engine[] => (process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']);

export const STAFF_PASSWORD = 'load-staff-password-9';
/** Tickets waiting per purpose when the load starts (the day's numbers go to 999). */
const TICKETS_PER_PURPOSE = 250;
const PURPOSES: [QueuePurpose, QueueLetter][] = [
  ['hand-in', 'A'],
  ['collect', 'B'],
  ['question', 'C'],
  ['complaint', 'D'],
];

export interface Staff {
  /** Every account's password. */
  password: string;
  /** Counter intake (opens cases). */
  clerks: string[];
  records: string[];
  officers: string[];
  heads: string[];
  /** One per desk, sitting at it today: desk id and the clerk's login. */
  desks: { deskId: string; login: string }[];
}

export interface LoadWorld {
  engine: Engine;
  officeCode: string;
  staff: Staff;
  /** A PostgreSQL URL or the embedded data folder: what verifyLedger opens once the server stops. */
  target: string;
  /** The server's environment for its database. */
  databaseEnv: Record<string, string>;
  server: RunningService | null;
  start(): Promise<RunningService>;
  dispose(): Promise<void>;
}

export interface RunningService {
  base: string;
  spawned: Spawned;
  /** SIGTERM and wait (SIGKILL after the grace). */
  stop(): Promise<void>;
  /** SIGKILL and wait for the exit. */
  kill(): Promise<void>;
}

const depsOf = (database: Database): Deps => standaloneDeps(database);

function actorOf(org: OrganisationRow, id: string, login: string, roles: Role[]): Actor {
  return {
    accountId: id,
    login,
    displayName: login,
    organisation: {
      id: org.id,
      code: org.code,
      kind: org.kind,
      regionCode: org.regionCode,
      nameKk: org.nameKk,
      nameRu: org.nameRu,
    },
    roles,
    actingHead: false,
    mustChangePassword: false,
    sessionId: 'load',
  };
}

/** The office, its staff, its desks and the day's waiting tickets. */
async function seed(
  database: Database,
  officeCode: string,
  staffPerRole: number,
  desks: number,
): Promise<Staff> {
  await migrate(database);
  const deps = depsOf(database);
  const origin = { ip: null, requestId: 'load' };
  const office = await database.db.transaction((tx) =>
    ensureOrganisation(
      tx,
      { actor: null, ip: null, requestId: 'load', now: new Date() },
      {
        code: officeCode,
        kind: 'service_office',
        regionCode: officeCode.slice(0, 2),
        nameKk: `Жүктеме бөлімі ${officeCode}`,
        nameRu: `Отдел нагрузки ${officeCode}`,
        nameEn: null,
        timeZone: 'Asia/Almaty',
      },
    ),
  );
  const account = async (role: Role, n: number) => {
    const login = `load.${officeCode}.${role}.${String(n)}`;
    const { id } = await createAccount(deps, null, origin, {
      organisationId: office.id,
      login,
      displayName: login,
      roles: [role],
      password: STAFF_PASSWORD,
    });
    return { id, login };
  };
  const staff: Staff = {
    password: STAFF_PASSWORD,
    clerks: [],
    records: [],
    officers: [],
    heads: [],
    desks: [],
  };
  for (let n = 1; n <= staffPerRole; n++) {
    staff.clerks.push((await account('clerk', n)).login);
    staff.records.push((await account('records', n)).login);
    staff.officers.push((await account('officer', n)).login);
    staff.heads.push((await account('head', n)).login);
  }
  const head = await account('head', 0);
  const headActor = actorOf(office, head.id, head.login, ['head']);
  for (let n = 1; n <= desks; n++) {
    const deskId = await addDesk(deps, headActor, origin, {
      number: n,
      purposes: PURPOSES.map(([p]) => p),
    });
    const clerk = await account('clerk', 100 + n);
    await sitAtDesk(deps, actorOf(office, clerk.id, clerk.login, ['clerk']), origin, deskId);
    staff.desks.push({ deskId, login: clerk.login });
  }
  // The kiosk gives tickets only in the office's hours; the load may run at any hour, so the day's
  // waiting tickets are put in as the kiosk would (the day's numbering, one label each).
  const q = await queueOffice(deps, database.db, office.id);
  const issuedAt = new Date();
  for (const [purpose, letter] of PURPOSES)
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < TICKETS_PER_PURPOSE; i++) {
        const seq = await takeDayNumber(tx, office.id, q.today, letter);
        await insertTicket(tx, {
          organisationId: office.id,
          day: q.today,
          purpose,
          seq,
          label: formatQueueTicket({ purpose, seq }),
          issuedAt,
        });
      }
    });
  return staff;
}

async function removeOnFailure<T>(work: () => Promise<T>, cleanup: () => Promise<void>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    await cleanup().catch(() => undefined);
    throw e;
  }
}

/** A new database of `engine`, seeded; nothing started yet. */
export async function prepareWorld(
  engine: Engine,
  opts: {
    /** Accounts of each role of the counter (clerk, records, officer, head): the staff teams. */
    staffPerRole?: number;
    /** Desks, each with its own clerk, that call the queue. */
    desks?: number;
    serverEnv?: Record<string, string>;
    /** PostgreSQL: the server to make the throwaway database on (default TEST_DATABASE_URL). */
    adminUrl?: string;
  } = {},
): Promise<LoadWorld> {
  const officeCode = `71-${String(100 + (process.pid % 800))}`;
  const staffPerRole = opts.staffPerRole ?? 2;
  const desks = opts.desks ?? 2;
  let target: string;
  let databaseEnv: Record<string, string>;
  let drop: () => Promise<void>;
  let staff: Staff;
  if (engine === 'postgres') {
    const adminUrl = opts.adminUrl ?? process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
    const name = `tirkeu_load_${String(process.pid)}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    target = url.toString();
    databaseEnv = { DATABASE_URL: target };
    drop = async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    };
    staff = await removeOnFailure(async () => {
      const database = await openDatabase({ kind: 'postgres', url: target, poolMax: 2 });
      try {
        return await seed(database, officeCode, staffPerRole, desks);
      } finally {
        await database.close();
      }
    }, drop);
  } else {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tirkeu-load-'));
    target = dataDir;
    databaseEnv = { TIRKEU_DATA_DIR: dataDir, TIRKEU_DEMO: 'off' };
    drop = () => fs.rm(dataDir, { recursive: true, force: true });
    staff = await removeOnFailure(async () => {
      const database = await openDatabase({ kind: 'embedded', dataDir });
      try {
        return await seed(database, officeCode, staffPerRole, desks);
      } finally {
        await database.close();
      }
    }, drop);
  }

  const world: LoadWorld = {
    engine,
    officeCode,
    staff,
    target,
    databaseEnv,
    server: null,
    async start() {
      const port = await freePort();
      const spawned = spawnServer({
        ...databaseEnv,
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${String(port)}`,
        TRUST_PROXY: '127.0.0.1',
        LOG_LEVEL: 'error',
        ...opts.serverEnv,
      });
      const running: RunningService = {
        base: `http://127.0.0.1:${String(port)}`,
        spawned,
        async stop() {
          if (spawned.child.exitCode !== null || spawned.child.signalCode !== null) return;
          spawned.child.kill('SIGTERM');
          const t = setTimeout(() => spawned.child.kill('SIGKILL'), 15_000);
          await spawned.exited;
          clearTimeout(t);
        },
        async kill() {
          if (spawned.child.exitCode !== null || spawned.child.signalCode !== null) return;
          spawned.child.kill('SIGKILL');
          await spawned.exited;
        },
      };
      world.server = running;
      try {
        await Promise.race([
          waitReady(port, 90_000),
          spawned.exited.then((code) => {
            throw new Error(`the server exited (${String(code)}) before it was ready: ${spawned.output()}`);
          }),
        ]);
      } catch (e) {
        await running.kill();
        throw e;
      }
      return running;
    },
    async dispose() {
      await world.server?.stop().catch(() => undefined);
      await world.server?.kill().catch(() => undefined);
      await drop();
    },
  };
  return world;
}
