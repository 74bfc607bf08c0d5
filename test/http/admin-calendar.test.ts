import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { pageText, signedInClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { translate } from '../../src/i18n/i18n.js';
import { findOrganisationByCode } from '../../src/db/accounts-store.js';
import { plainDate } from '../../src/domain/time/plain-date.js';

describeEachDatabase('the administrator’s page of the national calendar (domain.md §9)', (get) => {
  let t: TestApp;
  let adminLogin: string;
  before(async () => {
    t = await buildTestApp(get().database);
    const agency = await findOrganisationByCode(get().database.db, 'AGENCY');
    adminLogin = (await seedAccount(t.deps, agency!.id, ['administrator'])).login;
  });
  after(() => t.close());

  it('lists built-in and provisional years and enters one, which then counts', async () => {
    const admin = await signedInClient(t.app, adminLogin, PASSWORD, 'ru');
    const page = await admin.open('/ru/staff/admin/calendar');
    assert.equal(page.statusCode, 200);
    const text = pageText(page.body);
    assert.ok(text.includes(`2016 ${translate('ru', 'calendar.status_built_in')}`));
    const nextYear = new Date().getUTCFullYear() + 1;
    assert.ok(text.includes(`${nextYear} ${translate('ru', 'calendar.status_provisional')}`));
    const res = await admin.post('/ru/staff/admin/calendar', {
      year: String(nextYear),
      kurbanDate: `${nextYear}-05-20`,
      kurbanTitle: 'Объявление ДУМК о дате Курбан айта',
      kurbanSource: 'muftyat.kz',
      working0: `${nextYear}-01-09`,
      off0: `${nextYear}-01-08`,
      actKind: 'government-decree',
      actTitle: 'О переносе выходных дней',
      actNumber: '999',
      actDate: `${nextYear - 1}-12-20`,
      actSource: 'adilet.zan.kz',
    });
    assert.equal(res.statusCode, 200);
    assert.ok(
      pageText(res.body).includes(translate('ru', 'calendar.saved', { year: nextYear, recomputed: 0 })),
    );
    const calendar = await t.deps.calendar!.get();
    assert.equal(calendar.isProvisional(nextYear), false);
    assert.equal(calendar.isWorkingDay(plainDate(`${nextYear}-05-20`)), false);
  });

  it('refuses bad data with a localized message and keeps what was typed', async () => {
    const admin = await signedInClient(t.app, adminLogin, PASSWORD, 'kk');
    await admin.open('/kk/staff/admin/calendar');
    const res = await admin.post('/kk/staff/admin/calendar', {
      year: '2040',
      kurbanDate: '2041-05-20',
      kurbanTitle: 'x',
      kurbanSource: 'y',
    });
    assert.equal(res.statusCode, 400);
    assert.ok(
      pageText(res.body).includes(translate('kk', 'field.calendar_invalid', { detail: '' }).slice(0, 20)),
    );
    assert.match(res.body, /value="2041-05-20"/);
  });

  it('is refused to anyone but an administrator of the national authority', async () => {
    const office = await seedOffice(t.deps);
    const officeAdmin = await signedInClient(
      t.app,
      (await seedAccount(t.deps, office.id, ['administrator'])).login,
      PASSWORD,
    );
    assert.equal((await officeAdmin.get('/kk/staff/admin/calendar')).statusCode, 403);
  });
});
