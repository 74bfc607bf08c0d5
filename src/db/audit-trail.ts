// Appending to and verifying the hash chains of the audit trail and the access log (domain.md §8).
// Appending locks only the chain's head row, so offices never wait on one another.
import { asc, and, eq, gt, inArray, sql } from 'drizzle-orm';
import {
  accessLog,
  auditEvents,
  chainCheckpoints,
  chainHeads,
  pendingAccessEntries,
} from './schema/index.js';
import { queryRows, type Executor } from './database.js';
import {
  CHECKPOINT_ZONE,
  GENESIS_HASH,
  chainHash,
  nextChainRecord,
  type ChainContext,
  type ChainedRecord,
} from '../domain/audit/chain-hash.js';
import type { AccessEntry, AuditEvent } from '../domain/audit/audit-event.js';
import { plainDateAt } from '../domain/time/plain-date.js';

/** Who acted, from where; system acts (jobs, the demo seed) have no actor. */
export type ActContext = ChainContext;

type ChainTable = typeof auditEvents | typeof accessLog;

async function append(
  ex: Executor,
  table: ChainTable,
  chainId: string,
  ctx: ActContext,
  fields: ChainFields,
): Promise<number> {
  // The head row's lock holds only inside a transaction: an append outside one (a read's access-log
  // entry) gets its own, or two requests at once would read the same head and take the same seq.
  if (!('rollback' in ex)) return ex.transaction((tx) => appendLocked(tx, table, chainId, ctx, fields));
  return appendLocked(ex, table, chainId, ctx, fields);
}

async function appendLocked(
  tx: Executor,
  table: ChainTable,
  chainId: string,
  ctx: ActContext,
  fields: ChainFields,
): Promise<number> {
  return appendBatchLocked(tx, table, chainId, [{ ctx, fields }]);
}

type ChainFields = { action: string; recordType: string; recordId: string; data: unknown };

/** Appends records to one chain in their order, under one lock of its head; returns the last seq. A
 *  record of a later day than the head's first checkpoints the head (the end of that day). */
async function appendBatchLocked(
  tx: Executor,
  table: ChainTable,
  chainId: string,
  items: readonly { ctx: ActContext; fields: ChainFields }[],
): Promise<number> {
  const firstDay = plainDateAt(items[0]!.ctx.now, CHECKPOINT_ZONE);
  await tx
    .insert(chainHeads)
    .values({ chainId, seq: 0, hash: GENESIS_HASH, day: firstDay })
    .onConflictDoNothing();
  const [locked] = await tx.select().from(chainHeads).where(eq(chainHeads.chainId, chainId)).for('update');
  if (!locked) throw new Error(`chain head ${chainId} vanished`);
  let head = { seq: locked.seq, hash: locked.hash, day: locked.day };
  const checkpoints: (typeof chainCheckpoints.$inferInsert)[] = [];
  const records: (ChainedRecord & { hash: string })[] = [];
  for (const { ctx, fields } of items) {
    const today = plainDateAt(ctx.now, CHECKPOINT_ZONE);
    if (head.seq > 0 && head.day < today)
      checkpoints.push({ chainId, day: head.day, seq: head.seq, hash: head.hash });
    const { record, hash } = nextChainRecord(chainId, head, ctx, fields);
    records.push({ ...record, hash });
    head = { seq: record.seq, hash, day: today > head.day ? today : head.day };
  }
  if (checkpoints.length) await tx.insert(chainCheckpoints).values(checkpoints).onConflictDoNothing();
  await tx.insert(table).values(records);
  await tx
    .update(chainHeads)
    .set({ seq: head.seq, hash: head.hash, day: head.day })
    .where(eq(chainHeads.chainId, chainId));
  return head.seq;
}

export function writeAudit(
  tx: Executor,
  chainId: string,
  ctx: ActContext,
  event: AuditEvent,
): Promise<number> {
  return append(tx, auditEvents, chainId, ctx, event);
}

export function writeAccess(
  tx: Executor,
  chainId: string,
  ctx: ActContext,
  entry: AccessEntry,
): Promise<number> {
  return append(tx, accessLog, chainId, ctx, {
    action: 'read',
    recordType: entry.recordType,
    recordId: entry.recordId,
    data: { purpose: entry.purpose },
  });
}

/**
 * An access-log entry recorded now and chained later (schema/audit.ts pendingAccessEntries): one
 * insert that waits on no chain head, for reads too frequent to queue behind their office's chain.
 */
export async function writeAccessLater(
  ex: Executor,
  chainId: string,
  ctx: ActContext,
  entry: AccessEntry,
): Promise<void> {
  if (ctx.actor) throw new Error('writeAccessLater records reads without a signed-in actor only');
  await ex.insert(pendingAccessEntries).values({
    chainId,
    at: new Date(Math.floor(ctx.now.getTime())),
    recordType: entry.recordType,
    recordId: entry.recordId,
    ip: ctx.ip,
    requestId: ctx.requestId,
    data: { purpose: entry.purpose },
  });
}

// One worker at a time chains the pending entries, so each chain takes them in the order written.
const PENDING_LOCK_KEY = 7_342_019_513;

/**
 * Appends up to `batch` pending access entries to their chains (each chain's head locked once for
 * all of its entries) and removes them, in one transaction: an entry is either pending or chained,
 * never both, never lost. Returns how many were chained (0 when another worker holds the turn).
 */
export async function chainPendingAccess(db: Executor, batch = 1_000): Promise<number> {
  return db.transaction(async (tx) => {
    const [turn] = await queryRows<{ ok: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${PENDING_LOCK_KEY}) as ok`,
    );
    if (!turn?.ok) return 0;
    const rows = await tx
      .select()
      .from(pendingAccessEntries)
      .orderBy(asc(pendingAccessEntries.id))
      .limit(batch);
    if (rows.length === 0) return 0;
    const byChain = new Map<string, typeof rows>();
    for (const r of rows) byChain.set(r.chainId, [...(byChain.get(r.chainId) ?? []), r]);
    // Chains in a fixed order, as a writer of several chains in one transaction must lock them.
    for (const chainId of [...byChain.keys()].sort())
      await appendBatchLocked(
        tx,
        accessLog,
        chainId,
        byChain.get(chainId)!.map((r) => ({
          ctx: { actor: null, ip: r.ip, requestId: r.requestId, now: r.at },
          fields: { action: 'read', recordType: r.recordType, recordId: r.recordId, data: r.data },
        })),
      );
    await tx.delete(pendingAccessEntries).where(
      inArray(
        pendingAccessEntries.id,
        rows.map((r) => r.id),
      ),
    );
    return rows.length;
  });
}

export interface ChainProblem {
  table: 'audit_events' | 'access_log' | 'chain_checkpoints' | 'chain_heads';
  chainId: string;
  seq: number;
  id: number | null;
  problem: string;
}

export interface VerifyReport {
  chains: number;
  records: number;
  problems: ChainProblem[];
}

const BATCH = 2_000;

/** Walks every chain; for each broken chain reports the first record that does not fit. */
export async function verifyChains(db: Executor): Promise<VerifyReport> {
  const report: VerifyReport = { chains: 0, records: 0, problems: [] };
  for (const [name, table] of [
    ['audit_events', auditEvents],
    ['access_log', accessLog],
  ] as const) {
    const chainIds = await queryRows<{ chain_id: string }>(
      db,
      sql`select chain_id from ${chainHeads} where chain_id like ${name === 'audit_events' ? 'audit:%' : 'access:%'}
          union select distinct chain_id from ${table} order by 1`,
    );
    for (const { chain_id: chainId } of chainIds) {
      report.chains++;
      const problem = await verifyChain(db, name, table, chainId, report);
      if (problem) report.problems.push(problem);
    }
  }
  return report;
}

async function verifyChain(
  db: Executor,
  name: 'audit_events' | 'access_log',
  table: ChainTable,
  chainId: string,
  report: VerifyReport,
): Promise<ChainProblem | null> {
  const checkpoints = new Map(
    (await db.select().from(chainCheckpoints).where(eq(chainCheckpoints.chainId, chainId))).map((c) => [
      c.seq,
      c,
    ]),
  );
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (;;) {
    const rows = await db
      .select()
      .from(table)
      .where(and(eq(table.chainId, chainId), gt(table.seq, expectedSeq - 1)))
      .orderBy(asc(table.seq))
      .limit(BATCH);
    for (const row of rows) {
      report.records++;
      const at = { table: name, chainId, seq: row.seq, id: row.id } as const;
      if (row.seq !== expectedSeq)
        return { ...at, seq: expectedSeq, id: null, problem: `record ${expectedSeq} is missing` };
      if (row.prevHash !== prevHash) return { ...at, problem: 'does not link to the record before it' };
      const { hash, id: _id, ...fields } = row;
      if (chainHash(fields) !== hash)
        return { ...at, problem: 'its content does not match its hash (altered)' };
      const checkpoint = checkpoints.get(row.seq);
      if (checkpoint && checkpoint.hash !== hash)
        return {
          ...at,
          table: 'chain_checkpoints',
          problem: `differs from the checkpoint of ${checkpoint.day}`,
        };
      prevHash = hash;
      expectedSeq++;
    }
    if (rows.length < BATCH) break;
  }
  const lastSeq = expectedSeq - 1;
  for (const c of checkpoints.values()) {
    if (c.seq > lastSeq)
      return {
        table: name,
        chainId,
        seq: c.seq,
        id: null,
        problem: `record ${c.seq} (checkpoint of ${c.day}) is missing`,
      };
  }
  const [head] = await db.select().from(chainHeads).where(eq(chainHeads.chainId, chainId));
  if (head && (head.seq !== lastSeq || head.hash !== prevHash)) {
    return {
      table: 'chain_heads',
      chainId,
      seq: Math.min(head.seq, lastSeq + 1),
      id: null,
      problem:
        head.seq > lastSeq
          ? `records after ${lastSeq} are missing (head at ${head.seq})`
          : 'the head does not match the last record',
    };
  }
  return null;
}
