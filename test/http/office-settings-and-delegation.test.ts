import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { pageText, signedInClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { translate } from '../../src/i18n/i18n.js';
import { queryRows } from '../../src/db/database.js';
import { findOrganisation } from '../../src/db/accounts-store.js';
import { plainDateAt, addDays } from '../../src/domain/time/plain-date.js';

const signedIn = (t: TestApp, login: string, lang = 'kk') => signedInClient(t.app, login, PASSWORD, lang);

describeEachDatabase('office settings and acting-head delegation', (get) => {
  let t: TestApp;
  let office: Awaited<ReturnType<typeof seedOffice>>;
  before(async () => {
    t = await buildTestApp(get().database);
    office = await seedOffice(t.deps);
  });
  after(() => t.close());

  it('a head switches the four-eyes rule off and on; it is audited; a clerk may not', async () => {
    const head = await signedIn(t, (await seedAccount(t.deps, office.id, ['head'])).login, 'ru');
    const page = await head.open('/ru/staff/settings');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /name="fourEyes" value="on" checked/);
    const off = await head.post('/ru/staff/settings', {});
    assert.ok(pageText(off.body).includes(translate('ru', 'settings.saved')));
    assert.equal((await findOrganisation(get().database.db, office.id))?.fourEyes, false);
    await head.open('/ru/staff/settings');
    await head.post('/ru/staff/settings', { fourEyes: 'on' });
    assert.equal((await findOrganisation(get().database.db, office.id))?.fourEyes, true);
    const audited = await queryRows<{ data: { fourEyes: boolean } }>(
      get().database.db,
      sql`select data from audit_events where record_id = ${office.id} and action = 'organisation.settings_changed' order by id`,
    );
    assert.deepEqual(
      audited.map((r) => r.data.fourEyes),
      [false, true],
    );
    const clerk = await signedIn(t, (await seedAccount(t.deps, office.id, ['clerk'])).login);
    assert.equal((await clerk.get('/kk/staff/settings')).statusCode, 403);
  });

  it('a head sets "uncollected after N days" (1–365); refused values change nothing; audited; the worklist uses it', async () => {
    const db = get().database.db;
    const head = await signedIn(t, (await seedAccount(t.deps, office.id, ['head'])).login, 'ru');
    const page = await head.open('/ru/staff/settings');
    assert.match(page.body, /name="uncollectedAfterDays" type="number" value="30"/);
    for (const bad of ['0', '366', 'abc', '', '12.5', '-3', '1e2']) {
      await head.open('/ru/staff/settings');
      const r = await head.post('/ru/staff/settings', { fourEyes: 'on', uncollectedAfterDays: bad });
      assert.equal(r.statusCode, 400, `"${bad}" is refused`);
      const text = pageText(r.body);
      assert.ok(text.includes(translate('ru', 'field.uncollected_days_range')), `"${bad}" names the rule`);
      assert.ok(!text.includes(translate('ru', 'settings.saved')));
      const input = /<input id="uncollectedAfterDays"[^>]*>/.exec(r.body)?.[0] ?? '';
      assert.ok(
        bad === '' ? /value[ =]("")?/.test(input) : input.includes(`value="${bad}"`),
        `kept: ${input}`,
      );
      assert.equal((await findOrganisation(db, office.id))?.uncollectedAfterDays, 30, 'nothing changed');
    }
    await head.open('/ru/staff/settings');
    const ok = await head.post('/ru/staff/settings', { fourEyes: 'on', uncollectedAfterDays: ' 14 ' });
    assert.equal(ok.statusCode, 200);
    assert.ok(pageText(ok.body).includes(translate('ru', 'settings.saved')));
    assert.equal((await findOrganisation(db, office.id))?.uncollectedAfterDays, 14);
    const [audited] = await queryRows<{ data: { uncollectedAfterDays: number; fourEyes: boolean } }>(
      db,
      sql`select data from audit_events where record_id = ${office.id}
          and action = 'organisation.settings_changed' order by id desc limit 1`,
    );
    assert.deepEqual(audited?.data, { fourEyes: true, uncollectedAfterDays: 14 });
    // The office's worklist page names the office's own number of days.
    const list = await head.get('/ru/staff/cases');
    assert.ok(pageText(list.body).includes(translate('ru', 'cases.list.uncollected', { days: 14 })));
    // An officer may not change it, whatever the form says.
    const officer = await signedIn(t, (await seedAccount(t.deps, office.id, ['officer'])).login, 'ru');
    await officer.open('/ru/staff/cases');
    const refused = await officer.post('/ru/staff/settings', { uncollectedAfterDays: '200' });
    assert.equal(refused.statusCode, 403);
    assert.equal((await findOrganisation(db, office.id))?.uncollectedAfterDays, 14);
  });

  it('an administrator delegates the head’s duties for dated days; the officer is acting head only then', async () => {
    const officer = await seedAccount(t.deps, office.id, ['officer']);
    const admin = await signedIn(t, (await seedAccount(t.deps, office.id, ['administrator'])).login);
    const today = plainDateAt(t.deps.now(), 'Asia/Almaty');
    await admin.open('/kk/staff/admin/accounts');
    const bad = await admin.post(`/kk/staff/admin/accounts/${officer.id}/delegate`, {
      fromDate: today,
      toDate: addDays(today, -1),
      reason: '',
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(pageText(bad.body).includes(translate('kk', 'field.date_before_start')));
    assert.ok(pageText(bad.body).includes(translate('kk', 'field.reason_required')));
    await admin.open('/kk/staff/admin/accounts');
    const ok = await admin.post(`/kk/staff/admin/accounts/${officer.id}/delegate`, {
      fromDate: today,
      toDate: addDays(today, 2),
      reason: 'Бұйрық № 15-ж',
    });
    assert.equal(ok.statusCode, 200);
    const me = await signedIn(t, officer.login);
    const home = await me.get('/kk/staff');
    assert.ok(pageText(home.body).includes(translate('kk', 'staff.acting_head')));
    assert.ok(pageText(home.body).includes(translate('kk', 'role.acting_head')));
    t.advance(4 * 86_400_000);
    try {
      const later = await signedIn(t, officer.login);
      assert.ok(
        !pageText((await later.get('/kk/staff')).body).includes(translate('kk', 'staff.acting_head')),
        'the delegation has ended',
      );
    } finally {
      t.advance(-4 * 86_400_000);
    }
    const [event] = await queryRows<{ action: string }>(
      get().database.db,
      sql`select action from audit_events where action = 'delegation.created' and data->>'accountId' = ${officer.id}`,
    );
    assert.equal(event?.action, 'delegation.created');
  });
});
