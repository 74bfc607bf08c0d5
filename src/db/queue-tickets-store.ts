// The tickets of the live queue (§9) and what the board shows of them. "Call next" takes the
// longest-waiting ticket among the desk's purposes with FOR UPDATE SKIP LOCKED: desks calling at the
// same instant each get a different ticket, none waits on another's lock, and a ticket a rolled-back
// call had taken is simply still waiting.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { queueDesks, queueTickets } from './schema/index.js';
import { queryRows, type Executor } from './database.js';
import type { QueuePurpose } from '../domain/standard/time-limits/queue-norms.js';
import type { TicketStatus } from '../domain/queue/index.js';

export type TicketRow = Omit<typeof queueTickets.$inferSelect, 'purpose' | 'status'> & {
  purpose: QueuePurpose;
  status: TicketStatus;
};

/** The channel every app server listens on for changes to its offices' boards. */
export const BOARD_CHANNEL = 'tirkeu_queue_board';

export async function insertTicket(
  tx: Executor,
  values: {
    organisationId: string;
    day: string;
    purpose: QueuePurpose;
    seq: number;
    label: string;
    issuedAt: Date;
  },
): Promise<TicketRow> {
  const [row] = await tx.insert(queueTickets).values(values).returning();
  return row as TicketRow;
}

export async function findTicket(db: Executor, id: string): Promise<TicketRow | null> {
  const [row] = await db.select().from(queueTickets).where(eq(queueTickets.id, id));
  return (row as TicketRow | undefined) ?? null;
}

export async function lockTicket(tx: Executor, id: string): Promise<TicketRow | null> {
  const [row] = await tx.select().from(queueTickets).where(eq(queueTickets.id, id)).for('update');
  return (row as TicketRow | undefined) ?? null;
}

/** The ticket a desk holds now (called or in service), if any. */
export async function activeTicketOf(db: Executor, deskId: string): Promise<TicketRow | null> {
  const [row] = await db
    .select()
    .from(queueTickets)
    .where(and(eq(queueTickets.deskId, deskId), inArray(queueTickets.status, ['called', 'serving'])));
  return (row as TicketRow | undefined) ?? null;
}

/** Takes the longest-waiting ticket of the office's day among `purposes` for the desk (§9). */
export async function callNextTicket(
  tx: Executor,
  p: {
    organisationId: string;
    day: string;
    purposes: QueuePurpose[];
    deskId: string;
    accountId: string;
    at: Date;
  },
): Promise<{ id: string; label: string } | null> {
  const purposes = sql.join(
    p.purposes.map((x) => sql`${x}`),
    sql`, `,
  );
  const [row] = await queryRows<{ id: string; label: string }>(
    tx,
    sql`with next as (
          select id from queue_tickets
          where organisation_id = ${p.organisationId} and day = ${p.day} and status = 'waiting'
            and purpose in (${purposes})
          order by issued_at, seq, id
          limit 1
          for update skip locked
        )
        update queue_tickets t
        set status = 'called', desk_id = ${p.deskId}, called_by = ${p.accountId},
            called_at = ${p.at.toISOString()}, last_called_at = ${p.at.toISOString()}
        from next where t.id = next.id
        returning t.id, t.label`,
  );
  return row ?? null;
}

export async function updateTicket(
  tx: Executor,
  id: string,
  set: Partial<
    Pick<
      TicketRow,
      | 'status'
      | 'lastCalledAt'
      | 'recalls'
      | 'startedAt'
      | 'finishedAt'
      | 'noShowAt'
      | 'caseId'
      | 'complaintId'
    >
  >,
): Promise<void> {
  await tx.update(queueTickets).set(set).where(eq(queueTickets.id, id));
}

/** The tickets of an office's day, in order of issue, with the number of the desk that called each. */
export async function ticketsOfDay(
  db: Executor,
  organisationId: string,
  day: string,
): Promise<(TicketRow & { deskNumber: number | null })[]> {
  const rows = await db
    .select({ t: queueTickets, deskNumber: queueDesks.number })
    .from(queueTickets)
    .leftJoin(queueDesks, eq(queueDesks.id, queueTickets.deskId))
    .where(and(eq(queueTickets.organisationId, organisationId), eq(queueTickets.day, day)))
    .orderBy(asc(queueTickets.issuedAt), asc(queueTickets.seq));
  return rows.map((r) => ({ ...(r.t as TicketRow), deskNumber: r.deskNumber }));
}

export async function waitingOfDay(db: Executor, organisationId: string, day: string): Promise<TicketRow[]> {
  return (await db
    .select()
    .from(queueTickets)
    .where(
      and(
        eq(queueTickets.organisationId, organisationId),
        eq(queueTickets.day, day),
        eq(queueTickets.status, 'waiting'),
      ),
    )
    .orderBy(asc(queueTickets.issuedAt), asc(queueTickets.seq))) as TicketRow[];
}

export interface BoardEntry {
  ticketId: string;
  label: string;
  deskNumber: number;
  status: 'called' | 'serving';
  /** The latest call (a recall moves it): what the board announces. */
  calledAt: string;
}

/** What the hall's board shows: the tickets called or in service today, the latest call first. */
export async function boardOfDay(
  db: Executor,
  organisationId: string,
  day: string,
  limit = 12,
): Promise<BoardEntry[]> {
  const rows = await db
    .select({
      ticketId: queueTickets.id,
      label: queueTickets.label,
      deskNumber: queueDesks.number,
      status: queueTickets.status,
      calledAt: queueTickets.lastCalledAt,
    })
    .from(queueTickets)
    .innerJoin(queueDesks, eq(queueDesks.id, queueTickets.deskId))
    .where(
      and(
        eq(queueTickets.organisationId, organisationId),
        eq(queueTickets.day, day),
        inArray(queueTickets.status, ['called', 'serving']),
      ),
    )
    .orderBy(desc(queueTickets.lastCalledAt))
    .limit(limit);
  return rows.map((r) => ({
    ticketId: r.ticketId,
    label: r.label,
    deskNumber: r.deskNumber,
    status: r.status as 'called' | 'serving',
    calledAt: (r.calledAt ?? new Date(0)).toISOString(),
  }));
}

/** Tells every app server, after this transaction commits, that an office's board changed. */
export async function notifyBoard(tx: Executor, organisationId: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${BOARD_CHANNEL}, ${organisationId})`);
}

/** The ticket a desk finished last on a day, if no case is linked to it (the console offers the link). */
export async function lastFinishedUnlinked(
  db: Executor,
  deskId: string,
  day: string,
): Promise<TicketRow | null> {
  const [row] = await db
    .select()
    .from(queueTickets)
    .where(and(eq(queueTickets.deskId, deskId), eq(queueTickets.day, day), eq(queueTickets.status, 'done')))
    .orderBy(desc(queueTickets.finishedAt))
    .limit(1);
  return row && !row.caseId ? (row as TicketRow) : null;
}
