// domain.md §1, §13: a territory changed, and the head moves the office's open cases to the office now
// competent, in bulk: each registered case is transferred (audited, with the reason); a case the state
// table does not let go stays and the report says why; the receiving office can take them in.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { pageText, signedInClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import type { Actor } from '../../src/app/actor.js';
import { findCase } from '../../src/db/case-store.js';
import { queryRows } from '../../src/db/database.js';
import { translate } from '../../src/i18n/i18n.js';

const origin = { ip: '127.0.0.1', requestId: 'test' };
const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';

describeEachDatabase('moving open cases in bulk when a territory changes (§1, §13)', (get) => {
  let t: TestApp;
  const staff: Record<string, Actor> = {};
  const login: Record<string, string> = {};
  let toCode: string;
  let otherHeadLogin: string;
  let receiver: Actor;
  before(async () => {
    t = await buildTestApp(get().database);
    const office = await seedOffice(t.deps, { regionCode: '51' });
    for (const role of ['clerk', 'records', 'officer', 'head'] as const) {
      const acc = await seedAccount(t.deps, office.id, [role]);
      login[role] = acc.login;
      const s = await signIn(t.deps, { login: acc.login, password: PASSWORD }, origin);
      const r = await resolveSession(t.deps, s.token);
      if (r.kind === 'live') staff[role] = r.actor;
    }
    const to = await seedOffice(t.deps, { regionCode: '51' });
    toCode = to.code;
    const rec = await seedAccount(t.deps, to.id, ['records']);
    const s = await signIn(t.deps, { login: rec.login, password: PASSWORD }, origin);
    const r = await resolveSession(t.deps, s.token);
    if (r.kind === 'live') receiver = r.actor;
    otherHeadLogin = (await seedAccount(t.deps, to.id, ['head'])).login;
  });
  after(() => t.close());

  async function registeredCase() {
    const c = await openCaseAtCounter(t.deps, staff.clerk!, origin, {
      kind: 'missionary-registration',
      language: 'kk',
      application: missionaryApplication(),
      consent: true,
      idempotencyKey: newIdempotencyKey(),
    });
    const r = await performCaseAction(
      t.deps,
      staff.records!,
      origin,
      c.id,
      c.version,
      {
        kind: 'stamp',
        itemsPresent: MISSIONARY_ITEMS,
      },
      newIdempotencyKey(),
    );
    return { ...c, version: r.version };
  }

  it('moves the chosen registered cases, leaves a case under review with the reason, and acts once on a resubmit', async () => {
    const a = await registeredCase();
    const b = await registeredCase();
    const c = await registeredCase();
    const r = await performCaseAction(
      t.deps,
      staff.officer!,
      origin,
      c.id,
      c.version,
      { kind: 'take_for_review' },
      newIdempotencyKey(),
    );
    assert.equal(r.state, 'under_review');
    const before = await findCase(get().database.db, a.id);

    const head = await signedInClient(t.app, login.head!, PASSWORD, 'ru');
    const page = await head.open('/ru/staff/cases/move');
    assert.equal(page.statusCode, 200);
    assert.ok(
      page.body.includes(a.trackingCode) && page.body.includes(c.trackingCode),
      'the open cases are listed',
    );
    const form = {
      key: hidden(page.body, 'key'),
      caseIds: [a.id, b.id, c.id],
      toOfficeCode: toCode,
      reason: 'Указ № 702 от 19.06.2018: образован город Шымкент',
    };
    const res = await head.post('/ru/staff/cases/move', form);
    assert.equal(res.statusCode, 200);
    const text = pageText(res.body);
    assert.ok(
      text.includes(translate('ru', 'move.report_summary', { moved: 2, left: 1, office: toCode })),
      text,
    );
    assert.ok(text.includes(c.trackingCode), 'the case left in place is named');

    for (const moved of [a, b]) {
      const row = await findCase(get().database.db, moved.id);
      assert.equal(row!.state, 'transferred');
    }
    assert.equal((await findCase(get().database.db, c.id))!.state, 'under_review');
    const transfers = await queryRows<{ n: string; reason: string }>(
      get().database.db,
      sql`select count(*) as n, min(payload ->> 'reason') as reason from case_actions
          where kind = 'transfer' and case_id in (${a.id}::uuid, ${b.id}::uuid)`,
    );
    assert.equal(Number(transfers[0]!.n), 2);
    assert.equal(transfers[0]!.reason, form.reason);
    const audited = await queryRows<{ n: string }>(
      get().database.db,
      sql`select count(*) as n from audit_events where record_id in (${a.id}, ${b.id}) and action = 'case.action' and data ->> 'kind' = 'transfer'`,
    );
    assert.equal(Number(audited[0]!.n), 2, 'each transfer is audited');

    // The same form again (a double click, a retried request): nothing is transferred twice.
    await head.open('/ru/staff/cases/move');
    const again = await head.post('/ru/staff/cases/move', form);
    assert.equal(again.statusCode, 200);
    const count = await queryRows<{ n: string }>(
      get().database.db,
      sql`select count(*) as n from case_actions where kind = 'transfer' and case_id = ${a.id}::uuid`,
    );
    assert.equal(Number(count[0]!.n), 1);

    // The competent office takes the case into its own register; the clocks keep the first hand-in.
    const moved = await findCase(get().database.db, a.id);
    const got = await performCaseAction(
      t.deps,
      receiver,
      origin,
      a.id,
      moved!.version,
      { kind: 'receive_transfer' },
      newIdempotencyKey(),
    );
    assert.equal(got.state, 'registered');
    const received = await findCase(get().database.db, a.id);
    assert.equal(received!.startDay, before!.startDay);
    assert.equal(received!.organisationId, receiver.organisation.id);
  });

  it('refuses bad input with errors by field and changes nothing', async () => {
    const a = await registeredCase();
    const head = await signedInClient(t.app, login.head!, PASSWORD, 'kk');
    const page = await head.open('/kk/staff/cases/move');
    const res = await head.post('/kk/staff/cases/move', {
      key: hidden(page.body, 'key'),
      toOfficeCode: '99-999',
      reason: '   ',
    });
    assert.equal(res.statusCode, 400);
    const text = pageText(res.body);
    for (const key of ['field.cases_required', 'field.office_unknown', 'field.reason_required'] as const)
      assert.ok(text.includes(translate('kk', key)), key);
    await head.open('/kk/staff/cases/move');
    const own = await head.post('/kk/staff/cases/move', {
      key: hidden(page.body, 'key'),
      caseIds: [a.id],
      toOfficeCode: staff.head!.organisation.code,
      reason: 'x',
    });
    assert.equal(own.statusCode, 400);
    assert.ok(pageText(own.body).includes(translate('kk', 'field.transfer_same_office')));
    assert.equal((await findCase(get().database.db, a.id))!.state, 'registered');
  });

  it('never moves another office’s case, and only a head may move', async () => {
    const a = await registeredCase();
    // The other office's head names a case of this office: it is not theirs, so it is not found.
    const stranger = await signedInClient(t.app, otherHeadLogin, PASSWORD, 'en');
    const page = await stranger.open('/en/staff/cases/move');
    assert.equal(page.statusCode, 200);
    assert.ok(!page.body.includes(a.trackingCode), 'another office’s cases are not listed');
    const res = await stranger.post('/en/staff/cases/move', {
      key: newIdempotencyKey(),
      caseIds: [a.id],
      toOfficeCode: staff.head!.organisation.code,
      reason: 'attempt',
    });
    assert.equal(res.statusCode, 200);
    assert.ok(
      pageText(res.body).includes(
        translate('en', 'move.report_summary', { moved: 0, left: 1, office: staff.head!.organisation.code }),
      ),
    );
    assert.equal((await findCase(get().database.db, a.id))!.state, 'registered');

    const clerk = await signedInClient(t.app, login.clerk!, PASSWORD, 'en');
    assert.equal((await clerk.get('/en/staff/cases/move')).statusCode, 403);
  });
});
