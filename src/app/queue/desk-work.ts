// A clerk's desk (§9): sit at it, call the next ticket, recall, mark a no-show, start and finish the
// service, link the ticket to the case served, leave the desk. Each act in one transaction with its
// audit event and, where the hall's board changes, a NOTIFY that reaches every app server on commit.
// The desk's row lock orders one desk's acts; "call next" skips tickets other desks hold locked.
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../db/audit-trail.js';
import type { Executor } from '../../db/database.js';
import { once } from '../../db/idempotency.js';
import { cases } from '../../db/schema/index.js';
import { deskStaffedBy, lockDesk, updateDesk, type DeskRow } from '../../db/queue-store.js';
import {
  activeTicketOf,
  callNextTicket,
  lockTicket,
  notifyBoard,
  updateTicket,
  type TicketRow,
} from '../../db/queue-tickets-store.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { actsAllowed, hoursOfDay, statusAfter, type DeskAct } from '../../domain/queue/index.js';
import { can } from '../policies/policy.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { ownQueueOffice, queueOffice, type QueueOffice } from './queue-office.js';

/** Whether the desk is staffed today by someone (a desk left open overnight counts as free). */
export function staffedToday(desk: DeskRow, office: Pick<QueueOffice, 'timeZone' | 'today'>): string | null {
  if (!desk.staffedBy || !desk.staffedSince) return null;
  return plainDateAt(desk.staffedSince, office.timeZone) === office.today ? desk.staffedBy : null;
}

async function deskOf(tx: Executor, office: QueueOffice, deskId: string): Promise<DeskRow> {
  const desk = await lockDesk(tx, deskId);
  if (!desk || desk.organisationId !== office.row.id) throw new DomainError('NOT_FOUND');
  return desk;
}

/** The desk, locked, staffed today by the actor. */
async function myDesk(tx: Executor, office: QueueOffice, actor: Actor, deskId: string): Promise<DeskRow> {
  const desk = await deskOf(tx, office, deskId);
  if (staffedToday(desk, office) !== actor.accountId)
    throw new DomainError('QUEUE_DESK_TAKEN', {}, { deskNumber: desk.number });
  return desk;
}

export async function sitAtDesk(deps: Deps, actor: Actor, origin: Origin, deskId: string): Promise<void> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'queue.desk');
  await db.transaction(async (tx) => {
    const desk = await deskOf(tx, office, deskId);
    if (!desk.active) throw new DomainError('CONFLICT', {}, { reason: 'DESK_INACTIVE' });
    const by = staffedToday(desk, office);
    if (by === actor.accountId) return;
    if (by) throw new DomainError('QUEUE_DESK_TAKEN', {}, { deskNumber: desk.number });
    const now = deps.now();
    // One desk at a time: moving to another leaves the first, if it holds no ticket.
    const other = await deskStaffedBy(tx, actor.accountId);
    if (other && other.id !== desk.id)
      await leave(tx, office, actor, origin, now, await deskOf(tx, office, other.id));
    await settlePastDay(tx, office, actor, origin, now, desk);
    await updateDesk(tx, desk.id, { staffedBy: actor.accountId, staffedSince: now });
    await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, now), {
      action: 'queue.desk_staffed',
      recordType: 'queue_desk',
      recordId: desk.id,
      data: { staffed: true, by: actor.accountId },
    });
  });
}

/**
 * Queues restart each working day: a ticket a desk still held when its day ended (called but never
 * come, or never marked finished) is closed at that day's closing time — a no-show, or the end of its
 * service — so the desk starts clean and the day's figures count it as it stood. Returns the ticket the
 * desk holds today, if any.
 */
async function settlePastDay(
  tx: Executor,
  office: QueueOffice,
  actor: Actor,
  origin: Origin,
  now: Date,
  desk: DeskRow,
): Promise<TicketRow | null> {
  const held = await activeTicketOf(tx, desk.id);
  if (!held || held.day >= office.today) return held;
  const closing = hoursOfDay(office.schedule, held.day as PlainDate, office.timeZone).end;
  const after = (t: Date | null) => new Date(Math.max(closing.getTime(), t?.getTime() ?? 0));
  const status = held.status === 'serving' ? 'done' : 'no_show';
  await updateTicket(
    tx,
    held.id,
    status === 'done'
      ? { status, finishedAt: after(held.startedAt) }
      : { status, noShowAt: after(held.lastCalledAt) },
  );
  await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, now), {
    action: 'queue.ticket_moved',
    recordType: 'queue_ticket',
    recordId: held.id,
    data: { act: 'day_end', deskId: desk.id, status },
  });
  return null;
}

async function leave(
  tx: Executor,
  office: QueueOffice,
  actor: Actor,
  origin: Origin,
  now: Date,
  desk: DeskRow,
): Promise<void> {
  const active = await activeTicketOf(tx, desk.id);
  // The waiting tickets stay in the queue for the other desks; one called here must be settled first.
  if (active && active.day === office.today)
    throw new DomainError('QUEUE_DESK_BUSY', {}, { ticket: active.label, deskNumber: desk.number });
  await updateDesk(tx, desk.id, { staffedBy: null, staffedSince: null });
  await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, now), {
    action: 'queue.desk_staffed',
    recordType: 'queue_desk',
    recordId: desk.id,
    data: { staffed: false, by: actor.accountId },
  });
}

/** Leaves the desk (the head may free a desk another clerk left staffed). */
export async function leaveDesk(deps: Deps, actor: Actor, origin: Origin, deskId: string): Promise<void> {
  const db = deps.database.db;
  if (actor.organisation.kind !== 'service_office') throw new DomainError('FORBIDDEN');
  const office = await queueOffice(deps, db, actor.organisation.id);
  const target = { organisationId: office.row.id, regionCode: office.row.regionCode };
  const isHead = can(actor, 'queue.configure', target);
  if (!isHead && !can(actor, 'queue.desk', target)) throw new DomainError('FORBIDDEN');
  await db.transaction(async (tx) => {
    const desk = await deskOf(tx, office, deskId);
    if (!desk.staffedBy) return;
    const by = staffedToday(desk, office);
    if (by && by !== actor.accountId && !isHead)
      throw new DomainError('QUEUE_DESK_TAKEN', {}, { deskNumber: desk.number });
    const now = deps.now();
    await settlePastDay(tx, office, actor, origin, now, desk);
    await leave(tx, office, actor, origin, now, desk);
  });
}

export interface CallResult {
  ticketId: string | null;
  label: string | null;
}

/** §9: the desk calls the ticket that has waited longest among the purposes it serves. */
export async function callNext(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  deskId: string,
  idempotencyKey: string,
): Promise<CallResult> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'queue.desk');
  return db.transaction(async (tx) => {
    const { result } = await once(tx, idempotencyKey, `queue.call.${deskId}`, actor.accountId, async () => {
      const desk = await myDesk(tx, office, actor, deskId);
      const now = deps.now();
      const active = await settlePastDay(tx, office, actor, origin, now, desk);
      if (active && active.day === office.today)
        throw new DomainError('QUEUE_DESK_BUSY', {}, { ticket: active.label, deskNumber: desk.number });
      const called = await callNextTicket(tx, {
        organisationId: office.row.id,
        day: office.today,
        purposes: desk.purposes,
        deskId: desk.id,
        accountId: actor.accountId,
        at: now,
      });
      if (!called) return { ticketId: null, label: null };
      await notifyBoard(tx, office.row.id);
      // Last: the office's audit chain is locked from here to the commit (desks of one office queue
      // for it), so nothing else is done while it is held.
      await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, now), {
        action: 'queue.ticket_called',
        recordType: 'queue_ticket',
        recordId: called.id,
        data: { deskId: desk.id },
      });
      return { ticketId: called.id, label: called.label };
    });
    return result;
  });
}

/** Recall, no-show, start or finish the ticket the desk holds (the one state table decides). */
export async function actOnTicket(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  p: { deskId: string; ticketId: string; act: DeskAct; idempotencyKey: string },
): Promise<{ status: string }> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'queue.desk');
  return db.transaction(async (tx) => {
    const { result } = await once(
      tx,
      p.idempotencyKey,
      `queue.${p.act}.${p.ticketId}`,
      actor.accountId,
      async () => {
        const desk = await myDesk(tx, office, actor, p.deskId);
        const ticket = await lockTicket(tx, p.ticketId);
        if (!ticket || ticket.organisationId !== office.row.id || ticket.deskId !== desk.id)
          throw new DomainError('NOT_FOUND');
        const next = statusAfter(ticket.status, p.act);
        if (!next)
          throw new DomainError(
            'QUEUE_ACT_NOT_ALLOWED',
            {},
            { status: ticket.status, allowed: [...actsAllowed(ticket.status)] },
          );
        const now = deps.now();
        const set: Parameters<typeof updateTicket>[2] = { status: next };
        if (p.act === 'recall') Object.assign(set, { lastCalledAt: now, recalls: ticket.recalls + 1 });
        if (p.act === 'start') set.startedAt = now;
        if (p.act === 'finish') set.finishedAt = now;
        if (p.act === 'no_show') set.noShowAt = now;
        await updateTicket(tx, ticket.id, set);
        await notifyBoard(tx, office.row.id);
        await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, now), {
          action: 'queue.ticket_moved',
          recordType: 'queue_ticket',
          recordId: ticket.id,
          data: { act: p.act, deskId: desk.id, status: next },
        });
        return { status: next };
      },
    );
    return result;
  });
}

/** Links the ticket served at the desk to the case (by its tracking code, in the office's own cases). */
export async function linkTicketToCase(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  p: { deskId: string; ticketId: string; trackingCode: string },
): Promise<{ caseId: string }> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'queue.desk');
  const code = p.trackingCode.trim().toUpperCase();
  return db.transaction(async (tx) => {
    const desk = await myDesk(tx, office, actor, p.deskId);
    const ticket: TicketRow | null = await lockTicket(tx, p.ticketId);
    if (!ticket || ticket.organisationId !== office.row.id || ticket.deskId !== desk.id)
      throw new DomainError('NOT_FOUND');
    if (ticket.status !== 'serving' && ticket.status !== 'done')
      throw new DomainError(
        'QUEUE_ACT_NOT_ALLOWED',
        {},
        { status: ticket.status, allowed: [...actsAllowed(ticket.status)] },
      );
    const [found] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.trackingCode, code), eq(cases.organisationId, office.row.id)));
    if (!found) throw new DomainError('VALIDATION_FAILED', { trackingCode: 'case_not_found' });
    const now = deps.now();
    await updateTicket(tx, ticket.id, { caseId: found.id });
    await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, now), {
      action: 'queue.ticket_linked',
      recordType: 'queue_ticket',
      recordId: ticket.id,
      data: { caseId: found.id },
    });
    return { caseId: found.id };
  });
}
