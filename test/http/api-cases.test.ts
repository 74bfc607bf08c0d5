// The case at the counter over JSON (domain.md §3–§5): both journeys through the API, who may do what
// to which office's case (a route × role × organisation matrix), bad input, wrong moves, racing staff
// and retries. Every answer of the API in this file is checked against the OpenAPI document the app
// serves, and the last test asserts that every documented answer of the case routes was seen.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { Ajv, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import { queryRows } from '../../src/db/database.js';
import type { Role } from '../../src/domain/roles/roles.js';
import { addDays, plainDateAt } from '../../src/domain/time/plain-date.js';
import { makeIin } from '../../src/domain/identifiers/index.js';
import { instantAtWallTime } from '../../src/domain/calendar/index.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the document */
type Json = any;

const formats = ajvFormats as unknown as { default: FormatsPlugin & { default?: FormatsPlugin } };
const addFormats: FormatsPlugin = formats.default.default ?? formats.default;
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version;

/** The routes this API registers, with their methods (the document must describe each). */
const CASE_ROUTES: [method: string, path: string][] = [
  ['get', '/api/v1/csrf'],
  ['get', '/api/v1/cases'],
  ['post', '/api/v1/cases'],
  ['get', '/api/v1/cases/{id}'],
  ['post', '/api/v1/cases/{id}/actions'],
];
const ALL_API_ROUTES: [string, string][] = [
  ...CASE_ROUTES,
  ['get', '/api/openapi.json'],
  ['get', '/api/v1/offices'],
  ['get', '/api/v1/offices/{code}'],
];

interface Answer {
  status: number;
  body: Json;
  text: string;
}

/** Checks each answer against the document: the status is documented and the body fits its schema. */
class DocumentedResponses {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, discriminator: true });
  private readonly validators = new Map<string, ValidateFunction>();
  readonly seen = new Set<string>();
  constructor(readonly doc: Json) {
    addFormats(this.ajv);
  }

  templateOf(url: string): string {
    const path = url.split('?')[0]!;
    const found = Object.keys(this.doc.paths).find((p) =>
      new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
    );
    assert.ok(found, `${path} is documented`);
    return found;
  }

  check(method: string, url: string, answer: Answer): void {
    const template = this.templateOf(url);
    const op = this.doc.paths[template][method.toLowerCase()];
    assert.ok(op, `${method} ${template} is documented`);
    const key = `${method.toLowerCase()} ${template} ${answer.status}`;
    const response = op.responses[String(answer.status)];
    assert.ok(response, `${key} is a documented answer (${answer.text.slice(0, 200)})`);
    const schema = response.content?.['application/json']?.schema;
    assert.ok(schema, `${key} documents its body`);
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.validators.set(key, validate);
    }
    assert.ok(validate(answer.body), `${key}: ${JSON.stringify(validate.errors)} in ${answer.text}`);
    this.seen.add(key);
  }
}

/** A member of staff's API client: the session cookie, the CSRF cookie and token, idempotency keys. */
class ApiClient {
  private readonly cookies = new Map<string, string>();
  private csrf: Promise<string> | null = null;
  constructor(
    private readonly t: () => TestApp,
    private readonly documented: () => DocumentedResponses,
    session: string | null,
  ) {
    if (session) this.cookies.set('tirkeu_session', session);
  }

  async call(
    method: 'GET' | 'POST',
    url: string,
    opts: { body?: unknown; payload?: string; key?: string | null; csrf?: string | null } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (method === 'POST') {
      const key = opts.key === undefined ? newIdempotencyKey() : opts.key;
      if (key !== null) headers['idempotency-key'] = key;
      const csrf = opts.csrf === undefined ? await this.csrfToken() : opts.csrf;
      if (csrf !== null) headers['x-csrf-token'] = csrf;
      headers['content-type'] = 'application/json';
    }
    headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.t().app.inject({
      method,
      url,
      headers,
      ...(method === 'POST' ? { payload: opts.payload ?? JSON.stringify(opts.body ?? {}) } : {}),
    });
    for (const c of res.cookies) this.cookies.set(c.name, c.value);
    assert.match(String(res.headers['content-type']), /^application\/json/, `${method} ${url} answers JSON`);
    const answer = { status: res.statusCode, body: res.json(), text: res.body };
    this.documented().check(method, url, answer);
    return answer;
  }

  /** One token per client (two requests at once must not each set a new secret cookie). */
  csrfToken(): Promise<string> {
    this.csrf ??= this.call('GET', '/api/v1/csrf').then((r) => r.body.token as string);
    return this.csrf;
  }

  open(body: Json, key?: string) {
    return this.call('POST', '/api/v1/cases', { body, key });
  }
  read(id: string) {
    return this.call('GET', `/api/v1/cases/${id}`);
  }
  act(id: string, body: Json, key?: string) {
    return this.call('POST', `/api/v1/cases/${id}/actions`, { body, key });
  }
}

const counterCase = (application: Json = missionaryApplication()) => {
  const { kind, officeCode: _office, ...fields } = application;
  return { kind, language: 'kk', application: fields, consent: true };
};

let serial = 0;
function groupCase(now = new Date()) {
  const today = plainDateAt(now, 'Asia/Almaty');
  const citizen = (birth: string, surname: string) => ({
    surname,
    name: 'Асқар',
    citizenship: 'KZ',
    iin: makeIin(birth as never, 'male', ++serial) as string,
    identityDocument: { kind: 'kz-id-card', number: '012345678', issueDate: '2020-01-10' },
  });
  return {
    kind: 'group-registration',
    language: 'ru',
    consent: true,
    application: {
      applicationDate: today,
      groupName: '«Нұр» діни тобы',
      affiliation: { confession: 'bahai' },
      leader: citizen('1975-04-02', 'Әлиев'),
      members: [citizen('1980-01-01', 'Сейітов')],
      adultMemberCount: 2,
      location: 'Астана қ., Жеңіс даңғылы, 5',
      religiousBuilding: { has: false },
      territory: 'Астана қаласы',
      premises: {
        documentKind: 'lease-contract',
        documentNumber: '17',
        documentDate: addDays(today, -30),
        owner: { kind: 'legal-entity', name: '«Бейнеу» ЖШС' },
      },
    },
  };
}

describeEachDatabase('the case API (/api/v1/cases)', (get) => {
  let t: TestApp;
  let documented: DocumentedResponses;
  const as: Record<string, ApiClient> = {};
  let officeA: { id: string; code: string };

  const session = async (orgId: string, roles: Role[]) => {
    const { login } = await seedAccount(t.deps, orgId, roles);
    return (await signIn(t.deps, { login, password: PASSWORD }, { ip: null, requestId: 'test' })).token;
  };
  const client = (token: string | null) =>
    new ApiClient(
      () => t,
      () => documented,
      token,
    );

  before(async () => {
    t = await buildTestApp(get().database);
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    documented = new DocumentedResponses(res.json());
    officeA = await seedOffice(t.deps, { regionCode: '47' });
    const officeB = await seedOffice(t.deps, { regionCode: '47' });
    const officeC = await seedOffice(t.deps, { regionCode: '55' });
    const agency = await seedOffice(t.deps, { kind: 'agency' });
    for (const role of ['clerk', 'records', 'officer', 'head'] as const)
      as[role] = client(await session(officeA.id, [role]));
    as.regional_supervisor = client(await session(officeB.id, ['regional_supervisor']));
    as.national_supervisor = client(await session(agency.id, ['national_supervisor']));
    as.other_office_clerk = client(await session(officeB.id, ['clerk']));
    as.other_region_clerk = client(await session(officeC.id, ['clerk']));
    as.anonymous = client(null);
  });
  after(() => t.close());

  /** A case of office A at the counter. */
  async function opened(): Promise<{ id: string; trackingCode: string; version: number }> {
    const r = await as.clerk!.open(counterCase());
    assert.equal(r.status, 201, r.text);
    return r.body;
  }

  async function step(who: string, id: string, body: Json): Promise<Json> {
    const r = await as[who]!.act(id, body);
    assert.equal(r.status, 200, `${who} ${body.kind}: ${r.text}`);
    return r.body;
  }

  it('serves an OpenAPI 3.1 document of every /api route, with request, response and error schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = JSON.parse(res.body);
    assert.match(doc.openapi, /^3\.1\./);
    assert.equal(doc.info.title, 'tirkeu');
    assert.equal(doc.info.version, PACKAGE_VERSION);
    for (const [method, path] of ALL_API_ROUTES) assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
    assert.deepEqual(
      Object.keys(doc.paths).filter((p) => !p.startsWith('/api/')),
      [],
      'the pages are not described',
    );
    const ajv = new Ajv({ strict: false, discriminator: true });
    addFormats(ajv);
    for (const [method, path] of CASE_ROUTES) {
      const op = doc.paths[path][method];
      for (const [status, r] of Object.entries<Json>(op.responses)) {
        const schema = r.content['application/json'].schema;
        ajv.compile(schema);
        if (status.startsWith('4')) assert.ok(schema.properties.error.properties.fields, `${path} ${status}`);
      }
      if (method === 'post') {
        ajv.compile(op.requestBody.content['application/json'].schema);
        assert.ok(
          op.parameters.some((p: Json) => p.in === 'header' && p.name === 'idempotency-key' && p.required),
          `${path} needs an Idempotency-Key`,
        );
        assert.deepEqual(op.security, [{ session: [], csrf: [] }]);
      }
    }
    assert.ok(doc.components.schemas.Error.properties.error.properties.details, 'refusals carry details');
  });

  it('takes a missionary case to a certificate handed over', async () => {
    const c = await opened();
    assert.match(c.trackingCode, /^[0-9A-HJKMNP-TV-Z]{10}$/);
    assert.equal(c.version, 1);
    let view = (await as.clerk!.read(c.id)).body;
    assert.equal(view.state, 'at_counter');
    assert.deepEqual(view.available, ['abandon']);
    assert.equal(view.clocks, null, 'no clock before the stamp');
    assert.equal(view.application.applicant.identityDocument.number, SENTINELS.passport);

    let r = await step('records', c.id, {
      kind: 'stamp',
      expectedVersion: c.version,
      itemsPresent: MISSIONARY_ITEMS,
    });
    assert.equal(r.state, 'registered');
    view = (await as.officer!.read(c.id)).body;
    assert.match(view.incomingNumber, new RegExp(`^${officeA.code}/\\d{4}/\\d{4}$`));
    assert.ok(view.startDay && view.resultDue > view.startDay, '§7.1 due after S');
    assert.equal(view.clocks.active, 'result');
    assert.equal(view.clocks.result.status, 'running');
    assert.equal(view.clocks.result.clause, '§7.1');
    assert.deepEqual(view.checklist, { complete: true, missingItemIds: [] });
    assert.ok(['draft_refusal', 'take_for_review'].every((a) => view.available.includes(a)));

    r = await step('officer', c.id, { kind: 'take_for_review', expectedVersion: r.version });
    r = await step('officer', c.id, { kind: 'propose', expectedVersion: r.version });
    assert.equal(r.state, 'proposed');
    r = await step('head', c.id, { kind: 'sign', expectedVersion: r.version });
    assert.equal(r.state, 'ready_to_collect');
    view = (await as.clerk!.read(c.id)).body;
    assert.match(view.documentNumber, new RegExp(`^${officeA.code}/\\d{4}/1-\\d{4}$`));
    assert.ok(view.validUntil, 'annex 5: a certificate has a valid-until date');
    assert.equal(view.clocks.result.status, 'stopped');
    assert.ok(view.available.includes('hand_over'));

    r = await step('clerk', c.id, {
      kind: 'hand_over',
      expectedVersion: r.version,
      recipient: 'applicant',
      identityDocumentId: 'passport-shown',
    });
    assert.deepEqual(r, { state: 'handed_over', version: 6 });
    view = (await as.head!.read(c.id)).body;
    assert.deepEqual(
      view.timeline.map((e: Json) => e.kind),
      ['take_in', 'stamp', 'take_for_review', 'propose', 'sign', 'hand_over'],
    );
    const instants = view.timeline.map((e: Json) => Date.parse(e.at));
    assert.ok(
      instants.every((x: number, i: number) => !Number.isNaN(x) && (i === 0 || x >= instants[i - 1])),
    );
    assert.deepEqual(view.available, []);
  });

  it('takes an incomplete set to a refusal delivered by post (§16)', async () => {
    const c = await opened();
    let r = await step('records', c.id, {
      kind: 'stamp',
      expectedVersion: c.version,
      itemsPresent: MISSIONARY_ITEMS.filter((i) => i !== 'invitation'),
    });
    let view = (await as.officer!.read(c.id)).body;
    assert.deepEqual(view.checklist, { complete: false, missingItemIds: ['invitation'] });
    assert.equal(view.clocks.active, 'refusal', 'the §16 clock is the earlier one');
    r = await step('officer', c.id, { kind: 'draft_refusal', expectedVersion: r.version });
    assert.equal(r.state, 'refusal_drafted');
    r = await step('head', c.id, { kind: 'sign_refusal', expectedVersion: r.version });
    view = (await as.records!.read(c.id)).body;
    assert.match(view.outgoingNumber, new RegExp(`^${officeA.code}/\\d{4}/\\d{4}$`));
    assert.deepEqual(view.missingItemIds, ['invitation']);
    assert.ok(view.available.includes('deliver_refusal'));
    r = await step('records', c.id, {
      kind: 'deliver_refusal',
      expectedVersion: r.version,
      how: 'post',
      proofReference: 'RR123456789KZ',
      on: plainDateAt(t.deps.now(), 'Asia/Almaty'),
    });
    assert.equal(r.state, 'refusal_delivered');
    view = (await as.officer!.read(c.id)).body;
    assert.equal(view.clocks.refusal.status, 'stopped');
    assert.equal(view.clocks.refusal.late, false);
  });

  it('opens a group case (annex 8) and shows its affiliation only to the roles that need it', async () => {
    const r = await as.clerk!.open(groupCase());
    assert.equal(r.status, 201, r.text);
    const shown = (await as.officer!.read(r.body.id)).body;
    assert.equal(shown.kind, 'group-registration');
    assert.equal(shown.application.groupName, '«Нұр» діни тобы');
    assert.deepEqual(shown.application.affiliation, { confession: 'bahai' });
    const hidden = (await as.records!.read(r.body.id)).body;
    assert.equal(hidden.affiliationShown, false);
    assert.equal(hidden.application.affiliation, undefined);
    assert.equal(hidden.application.leader.surname, 'Әлиев', 'the rest of the application is shown');
  });

  // domain.md §3 and app/policies: office staff act on their own office's cases by role; supervisors
  // read their scope and act on nothing; other offices do not see the case at all.
  const MATRIX: Record<string, { open: number; read: number; stamp: number; abandon: number; list: number }> =
    {
      clerk: { open: 201, read: 200, stamp: 403, abandon: 200, list: 200 },
      records: { open: 403, read: 200, stamp: 200, abandon: 403, list: 200 },
      officer: { open: 403, read: 200, stamp: 403, abandon: 403, list: 200 },
      head: { open: 403, read: 200, stamp: 403, abandon: 403, list: 200 },
      // A supervisor's worklist is that of the supervisor's own office, never office A's.
      regional_supervisor: { open: 403, read: 200, stamp: 403, abandon: 403, list: 200 },
      national_supervisor: { open: 403, read: 200, stamp: 403, abandon: 403, list: 403 },
      other_office_clerk: { open: 201, read: 404, stamp: 404, abandon: 404, list: 200 },
      other_region_clerk: { open: 201, read: 404, stamp: 404, abandon: 404, list: 200 },
      anonymous: { open: 401, read: 401, stamp: 401, abandon: 401, list: 401 },
    };
  const OFFICE_A = new Set(['clerk', 'records', 'officer', 'head']);
  const AFFILIATION_SHOWN = new Set(['clerk', 'officer', 'head']);

  it('route × role × organisation: each operation is allowed or refused as the policy says', async () => {
    for (const [who, expected] of Object.entries(MATRIX)) {
      const api = as[who]!;
      const csrf = await api.call('GET', '/api/v1/csrf');
      assert.equal(csrf.status, 200, `${who} gets a CSRF token`);

      const c = await opened();
      const view = (await as.clerk!.read(c.id)).body;
      // What a refusal must never tell: the case's identifiers and the applicant's data.
      const secrets = [
        c.id,
        c.trackingCode,
        SENTINELS.passport,
        SENTINELS.affiliation,
        view.application.applicant.surname,
        view.application.applicant.latinSurname,
      ];
      const refusals: Answer[] = [];
      const note = (a: Answer) => {
        if (a.status >= 400) refusals.push(a);
        return a.status;
      };

      assert.equal(note(await api.open(counterCase())), expected.open, `${who} opens a case`);
      const read = await api.read(c.id);
      assert.equal(note(read), expected.read, `${who} reads office A's case`);
      if (read.status === 200) {
        assert.equal(read.body.trackingCode, c.trackingCode);
        assert.equal(read.body.affiliationShown, AFFILIATION_SHOWN.has(who), `${who} sees the affiliation`);
        assert.equal(read.text.includes(SENTINELS.affiliation), AFFILIATION_SHOWN.has(who));
        if (!AFFILIATION_SHOWN.has(who)) assert.equal(read.body.application.affiliation, undefined);
      }
      const stamp = await api.act(c.id, {
        kind: 'stamp',
        expectedVersion: 1,
        itemsPresent: MISSIONARY_ITEMS,
      });
      assert.equal(note(stamp), expected.stamp, `${who} stamps office A's case`);
      if (stamp.status === 403) assert.equal(stamp.body.error.code, 'FORBIDDEN');
      const after = (await as.clerk!.read(c.id)).body;
      assert.equal(
        after.state,
        expected.stamp === 200 ? 'registered' : 'at_counter',
        'refusals change nothing',
      );
      const other = await opened();
      secrets.push(other.id, other.trackingCode);
      const abandon = await api.act(other.id, { kind: 'abandon', expectedVersion: 1 });
      assert.equal(note(abandon), expected.abandon, `${who} abandons office A's case`);

      const list = await api.call('GET', '/api/v1/cases?list=new');
      assert.equal(note(list), expected.list, `${who} lists the new cases`);
      if (list.status === 200 && !OFFICE_A.has(who))
        assert.ok(!list.text.includes(officeA.code), `${who} sees none of office A's cases`);

      for (const r of refusals) {
        for (const s of secrets) assert.ok(!r.text.includes(s), `${who}'s refusal ${r.status} holds ${s}`);
        const code = { 401: 'NOT_SIGNED_IN', 403: 'FORBIDDEN', 404: 'NOT_FOUND' }[r.status];
        assert.equal(r.body.error.code, code);
      }
    }
  });

  it('refuses bad input per field: wrong types, unknown fields, oversized strings, a missing key', async () => {
    const c = await opened();
    const clerk = as.clerk!;
    const records = as.records!;
    const fieldsOf = (a: Answer) => {
      assert.equal(a.status, 400, a.text);
      assert.equal(a.body.error.code, 'VALIDATION_FAILED');
      return a.body.error.fields;
    };

    const typed = counterCase();
    typed.consent = 'yes' as never;
    typed.application.materials[0].quantity = '10';
    let f = fieldsOf(await clerk.open(typed));
    assert.equal(f.consent, 'TYPE_INVALID');
    assert.equal(f['application.materials.0.quantity'], 'TYPE_INVALID');
    f = fieldsOf(await records.act(c.id, { kind: 'stamp', expectedVersion: '1', itemsPresent: [] }));
    assert.deepEqual(f, { expectedVersion: 'TYPE_INVALID' }, 'no coercion of "1"');

    const unknown = counterCase();
    (unknown as Json).priority = 'high';
    unknown.application.applicant.nickname = 'Ганс';
    f = fieldsOf(await clerk.open(unknown));
    assert.deepEqual(f, { priority: 'UNKNOWN_FIELD', 'application.applicant.nickname': 'UNKNOWN_FIELD' });
    f = fieldsOf(await records.act(c.id, { kind: 'take_for_review', expectedVersion: 1, reason: 'x' }));
    assert.deepEqual(f, { reason: 'UNKNOWN_FIELD' }, 'fields of another action are unknown to this one');
    f = fieldsOf(await records.act(c.id, { kind: 'approve', expectedVersion: 1 }));
    assert.deepEqual(f, { kind: 'VALUE_NOT_ALLOWED' });

    const long = counterCase();
    long.application.applicant.surname = 'Ж'.repeat(101);
    long.application.address = 'а'.repeat(301);
    f = fieldsOf(await clerk.open(long));
    assert.deepEqual(f, { 'application.applicant.surname': 'TOO_LONG', 'application.address': 'TOO_LONG' });
    f = fieldsOf(
      await as.clerk!.act(c.id, { kind: 'withdraw', expectedVersion: 1, reason: 'с'.repeat(1001) }),
    );
    assert.deepEqual(f, { reason: 'TOO_LONG' });
    const huge = await clerk.call('POST', '/api/v1/cases', {
      payload: JSON.stringify({ ...counterCase(), padding: 'x'.repeat(300 * 1024) }),
    });
    assert.equal(huge.status, 413);
    assert.equal(huge.body.error.code, 'PAYLOAD_TOO_LARGE');
    const hugeAct = await records.call('POST', `/api/v1/cases/${c.id}/actions`, {
      payload: JSON.stringify({ kind: 'stamp', expectedVersion: 1, itemsPresent: ['x'.repeat(300 * 1024)] }),
    });
    assert.equal(hugeAct.status, 413);

    f = fieldsOf(await clerk.call('POST', '/api/v1/cases', { body: counterCase(), key: null }));
    assert.deepEqual(f, { 'idempotency-key': 'REQUIRED' });
    f = fieldsOf(await clerk.call('POST', '/api/v1/cases', { body: counterCase(), key: 'short' }));
    assert.deepEqual(f, { 'idempotency-key': 'FORMAT_INVALID' });
    f = fieldsOf(await clerk.read('not-a-case'));
    assert.deepEqual(f, { id: 'FORMAT_INVALID' });
    f = fieldsOf(await clerk.call('POST', '/api/v1/cases', { payload: 'null' }));
    assert.deepEqual(f, { body: 'TYPE_INVALID' });

    // The annex's own rules answer per field too, named from the body's root.
    const annex = counterCase();
    annex.application.invitingAssociation.bin = '123';
    annex.consent = false;
    f = fieldsOf(await clerk.open(annex));
    assert.equal(f.consent, 'consent_required');
    assert.ok(f['application.invitingAssociation.bin'], JSON.stringify(f));
    annex.application.invitingAssociation.bin = '100140000013';
    annex.consent = true;
    annex.application.applicant.birthDate = '2031-02-30';
    f = fieldsOf(await clerk.open(annex));
    assert.deepEqual(f, { 'application.applicant.birthDate': 'DATE_INVALID' });

    const missing = await clerk.read('3fa85f64-5717-4562-b3fc-2c963f66afa6');
    assert.equal(missing.status, 404);
    const noCsrf = await records.call('POST', `/api/v1/cases/${c.id}/actions`, {
      body: { kind: 'stamp', expectedVersion: 1, itemsPresent: [] },
      csrf: null,
    });
    assert.equal(noCsrf.status, 403);
    assert.equal(noCsrf.body.error.code, 'CSRF_FAILED');
    const forged = await records.call('POST', `/api/v1/cases/${c.id}/actions`, {
      body: { kind: 'stamp', expectedVersion: 1, itemsPresent: [] },
      csrf: 'forged-token',
    });
    assert.equal(forged.status, 403);

    const view = (await clerk.read(c.id)).body;
    assert.equal(view.version, 1, 'nothing happened to the case');
    assert.equal(view.timeline.length, 1);
  });

  it('refuses a move from the wrong state with 409, naming what is allowed', async () => {
    const c = await opened();
    const r = await as.head!.act(c.id, { kind: 'sign', expectedVersion: c.version });
    assert.equal(r.status, 409);
    assert.equal(r.body.error.code, 'CASE_ACTION_NOT_ALLOWED');
    assert.deepEqual([...r.body.error.details.allowed].sort(), ['abandon', 'stamp']);
    const after = (await as.head!.read(c.id)).body;
    assert.equal(after.state, 'at_counter');
    assert.equal(after.version, 1);
  });

  it('two staff acting at once on one version: one wins, the other is told the case changed', async () => {
    const c = await opened();
    const [a, b] = await Promise.all([
      as.records!.act(c.id, { kind: 'stamp', expectedVersion: 1, itemsPresent: MISSIONARY_ITEMS }),
      as.clerk!.act(c.id, { kind: 'abandon', expectedVersion: 1 }),
    ]);
    const answers = [a, b].sort((x, y) => x.status - y.status);
    assert.deepEqual(
      answers.map((x) => x.status),
      [200, 409],
    );
    assert.equal(answers[1]!.body.error.code, 'CASE_CHANGED');
    assert.equal(answers[1]!.body.error.details.version, 2);
    const view = (await as.clerk!.read(c.id)).body;
    assert.equal(view.state, answers[0]!.body.state);
    assert.equal(view.timeline.length, 2, 'one action recorded, not two');
  });

  it('four eyes: the one who proposes may not sign (409 FOUR_EYES)', async () => {
    const office = await seedOffice(t.deps, { regionCode: '47' });
    const desk = client(await session(office.id, ['clerk', 'records']));
    const boss = client(await session(office.id, ['officer', 'head']));
    const c = (await desk.open(counterCase())).body;
    let r = (await desk.act(c.id, { kind: 'stamp', expectedVersion: 1, itemsPresent: MISSIONARY_ITEMS }))
      .body;
    r = (await boss.act(c.id, { kind: 'take_for_review', expectedVersion: r.version })).body;
    r = (await boss.act(c.id, { kind: 'propose', expectedVersion: r.version })).body;
    const refused = await boss.act(c.id, { kind: 'sign', expectedVersion: r.version });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'FOUR_EYES');
  });

  it('a double POST with one key opens one case; a retried action acts once; a reused key is refused', async () => {
    const office = await seedOffice(t.deps, { regionCode: '47' });
    const desk = client(await session(office.id, ['clerk']));
    const count = async () =>
      Number(
        (
          await queryRows<{ n: string }>(
            get().database.db,
            sql`select count(*) as n from cases where organisation_id = ${office.id}`,
          )
        )[0]!.n,
      );
    const key = newIdempotencyKey();
    const body = counterCase();
    const [a, b] = await Promise.all([desk.open(body, key), desk.open(body, key)]);
    assert.equal(a.status, 201, a.text);
    assert.deepEqual(b.body, a.body, 'the retry gets the same case');
    assert.equal((await desk.open(body, key)).text, a.text);
    assert.equal(await count(), 1);

    const stampKey = newIdempotencyKey();
    const records = client(await session(office.id, ['records']));
    const stamp = { kind: 'stamp', expectedVersion: 1, itemsPresent: MISSIONARY_ITEMS };
    const first = await records.act(a.body.id, stamp, stampKey);
    const again = await records.act(a.body.id, stamp, stampKey);
    assert.equal(first.status, 200);
    assert.deepEqual(again.body, first.body);
    assert.equal((await records.read(a.body.id)).body.timeline.length, 2);

    const reused = await desk.open(counterCase(), stampKey);
    assert.equal(reused.status, 409);
    assert.equal(reused.body.error.code, 'CONFLICT');
    assert.equal(await count(), 1);
  });

  it("lists the office's worklists: new, due soon, overdue, ready to collect, refusals to deliver", async () => {
    const listed = async (api: ApiClient, list: string) => {
      const r = await api.call('GET', `/api/v1/cases?list=${list}`);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.body.count, r.body.cases.length);
      return r.body.cases as Json[];
    };
    const ids = async (api: ApiClient, list: string) => (await listed(api, list)).map((c) => c.id);
    const certificate = await opened();
    let r = await step('records', certificate.id, {
      kind: 'stamp',
      expectedVersion: 1,
      itemsPresent: MISSIONARY_ITEMS,
    });
    assert.ok((await ids(as.officer!, 'new')).includes(certificate.id));
    const due = (await as.officer!.read(certificate.id)).body.resultDue;
    const row = (await listed(as.officer!, 'new')).find((c) => c.id === certificate.id);
    assert.equal(row.due, due);
    assert.equal(row.clock, 'result');
    r = await step('officer', certificate.id, { kind: 'take_for_review', expectedVersion: r.version });
    assert.ok(!(await ids(as.officer!, 'new')).includes(certificate.id), 'taken for review: no longer new');

    const refusal = await opened();
    let q = await step('records', refusal.id, { kind: 'stamp', expectedVersion: 1, itemsPresent: [] });
    q = await step('officer', refusal.id, { kind: 'draft_refusal', expectedVersion: q.version });
    await step('head', refusal.id, { kind: 'sign_refusal', expectedVersion: q.version });
    assert.ok((await ids(as.records!, 'refusals_to_deliver')).includes(refusal.id));

    // On the §7.1 due day the certificate case is due soon; the day after, overdue. Sessions
    // opened at the moved clock, since an idle session ends.
    const zone = 'Asia/Almaty';
    const at = async (day: string, fn: (api: ApiClient) => Promise<void>) => {
      const shift = instantAtWallTime(day as never, 12 * 60, zone).getTime() - t.deps.now().getTime();
      t.advance(shift);
      try {
        await fn(client(await session(officeA.id, ['officer'])));
      } finally {
        t.advance(-shift);
      }
    };
    await at(due, async (api) => {
      assert.ok((await ids(api, 'due_soon')).includes(certificate.id));
      assert.ok(!(await ids(api, 'overdue')).includes(certificate.id));
    });
    await at(addDays(due, 1), async (api) => {
      const overdue = await listed(api, 'overdue');
      const late = overdue.find((c) => c.id === certificate.id);
      assert.ok(late, 'overdue after the due day');
      assert.ok(late.workingDaysLeft <= 0);
      assert.ok(
        overdue.some((c) => c.id === refusal.id),
        'the §16 clock of the undelivered refusal ran out',
      );
    });

    r = await step('officer', certificate.id, { kind: 'propose', expectedVersion: r.version });
    await step('head', certificate.id, { kind: 'sign', expectedVersion: r.version });
    assert.ok((await ids(as.clerk!, 'ready_to_collect')).includes(certificate.id));
    const bad = await as.clerk!.call('GET', '/api/v1/cases?list=everything');
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.error.fields, { list: 'VALUE_NOT_ALLOWED' });
  });

  it('an idle session ends: 401 SESSION_EXPIRED, in JSON, never the sign-in page', async () => {
    const c = await opened();
    const idle = client(await session(officeA.id, ['officer']));
    assert.equal((await idle.read(c.id)).status, 200);
    const shift = (t.config.sessionIdleMinutes + 1) * 60_000;
    t.advance(shift);
    try {
      const r = await idle.read(c.id);
      assert.equal(r.status, 401);
      assert.equal(r.body.error.code, 'SESSION_EXPIRED');
      assert.ok(!r.text.includes(c.trackingCode));
    } finally {
      t.advance(-shift);
    }
  });

  it('every documented answer of the case routes was given and matched its schema', () => {
    const missing: string[] = [];
    for (const [method, path] of CASE_ROUTES)
      for (const status of Object.keys(documented.doc.paths[path][method].responses))
        if (!documented.seen.has(`${method} ${path} ${status}`)) missing.push(`${method} ${path} ${status}`);
    assert.deepEqual(missing, []);
  });
});
