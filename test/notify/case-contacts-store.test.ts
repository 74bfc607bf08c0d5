import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { seedAccount, seedOffice, PASSWORD } from '../helpers/seed.js';
import { missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import type { Actor } from '../../src/app/actor.js';
import { findCaseContact, saveCaseContact } from '../../src/db/case-contacts-store.js';

const origin = { ip: '127.0.0.1', requestId: 'test' };

describeEachDatabase('the contact of a case', (get) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(get().database);
  });
  after(() => t.close());

  it('is saved, replaced, refused without any channel, and removed when both channels are cleared', async () => {
    const office = await seedOffice(t.deps, { regionCode: '75' });
    const { login } = await seedAccount(t.deps, office.id, ['clerk']);
    const session = await resolveSession(
      t.deps,
      (await signIn(t.deps, { login, password: PASSWORD }, origin)).token,
    );
    const clerk = (session as { actor: Actor }).actor;
    const c = await openCaseAtCounter(t.deps, clerk, origin, {
      kind: 'missionary-registration',
      language: 'ru',
      application: missionaryApplication(),
      consent: true,
      idempotencyKey: newIdempotencyKey(),
    });
    const db = t.deps.database.db;
    assert.equal(await findCaseContact(db, c.id), null);
    await saveCaseContact(db, c.id, { email: 'a@example.kz', phone: null, lang: 'ru' }, new Date());
    assert.deepEqual(await findCaseContact(db, c.id), { email: 'a@example.kz', phone: null, lang: 'ru' });
    await saveCaseContact(db, c.id, { email: null, phone: '+77011234567', lang: 'kk' }, new Date());
    assert.deepEqual(await findCaseContact(db, c.id), { email: null, phone: '+77011234567', lang: 'kk' });
    await saveCaseContact(db, c.id, { email: null, phone: null, lang: 'kk' }, new Date());
    assert.equal(await findCaseContact(db, c.id), null);
  });
});
