// The office's queue settings, its desks and the gapless day counters of tickets and passes (§9, §10,
// domain.md §5).
import { and, asc, eq, sql } from 'drizzle-orm';
import { queueDesks, queueSettings, type QUEUE_SERIES } from './schema/index.js';
import { queryRows, type Executor } from './database.js';
import type { QueuePurpose } from '../domain/standard/time-limits/queue-norms.js';

export type QueueSettingsRow = typeof queueSettings.$inferSelect;
export type DeskRow = Omit<typeof queueDesks.$inferSelect, 'purposes'> & { purposes: QueuePurpose[] };
export type QueueSeries = (typeof QUEUE_SERIES)[number];

export class DaySeriesFullError extends Error {}

const MAX_SEQ: Record<QueueSeries, number> = { A: 999, B: 999, C: 999, D: 999, P: 9999 };

/**
 * The next number of an office's day series, locked until the transaction ends (domain.md §5: a
 * row-locked counter, so a rollback gives the number back and concurrent acts get consecutive ones).
 */
export async function takeDayNumber(
  tx: Executor,
  organisationId: string,
  day: string,
  series: QueueSeries,
): Promise<number> {
  const [row] = await queryRows<{ seq: number }>(
    tx,
    sql`insert into queue_counters (organisation_id, day, series, next_seq)
        values (${organisationId}, ${day}, ${series}, 2)
        on conflict (organisation_id, day, series)
        do update set next_seq = queue_counters.next_seq + 1
        returning next_seq - 1 as seq`,
  );
  const seq = Number(row?.seq);
  if (!Number.isInteger(seq) || seq > MAX_SEQ[series]) throw new DaySeriesFullError(`${series} ${day}`);
  return seq;
}

export async function findQueueSettings(
  db: Executor,
  organisationId: string,
): Promise<QueueSettingsRow | null> {
  const [row] = await db.select().from(queueSettings).where(eq(queueSettings.organisationId, organisationId));
  return row ?? null;
}

export async function findOfficeByKioskToken(db: Executor, tokenHash: string): Promise<string | null> {
  const [row] = await db
    .select({ id: queueSettings.organisationId })
    .from(queueSettings)
    .where(eq(queueSettings.kioskTokenHash, tokenHash));
  return row?.id ?? null;
}

export async function saveQueueSettings(
  tx: Executor,
  organisationId: string,
  set: Partial<
    Pick<QueueSettingsRow, 'kioskTokenHash' | 'kioskTokenSetAt' | 'kioskTokenSetBy' | 'passKeepDays'>
  >,
  now: Date,
): Promise<void> {
  await tx
    .insert(queueSettings)
    .values({ organisationId, ...set, updatedAt: now })
    .onConflictDoUpdate({ target: queueSettings.organisationId, set: { ...set, updatedAt: now } });
}

export async function listDesks(db: Executor, organisationId: string): Promise<DeskRow[]> {
  return (await db
    .select()
    .from(queueDesks)
    .where(eq(queueDesks.organisationId, organisationId))
    .orderBy(asc(queueDesks.number))) as DeskRow[];
}

export async function findDesk(db: Executor, id: string): Promise<DeskRow | null> {
  const [row] = await db.select().from(queueDesks).where(eq(queueDesks.id, id));
  return (row as DeskRow | undefined) ?? null;
}

/** The desk under a row lock: two clicks of one desk queue behind each other, other desks go on. */
export async function lockDesk(tx: Executor, id: string): Promise<DeskRow | null> {
  const [row] = await tx.select().from(queueDesks).where(eq(queueDesks.id, id)).for('update');
  return (row as DeskRow | undefined) ?? null;
}

export async function findDeskByNumber(
  db: Executor,
  organisationId: string,
  number: number,
): Promise<DeskRow | null> {
  const [row] = await db
    .select()
    .from(queueDesks)
    .where(and(eq(queueDesks.organisationId, organisationId), eq(queueDesks.number, number)));
  return (row as DeskRow | undefined) ?? null;
}

export async function insertDesk(
  tx: Executor,
  organisationId: string,
  number: number,
  purposes: QueuePurpose[],
): Promise<string> {
  const [row] = await tx
    .insert(queueDesks)
    .values({ organisationId, number, purposes })
    .returning({ id: queueDesks.id });
  return row!.id;
}

export async function updateDesk(
  tx: Executor,
  id: string,
  set: Partial<Pick<DeskRow, 'purposes' | 'active' | 'staffedBy' | 'staffedSince'>>,
): Promise<void> {
  await tx.update(queueDesks).set(set).where(eq(queueDesks.id, id));
}

/** The desk a member of staff sits at now, if any. */
export async function deskStaffedBy(db: Executor, accountId: string): Promise<DeskRow | null> {
  const [row] = await db.select().from(queueDesks).where(eq(queueDesks.staffedBy, accountId));
  return (row as DeskRow | undefined) ?? null;
}
