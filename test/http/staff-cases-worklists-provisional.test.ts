// domain.md §9: a year without its calendar data is provisional, and it is flagged wherever a due date
// depends on it — the office's worklists included. A case stamped at the end of the last year with data
// has its §7.1 due day in the next, provisional, year; one stamped a month earlier does not.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { signedInClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import type { Actor } from '../../src/app/actor.js';
import { findCase } from '../../src/db/case-store.js';
import { builtInCalendar } from '../../src/domain/calendar/index.js';
import { translate } from '../../src/i18n/i18n.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';

const origin = { ip: '127.0.0.1', requestId: 'test' };

describeEachDatabase('provisional due days on the worklists (domain.md §9)', (get) => {
  let t: TestApp;
  const staff: Record<string, Actor> = {};
  let headLogin: string;
  before(async () => {
    t = await buildTestApp(get().database);
    const office = await seedOffice(t.deps, { regionCode: '71' });
    for (const role of ['clerk', 'records'] as const) {
      const { login } = await seedAccount(t.deps, office.id, [role]);
      const r = await resolveSession(
        t.deps,
        (await signIn(t.deps, { login, password: PASSWORD }, origin)).token,
      );
      if (r.kind === 'live') staff[role] = r.actor;
    }
    headLogin = (await seedAccount(t.deps, office.id, ['head'])).login;
  });
  after(() => t.close());

  async function stampedCase() {
    const c = await openCaseAtCounter(t.deps, staff.clerk!, origin, {
      kind: 'missionary-registration',
      language: 'ru',
      application: missionaryApplication(t.deps.now()),
      consent: true,
      idempotencyKey: newIdempotencyKey(),
    });
    await performCaseAction(
      t.deps,
      staff.records!,
      origin,
      c.id,
      c.version,
      { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS },
      newIdempotencyKey(),
    );
    return (await findCase(get().database.db, c.id))!;
  }

  /** The worklist row of a case: from its tracking code to the end of its table row. */
  async function rowOf(trackingCode: string): Promise<string> {
    const head = await signedInClient(t.app, headLogin, PASSWORD, 'ru');
    const page = await head.get('/ru/staff/cases');
    assert.equal(page.statusCode, 200);
    const at = page.body.indexOf(trackingCode);
    assert.ok(at >= 0, `${trackingCode} on the worklists`);
    return page.body.slice(at, page.body.indexOf('</tr>', at));
  }

  it('flags a due day in a year without data, and not one in a year with data', async () => {
    const calendar = builtInCalendar();
    const year = Number(plainDateAt(new Date(t.deps.now()), 'Asia/Almaty').slice(0, 4));
    const lastWithData = [year, year + 1, year + 2].filter((y) => !calendar.isProvisional(y)).pop()!;
    assert.ok(calendar.isProvisional(lastWithData + 1), 'the year after the data is provisional');
    const flag = translate('ru', 'case.clock_provisional');

    const now = await stampedCase();
    const nowProvisional = calendar.isProvisional(Number(now.resultDue!.slice(0, 4)));
    assert.equal((await rowOf(now.trackingCode)).includes(flag), nowProvisional);

    // To 29 December of the last year with data: the §7.1 due day falls in January of the next.
    const target = Date.UTC(lastWithData, 11, 29, 5, 0);
    t.advance(Math.max(0, target - t.deps.now().getTime()));
    const late = await stampedCase();
    assert.equal(late.resultDue!.slice(0, 4), String(lastWithData + 1));
    assert.ok((await rowOf(late.trackingCode)).includes(flag), 'the provisional due day is flagged');
  });
});
