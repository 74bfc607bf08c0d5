// The registers and audit chains of a synthetic batch, kept in memory while the batch's acts are
// replayed in order of time, and written in the batch's one transaction. The counters' rows and the
// chains' heads are locked when loaded, so no other act takes a number or appends to a chain before
// the batch commits (domain.md §5: gapless, never duplicated; §8: one hash chain per office).
import { and, eq, inArray } from 'drizzle-orm';
import { chainCheckpoints, chainHeads, registerCounters, type Register } from '../../db/schema/index.js';
import type { ActContext } from '../../db/audit-trail.js';
import type { Executor } from '../../db/database.js';
import {
  CHECKPOINT_ZONE,
  GENESIS_HASH,
  nextChainRecord,
  type ChainedRecord,
} from '../../domain/audit/chain-hash.js';
import type { AuditEvent } from '../../domain/audit/audit-event.js';
import type { PlainDate } from '../../domain/time/plain-date.js';
import { wallIn } from './synthetic-time.js';
import { insertRows, writeAuditRows } from './synthetic-writer.js';

/** register_counters.next_seq is at most 9999 (a check constraint): the last number is 9998. */
export const LAST_REGISTER_NUMBER = 9998;

export class RegisterFullError extends Error {}

const key = (organisationId: string, register: Register, year: number) =>
  `${organisationId}|${register}|${year}`;

export class RegisterLedger {
  private readonly next = new Map<string, number>();
  private readonly initial = new Map<string, number>();
  private readonly touched = new Set<string>();

  private constructor(private readonly names: ReadonlyMap<string, string>) {}

  /** Locks (creating them first) the counters of these organisations for these years. */
  static async load(
    tx: Executor,
    organisations: readonly { id: string; code: string }[],
    years: readonly number[],
  ): Promise<RegisterLedger> {
    const ledger = new RegisterLedger(new Map(organisations.map((o) => [o.id, o.code])));
    const ids = organisations.map((o) => o.id);
    const rows = ids.flatMap((organisationId) =>
      years.flatMap((year) =>
        (['incoming', 'outgoing', 'certificate', 'reference'] as const).map((register) => ({
          organisationId,
          register,
          year,
        })),
      ),
    );
    await insertRows(tx, registerCounters, rows, { perStatement: 5000, onConflictDoNothing: true });
    for (let i = 0; i < ids.length; i += 500) {
      const locked = await tx
        .select()
        .from(registerCounters)
        .where(
          and(
            inArray(registerCounters.organisationId, ids.slice(i, i + 500)),
            inArray(registerCounters.year, [...years]),
          ),
        )
        .for('update');
      for (const r of locked) {
        ledger.next.set(key(r.organisationId, r.register, r.year), r.nextSeq);
        ledger.initial.set(key(r.organisationId, r.register, r.year), r.nextSeq);
      }
    }
    return ledger;
  }

  /** The number the register's next act would have taken when the batch began. */
  first(organisationId: string, register: Register, year: number): number {
    const n = this.initial.get(key(organisationId, register, year));
    if (n === undefined) throw new Error(`register ${register} ${year} of ${organisationId} was not loaded`);
    return n;
  }

  /** The number the next act of the register would take. */
  peek(organisationId: string, register: Register, year: number): number {
    const n = this.next.get(key(organisationId, register, year));
    if (n === undefined) throw new Error(`register ${register} ${year} of ${organisationId} was not loaded`);
    return n;
  }

  take(organisationId: string, register: Register, year: number): number {
    const k = key(organisationId, register, year);
    const seq = this.peek(organisationId, register, year);
    if (seq > LAST_REGISTER_NUMBER)
      throw new RegisterFullError(
        `the ${register} register of ${this.names.get(organisationId) ?? organisationId} for ${year} is full: ` +
          'spread the cases over a longer period or more offices',
      );
    this.next.set(k, seq + 1);
    this.touched.add(k);
    return seq;
  }

  async save(tx: Executor, now: Date): Promise<void> {
    for (const k of this.touched) {
      const [organisationId, register, year] = k.split('|') as [string, Register, string];
      await tx
        .update(registerCounters)
        .set({ nextSeq: this.next.get(k) as number, updatedAt: now })
        .where(
          and(
            eq(registerCounters.organisationId, organisationId),
            eq(registerCounters.register, register),
            eq(registerCounters.year, Number(year)),
          ),
        );
    }
  }
}

// The audit trail's checkpoint days are Kazakhstan's legal days (as in db/audit-trail.ts).

interface Head {
  seq: number;
  hash: string;
  day: PlainDate;
  touched: boolean;
  fresh: boolean;
}

type Row = ChainedRecord & { hash: string };

/** The office chains, appended exactly as db/audit-trail.ts appends (checkpoints included). */
export class ChainLedger {
  private readonly heads = new Map<string, Head>();
  private records: Row[] = [];
  private checkpoints: { chainId: string; day: string; seq: number; hash: string }[] = [];
  written = 0;

  static async load(tx: Executor, chainIds: readonly string[]): Promise<ChainLedger> {
    const ledger = new ChainLedger();
    for (let i = 0; i < chainIds.length; i += 500) {
      const rows = await tx
        .select()
        .from(chainHeads)
        .where(inArray(chainHeads.chainId, chainIds.slice(i, i + 500)))
        .for('update');
      for (const r of rows)
        ledger.heads.set(r.chainId, {
          seq: r.seq,
          hash: r.hash,
          day: r.day as PlainDate,
          touched: false,
          fresh: false,
        });
    }
    // A chain not yet begun starts at the genesis hash; its head row is written with its first
    // record (a plain insert: had another act begun it meanwhile, the batch fails rather than fork it).
    for (const chainId of chainIds)
      if (!ledger.heads.has(chainId))
        ledger.heads.set(chainId, {
          seq: 0,
          hash: GENESIS_HASH,
          day: '0001-01-01' as PlainDate,
          touched: false,
          fresh: true,
        });
    return ledger;
  }

  append(chainId: string, ctx: ActContext, event: AuditEvent): void {
    const head = this.heads.get(chainId);
    if (!head) throw new Error(`chain ${chainId} was not loaded`);
    const today = wallIn(ctx.now, CHECKPOINT_ZONE).date;
    if (head.seq > 0 && head.day < today)
      this.checkpoints.push({ chainId, day: head.day, seq: head.seq, hash: head.hash });
    const { record, hash } = nextChainRecord(chainId, head, ctx, event);
    this.records.push({ ...record, hash });
    head.seq = record.seq;
    head.hash = hash;
    if (today > head.day) head.day = today;
    head.touched = true;
  }

  get pending(): number {
    return this.records.length;
  }

  /** Writes the records appended so far (in chain order) and their checkpoints. */
  async flush(tx: Executor): Promise<void> {
    const records = this.records;
    this.records = [];
    await writeAuditRows(tx, records as unknown as Record<string, unknown>[]);
    this.written += records.length;
    const checkpoints = this.checkpoints;
    this.checkpoints = [];
    await insertRows(tx, chainCheckpoints, checkpoints, { perStatement: 5000, onConflictDoNothing: true });
  }

  async save(tx: Executor): Promise<void> {
    await this.flush(tx);
    const fresh = [...this.heads].filter(([, h]) => h.touched && h.fresh);
    await insertRows(
      tx,
      chainHeads,
      fresh.map(([chainId, h]) => ({ chainId, seq: h.seq, hash: h.hash, day: h.day })),
    );
    for (const [chainId, h] of this.heads) {
      if (!h.touched || h.fresh) continue;
      await tx
        .update(chainHeads)
        .set({ seq: h.seq, hash: h.hash, day: h.day })
        .where(eq(chainHeads.chainId, chainId));
    }
  }
}
