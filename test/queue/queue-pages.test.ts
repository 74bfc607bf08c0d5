// The queue's pages and JSON operations as a browser without script and a console would use them, on
// both engines: the kiosk (token address, double tap, hours, bad input), the head's settings, the desk
// console with its near-norm warning, the passes (§10) with their erasure, the figures, and the board.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient, pageText, signedInClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { translate } from '../../src/i18n/i18n.js';
import { queryRows } from '../../src/db/database.js';
import { runRetention } from '../../src/jobs/retention.js';
import type { OrganisationRow } from '../../src/db/accounts-store.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { at, setClock } from './queue-fixture.js';

const DAY = '2026-03-04';
/** A message with `{minutes}` standing for any whole number (the clock runs on during a test). */
const withMinutes = (
  lang: 'kk' | 'ru' | 'en',
  key: 'desk.alert_over' | 'desk.alert_near',
  p: Record<string, string | number>,
) =>
  new RegExp(
    translate(lang, key, { ...p, minutes: '@@' })
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('@@', '\\d+'),
  );
const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? null;

describeEachDatabase('the queue’s pages', (get) => {
  let t: TestApp;
  let office: OrganisationRow;
  const login: Record<string, string> = {};
  let kioskPath = '';
  before(async () => {
    t = await buildTestApp(get().database);
    setClock(t, at(DAY, '10:00'));
    office = await seedOffice(t.deps);
    for (const role of ['clerk', 'head', 'officer', 'pass_bureau'] as const)
      login[role] = (await seedAccount(t.deps, office.id, [role])).login;
    login.clerk2 = (await seedAccount(t.deps, office.id, ['clerk'])).login;
  });
  after(async () => {
    await t.close();
  });

  const db = () => get().database.db;

  it('the head sets up desks (bad input refused, nothing saved) and makes the kiosk address, shown once', async () => {
    const clerk = await signedInClient(t.app, login.clerk!, PASSWORD);
    assert.equal((await clerk.get('/kk/staff/queue/settings')).statusCode, 403);
    const head = await signedInClient(t.app, login.head!, PASSWORD, 'ru');
    await head.open('/ru/staff/queue/settings');
    let res = await head.post('/ru/staff/queue/settings/desks', { number: '100', purposes: [] });
    assert.equal(res.statusCode, 400);
    assert.ok(
      res.body.includes(translate('ru', 'field.desk_number_range')),
      'res.body.includes(translate(’ru’, ’field.desk_number_range’))',
    );
    assert.ok(
      res.body.includes(translate('ru', 'field.desk_purposes_required')),
      'res.body.includes(translate(’ru’, ’field.desk_purposes_required’))',
    );
    assert.equal(hidden(res.body, 'number'), null);
    assert.match(res.body, /id="number"[^>]*value="100"/);
    res = await head.post('/ru/staff/queue/settings/desks', {
      number: '1',
      purposes: ['hand-in', 'collect', 'question', 'complaint'],
    });
    assert.equal(res.statusCode, 303);
    res = await head.post('/ru/staff/queue/settings/desks', { number: '1', purposes: ['hand-in'] });
    assert.equal(res.statusCode, 400);
    assert.ok(
      res.body.includes(translate('ru', 'field.desk_number_taken')),
      'res.body.includes(translate(’ru’, ’field.desk_number_taken’))',
    );
    res = await head.post('/ru/staff/queue/settings/desks', { number: '2', purposes: ['collect'] });
    assert.equal(res.statusCode, 303);
    const desks = await queryRows<{ number: number; purposes: string[] }>(
      db(),
      sql`select number, purposes from queue_desks where organisation_id = ${office.id} order by number`,
    );
    assert.deepEqual(desks, [
      { number: 1, purposes: ['hand-in', 'collect', 'question', 'complaint'] },
      { number: 2, purposes: ['collect'] },
    ]);
    res = await head.post('/ru/staff/queue/settings/kiosk', {});
    assert.equal(res.statusCode, 200);
    const url = /(http[^<\s"]+\/kk\/queue\/kiosk\/[A-Za-z0-9_-]{43})/.exec(res.body)?.[1];
    assert.ok(url, 'the new kiosk address is shown');
    kioskPath = new URL(url).pathname;
    const again = await head.get('/ru/staff/queue/settings');
    assert.ok(!again.body.includes(kioskPath.split('/').pop()!), 'the token is never shown again');
    const [s] = await queryRows<{ h: string }>(
      db(),
      sql`select kiosk_token_hash as h from queue_settings where organisation_id = ${office.id}`,
    );
    assert.match(s!.h, /^[0-9a-f]{64}$/);
    // Days passes are kept: 1 to 30.
    await head.open('/ru/staff/queue/settings');
    res = await head.post('/ru/staff/queue/settings/passes', { passKeepDays: '0' });
    assert.equal(res.statusCode, 400);
    assert.ok(
      res.body.includes(translate('ru', 'field.pass_keep_days_range', { min: 1, max: 30 })),
      'res.body.includes(translate(’ru’, ’field.pass_keep_days_range’, { min: 1, max: 30 }))',
    );
    res = await head.post('/ru/staff/queue/settings/passes', { passKeepDays: '2' });
    assert.equal(res.statusCode, 303);
  });

  it('the kiosk: an unknown token is not found; a tap gives a ticket, a double tap the same one; bad input and the break are refused', async () => {
    const kiosk = new FormClient(t.app);
    assert.equal((await kiosk.get('/kk/queue/kiosk/' + 'A'.repeat(43))).statusCode, 404);
    assert.equal((await kiosk.get('/kk/queue/kiosk/short')).statusCode, 404);
    const page = await kiosk.open(kioskPath);
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
    for (const p of ['hand-in', 'collect', 'question', 'complaint'])
      assert.ok(page.body.includes(`value="${p}"`), p);
    const k = hidden(page.body, 'key')!;
    const first = await kiosk.post(kioskPath, { purpose: 'hand-in', key: k });
    assert.equal(first.statusCode, 303);
    const second = await kiosk.post(kioskPath, { purpose: 'hand-in', key: k });
    assert.equal(second.headers.location, first.headers.location);
    const ticket = await kiosk.get(String(first.headers.location));
    assert.equal(ticket.statusCode, 200);
    assert.match(pageText(ticket.body), /A001/);
    assert.ok(
      pageText(ticket.body).includes(translate('kk', 'kiosk.ahead', { count: 0 })),
      'pageText(ticket.body).includes(translate(’kk’, ’kiosk.ahead’, { count: 0 }))',
    );
    // Another office's kiosk cannot show this ticket.
    assert.equal(
      (await kiosk.get(String(first.headers.location).replace(/kiosk\/[^/]+/, 'kiosk/' + 'B'.repeat(43))))
        .statusCode,
      404,
    );
    // Bad input: no purpose, a made-up purpose, no key.
    await kiosk.open(kioskPath);
    const bad: Record<string, string>[] = [
      { key: `${k}Z` },
      { purpose: 'vip', key: `${k}Q` },
      { purpose: 'collect' },
    ];
    for (const form of bad) {
      const res = await kiosk.post(kioskPath, form);
      assert.equal(res.statusCode, 400);
      assert.ok(
        res.body.includes(translate('kk', 'kiosk.choose_again')),
        'res.body.includes(translate(’kk’, ’kiosk.choose_again’))',
      );
    }
    assert.equal(
      (await kiosk.post(kioskPath, { purpose: 'collect', key: `${k}W` }, { csrf: null })).statusCode,
      403,
    );
    // The break: refused with the reason and the time reception resumes; no ticket, no number spent.
    // A form shown at 12:59 and tapped at 13:10 is refused as well.
    setClock(t, at(DAY, '12:59'));
    await kiosk.open(kioskPath);
    const token = kiosk.lastToken;
    setClock(t, at(DAY, '13:10'));
    const refused = await kiosk.post(kioskPath, { purpose: 'collect', key: `${k}X` }, { csrf: token });
    assert.equal(refused.statusCode, 409);
    assert.ok(
      pageText(refused.body).includes(translate('kk', 'error.QUEUE_CLOSED')),
      'pageText(refused.body).includes(translate(’kk’, ’error.QUEUE_CLOSED’))',
    );
    const lunch = await kiosk.open(kioskPath);
    assert.ok(
      pageText(lunch.body).includes(translate('kk', 'kiosk.closed.break')),
      'pageText(lunch.body).includes(translate(’kk’, ’kiosk.closed.break’))',
    );
    assert.ok(
      pageText(lunch.body).includes(translate('kk', 'kiosk.opens_at', { time: '14:00' })),
      'pageText(lunch.body).includes(translate(’kk’, ’kiosk.opens_at’, { time: ’14:00’ }))',
    );
    assert.ok(!lunch.body.includes('value="hand-in"'), '!lunch.body.includes(’value="hand-in"’)');
    setClock(t, at(DAY, '14:00'));
    await kiosk.open(kioskPath);
    const b = await kiosk.post(kioskPath, { purpose: 'collect', key: `${k}Y` });
    assert.match(pageText((await kiosk.get(String(b.headers.location))).body), /B001/);
  });

  it('the desk console: sit, call, start, link (a wrong code refused), finish; the warning near the norm; leave', async () => {
    setClock(t, at(DAY, '14:20')); // A001 issued 10:00 has waited long past the norm; B001 20 minutes
    const clerk = await signedInClient(t.app, login.clerk!, PASSWORD, 'en');
    let res = await clerk.open('/en/staff/queue');
    assert.equal(res.statusCode, 200);
    assert.match(
      pageText(res.body),
      withMinutes('en', 'desk.alert_over', { ticket: 'A001', norm: 30, clause: '§7.2' }),
    );
    const deskId = /\/en\/staff\/queue\/desks\/([0-9a-f-]{36})\/sit/.exec(res.body)?.[1];
    assert.ok(deskId, 'deskId');
    res = await clerk.post(`/en/staff/queue/desks/${deskId}/sit`, {});
    assert.equal(res.headers.location, `/en/staff/queue/desks/${deskId}?done=sit`);
    res = await clerk.open(`/en/staff/queue/desks/${deskId}`);
    assert.match(
      pageText(res.body),
      withMinutes('en', 'desk.alert_over', { ticket: 'B001', norm: 15, clause: '§7.4' }),
    );
    // Another clerk may not use this desk.
    const other = await signedInClient(t.app, login.clerk2!, PASSWORD, 'en');
    const taken = await other.get(`/en/staff/queue/desks/${deskId}`);
    assert.equal(taken.statusCode, 303);
    const callKey = hidden(res.body.slice(res.body.indexOf('/call"')), 'key')!;
    res = await clerk.post(`/en/staff/queue/desks/${deskId}/call`, { key: callKey });
    assert.equal(res.headers.location, `/en/staff/queue/desks/${deskId}?done=call&ticket=A001`);
    res = await clerk.post(`/en/staff/queue/desks/${deskId}/call`, { key: callKey }); // a double click
    assert.equal(res.headers.location, `/en/staff/queue/desks/${deskId}?done=call&ticket=A001`);
    res = await clerk.open(`/en/staff/queue/desks/${deskId}?done=call&ticket=A001`);
    assert.ok(
      pageText(res.body).includes(translate('en', 'desk.done.call', { ticket: 'A001' })),
      'pageText(res.body).includes(translate(’en’, ’desk.done.call’, { ticket: ’A001’ }))',
    );
    const startAction = /action="(\/en\/staff\/queue\/desks\/[^"]+\/start)"/.exec(res.body)?.[1];
    assert.ok(startAction, 'startAction');
    const ticketId = /tickets\/([0-9a-f-]{36})\/start/.exec(startAction)![1]!;
    // Finishing before starting is refused, and says so.
    res = await clerk.post(`/en/staff/queue/desks/${deskId}/tickets/${ticketId}/finish`, {
      key: 'f'.repeat(20),
    });
    assert.equal(res.statusCode, 409);
    assert.ok(
      pageText(res.body).includes(translate('en', 'error.QUEUE_ACT_NOT_ALLOWED')),
      'pageText(res.body).includes(translate(’en’, ’error.QUEUE_ACT_NOT_ALLOWED’))',
    );
    res = await clerk.post(startAction, { key: 's'.repeat(20) });
    assert.equal(res.statusCode, 303);
    res = await clerk.open(`/en/staff/queue/desks/${deskId}`);
    res = await clerk.post(`/en/staff/queue/desks/${deskId}/tickets/${ticketId}/link`, {
      trackingCode: 'TKNOTHERE0',
    });
    assert.equal(res.statusCode, 400);
    assert.ok(
      pageText(res.body).includes(translate('en', 'field.case_not_found')),
      'pageText(res.body).includes(translate(’en’, ’field.case_not_found’))',
    );
    // Leaving while holding a ticket is refused; the waiting tickets stay anyway.
    res = await clerk.post(`/en/staff/queue/desks/${deskId}/leave`, {});
    assert.equal(res.statusCode, 409);
    assert.ok(
      pageText(res.body).includes(translate('en', 'desk.busy_with', { ticket: 'A001' })),
      'pageText(res.body).includes(translate(’en’, ’desk.busy_with’, { ticket: ’A001’ }))',
    );
    res = await clerk.post(`/en/staff/queue/desks/${deskId}/tickets/${ticketId}/finish`, {
      key: 'g'.repeat(20),
    });
    assert.equal(res.statusCode, 303);
    res = await clerk.post(`/en/staff/queue/desks/${deskId}/leave`, {});
    assert.equal(res.headers.location, '/en/staff/queue');
    const waiting = await queryRows<{ label: string }>(
      db(),
      sql`select label from queue_tickets where organisation_id = ${office.id} and status = 'waiting'`,
    );
    assert.deepEqual(waiting, [{ label: 'B001' }]);
  });

  it('the JSON operations: waiting with warnings, call next (CSRF, idempotency key), the public board', async () => {
    const clerk = await signedInClient(t.app, login.clerk2!, PASSWORD);
    const desk = await queryRows<{ id: string }>(
      db(),
      sql`select id from queue_desks where organisation_id = ${office.id} and number = 2`,
    );
    await clerk.open('/kk/staff/queue');
    assert.equal((await clerk.post(`/kk/staff/queue/desks/${desk[0]!.id}/sit`, {})).statusCode, 303);
    const waiting = await clerk.get('/api/v1/queue/waiting');
    assert.equal(waiting.statusCode, 200);
    const body = waiting.json() as {
      waiting: { label: string; alert: string; normMinutes: number; clause: string }[];
    };
    assert.deepEqual(
      body.waiting.map((w) => [w.label, w.alert, w.normMinutes, w.clause]),
      [['B001', 'over', 15, '§7.4']],
    );
    const csrf = (await clerk.get('/api/v1/csrf')).json() as { token: string };
    const call = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/queue/desks/${desk[0]!.id}/call-next`,
        headers: { cookie: [...clerk.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...headers },
      });
    assert.equal((await call({ 'idempotency-key': 'k'.repeat(20) })).statusCode, 403); // no CSRF token
    assert.equal((await call({ 'x-csrf-token': csrf.token })).statusCode, 400); // no key
    const ok = await call({ 'x-csrf-token': csrf.token, 'idempotency-key': 'k'.repeat(20) });
    assert.equal(ok.statusCode, 200);
    assert.equal((ok.json() as { label: string }).label, 'B001');
    const board = await t.app.inject({ method: 'GET', url: `/api/v1/queue/board/${office.code}` });
    assert.equal(board.statusCode, 200);
    const b = board.json() as { entries: { label: string; deskNumber: number; status: string }[] };
    assert.deepEqual(
      b.entries.map((e) => [e.label, e.deskNumber, e.status]),
      [['B001', 2, 'called']],
    );
    assert.ok(!board.body.includes('ticketId'), '!board.body.includes(’ticketId’)');
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/queue/board/99-999' })).statusCode, 404);
    const page = await t.app.inject({ method: 'GET', url: `/ru/queue/board/${office.code}` });
    assert.equal(page.statusCode, 200);
    assert.ok(
      pageText(page.body).includes(translate('ru', 'board.desk_n', { desk: 2 })),
      'pageText(page.body).includes(translate(’ru’, ’board.desk_n’, { desk: 2 }))',
    );
    assert.match(page.body, /<noscript><meta http-equiv="refresh" content="5"/);
    assert.match(page.body, /aria-live="assertive"/);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    for (const p of [
      '/api/v1/queue/waiting',
      '/api/v1/queue/desks/{id}/call-next',
      '/api/v1/queue/figures',
      '/api/v1/passes',
    ])
      assert.ok(doc.paths[p], p);
  });

  it('passes (§10): bad input refused with nothing saved; the bureau sees the pass, who ordered it, entry and exit', async () => {
    const officer = await signedInClient(t.app, login.officer!, PASSWORD, 'ru');
    let page = await officer.open('/ru/staff/passes');
    assert.equal(page.statusCode, 200);
    const k = hidden(page.body, 'key')!;
    let res = await officer.post('/ru/staff/passes', {
      key: k,
      visitorName: '  ',
      documentKind: 'diploma',
      lastDigits: '123456',
    });
    assert.equal(res.statusCode, 400);
    for (const f of ['pass_name_required', 'pass_document_kind', 'pass_last_digits'] as const)
      assert.ok(pageText(res.body).includes(translate('ru', `field.${f}`)), f);
    assert.equal(
      Number(
        (
          await queryRows<{ n: number }>(
            db(),
            sql`select count(*)::int as n from visitor_passes where organisation_id = ${office.id}`,
          )
        )[0]!.n,
      ),
      0,
    );
    res = await officer.post('/ru/staff/passes', {
      key: k,
      visitorName: SENTINELS.applicantName,
      documentKind: 'id-card',
      lastDigits: '47a',
    });
    assert.equal(res.headers.location, '/ru/staff/passes?done=0001');
    page = await officer.get('/ru/staff/passes?done=0001');
    assert.ok(
      pageText(page.body).includes(translate('ru', 'pass.confirmed', { number: '0001' })),
      'pageText(page.body).includes(translate(’ru’, ’pass.confirmed’, { number: ’0001’ }))',
    );
    const clerk = await signedInClient(t.app, login.clerk!, PASSWORD, 'ru');
    assert.equal((await clerk.get('/ru/staff/pass-bureau')).statusCode, 403);
    const bureau = await signedInClient(t.app, login.pass_bureau!, PASSWORD, 'ru');
    page = await bureau.open('/ru/staff/pass-bureau');
    const text = pageText(page.body);
    assert.ok(text.includes(SENTINELS.applicantName), 'the visitor’s name on the bureau’s list');
    assert.ok(
      text.includes(
        translate('ru', 'pass.document_value', { kind: translate('ru', 'pass.doc.id-card'), digits: '47A' }),
      ),
      ' text.includes( translate(’ru’, ’pass.document_value’, { kind: translate(’ru’, ’pass.doc.i',
    );
    const [p] = await queryRows<{ id: string; name: string }>(
      db(),
      sql`select v.id, a.login as name from visitor_passes v join accounts a on a.id = v.ordered_by where v.organisation_id = ${office.id}`,
    );
    assert.equal(p!.name, login.officer);
    assert.ok(text.includes(`Сынақ Қызметкер`), 'the name of the official who ordered it');
    // Exit before entry is refused; then entry, exit, and a second entry refused.
    res = await bureau.post(`/ru/staff/pass-bureau/${p!.id}/exited`, {});
    assert.equal(res.statusCode, 409);
    await bureau.open('/ru/staff/pass-bureau');
    assert.equal((await bureau.post(`/ru/staff/pass-bureau/${p!.id}/entered`, {})).statusCode, 303);
    assert.equal((await bureau.post(`/ru/staff/pass-bureau/${p!.id}/exited`, {})).statusCode, 303);
    assert.equal((await bureau.post(`/ru/staff/pass-bureau/${p!.id}/entered`, {})).statusCode, 409);
    const [row] = await queryRows<{ entered: boolean; exited: boolean }>(
      db(),
      sql`select entered_at is not null as entered, exited_at is not null as exited from visitor_passes where id = ${p!.id}`,
    );
    assert.deepEqual(row, { entered: true, exited: true });
    const reads = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from access_log where record_type = 'visitor_passes' and record_id = ${`${office.id}:${DAY}`}`,
    );
    assert.ok(Number(reads[0]!.n) >= 2, 'each reading of the passes is in the access log');
  });

  it('passes are erased after the office’s keeping days, in its own zone, and the purge is audited', async () => {
    // The head set 2 days: a pass of 4 March is kept through 6 March and erased on the 7th.
    const count = async () =>
      Number(
        (
          await queryRows<{ n: number }>(
            db(),
            sql`select count(*)::int as n from visitor_passes where organisation_id = ${office.id}`,
          )
        )[0]!.n,
      );
    const kept = (await runRetention(get().database, at('2026-03-06', '23:59'))).find(
      (r) => r.recordType === 'visitor_pass',
    );
    assert.equal(await count(), 1);
    assert.ok(kept, 'kept');
    const report = await runRetention(get().database, at('2026-03-07', '00:01'));
    assert.equal(await count(), 0);
    assert.ok(
      (report.find((r) => r.recordType === 'visitor_pass')?.count ?? 0) >= 1,
      '(report.find((r) => r.recordType === ’visitor_pass’)?.count ?? 0) >= 1',
    );
    const [audited] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from audit_events where action = 'retention.purged' and record_id = 'visitor_pass'`,
    );
    assert.ok(Number(audited!.n) >= 1, 'Number(audited!.n) >= 1');
  });

  it('the figures page and operation: the head’s own office; the clerk may not', async () => {
    const head = await signedInClient(t.app, login.head!, PASSWORD, 'kk');
    const page = await head.get(`/kk/staff/queue/figures?day=${DAY}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /data-figure="tickets">2</);
    const clerk = await signedInClient(t.app, login.clerk!, PASSWORD, 'kk');
    assert.equal((await clerk.get(`/kk/staff/queue/figures?day=${DAY}`)).statusCode, 403);
    const json = await head.get(`/api/v1/queue/figures?day=${DAY}`);
    assert.equal(json.statusCode, 200);
    const f = json.json() as {
      tickets: number;
      norms: { queueWait: { counted: number; within: number } };
      perTicket: { label: string }[];
    };
    assert.equal(f.tickets, 2);
    assert.deepEqual(f.norms.queueWait, { ...f.norms.queueWait, counted: 1, within: 0 }); // A001 waited 260 min
    assert.equal((await head.get('/api/v1/queue/figures?day=2026-13-01')).statusCode, 400);
  });

  it('a supervisor names the office first (§7.2–7.4): linked from the home page, a form, then the figures', async () => {
    const akimat = await seedOffice(t.deps, { kind: 'akimat', regionCode: office.regionCode! });
    const regional = await signedInClient(
      t.app,
      (await seedAccount(t.deps, akimat.id, ['regional_supervisor'])).login,
      PASSWORD,
      'ru',
    );
    const home = await regional.get('/ru/staff');
    assert.match(home.body, /href="\/ru\/staff\/queue\/figures"/);
    const choose = await regional.get('/ru/staff/queue/figures');
    assert.equal(choose.statusCode, 200);
    assert.match(choose.body, /name="office"/);
    assert.ok(pageText(choose.body).includes(translate('ru', 'figures.choose_office')));
    const figures = await regional.get(`/ru/staff/queue/figures?office=${office.code}&day=${DAY}`);
    assert.equal(figures.statusCode, 200);
    assert.match(figures.body, /data-figure="tickets">2</);
    // Another region's office stays closed to them; staff without the figures get no form either.
    const elsewhere = await seedOffice(t.deps, { regionCode: office.regionCode === '71' ? '75' : '71' });
    assert.equal(
      (await regional.get(`/ru/staff/queue/figures?office=${elsewhere.code}&day=${DAY}`)).statusCode,
      403,
    );
    const officer = await signedInClient(
      t.app,
      (await seedAccount(t.deps, akimat.id, ['officer'])).login,
      PASSWORD,
      'ru',
    );
    assert.doesNotMatch((await officer.get('/ru/staff')).body, /staff\/queue\/figures/);
    assert.equal((await officer.get('/ru/staff/queue/figures')).statusCode, 403);
  });
});
