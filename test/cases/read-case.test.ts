import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { readCase } from '../../src/app/cases/read-case.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import type { Actor } from '../../src/app/actor.js';
import { DomainError } from '../../src/app/errors.js';
import { queryRows } from '../../src/db/database.js';
import type { Role } from '../../src/domain/roles/roles.js';

const origin = { ip: '127.0.0.1', requestId: 'test' };

describeEachDatabase('reading a case (§17)', (get) => {
  let t: TestApp;
  let actor: (orgId: string, roles: Role[]) => Promise<Actor>;
  before(async () => {
    t = await buildTestApp(get().database);
    actor = async (orgId, roles) => {
      const { login } = await seedAccount(t.deps, orgId, roles);
      const r = await resolveSession(
        t.deps,
        (await signIn(t.deps, { login, password: PASSWORD }, origin)).token,
      );
      return (r as { actor: Actor }).actor;
    };
  });
  after(() => t.close());

  it('logs every read of the record, hides it from other offices, and shows affiliation only to roles that need it', async () => {
    const office = await seedOffice(t.deps, { regionCode: '75' });
    const clerk = await actor(office.id, ['clerk']);
    const c = await openCaseAtCounter(t.deps, clerk, origin, {
      kind: 'missionary-registration',
      language: 'ru',
      application: missionaryApplication(),
      consent: true,
      idempotencyKey: newIdempotencyKey(),
    });
    const view = await readCase(t.deps, clerk, origin, c.id, 'case page');
    assert.equal(view.snapshot.state, 'at_counter');
    assert.deepEqual(view.available.sort(), ['abandon']);
    assert.equal(view.showAffiliation, true);
    const records = await actor(office.id, ['records']);
    const asRecords = await readCase(t.deps, records, origin, c.id, 'case page');
    assert.equal(asRecords.showAffiliation, false);
    assert.deepEqual(asRecords.available, ['stamp']);
    const reads = await queryRows<{ n: string }>(
      get().database.db,
      sql`select count(*) as n from access_log where record_id = ${c.id}`,
    );
    assert.equal(Number(reads[0]!.n), 2);
    const stranger = await actor((await seedOffice(t.deps, { regionCode: '35' })).id, ['clerk']);
    await assert.rejects(
      readCase(t.deps, stranger, origin, c.id, 'case page'),
      (e) => e instanceof DomainError && e.code === 'NOT_FOUND',
    );
    const supervisor = await actor((await seedOffice(t.deps, { regionCode: '75' })).id, [
      'regional_supervisor',
    ]);
    const supervised = await readCase(t.deps, supervisor, origin, c.id, 'supervision');
    assert.deepEqual(supervised.available, [], 'supervisors read, they do not act');
  });
});
