import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient, pageText } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { translate } from '../../src/i18n/i18n.js';
import { queryRows } from '../../src/db/database.js';
import { createAccount } from '../../src/app/accounts/create-account.js';

describeEachDatabase('staff sign-in', (get) => {
  let t: TestApp;
  let office: Awaited<ReturnType<typeof seedOffice>>;
  before(async () => {
    t = await buildTestApp(get().database, { SIGNIN_MAX_FAILURES: '3', SESSION_IDLE_MINUTES: '30' });
    office = await seedOffice(t.deps);
  });
  after(() => t.close());

  it('signs in, shows the staff page, signs out', async () => {
    await createAccount(
      t.deps,
      null,
      { ip: null, requestId: 'test' },
      {
        organisationId: office.id,
        login: SENTINELS.staffLogin,
        displayName: SENTINELS.staffName,
        roles: ['officer'],
        password: PASSWORD,
      },
    );
    const c = new FormClient(t.app);
    await c.open('/ru/staff/sign-in');
    const res = await c.post('/ru/staff/sign-in', { login: SENTINELS.staffLogin, password: PASSWORD });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/ru/staff');
    const cookie = res.cookies.find((x) => x.name === 'tirkeu_session');
    assert.ok(cookie?.httpOnly, 'session cookie is HttpOnly');
    assert.equal(cookie?.sameSite, 'Lax');
    const staff = await c.open('/ru/staff');
    assert.equal(staff.statusCode, 200);
    assert.ok(pageText(staff.body).includes(translate('ru', 'staff.welcome', { name: SENTINELS.staffName })));
    assert.ok(staff.body.includes(office.code));
    const out = await c.post('/ru/staff/sign-out', {});
    assert.equal(out.statusCode, 303);
    const again = await c.get('/ru/staff');
    assert.equal(again.statusCode, 303);
    assert.match(String(again.headers.location), /^\/ru\/staff\/sign-in/);
  });

  it('answers a wrong password and an unknown login the same way, in the page language', async () => {
    const { login } = await seedAccount(t.deps, office.id, ['clerk']);
    const c = new FormClient(t.app);
    await c.open('/kk/staff/sign-in');
    const wrong = await c.post('/kk/staff/sign-in', { login, password: 'not-the-password' });
    const unknown = await c.post('/kk/staff/sign-in', {
      login: 'nobody.at.all',
      password: 'not-the-password',
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    const message = translate('kk', 'signin.failed');
    assert.ok(pageText(wrong.body).includes(message));
    assert.ok(pageText(unknown.body).includes(message));
    // Only the echoed login differs between the two pages.
    const strip = (b: string) => b.replace(/value="[^"]*"/g, '');
    assert.equal(strip(wrong.body), strip(unknown.body));
  });

  it('locks an account after repeated failures, even against the right password, and audits it', async () => {
    const { id, login } = await seedAccount(t.deps, office.id, ['clerk']);
    const c = new FormClient(t.app);
    await c.open('/en/staff/sign-in');
    for (let i = 0; i < 3; i++)
      assert.equal((await c.post('/en/staff/sign-in', { login, password: 'wrong-wrong-1' })).statusCode, 401);
    const locked = await c.post('/en/staff/sign-in', { login, password: PASSWORD });
    assert.equal(locked.statusCode, 401);
    const events = await queryRows<{ action: string }>(
      get().database.db,
      sql`select action from audit_events where record_id = ${id} order by id`,
    );
    assert.deepEqual(
      events.map((e) => e.action),
      ['account.created', 'account.sign_in_failed', 'account.sign_in_failed', 'account.locked_out'],
    );
    t.advance(16 * 60_000); // the lock runs out
    assert.equal((await c.post('/en/staff/sign-in', { login, password: PASSWORD })).statusCode, 303);
    t.advance(-16 * 60_000);
  });

  it('refuses a form without its CSRF token with a localized 403, and changes nothing', async () => {
    const { login } = await seedAccount(t.deps, office.id, ['clerk']);
    const c = new FormClient(t.app);
    await c.open('/ru/staff/sign-in');
    const res = await c.post('/ru/staff/sign-in', { login, password: PASSWORD }, { csrf: null });
    assert.equal(res.statusCode, 403);
    assert.ok(pageText(res.body).includes(translate('ru', 'error.CSRF_FAILED')));
    assert.equal(
      res.cookies.find((x) => x.name === 'tirkeu_session'),
      undefined,
    );
    const forged = await c.post('/ru/staff/sign-in', { login, password: PASSWORD }, { csrf: 'forged-token' });
    assert.equal(forged.statusCode, 403);
  });

  it('ends an idle session: the next staff page says so with 401', async () => {
    const { login } = await seedAccount(t.deps, office.id, ['head']);
    const c = new FormClient(t.app);
    await c.open('/kk/staff/sign-in');
    await c.post('/kk/staff/sign-in', { login, password: PASSWORD });
    assert.equal((await c.get('/kk/staff')).statusCode, 200);
    t.advance(31 * 60_000);
    const res = await c.get('/kk/staff');
    t.advance(-31 * 60_000);
    assert.equal(res.statusCode, 401);
    assert.ok(pageText(res.body).includes(translate('kk', 'error.SESSION_EXPIRED')));
  });

  it('gives a new session id at each sign-in (no fixation) and ignores a forged session cookie', async () => {
    const { login } = await seedAccount(t.deps, office.id, ['clerk']);
    const c = new FormClient(t.app);
    c.cookies.set('tirkeu_session', 'attacker-chosen-value');
    await c.open('/kk/staff/sign-in');
    await c.post('/kk/staff/sign-in', { login, password: PASSWORD });
    assert.notEqual(c.cookies.get('tirkeu_session'), 'attacker-chosen-value');
    const stranger = new FormClient(t.app);
    stranger.cookies.set('tirkeu_session', 'attacker-chosen-value');
    assert.equal((await stranger.get('/kk/staff')).statusCode, 303);
  });

  it('takes the client address from the trusted proxy header only when configured', async () => {
    const { id, login } = await seedAccount(t.deps, office.id, ['clerk']);
    const direct = new FormClient(t.app, { 'x-forwarded-for': '203.0.113.9' });
    await direct.open('/kk/staff/sign-in');
    await direct.post('/kk/staff/sign-in', { login, password: PASSWORD });
    const behind = await buildTestApp(get().database, { TRUST_PROXY: '127.0.0.1' });
    try {
      const proxied = new FormClient(behind.app, { 'x-forwarded-for': '198.51.100.7' });
      await proxied.open('/kk/staff/sign-in');
      await proxied.post('/kk/staff/sign-in', { login, password: PASSWORD });
    } finally {
      await behind.close();
    }
    const ips = await queryRows<{ ip: string }>(
      get().database.db,
      sql`select ip from audit_events where record_id = ${id} and action = 'account.signed_in' order by id`,
    );
    assert.deepEqual(
      ips.map((r) => r.ip),
      ['127.0.0.1', '198.51.100.7'],
    );
  });
});
