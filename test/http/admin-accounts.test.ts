import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient, pageText, signedInClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { translate } from '../../src/i18n/i18n.js';
import { queryRows } from '../../src/db/database.js';
import { findOrganisationByCode } from '../../src/db/accounts-store.js';

const signedIn = (t: TestApp, login: string, lang = 'kk') => signedInClient(t.app, login, PASSWORD, lang);

describeEachDatabase('administration of staff accounts', (get) => {
  let t: TestApp;
  let agencyAdmin: string;
  let office: Awaited<ReturnType<typeof seedOffice>>;
  let otherOffice: Awaited<ReturnType<typeof seedOffice>>;
  before(async () => {
    t = await buildTestApp(get().database);
    const agency = await findOrganisationByCode(get().database.db, 'AGENCY');
    agencyAdmin = (await seedAccount(t.deps, agency!.id, ['administrator'])).login;
    office = await seedOffice(t.deps);
    otherOffice = await seedOffice(t.deps);
  });
  after(() => t.close());

  const actions = async (recordId: string) =>
    (
      await queryRows<{ action: string; chain_id: string }>(
        get().database.db,
        sql`select action, chain_id from audit_events where record_id = ${recordId} order by id`,
      )
    ).map((r) => r.action);

  it('creates an account with a temporary password that must be changed at first sign-in', async () => {
    const admin = await signedIn(t, agencyAdmin, 'ru');
    await admin.open('/ru/staff/admin/accounts');
    const res = await admin.post('/ru/staff/admin/accounts', {
      organisationId: office.id,
      login: 'new.clerk.a',
      displayName: 'Асель Нурова',
      phone: '+7 7172 000000',
      roles: ['clerk', 'records'],
    });
    assert.equal(res.statusCode, 200);
    const password = /([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})/.exec(pageText(res.body))?.[1];
    assert.ok(password, 'the temporary password is shown once');
    const me = new FormClient(t.app);
    await me.open('/ru/staff/sign-in');
    const first = await me.post('/ru/staff/sign-in', { login: 'new.clerk.a', password });
    assert.equal(first.headers.location, '/ru/staff/password');
    assert.equal(
      (await me.get('/ru/staff')).headers.location,
      '/ru/staff/password',
      'nothing else until the password is changed',
    );
    await me.open('/ru/staff/password');
    const weak = await me.post('/ru/staff/password', { current: password, next: 'short', repeat: 'short' });
    assert.equal(weak.statusCode, 400);
    assert.ok(pageText(weak.body).includes(translate('ru', 'field.password_too_short', { min: 10 })));
    await me.open('/ru/staff/password');
    const ok = await me.post('/ru/staff/password', {
      current: password,
      next: 'a-much-better-pass',
      repeat: 'a-much-better-pass',
    });
    assert.equal(ok.statusCode, 200);
    assert.equal((await me.get('/ru/staff')).statusCode, 200);
  });

  it('reports every bad field of a new account, localized, and keeps what was typed', async () => {
    const admin = await signedIn(t, agencyAdmin, 'kk');
    await admin.open('/kk/staff/admin/accounts');
    const res = await admin.post('/kk/staff/admin/accounts', {
      organisationId: office.id,
      login: 'a b',
      displayName: 'X',
      roles: [],
    });
    assert.equal(res.statusCode, 400);
    const text = pageText(res.body);
    for (const key of ['field.login_format', 'field.name_length', 'field.roles_required'] as const)
      assert.ok(text.includes(translate('kk', key)), key);
    assert.ok(res.body.includes('href="#login"'), 'the error summary links to the field');
    await admin.open('/kk/staff/admin/accounts');
    const taken = await admin.post('/kk/staff/admin/accounts', {
      organisationId: office.id,
      login: agencyAdmin,
      displayName: 'Басқа адам',
      roles: ['clerk'],
    });
    assert.equal(taken.statusCode, 409);
    assert.ok(pageText(taken.body).includes(translate('kk', 'field.login_taken')));
  });

  it('re-roles, deactivates (ending its sessions), reactivates and resets, each act audited', async () => {
    const target = await seedAccount(t.deps, office.id, ['clerk']);
    const victim = await signedIn(t, target.login);
    const admin = await signedIn(t, agencyAdmin);
    await admin.open('/kk/staff/admin/accounts');
    assert.equal(
      (await admin.post(`/kk/staff/admin/accounts/${target.id}/roles`, { roles: ['officer', 'head'] }))
        .statusCode,
      200,
    );
    await admin.open('/kk/staff/admin/accounts');
    assert.equal((await admin.post(`/kk/staff/admin/accounts/${target.id}/deactivate`, {})).statusCode, 200);
    assert.notEqual(
      (await victim.get('/kk/staff')).statusCode,
      200,
      'a deactivated account is signed out at once',
    );
    await admin.open('/kk/staff/admin/accounts');
    await admin.post(`/kk/staff/admin/accounts/${target.id}/reactivate`, {});
    await admin.open('/kk/staff/admin/accounts');
    const reset = await admin.post(`/kk/staff/admin/accounts/${target.id}/reset-password`, {});
    assert.ok(pageText(reset.body).includes(target.login));
    assert.deepEqual(await actions(target.id), [
      'account.created',
      'account.signed_in',
      'account.roles_changed',
      'account.deactivated',
      'account.reactivated',
      'account.password_reset',
    ]);
  });

  it('lets an office administrator manage only its own office, and refuses everyone else', async () => {
    const officeAdmin = await seedAccount(t.deps, office.id, ['administrator']);
    const foreign = await seedAccount(t.deps, otherOffice.id, ['clerk']);
    const admin = await signedIn(t, officeAdmin.login);
    const page = await admin.open('/kk/staff/admin/accounts');
    assert.equal(page.statusCode, 200);
    assert.ok(!page.body.includes(foreign.login), 'another office’s accounts do not leak');
    assert.ok(!page.body.includes(otherOffice.code));
    const res = await admin.post(`/kk/staff/admin/accounts/${foreign.id}/reset-password`, {});
    assert.equal(res.statusCode, 403);
    const clerk = await signedIn(t, (await seedAccount(t.deps, office.id, ['clerk'])).login);
    assert.equal((await clerk.get('/kk/staff/admin/accounts')).statusCode, 403);
  });
});
