// The registry's pages and API (issue 6; domain.md §4, §8, §17): a GET form that works without
// script, the JSON search, the registrant's page with its whole history, another office's registrant
// shown minimally (no identifiers, no affiliation in the body), affiliation refused to roles without
// it, and every opening of a record in the access log.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD } from '../helpers/seed.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { missionaryApplication } from '../helpers/applications.js';
import { pageText, signedInClient, type FormClient } from '../helpers/form-client.js';
import { officeWithStaff, signedCase, type Office } from '../helpers/signed-cases.js';
import { queryRows } from '../../src/db/database.js';

describeEachDatabase('registry pages and API (issue 6)', (get) => {
  let t: TestApp;
  let astana: Office;
  let karaganda: Office;
  let signed: { caseId: string; number: string };
  let registrantId: string;
  let ownClerk: FormClient;
  let ownRecords: FormClient;
  let otherClerk: FormClient;

  before(async () => {
    t = await buildTestApp(get().database);
    astana = await officeWithStaff(t.deps, '71');
    karaganda = await officeWithStaff(t.deps, '35');
    signed = await signedCase(t.deps, astana, 'missionary', missionaryApplication());
    const [row] = await queryRows<{ registrant_id: string }>(
      get().database.db,
      sql`select registrant_id from cases where id = ${signed.caseId}`,
    );
    registrantId = row!.registrant_id;
    ownClerk = await signedInClient(t.app, astana.staff.clerk.login, PASSWORD, 'kk');
    ownRecords = await signedInClient(t.app, astana.staff.records.login, PASSWORD, 'en');
    otherClerk = await signedInClient(t.app, karaganda.staff.clerk.login, PASSWORD, 'en');
  });
  after(() => t.close());

  const query = `passport=${encodeURIComponent(SENTINELS.passport)}`;

  it('the search page in every language; the own office sees identifiers and the affiliation', async () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const res = await ownClerk.get(`/${lang}/staff/registry`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<form method="get"/);
    }
    const res = await ownClerk.get(`/kk/staff/registry?${query}`);
    assert.equal(res.statusCode, 200);
    const text = pageText(res.body);
    assert.ok(text.includes('Мюллер Иоганн'), text);
    assert.ok(text.includes(SENTINELS.passport));
    assert.ok(text.includes(signed.number));
    assert.ok(text.includes('Евангелиялық христиан-баптистер'), 'the clerk may read the affiliation');
    assert.ok(res.body.includes(`/kk/staff/registry/${registrantId}`));
  });

  it("another office's clerk: number, name, status and office — no identifiers or affiliation in the body", async () => {
    const res = await otherClerk.get(`/api/v1/registry?${query}`);
    assert.equal(res.statusCode, 200);
    const body = res.json() as { total: number; results: Record<string, unknown>[] };
    assert.equal(body.total, 1);
    const hit = body.results[0]!;
    assert.equal(hit.visibility, 'minimal');
    assert.equal(hit.name, 'Мюллер Иоганн');
    assert.deepEqual((hit.document as { number: string; status: string }).number, signed.number);
    assert.equal((hit.document as { status: string }).status, 'valid');
    assert.equal((hit.office as { code: string }).code, astana.code);
    for (const key of ['iin', 'passportNumber', 'citizenship', 'confession', 'latinName'])
      assert.ok(!(key in hit), key);
    assert.ok(!res.body.includes(SENTINELS.passport));
    assert.ok(!res.body.includes('evangelical-baptist'));
    assert.ok(!res.body.includes('Астана қаласы'), 'no territory either');

    const page = await otherClerk.get(`/en/staff/registry/${registrantId}`);
    assert.equal(page.statusCode, 200);
    assert.ok(pageText(page.body).includes('This record belongs to another office'));
    assert.ok(!page.body.includes(SENTINELS.passport));
    assert.ok(!page.body.includes('MUELLER'));
    const api = await otherClerk.get(`/api/v1/registry/${registrantId}`);
    assert.equal(api.statusCode, 200);
    assert.deepEqual(Object.keys(api.json() as object).sort(), [
      'current',
      'id',
      'kind',
      'name',
      'office',
      'visibility',
    ]);
  });

  it('the registrant page: documents with their status, cases, the audit timeline; the opening in the access log', async () => {
    const before = await queryRows<{ n: number }>(
      get().database.db,
      sql`select count(*)::int as n from access_log where record_type = 'registrant' and record_id = ${registrantId}`,
    );
    const res = await ownClerk.get(`/en/staff/registry/${registrantId}`);
    assert.equal(res.statusCode, 200);
    const text = pageText(res.body);
    assert.ok(text.includes(signed.number));
    assert.ok(text.includes('Valid'));
    assert.ok(text.includes('Signed: the document is ready'), 'the audit timeline of the case');
    assert.ok(text.includes(SENTINELS.passport));
    const api = (await ownClerk.get(`/api/v1/registry/${registrantId}`)).json() as {
      visibility: string;
      documents: { number: string; status: string }[];
      cases: { id: string; confession?: string }[];
      timeline: { action: string }[];
    };
    assert.equal(api.visibility, 'full');
    assert.deepEqual(
      api.documents.map((d) => [d.number, d.status]),
      [[signed.number, 'valid']],
    );
    assert.ok(api.cases.some((c) => c.id === signed.caseId && c.confession === 'evangelical-baptist'));
    assert.ok(api.timeline.length >= 5);
    const logged = await queryRows<{ chain_id: string; actor_account_id: string; data: { purpose: string } }>(
      get().database.db,
      sql`select chain_id, actor_account_id, data from access_log
          where record_type = 'registrant' and record_id = ${registrantId} order by id`,
    );
    assert.equal(logged.length, before[0]!.n + 2);
    assert.equal(logged.at(-1)?.chain_id, `access:${astana.code}`);
    assert.equal(logged.at(-1)?.actor_account_id, astana.staff.clerk.accountId);
    assert.equal(logged.at(-1)?.data.purpose, 'registry');
    assert.ok(
      logged.some((l) => l.data.purpose === 'registry_minimal'),
      "another office's opening too",
    );
  });

  it('the records service may not see or search religious affiliation', async () => {
    const api = await ownRecords.get(`/api/v1/registry/${registrantId}`);
    assert.equal(api.statusCode, 200);
    assert.ok(!api.body.includes('evangelical-baptist'));
    const found = await ownRecords.get(`/api/v1/registry?${query}`);
    assert.equal(found.statusCode, 200);
    assert.ok(!found.body.includes('evangelical-baptist'));
    assert.equal((found.json() as { results: { visibility: string }[] }).results[0]?.visibility, 'full');
    const refused = await ownRecords.get(
      `/api/v1/registry?confession=evangelical-baptist&officeCode=${astana.code}`,
    );
    assert.equal(refused.statusCode, 403);
    assert.equal(
      (refused.json() as { error: { fields: Record<string, string> } }).error.fields.confession,
      'affiliation_not_allowed',
    );
    const page = await ownRecords.get(
      `/en/staff/registry?confession=evangelical-baptist&officeCode=${astana.code}`,
    );
    assert.equal(page.statusCode, 403);
    assert.ok(pageText(page.body).includes('Your role may not search by religious affiliation.'));
    assert.ok(!page.body.includes('<select id="confession"'), 'no affiliation field on its form');
  });

  it('bad input: a localized message per field, on the page and in the API', async () => {
    const page = await ownClerk.get('/ru/staff/registry?iin=12345');
    assert.equal(page.statusCode, 400);
    assert.ok(pageText(page.body).includes('ИИН — это 12 цифр.'));
    const api = await ownClerk.get('/api/v1/registry?iin=12345');
    assert.equal(api.statusCode, 400);
    assert.deepEqual((api.json() as { error: { fields: object } }).error.fields, { iin: 'iin_format' });
    const unknown = await ownClerk.get('/api/v1/registry?surname=x');
    assert.equal(unknown.statusCode, 400);
    const narrow = await ownClerk.get('/api/v1/registry?status=valid');
    assert.deepEqual((narrow.json() as { error: { fields: object } }).error.fields, {
      name: 'narrow_required',
    });
    const none = await ownClerk.get('/api/v1/registry/00000000-0000-4000-8000-000000000000');
    assert.equal(none.statusCode, 404);
  });

  it('is described in the OpenAPI document and refuses without a session', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: object };
    assert.ok('/api/v1/registry' in doc.paths);
    assert.ok('/api/v1/registry/{id}' in doc.paths);
    const anon = await t.app.inject({ method: 'GET', url: `/api/v1/registry?${query}` });
    assert.equal(anon.statusCode, 401);
  });
});
