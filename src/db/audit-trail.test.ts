import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../../test/helpers/databases.js';
import { verifyChains, writeAccess, writeAudit, type ActContext } from './audit-trail.js';
import { queryRows } from './database.js';
import { officeChain } from '../domain/audit/chain-hash.js';

// Drizzle wraps the driver's error: the database's own message is the cause.
const appendOnly = (e: unknown) => /append-only/.test(String((e as { cause?: Error }).cause?.message ?? e));

const ctx = (now: string): ActContext => ({
  actor: null,
  ip: '127.0.0.1',
  requestId: 'req-1',
  now: new Date(now),
});
const event = (id: string) => ({
  action: 'account.password_reset' as const,
  recordType: 'account' as const,
  recordId: id,
  data: {} as Record<string, never>,
});

describeEachDatabase('audit trail', (get) => {
  it('chains each office separately and verifies clean', async () => {
    const { db } = get().database;
    await db.transaction(async (tx) => {
      await writeAudit(tx, officeChain('audit', '11-001'), ctx('2026-03-02T05:00:00Z'), event('a1'));
      await writeAudit(tx, officeChain('audit', '11-001'), ctx('2026-03-02T06:00:00Z'), event('a2'));
      await writeAudit(tx, officeChain('audit', '15-000'), ctx('2026-03-02T06:00:00Z'), event('b1'));
      await writeAccess(tx, officeChain('access', '11-001'), ctx('2026-03-02T06:00:00Z'), {
        recordType: 'person',
        recordId: 'p1',
        purpose: 'test',
      });
    });
    const seqs = await queryRows<{ chain_id: string; seq: string }>(
      db,
      sql`select chain_id, seq from audit_events order by id`,
    );
    assert.deepEqual(
      seqs.map((r) => [r.chain_id, Number(r.seq)]),
      [
        ['audit:11-001', 1],
        ['audit:11-001', 2],
        ['audit:15-000', 1],
      ],
    );
    const report = await verifyChains(db);
    assert.deepEqual(report.problems, []);
    assert.equal(report.records, 4);
  });

  it('writes a checkpoint of the previous day when a new day begins', async () => {
    const { db } = get().database;
    const chain = officeChain('audit', '11-002');
    await writeAudit(db, chain, ctx('2026-03-02T05:00:00Z'), event('c1'));
    await writeAudit(db, chain, ctx('2026-03-03T05:00:00Z'), event('c2'));
    const cps = await queryRows<{ day: string; seq: string }>(
      db,
      sql`select day::text as day, seq from chain_checkpoints where chain_id = ${chain}`,
    );
    assert.deepEqual(
      cps.map((c) => [c.day, Number(c.seq)]),
      [['2026-03-02', 1]],
    );
  });

  it('refuses to update, delete or truncate audit records, even as superuser', async () => {
    const { db } = get().database;
    await writeAudit(db, officeChain('audit', '11-003'), ctx('2026-03-02T05:00:00Z'), event('d1'));
    await assert.rejects(() => db.execute(sql`update audit_events set record_id = 'x'`), appendOnly);
    await assert.rejects(() => db.execute(sql`delete from audit_events`), appendOnly);
    await assert.rejects(() => db.execute(sql`truncate audit_events`), appendOnly);
    await assert.rejects(() => db.execute(sql`delete from access_log`), appendOnly);
    await assert.rejects(() => db.execute(sql`delete from chain_checkpoints`), appendOnly);
  });

  it('names the first tampered record when triggers are bypassed', async () => {
    const { db } = get().database;
    const chain = officeChain('audit', '11-004');
    for (let i = 1; i <= 5; i++) await writeAudit(db, chain, ctx(`2026-03-0${i}T05:00:00Z`), event(`e${i}`));
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(
        sql`update audit_events set record_id = 'forged' where chain_id = ${chain} and seq = 3`,
      );
    });
    const report = await verifyChains(db);
    const p = report.problems.find((x) => x.chainId === chain);
    assert.ok(p, 'tampering not found');
    assert.equal(p.seq, 3);
    assert.equal(p.table, 'audit_events');
    assert.match(p.problem, /altered/);
  });

  it('finds a deleted record and a removed tail', async () => {
    const { db } = get().database;
    const chain = officeChain('audit', '11-005');
    for (let i = 1; i <= 4; i++) await writeAudit(db, chain, ctx(`2026-04-0${i}T05:00:00Z`), event(`f${i}`));
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`delete from audit_events where chain_id = ${chain} and seq = 4`);
    });
    const p = (await verifyChains(db)).problems.find((x) => x.chainId === chain);
    assert.ok(p);
    assert.equal(p.table, 'chain_heads');
    assert.match(p.problem, /missing/);
  });

  it('lets writes to different offices proceed while one office chain is locked', async (t) => {
    const { database, engine } = get();
    if (engine === 'pglite') {
      t.diagnostic('the embedded database runs one transaction at a time; the check needs PostgreSQL');
      return;
    }
    const { db } = database;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const holder = db.transaction(async (tx) => {
      await writeAudit(tx, officeChain('audit', '23-001'), ctx('2026-03-02T05:00:00Z'), event('g1'));
      await held;
    });
    // Another office's chain is not blocked by the open transaction above.
    await new Promise((r) => setTimeout(r, 50));
    await Promise.race([
      writeAudit(db, officeChain('audit', '23-002'), ctx('2026-03-02T05:00:00Z'), event('h1')),
      new Promise((_, rej) => setTimeout(() => rej(new Error('blocked by another office chain')), 3000)),
    ]);
    release();
    await holder;
  });
});
