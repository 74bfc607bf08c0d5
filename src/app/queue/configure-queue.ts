// The head's queue settings (§9, §10): the office's desks and the purposes each serves, the kiosk's
// address and how many days the passes are kept. The kiosk token is random, shown once, stored as
// its SHA-256: a new one replaces the old (a lost or stolen tablet stops working at once).
import { randomBytes } from 'node:crypto';
import { writeAudit } from '../../db/audit-trail.js';
import {
  findDeskByNumber,
  insertDesk,
  lockDesk,
  saveQueueSettings,
  updateDesk,
} from '../../db/queue-store.js';
import { activeTicketOf } from '../../db/queue-tickets-store.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { PASS_KEEP_DAYS, PURPOSES } from '../../domain/queue/index.js';
import type { QueuePurpose } from '../../domain/standard/index.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { hashKioskToken } from './issue-ticket.js';
import { ownQueueOffice } from './queue-office.js';
import { staffedToday } from './desk-work.js';

export { PASS_KEEP_DAYS };

function checkPurposes(purposes: readonly string[]): QueuePurpose[] {
  const chosen = PURPOSES.filter((p) => purposes.includes(p));
  if (chosen.length === 0 || chosen.length !== new Set(purposes).size)
    throw new DomainError('VALIDATION_FAILED', { purposes: 'desk_purposes_required' });
  return chosen;
}

export async function addDesk(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  p: { number: number; purposes: readonly string[] },
): Promise<string> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'queue.configure');
  const fields: Record<string, string> = {};
  if (!Number.isInteger(p.number) || p.number < 1 || p.number > 99) fields.number = 'desk_number_range';
  let purposes: QueuePurpose[] = [];
  try {
    purposes = checkPurposes(p.purposes);
  } catch {
    fields.purposes = 'desk_purposes_required';
  }
  if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
  return db.transaction(async (tx) => {
    if (await findDeskByNumber(tx, office.row.id, p.number))
      throw new DomainError('VALIDATION_FAILED', { number: 'desk_number_taken' });
    const id = await insertDesk(tx, office.row.id, p.number, purposes);
    await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, deps.now()), {
      action: 'queue.desk_changed',
      recordType: 'queue_desk',
      recordId: id,
      data: { number: p.number, purposes, active: true },
    });
    return id;
  });
}

/** The purposes a desk serves, and whether it is in use; a desk holding a ticket stays in use. */
export async function changeDesk(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  p: { deskId: string; purposes: readonly string[]; active: boolean },
): Promise<void> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'queue.configure');
  const purposes = checkPurposes(p.purposes);
  await db.transaction(async (tx) => {
    const desk = await lockDesk(tx, p.deskId);
    if (!desk || desk.organisationId !== office.row.id) throw new DomainError('NOT_FOUND');
    if (!p.active) {
      const held = await activeTicketOf(tx, desk.id);
      if ((held && held.day === office.today) || staffedToday(desk, office))
        throw new DomainError(
          'QUEUE_DESK_BUSY',
          {},
          { ticket: held?.label ?? null, deskNumber: desk.number },
        );
    }
    await updateDesk(tx, desk.id, {
      purposes,
      active: p.active,
      ...(p.active ? {} : { staffedBy: null, staffedSince: null }),
    });
    await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, deps.now()), {
      action: 'queue.desk_changed',
      recordType: 'queue_desk',
      recordId: desk.id,
      data: { number: desk.number, purposes, active: p.active },
    });
  });
}

/** A new kiosk address for the office; returns the token (shown once, never stored). */
export async function newKioskToken(deps: Deps, actor: Actor, origin: Origin): Promise<string> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'queue.configure');
  const token = randomBytes(32).toString('base64url');
  const now = deps.now();
  await db.transaction(async (tx) => {
    await saveQueueSettings(
      tx,
      office.row.id,
      { kioskTokenHash: hashKioskToken(token), kioskTokenSetAt: now, kioskTokenSetBy: actor.accountId },
      now,
    );
    await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, now), {
      action: 'queue.settings_changed',
      recordType: 'organisation',
      recordId: office.row.id,
      data: { kioskToken: 'replaced' },
    });
  });
  return token;
}

export async function setPassKeepDays(deps: Deps, actor: Actor, origin: Origin, days: number): Promise<void> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'queue.configure');
  if (!Number.isInteger(days) || days < PASS_KEEP_DAYS.min || days > PASS_KEEP_DAYS.max)
    throw new DomainError('VALIDATION_FAILED', { passKeepDays: 'pass_keep_days_range' });
  const now = deps.now();
  await db.transaction(async (tx) => {
    await saveQueueSettings(tx, office.row.id, { passKeepDays: days }, now);
    await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, now), {
      action: 'queue.settings_changed',
      recordType: 'organisation',
      recordId: office.row.id,
      data: { passKeepDays: days },
    });
  });
}
