// domain.md §6: the seal keys' life. One active key, made on first need even when two servers race;
// the database refuses a second active key; a rotation retires the old key (private half erased) and
// its documents stay checkable; a revocation is said of the key, with a reason kept off the audit
// record; each change audited on the national chain; `tirkeu keys` drives them.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { officeWithStaff, signedCase, type Office } from '../helpers/signed-cases.js';
import { queryRows } from '../../src/db/database.js';
import { findIssuedDocument } from '../../src/db/issued-documents-store.js';
import { listSealKeys } from '../../src/db/seal-keys-store.js';
import {
  activeSealSigner,
  revokeSealKey,
  rotateSealKey,
  verificationKeys,
} from '../../src/app/documents/seal-keys.js';
import { DomainError } from '../../src/app/errors.js';
import { verifySeal } from '../../src/documents/seal/seal.js';
import { runKeysCommand } from '../../src/cli/commands/keys.js';

const origin = { ip: null, requestId: 'test' };

/** Drizzle wraps the database's error: the constraint's name is in its cause. */
const violates = (constraint: string) => (e: unknown) => {
  const cause = (e as { cause?: { constraint?: string; message?: string } }).cause;
  return cause?.constraint === constraint || (cause?.message ?? '').includes(constraint);
};

describeEachDatabase('the seal keys (domain.md §6)', (get) => {
  let t: TestApp;
  let office: Office;
  const db = () => get().database.db;
  const keyAudit = () =>
    queryRows<{ action: string; record_id: string; data: Record<string, unknown>; chain_id: string }>(
      db(),
      sql`select action, record_id, data, chain_id from audit_events where record_type = 'seal_key' order by id`,
    );
  before(async () => {
    t = await buildTestApp(get().database);
    office = await officeWithStaff(t.deps);
  });
  after(() => t.close());

  it('two servers needing the first key at once make one key, audited once', async () => {
    const ctx = { actor: null, ip: null, requestId: 'race', now: new Date() };
    const signers = await Promise.all(
      Array.from({ length: 4 }, () => db().transaction((tx) => activeSealSigner(tx, ctx))),
    );
    assert.equal(new Set(signers.map((s) => s.keyId)).size, 1);
    const keys = await listSealKeys(db());
    assert.deepEqual(
      keys.map((k) => [k.keyId, k.status]),
      [[signers[0]!.keyId, 'active']],
    );
    assert.deepEqual(
      (await keyAudit()).map((e) => [e.action, e.record_id, e.chain_id, e.data]),
      [['seal_key.created', signers[0]!.keyId, 'audit:national', { because: 'first_need' }]],
    );
  });

  it('the database itself refuses a second active key', async () => {
    await assert.rejects(
      db().execute(
        sql`insert into seal_keys (key_id, public_key, private_key, status) values ('edSECONDxx', 'x', 'pem', 'active')`,
      ),
      violates('seal_keys_one_active_idx'),
    );
    // Nor may a key keep its private half once it stops being active.
    const [k] = await listSealKeys(db());
    await assert.rejects(
      db().execute(sql`update seal_keys set status = 'retired' where key_id = ${k!.keyId}`),
      violates('seal_keys_private_check'),
    );
    assert.equal((await listSealKeys(db()))[0]!.status, 'active');
  });

  it('a rotation retires the old key, erases its private half, and its documents stay checkable', async () => {
    const before = (await listSealKeys(db()))[0]!.keyId;
    const first = await signedCase(t.deps, office, 'missionary');
    const r = await rotateSealKey(t.deps, null, origin);
    assert.equal(r.retired, before);
    assert.notEqual(r.active, before);
    const second = await signedCase(t.deps, office, 'group');

    const [old] = await queryRows<{ status: string; private_key: string | null; retired_at: Date | null }>(
      db(),
      sql`select status, private_key, retired_at from seal_keys where key_id = ${before}`,
    );
    assert.equal(old!.status, 'retired');
    assert.equal(old!.private_key, null, 'the private half is erased');
    assert.ok(old!.retired_at);

    const { keys } = await verificationKeys(db());
    const a = (await findIssuedDocument(db(), first.number))!;
    const b = (await findIssuedDocument(db(), second.number))!;
    assert.equal(a.sealKeyId, before);
    assert.equal(b.sealKeyId, r.active);
    for (const doc of [a, b]) {
      const v = verifySeal(doc.sealText!, keys);
      assert.ok(v.valid && v.fields.number === doc.number, doc.number);
    }
    const events = (await keyAudit()).slice(-2).map((e) => [e.action, e.record_id, e.data]);
    assert.deepEqual(events, [
      ['seal_key.created', r.active, { because: 'rotation' }],
      ['seal_key.retired', before, { successor: r.active }],
    ]);
  });

  it('a rotation waits for a signature in progress with the old key, which is then retired', async (tc) => {
    // PGlite runs one transaction at a time, so there the two cannot overlap at all.
    if (get().engine !== 'postgres') return tc.skip('one connection: nothing overlaps');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const ctx = { actor: null, ip: null, requestId: 'hold', now: new Date() };
    const sealing = db().transaction(async (tx) => {
      const signer = await activeSealSigner(tx, ctx);
      await held;
      return signer.keyId;
    });
    await new Promise((r) => setTimeout(r, 150));
    let rotated = false;
    const rotation = rotateSealKey(t.deps, null, origin).then((r) => ((rotated = true), r));
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(rotated, false, 'the rotation waits');
    release();
    const [used, r] = await Promise.all([sealing, rotation]);
    assert.equal(r.retired, used);
  });

  it('revocation: of a retired key, of the active key (a new one takes over), never twice, never without a reason', async () => {
    const keys = await listSealKeys(db());
    const retired = keys.find((k) => k.status === 'retired')!;
    const active = keys.find((k) => k.status === 'active')!;
    const reason = 'Жабық кілт ашылып қалды';

    await assert.rejects(
      revokeSealKey(t.deps, null, origin, retired.keyId, '   '),
      (e) =>
        e instanceof DomainError && e.code === 'VALIDATION_FAILED' && e.fields.reason === 'reason_required',
    );
    await assert.rejects(
      revokeSealKey(t.deps, null, origin, retired.keyId, 'x'.repeat(501)),
      (e) => e instanceof DomainError && e.code === 'VALIDATION_FAILED' && e.fields.reason === 'too_long',
    );
    await assert.rejects(
      revokeSealKey(t.deps, null, origin, 'edNOSUCHKEY', reason),
      (e) => e instanceof DomainError && e.code === 'NOT_FOUND',
    );
    assert.deepEqual(await listSealKeys(db()), keys, 'nothing changed by the refusals');

    assert.deepEqual(await revokeSealKey(t.deps, null, origin, retired.keyId, reason), {
      revoked: retired.keyId,
      active: null,
    });
    await assert.rejects(
      revokeSealKey(t.deps, null, origin, retired.keyId, reason),
      (e) => e instanceof DomainError && e.code === 'CONFLICT',
    );
    const r = await revokeSealKey(t.deps, null, origin, active.keyId, 'rotation drill');
    assert.ok(r.active && r.active !== active.keyId);

    const after = await listSealKeys(db());
    const byId = Object.fromEntries(after.map((k) => [k.keyId, k]));
    assert.equal(byId[retired.keyId]!.status, 'revoked');
    assert.equal(byId[retired.keyId]!.revokeReason, reason);
    assert.equal(byId[active.keyId]!.status, 'revoked');
    assert.ok(byId[active.keyId]!.retiredAt, 'a revoked active key stops sealing at that moment');
    assert.equal(byId[r.active]!.status, 'active');
    assert.equal(after.filter((k) => k.status === 'active').length, 1);

    // Audit records carry ids, never the reason's text (domain.md §8).
    const events = await keyAudit();
    assert.ok(!JSON.stringify(events).includes('Жабық'));
    assert.deepEqual(
      events.slice(-3).map((e) => [e.action, e.record_id, e.data]),
      [
        ['seal_key.revoked', retired.keyId, { wasActive: false }],
        ['seal_key.revoked', active.keyId, { wasActive: true }],
        ['seal_key.created', r.active, { because: 'revocation' }],
      ],
    );
    // The revoked key is still published (so its seals are told apart from unknown ones).
    const { status } = await verificationKeys(db());
    assert.equal(status[retired.keyId], 'revoked');
  });

  it('only an administrator of the national authority manages keys', async () => {
    const count = (await listSealKeys(db())).length;
    await assert.rejects(
      rotateSealKey(t.deps, office.staff.head, origin),
      (e) => e instanceof DomainError && e.code === 'FORBIDDEN',
    );
    assert.equal((await listSealKeys(db())).length, count);
  });

  it('tirkeu keys: list, rotate, revoke, export-public, and clear usage errors', async () => {
    const list = await runKeysCommand(t.deps, ['list']);
    assert.equal(list.code, 0);
    const rows = list.stdout.trim().split('\n').slice(1);
    assert.equal(rows.length, (await listSealKeys(db())).length);
    assert.equal(rows.filter((l) => /\sactive\s/.test(l)).length, 1);

    const rotated = await runKeysCommand(t.deps, ['rotate']);
    assert.equal(rotated.code, 0);
    const m = /^active key (ed[\w-]+); (ed[\w-]+) retired/.exec(rotated.stdout);
    assert.ok(m, rotated.stdout);

    const revoked = await runKeysCommand(t.deps, ['revoke', m[2]!, '--reason', 'drill']);
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.match(revoked.stdout, new RegExp(`key ${m[2]} revoked`));

    const exported = await runKeysCommand(t.deps, ['export-public']);
    const doc = JSON.parse(exported.stdout) as {
      algorithm: string;
      keys: { keyId: string; publicKey: string; status: string }[];
    };
    assert.equal(doc.algorithm, 'Ed25519');
    assert.deepEqual(
      doc.keys.map((k) => [k.keyId, k.status]),
      (await listSealKeys(db())).map((k) => [k.keyId, k.status]),
    );
    assert.ok(!exported.stdout.includes('PRIVATE'), 'no private half is ever exported');
    for (const k of doc.keys) assert.equal(Buffer.from(k.publicKey, 'base64url').length, 32);

    for (const [args, message] of [
      [['revoke', m[1]!], /needs --reason/],
      [['revoke', '--reason', 'x'], /one key id/],
      [['revoke', m[2]!, '--reason', 'again'], /CONFLICT/],
      [['rotate', 'now'], /takes no arguments/],
      [['frob'], /unknown subcommand/],
      [[], /subcommand is required/],
    ] as const) {
      const r = await runKeysCommand(t.deps, [...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
    assert.equal(
      (await listSealKeys(db())).find((k) => k.keyId === m[1])!.status,
      'active',
      'a refused revoke changes nothing',
    );
  });
});
