// Issue 8, track over JSON: POST /api/v1/track answers what the track page shows, by the same look-up
// (the same limits, the same access log): the status in the request's language, a localized refusal in
// the error envelope for a wrong pair, bad input per field, no answer without the CSRF token, 429 with
// Retry-After past the per-address limit; and many look-ups at once, sent together in one statement,
// each counted, each answered, each read logged.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient, pageText } from '../helpers/form-client.js';
import { missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { groupApplication, officeWithStaff, type Office } from '../helpers/signed-cases.js';
import { queryRows } from '../../src/db/database.js';
import { translate } from '../../src/i18n/i18n.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { startOnlineApplication, submitOnlineApplication } from '../../src/app/portal/online-application.js';
import { DEFAULT_PORTAL_LIMITS } from '../../src/app/portal/portal-limits.js';

let ipSeq = 0;
const freshIp = () => `10.9.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`;

describeEachDatabase('POST /api/v1/track (issue 8)', (get) => {
  let t: TestApp;
  let office: Office;
  let cookie = '';
  let csrf = '';
  before(async () => {
    t = await buildTestApp(get().database, { TRUST_PROXY: 'true' });
    office = await officeWithStaff(t.deps, '71');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/csrf' });
    csrf = res.json().token;
    cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  });
  after(() => t.close());

  const sendOnline = async () => {
    const origin = { ip: freshIp(), requestId: 'test' };
    const started = await startOnlineApplication(t.deps, origin, {
      kind: 'missionary-registration',
      language: 'kk',
      officeCode: office.code,
    });
    return submitOnlineApplication(t.deps, origin, started.draftToken, {
      application: missionaryApplication(),
      consent: true,
      contact: {},
      idempotencyKey: newIdempotencyKey(),
    });
  };

  const track = (body: unknown, opts: { ip?: string; lang?: string; csrf?: boolean } = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/track',
      headers: {
        cookie,
        ...(opts.csrf === false ? {} : { 'x-csrf-token': csrf }),
        'content-type': 'application/json',
        'x-forwarded-for': opts.ip ?? freshIp(),
        'accept-language': opts.lang ?? 'ru',
      },
      payload: JSON.stringify(body),
    });

  const pending = async (caseId: string) =>
    (
      await queryRows<{ n: number }>(
        get().database.db,
        sql`select count(*)::int as n from pending_access_entries where record_id = ${caseId}`,
      )
    )[0]!.n;

  it('answers the status the track page shows, in the request’s language, and logs the read', async () => {
    const sent = await sendOnline();
    const [c] = await queryRows<{ id: string }>(
      get().database.db,
      sql`select id from cases where tracking_code = ${sent.trackingCode}`,
    );
    const res = await track({ trackingCode: sent.trackingCode.toLowerCase(), accessCode: sent.accessCode });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['cache-control'], 'no-store');
    const s = res.json();
    assert.equal(s.trackingCode, sent.trackingCode);
    assert.equal(s.kind, 'missionary-registration');
    assert.equal(s.state, 'submitted_online');
    assert.equal(s.stateText, translate('ru', 'portal.state.submitted_online'));
    assert.equal(s.office.code, office.code);
    assert.equal(s.awaitingVisit, true);
    assert.equal(s.incoming, null);
    // Nothing of the application leaves: only the declared fields.
    assert.deepEqual(Object.keys(s).sort(), [
      'awaitingVisit',
      'due',
      'incoming',
      'kind',
      'kindName',
      'office',
      'ready',
      'refusalSigned',
      'state',
      'stateText',
      'trackingCode',
    ]);
    assert.equal(await pending(c!.id), 1);
    // The page, by the same look-up, shows the same state; its read is logged too.
    const v = new FormClient(t.app, { 'x-forwarded-for': freshIp() });
    await v.open('/ru/track');
    const page = await v.post('/ru/track', {
      by: 'access',
      'a-trackingCode': sent.trackingCode,
      'a-accessCode': sent.accessCode,
    });
    assert.equal(page.statusCode, 200);
    assert.ok(pageText(page.body).includes(s.stateText));
    assert.equal(await pending(c!.id), 2);
    // In Kazakh when asked so.
    const kk = await track({ trackingCode: sent.trackingCode, accessCode: sent.accessCode }, { lang: 'kk' });
    assert.equal(kk.json().stateText, translate('kk', 'portal.state.submitted_online'));
  });

  it('finds a counter case by the document number', async () => {
    const app = groupApplication();
    const opened = await openCaseAtCounter(
      t.deps,
      office.staff.clerk,
      { ip: null, requestId: 'test' },
      {
        kind: 'group-registration',
        language: 'ru',
        application: app,
        consent: true,
        idempotencyKey: newIdempotencyKey(),
      },
    );
    const res = await track({ trackingCode: opened.trackingCode, documentNumber: app.leader.iin });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().state, 'at_counter');
    assert.equal(await pending(opened.id), 1);
    const wrong = await track({ trackingCode: opened.trackingCode, documentNumber: '000000000000' });
    assert.equal(wrong.statusCode, 404);
    assert.equal(await pending(opened.id), 1);
  });

  it('a wrong pair is a localized 404 in the error envelope, and logs nothing', async () => {
    const sent = await sendOnline();
    for (const [body, lang] of [
      [{ trackingCode: sent.trackingCode, accessCode: 'C'.repeat(20) }, 'kk'],
      [{ trackingCode: 'nonsense', accessCode: sent.accessCode }, 'en'],
    ] as const) {
      const res = await track(body, { lang });
      assert.equal(res.statusCode, 404);
      assert.deepEqual(res.json(), {
        error: {
          code: 'NOT_FOUND',
          message: translate(lang, 'portal.track.e.no_match'),
          fields: {},
          details: {},
        },
      });
    }
    const [n] = await queryRows<{ n: number }>(
      get().database.db,
      sql`select count(*)::int as n from pending_access_entries p join cases c on c.id::text = p.record_id
            where c.tracking_code = ${sent.trackingCode}`,
    );
    assert.equal(n!.n, 0);
  });

  it('refuses bad input per field, and a request without the CSRF token', async () => {
    const sent = await sendOnline();
    const fieldsOf = async (body: unknown) => {
      const res = await track(body);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error.code, 'VALIDATION_FAILED');
      assert.equal(res.json().error.message, translate('ru', 'error.VALIDATION_FAILED'));
      return res.json().error.fields;
    };
    assert.deepEqual(await fieldsOf({ trackingCode: ' ', accessCode: sent.accessCode }), {
      trackingCode: 'REQUIRED',
    });
    assert.deepEqual(await fieldsOf({ trackingCode: sent.trackingCode }), { accessCode: 'REQUIRED' });
    assert.deepEqual(
      await fieldsOf({ trackingCode: sent.trackingCode, accessCode: sent.accessCode, documentNumber: '1' }),
      { documentNumber: 'VALUE_NOT_ALLOWED' },
    );
    assert.deepEqual(await fieldsOf({ trackingCode: sent.trackingCode, accessCode: 'x'.repeat(61) }), {
      accessCode: 'TOO_LONG',
    });
    assert.deepEqual(await fieldsOf({ trackingCode: 1, accessCode: sent.accessCode, extra: true }), {
      trackingCode: 'TYPE_INVALID',
      extra: 'UNKNOWN_FIELD',
    });
    const noToken = await track(
      { trackingCode: sent.trackingCode, accessCode: sent.accessCode },
      { csrf: false },
    );
    assert.equal(noToken.statusCode, 403);
    assert.equal(noToken.json().error.code, 'CSRF_FAILED');
  });

  it('past the per-address limit: 429 with Retry-After, pages and API counted together', async () => {
    const sent = await sendOnline();
    const ip = freshIp();
    const body = { trackingCode: sent.trackingCode, accessCode: sent.accessCode };
    const max = DEFAULT_PORTAL_LIMITS.lookupsPerAddress.max;
    const v = new FormClient(t.app, { 'x-forwarded-for': ip });
    await v.open('/kk/track');
    const page = await v.post('/kk/track', {
      by: 'access',
      'a-trackingCode': body.trackingCode,
      'a-accessCode': body.accessCode,
    });
    assert.equal(page.statusCode, 200);
    for (let i = 1; i < max; i++) assert.equal((await track(body, { ip })).statusCode, 200);
    const refused = await track(body, { ip, lang: 'en' });
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.json().error.code, 'RATE_LIMITED');
    assert.equal(refused.json().error.message, translate('en', 'error.RATE_LIMITED'));
    const retry = Number(refused.headers['retry-after']);
    assert.ok(retry > 0 && retry <= DEFAULT_PORTAL_LIMITS.lookupsPerAddress.windowSeconds, String(retry));
    // Another address is not held back.
    assert.equal((await track(body)).statusCode, 200);
  });

  it('many look-ups at once: each answered and counted, one address’s counted one after another', async () => {
    const codes = await Promise.all(Array.from({ length: 5 }, () => sendOnline()));
    const ip = freshIp();
    const max = DEFAULT_PORTAL_LIMITS.lookupsPerAddress.max;
    // max + 5 at once from one address, and one each from 20 others: exactly max of the first pass.
    const same = Array.from({ length: max + 5 }, (_, i) => {
      const c = codes[i % codes.length]!;
      return track({ trackingCode: c.trackingCode, accessCode: c.accessCode }, { ip });
    });
    const others = Array.from({ length: 20 }, (_, i) => {
      const c = codes[i % codes.length]!;
      return track({ trackingCode: c.trackingCode, accessCode: c.accessCode });
    });
    const answers = await Promise.all([...same, ...others]);
    const statuses = answers.map((a) => a.statusCode);
    assert.equal(statuses.slice(0, max + 5).filter((s) => s === 200).length, max);
    assert.equal(statuses.slice(0, max + 5).filter((s) => s === 429).length, 5);
    assert.deepEqual(statuses.slice(max + 5), Array(20).fill(200));
    const [n] = await queryRows<{ n: number }>(
      get().database.db,
      sql`select count(*)::int as n from pending_access_entries p join cases c on c.id::text = p.record_id
            where c.tracking_code in (${sql.join(
              codes.map((c) => sql`${c.trackingCode}`),
              sql`, `,
            )})`,
    );
    assert.equal(n!.n, max + 20);
  });
});
