// Further religious materials (§11.1; issue 6): the clerk records a registered missionary's request
// on the certificate's page (items: title, kind, language, quantity), the head agrees or refuses with
// reasons; both on the timeline with the items in the events' data. Refused: the head recording a
// request without intake (403) and a clerk deciding (403), another office (404), a row without its
// language (400, the form again with its values), a refusal without reasons, a second decision, a
// request under a group's reference or a superseded certificate.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD } from '../helpers/seed.js';
import { pageText, signedInClient, type FormClient } from '../helpers/form-client.js';
import { officeWithStaff, signedCase, type Office } from '../helpers/signed-cases.js';
import { queryRows } from '../../src/db/database.js';
import { translate } from '../../src/i18n/i18n.js';

const KEY = () => `m${Math.random().toString(36).slice(2)}${Date.now().toString(36)}xxxxxxxx`;

describeEachDatabase('further religious materials (§11.1, issue 6)', (get) => {
  let t: TestApp;
  let astana: Office;
  let karaganda: Office;
  let clerk: FormClient;
  let head: FormClient;
  const db = () => get().database.db;
  const events = (number: string) =>
    queryRows<{ id: number; kind: string; reason: string | null; data: Record<string, unknown> }>(
      db(),
      sql`select id, kind, reason, data from registration_events where document_number = ${number}
          and kind like 'materials_%' order by id`,
    );
  const ITEMS = {
    'items.0.title': 'Інжіл',
    'items.0.kind': 'book',
    'items.0.language': 'орыс тілі',
    'items.0.quantity': '20',
    'items.1.title': 'Әндер жинағы',
    'items.1.kind': 'audio',
    'items.1.language': 'қазақ тілі',
    'items.1.quantity': '5',
  };

  before(async () => {
    t = await buildTestApp(get().database);
    astana = await officeWithStaff(t.deps, '71');
    karaganda = await officeWithStaff(t.deps, '35');
    clerk = await signedInClient(t.app, astana.staff.clerk.login, PASSWORD, 'kk');
    head = await signedInClient(t.app, astana.staff.head.login, PASSWORD, 'kk');
  });
  after(() => t.close());

  it('requested by the clerk, agreed by the head; on the timeline with the items', async () => {
    const { number } = await signedCase(t.deps, astana, 'missionary');
    const url = `/kk/staff/documents/${number}`;
    await clerk.open(url);
    const bad = await clerk.post(`${url}/materials`, { ...ITEMS, 'items.1.language': '', key: KEY() });
    assert.equal(bad.statusCode, 400);
    assert.ok(pageText(bad.body).includes(translate('kk', 'docpage.error.item_language.required')));
    assert.ok(bad.body.includes('value="Әндер жинағы"'), 'the rows typed are kept');
    assert.equal((await events(number)).length, 0);

    const key = KEY();
    assert.equal((await clerk.post(`${url}/materials`, { ...ITEMS, key })).statusCode, 303);
    assert.equal((await clerk.post(`${url}/materials`, { ...ITEMS, key })).statusCode, 303, 'double submit');
    const [requested] = await events(number);
    assert.equal((await events(number)).length, 1);
    assert.deepEqual(requested!.data.items, [
      { title: 'Інжіл', kind: 'book', language: 'орыс тілі', quantity: 20 },
      { title: 'Әндер жинағы', kind: 'audio', language: 'қазақ тілі', quantity: 5 },
    ]);
    // A clerk does not decide; the head does not record requests (no intake).
    await clerk.open(url);
    const byClerk = await clerk.post(`${url}/decide`, {
      requestId: String(requested!.id),
      decision: 'agreed',
      key: KEY(),
    });
    assert.equal(byClerk.statusCode, 403);
    await head.open(url);
    assert.equal((await head.post(`${url}/materials`, { ...ITEMS, key: KEY() })).statusCode, 403);

    const page = await head.get(url);
    assert.ok(pageText(page.body).includes('Інжіл'));
    assert.ok(page.body.includes(`name="requestId" value="${requested!.id}"`));
    const noReason = await head.post(`${url}/decide`, {
      requestId: String(requested!.id),
      decision: 'refused',
      decisionReason: ' ',
      key: KEY(),
    });
    assert.equal(noReason.statusCode, 400);
    assert.ok(pageText(noReason.body).includes(translate('kk', 'docpage.error.decisionReason.required')));
    const agreed = await head.post(`${url}/decide`, {
      requestId: String(requested!.id),
      decision: 'agreed',
      decisionReason: '',
      key: KEY(),
    });
    assert.equal(agreed.statusCode, 303);
    const again = await head.post(`${url}/decide`, {
      requestId: String(requested!.id),
      decision: 'refused',
      decisionReason: 'кеш',
      key: KEY(),
    });
    assert.equal(again.statusCode, 409, 'decided once');
    const all = await events(number);
    assert.deepEqual(
      all.map((e) => [e.kind, e.data.decision ?? null]),
      [
        ['materials_requested', null],
        ['materials_decided', 'agreed'],
      ],
    );
    const [registrant] = await queryRows<{ registrant_id: string }>(
      db(),
      sql`select registrant_id from issued_documents where number = ${number}`,
    );
    const timeline = pageText((await clerk.get(`/en/staff/registry/${registrant!.registrant_id}`)).body);
    assert.ok(timeline.includes(translate('en', 'registry.event.materials_decided')));
    const audit = await queryRows<{ data: unknown }>(
      db(),
      sql`select data from audit_events where action = 'registry.materials_requested' and record_id = ${number}`,
    );
    assert.deepEqual(audit[0]!.data, { items: 2 }, 'audited by count, not titles');
  });

  it('refused with reasons; another office, a reference and a superseded certificate refused', async () => {
    const { number } = await signedCase(t.deps, astana, 'missionary');
    const url = `/kk/staff/documents/${number}`;
    await clerk.open(url);
    await clerk.post(`${url}/materials`, { ...ITEMS, key: KEY() });
    const [requested] = await events(number);
    await head.open(url);
    const r = await head.post(`${url}/decide`, {
      requestId: String(requested!.id),
      decision: 'refused',
      decisionReason: '2011 тізбесіне сәйкес сараптама қорытындысы жоқ',
      key: KEY(),
    });
    assert.equal(r.statusCode, 303);
    const decided = (await events(number))[1]!;
    assert.equal(decided.reason, '2011 тізбесіне сәйкес сараптама қорытындысы жоқ');

    const other = await signedInClient(t.app, karaganda.staff.clerk.login, PASSWORD, 'kk');
    await other.open('/kk/staff/registry');
    assert.equal((await other.post(`${url}/materials`, { ...ITEMS, key: KEY() })).statusCode, 404);

    const group = await signedCase(t.deps, astana, 'group');
    await clerk.open(`/kk/staff/documents/${group.number}`);
    const onRef = await clerk.post(`/kk/staff/documents/${group.number}/materials`, { ...ITEMS, key: KEY() });
    assert.equal(onRef.statusCode, 409);

    await db().execute(sql`update issued_documents set status = 'superseded' where number = ${number}`);
    await clerk.open(url);
    assert.equal((await clerk.post(`${url}/materials`, { ...ITEMS, key: KEY() })).statusCode, 409);
    assert.equal((await events(number)).length, 2);
  });
});
