// The case at the counter through the use-cases (domain.md §4): intake → stamp → review → propose →
// sign → hand over; intake → incomplete stamp → refusal drafted, signed, delivered; and the refusals
// of wrong moves.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { seedAccount, seedOffice } from '../helpers/seed.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import type { StaffCommand } from '../../src/app/cases/build-case-action.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import type { Actor } from '../../src/app/actor.js';
import { DomainError } from '../../src/app/errors.js';
import { findCase } from '../../src/db/case-store.js';
import { queryRows } from '../../src/db/database.js';
import { PASSWORD } from '../helpers/seed.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';

const origin = { ip: '127.0.0.1', requestId: 'test' };

describeEachDatabase('the case at the counter (domain.md §4)', (get) => {
  let t: TestApp;
  const staff: Record<string, Actor> = {};
  before(async () => {
    t = await buildTestApp(get().database);
    const office = await seedOffice(t.deps, { regionCode: '71' });
    for (const role of ['clerk', 'records', 'officer', 'head'] as const) {
      const { login } = await seedAccount(t.deps, office.id, [role]);
      const s = await signIn(t.deps, { login, password: PASSWORD }, origin);
      const r = await resolveSession(t.deps, s.token);
      assert.equal(r.kind, 'live');
      if (r.kind === 'live') staff[role] = r.actor;
    }
  });
  after(() => t.close());

  const act = (who: string, id: string, version: number, command: StaffCommand) =>
    performCaseAction(t.deps, staff[who]!, origin, id, version, command, newIdempotencyKey());
  const open = () =>
    openCaseAtCounter(t.deps, staff.clerk!, origin, {
      kind: 'missionary-registration',
      language: 'kk',
      application: missionaryApplication(),
      consent: true,
      idempotencyKey: newIdempotencyKey(),
    });

  it('takes a complete application to a certificate handed over, with numbers and clocks', async () => {
    const c = await open();
    assert.match(c.trackingCode, /^[0-9A-HJKMNP-TV-Z]{10}$/);
    let v = c.version;
    let r = await act('records', c.id, v, { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS });
    assert.equal(r.state, 'registered');
    const stamped = await findCase(get().database.db, c.id);
    assert.match(stamped!.incomingNumber!, /^71-\d{3}\/\d{4}\/0001$/);
    assert.ok(
      stamped!.startDay && stamped!.resultDue && stamped!.resultDue > stamped!.startDay,
      '§7.1 due day after S',
    );
    v = r.version;
    r = await act('officer', c.id, v, { kind: 'take_for_review' });
    r = await act('officer', c.id, r.version, { kind: 'propose' });
    assert.equal(r.state, 'proposed');
    r = await act('head', c.id, r.version, { kind: 'sign' });
    assert.equal(r.state, 'ready_to_collect');
    const signed = await findCase(get().database.db, c.id);
    assert.match(signed!.documentNumber!, /^71-\d{3}\/\d{4}\/1-0001$/);
    assert.ok(signed!.validUntil, 'a certificate has a valid-until date (annex 5)');
    r = await act('clerk', c.id, r.version, {
      kind: 'hand_over',
      recipient: 'applicant',
      identityDocumentId: 'passport-shown',
      powerOfAttorneyId: null,
    });
    assert.equal(r.state, 'handed_over');
    const audited = await queryRows<{ n: string }>(
      get().database.db,
      sql`select count(*) as n from audit_events where record_type = 'case' and record_id = ${c.id}`,
    );
    assert.equal(Number(audited[0]!.n), 6);
  });

  it('refuses an incomplete set: the refusal names the missing §11 items and gets an outgoing number (§16)', async () => {
    const c = await open();
    let r = await act('records', c.id, c.version, {
      kind: 'stamp',
      itemsPresent: MISSIONARY_ITEMS.filter((i) => i !== 'invitation'),
    });
    r = await act('officer', c.id, r.version, { kind: 'draft_refusal' });
    assert.equal(r.state, 'refusal_drafted');
    r = await act('head', c.id, r.version, { kind: 'sign_refusal' });
    const signed = await findCase(get().database.db, c.id);
    assert.match(signed!.outgoingNumber!, /^71-\d{3}\/\d{4}\/\d{4}$/);
    // The office's day (Kazakhstan, UTC+5), not UTC's: after 19:00 UTC they differ.
    const today = plainDateAt(new Date(), 'Asia/Almaty');
    r = await act('records', c.id, r.version, {
      kind: 'deliver_refusal',
      how: 'post',
      proofReference: 'RR123456789KZ',
      on: today,
    });
    assert.equal(r.state, 'refusal_delivered');
    const [draft] = await queryRows<{ payload: { missingItemIds: string[] } }>(
      get().database.db,
      sql`select payload from case_actions where case_id = ${c.id} and kind = 'draft_refusal'`,
    );
    assert.deepEqual(draft!.payload.missingItemIds, ['invitation']);
  });

  it('refuses a move from the wrong state or role, naming what is allowed, and changes nothing', async () => {
    const c = await open();
    await assert.rejects(
      act('head', c.id, c.version, { kind: 'sign' }),
      (e) =>
        e instanceof DomainError &&
        e.code === 'CASE_ACTION_NOT_ALLOWED' &&
        (e.details.allowed as string[]).includes('stamp'),
    );
    await assert.rejects(
      act('clerk', c.id, c.version, { kind: 'stamp', itemsPresent: [] }),
      (e) => e instanceof DomainError && e.code === 'FORBIDDEN',
    );
    const row = await findCase(get().database.db, c.id);
    assert.equal(row!.state, 'at_counter');
    assert.equal(row!.version, c.version);
  });

  it('two staff acting on one case at once: the second is told the case changed', async () => {
    const c = await open();
    const r = await act('records', c.id, c.version, { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS });
    await act('officer', c.id, r.version, { kind: 'take_for_review' });
    await assert.rejects(
      act('officer', c.id, r.version, { kind: 'draft_refusal', missingItemIds: ['invitation'] }),
      (e) => e instanceof DomainError && e.code === 'CASE_CHANGED',
    );
  });

  it('a double click opens one case, not two', async () => {
    const key = newIdempotencyKey();
    const input = {
      kind: 'missionary-registration' as const,
      language: 'ru' as const,
      application: missionaryApplication(),
      consent: true,
      idempotencyKey: key,
    };
    const [a, b] = await Promise.all([
      openCaseAtCounter(t.deps, staff.clerk!, origin, input),
      openCaseAtCounter(t.deps, staff.clerk!, origin, input),
    ]);
    assert.equal(a.id, b.id);
  });

  it('four eyes: the one who proposes may not sign (domain.md §3)', async () => {
    const office = await seedOffice(t.deps, { regionCode: '71' });
    const both = await seedAccount(t.deps, office.id, ['officer', 'head']);
    const clerk = await seedAccount(t.deps, office.id, ['clerk', 'records']);
    const actor = async (login: string) => {
      const r = await resolveSession(
        t.deps,
        (await signIn(t.deps, { login, password: PASSWORD }, origin)).token,
      );
      assert.equal(r.kind, 'live');
      return (r as { actor: Actor }).actor;
    };
    const [boss, desk] = [await actor(both.login), await actor(clerk.login)];
    const c = await openCaseAtCounter(t.deps, desk, origin, {
      kind: 'missionary-registration',
      language: 'kk',
      application: missionaryApplication(),
      consent: true,
      idempotencyKey: newIdempotencyKey(),
    });
    let r = await performCaseAction(
      t.deps,
      desk,
      origin,
      c.id,
      c.version,
      { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS },
      newIdempotencyKey(),
    );
    r = await performCaseAction(
      t.deps,
      boss,
      origin,
      c.id,
      r.version,
      { kind: 'take_for_review' },
      newIdempotencyKey(),
    );
    r = await performCaseAction(
      t.deps,
      boss,
      origin,
      c.id,
      r.version,
      { kind: 'propose' },
      newIdempotencyKey(),
    );
    await assert.rejects(
      performCaseAction(t.deps, boss, origin, c.id, r.version, { kind: 'sign' }, newIdempotencyKey()),
      (e) => e instanceof DomainError && e.code === 'FOUR_EYES',
    );
  });

  it('checks the application field by field and requires consent', async () => {
    const app = missionaryApplication();
    app.applicant.birthDate = '2031-02-30';
    app.invitingAssociation.bin = '123';
    await assert.rejects(
      openCaseAtCounter(t.deps, staff.clerk!, origin, {
        kind: 'missionary-registration',
        language: 'kk',
        application: app,
        consent: false,
        idempotencyKey: newIdempotencyKey(),
      }),
      (e) =>
        e instanceof DomainError &&
        e.code === 'VALIDATION_FAILED' &&
        'consent' in e.fields &&
        'invitingAssociation.bin' in e.fields &&
        Object.keys(e.fields).some((f) => f.startsWith('applicant.birthDate')),
    );
  });
});
