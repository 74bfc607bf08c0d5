// An office with its queue set up, staff of each role, and a clock the test sets (the queue follows
// the office's hours, so tests choose the moment): Wednesday 4 March 2026 in Astana unless told.
import type { Actor } from '../../src/app/actor.js';
import type { Role } from '../../src/domain/roles/roles.js';
import type { OrganisationRow } from '../../src/db/accounts-store.js';
import { addDesk, newKioskToken } from '../../src/app/queue/configure-queue.js';
import { sitAtDesk } from '../../src/app/queue/desk-work.js';
import { issueTicket } from '../../src/app/queue/issue-ticket.js';
import type { QueuePurpose } from '../../src/domain/standard/index.js';
import type { TestApp } from '../helpers/app.js';
import { seedAccount, seedOffice } from '../helpers/seed.js';

export const ORIGIN = { ip: null, requestId: 'test' };

/** An instant in Astana (UTC+5 since 2024-03-01) on a day, e.g. at('2026-03-04', '10:00'). */
export const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+05:00`);

/** Sets the test app's clock to `instant` (it then runs on from there). */
export function setClock(t: TestApp, instant: Date): void {
  t.advance(instant.getTime() - t.deps.now().getTime());
}

let keyCounter = 0;
export const key = (tag = 'k') => `${tag}-${process.pid}-${++keyCounter}-${'x'.repeat(16)}`;

export function actorOf(org: OrganisationRow, id: string, login: string, roles: Role[]): Actor {
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
    sessionId: 'test',
  };
}

export interface QueueOfficeFixture {
  office: OrganisationRow;
  head: Actor;
  clerks: Actor[];
  bureau: Actor;
  officer: Actor;
  desks: string[];
  kioskToken: string;
  issue(purpose: QueuePurpose, k?: string): ReturnType<typeof issueTicket>;
}

/** An office with `desks` desks (desk n serves `purposesOf(n)`), a clerk sitting at each, and a kiosk. */
export async function queueOfficeFixture(
  t: TestApp,
  opts: { desks?: number; purposesOf?: (n: number) => QueuePurpose[]; regionCode?: string } = {},
): Promise<QueueOfficeFixture> {
  const office = await seedOffice(t.deps, opts.regionCode ? { regionCode: opts.regionCode } : {});
  const person = async (roles: Role[]) => {
    const a = await seedAccount(t.deps, office.id, roles);
    return actorOf(office, a.id, a.login, roles);
  };
  const head = await person(['head']);
  const bureau = await person(['pass_bureau']);
  const officer = await person(['officer']);
  const clerks: Actor[] = [];
  const desks: string[] = [];
  const n = opts.desks ?? 2;
  for (let i = 1; i <= n; i++) {
    const purposes = opts.purposesOf?.(i) ?? ['hand-in', 'collect', 'question', 'complaint'];
    desks.push(await addDesk(t.deps, head, ORIGIN, { number: i, purposes }));
    const clerk = await person(['clerk']);
    clerks.push(clerk);
  }
  const kioskToken = await newKioskToken(t.deps, head, ORIGIN);
  for (let i = 0; i < n; i++) await sitAtDesk(t.deps, clerks[i]!, ORIGIN, desks[i]!);
  return {
    office,
    head,
    clerks,
    bureau,
    officer,
    desks,
    kioskToken,
    issue: (purpose, k) =>
      issueTicket(t.deps, ORIGIN, { kioskToken, purpose, idempotencyKey: k ?? key('kiosk') }),
  };
}
