// §11 scans and the §11.1 inventory, driven as a browser without JavaScript and as an API client
// would: files checked by content at intake and later (false content, empty, cut short, too big, too
// many), who may attach (role, office), a double submit, the stored SHA-256, downloads with their
// headers and access-log entries, removal; the inventory written at intake and returned item by item
// or all at once, and the warning of an ended case that still holds items.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient, pageText, signedInClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { queryRows } from '../../src/db/database.js';
import { verifyChains } from '../../src/db/audit-trail.js';
import { translate } from '../../src/i18n/i18n.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers */
type Json = any;

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/scans/${name}`, import.meta.url));
const PDF = fixture('page.pdf');
const PNG = fixture('page.png');
const JPEG = fixture('page.jpg');
// A Windows program named like a scan.
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62),
  Buffer.from('This program cannot be run in DOS mode.'),
]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
// The limits this suite runs with (config: SCAN_MAX_BYTES, SCAN_MAX_PER_CASE).
const MAX_BYTES = 4096;
const MAX_PER_CASE = 4;

interface Part {
  name: string;
  file?: { fileName: string; bytes: Buffer; type?: string };
  value?: string;
}

/** A multipart/form-data body, as a browser builds it (the platform's own FormData). */
async function multipart(parts: Part[]): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const p of parts)
    if (p.file)
      form.append(
        p.name,
        new Blob([new Uint8Array(p.file.bytes)], { type: p.file.type ?? 'application/octet-stream' }),
        p.file.fileName,
      );
    else form.append(p.name, p.value ?? '');
  const req = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await req.arrayBuffer()), contentType: req.headers.get('content-type')! };
}

const cookieHeader = (c: FormClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Posts a multipart form with the client's cookies and the last page's CSRF token. */
async function postFiles(
  t: TestApp,
  client: FormClient,
  url: string,
  fields: Record<string, string>,
  files: { name: string; fileName: string; bytes: Buffer; type?: string }[],
  opts: { csrf?: string | null } = {},
): Promise<LightMyRequestResponse> {
  const parts: Part[] = [];
  if (opts.csrf !== null) parts.push({ name: '_csrf', value: opts.csrf ?? client.lastToken ?? '' });
  for (const [name, value] of Object.entries(fields)) parts.push({ name, value });
  for (const f of files) parts.push({ name: f.name, file: f });
  const { payload, contentType } = await multipart(parts);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: cookieHeader(client), 'content-type': contentType },
    payload,
  });
}

/** An application input as the intake form's flat field paths. */
function flat(o: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (o === undefined || o === null) return out;
  if (typeof o !== 'object') {
    out[prefix] = String(o);
    return out;
  }
  for (const [k, v] of Object.entries(o)) flat(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? null;

describeEachDatabase('scans (§11) and the inventory of materials (§11.1)', (get) => {
  let t: TestApp;
  const login: Record<string, string> = {};
  let strangerLogin: string;
  let supervisorLogin: string;
  before(async () => {
    t = await buildTestApp(get().database, {
      SCAN_MAX_BYTES: String(MAX_BYTES),
      SCAN_MAX_PER_CASE: String(MAX_PER_CASE),
    });
    const office = await seedOffice(t.deps, { regionCode: '75' });
    for (const role of ['clerk', 'records', 'officer'] as const)
      login[role] = (await seedAccount(t.deps, office.id, [role])).login;
    const other = await seedOffice(t.deps, { regionCode: '47' });
    strangerLogin = (await seedAccount(t.deps, other.id, ['clerk', 'records'])).login;
    const sameRegion = await seedOffice(t.deps, { regionCode: '75' });
    supervisorLogin = (await seedAccount(t.deps, sameRegion.id, ['regional_supervisor'])).login;
  });
  after(() => t.close());

  const as = (role: string, lang = 'kk') => signedInClient(t.app, login[role] ?? role, PASSWORD, lang);
  const db = () => get().database.db;
  const filesOf = (caseId: string) =>
    queryRows<{
      id: string;
      checklist_item_id: string | null;
      purpose: string;
      file_name: string;
      media_type: string;
      byte_size: number;
      sha256: string;
      content: Buffer | Uint8Array | null;
      uploaded_by: string;
    }>(db(), sql`select * from case_files where case_id = ${caseId} order by uploaded_at, file_name, id`);
  const countAll = async (table: 'cases' | 'case_files') =>
    Number(
      (await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n,
    );

  /** The intake form filled with a valid missionary application, sent with `files` (multipart). */
  async function intake(
    client: FormClient,
    files: { name: string; fileName: string; bytes: Buffer }[],
    extra: Record<string, string> = {},
    lang = 'kk',
  ) {
    const page = await client.open(`/${lang}/staff/cases/new?kind=missionary-registration`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /enctype="multipart\/form-data"/);
    const form = {
      kind: 'missionary-registration',
      key: hidden(page.body, 'key')!,
      memberRows: hidden(page.body, 'memberRows')!,
      materialRows: hidden(page.body, 'materialRows')!,
      ...flat(missionaryApplication()),
      language: 'kk',
      consent: 'on',
      ...extra,
    };
    return { res: await postFiles(t, client, `/${lang}/staff/cases/new`, form, files), form };
  }

  async function openCase(files: { name: string; fileName: string; bytes: Buffer }[] = []) {
    const clerk = await as('clerk');
    const { res } = await intake(clerk, files, { 'scans.0.item': 'mandate-copy', 'scans.1.item': 'other' });
    assert.equal(res.statusCode, 303, pageText(res.body).slice(0, 600));
    const id = /\/staff\/cases\/([0-9a-f-]{36})$/.exec(res.headers.location as string)![1]!;
    return { id, clerk };
  }

  /** The scans page's form posted by `client` with `files` linked to `item`. */
  async function attach(
    client: FormClient,
    caseId: string,
    files: { fileName: string; bytes: Buffer }[],
    item = 'invitation',
    key?: string,
  ) {
    const page = await client.open(`/kk/staff/cases/${caseId}/files`);
    const k = key ?? hidden(page.body, 'key') ?? newIdempotencyKey();
    return {
      key: k,
      res: await postFiles(
        t,
        client,
        `/kk/staff/cases/${caseId}/files`,
        { key: k, item },
        files.map((f) => ({ name: 'file', ...f })),
      ),
    };
  }

  it('stores scans handed in at intake, recognised by content, with the SHA-256 of their bytes, and the inventory as rows', async () => {
    const { id } = await openCase([
      { name: 'scans.0.file', fileName: 'mandate.pdf', bytes: PDF },
      // A PNG named .jpg: the content decides.
      { name: 'scans.1.file', fileName: 'letter.jpg', bytes: PNG },
    ]);
    const rows = await filesOf(id);
    assert.deepEqual(
      rows.map((r) => [r.checklist_item_id, r.purpose, r.file_name, r.media_type, r.byte_size]),
      [
        [null, 'other', 'letter.jpg', 'image/png', PNG.length],
        ['mandate-copy', 'document', 'mandate.pdf', 'application/pdf', PDF.length],
      ],
    );
    assert.equal(rows[0]!.sha256, sha256(PNG));
    assert.equal(rows[1]!.sha256, sha256(PDF));
    for (const r of rows)
      assert.equal(sha256(Buffer.from(r.content!)), r.sha256, 'the stored bytes are the bytes sent');
    const materials = await queryRows<Json>(
      db(),
      sql`select position, title, kind, language, quantity, returned_at from case_materials where case_id = ${id}`,
    );
    assert.deepEqual(materials, [
      { position: 1, title: 'Інжіл', kind: 'book', language: 'kk', quantity: 10, returned_at: null },
    ]);
    // Audited by ids and codes only: never the file's name.
    const events = await queryRows<{ action: string; record_id: string; data: Json }>(
      db(),
      sql`select action, record_id, data from audit_events where action = 'case_file.attached' and data->>'caseId' = ${id} order by id`,
    );
    assert.deepEqual(events.map((e) => e.record_id).sort(), rows.map((r) => r.id).sort());
    assert.ok(!JSON.stringify(events).includes('mandate.pdf'));
    assert.deepEqual(events.find((e) => e.record_id === rows[1]!.id)!.data, {
      caseId: id,
      checklistItemId: 'mandate-copy',
      purpose: 'document',
      mediaType: 'application/pdf',
      byteSize: PDF.length,
    });
  });

  it('refuses a false scan at intake with a localized message naming it: no case, no file, the typed fields kept', async () => {
    const clerk = await as('clerk', 'ru');
    const cases = await countAll('cases');
    const files = await countAll('case_files');
    const { res } = await intake(
      clerk,
      [
        { name: 'scans.0.file', fileName: 'passport.pdf', bytes: EXE },
        { name: 'scans.1.file', fileName: 'ok.pdf', bytes: PDF },
      ],
      { 'scans.0.item': 'mandate-copy', 'applicant.address': 'x' },
      'ru',
    );
    assert.equal(res.statusCode, 400);
    const text = pageText(res.body);
    assert.ok(text.includes(translate('ru', 'field.file_type_not_allowed')), text.slice(0, 500));
    assert.ok(text.includes('«passport.pdf»'));
    assert.ok(text.includes(translate('ru', 'scans.choose_again')));
    assert.match(res.body, /href="#f-scans-0-file"/, 'the summary links to the file field');
    assert.match(res.body, /<option value="mandate-copy" selected/, 'the item chosen is kept');
    assert.ok(res.body.includes(`value="${missionaryApplication().territory}"`), 'typed fields are kept');
    assert.equal(await countAll('cases'), cases);
    assert.equal(await countAll('case_files'), files);
  });

  it('refuses empty, cut short, too big and too many files from the scans page, per field, storing none of the request', async () => {
    const { id, clerk } = await openCase();
    const bad: [string, { fileName: string; bytes: Buffer }[], string][] = [
      ['empty', [{ fileName: 'empty.pdf', bytes: Buffer.alloc(0) }], 'field.file_empty'],
      ['cut short', [{ fileName: 'cut.png', bytes: PNG.subarray(0, PNG.length - 20) }], 'field.file_damaged'],
      ['false', [{ fileName: 'scan.jpg', bytes: EXE }], 'field.file_type_not_allowed'],
      [
        'too big',
        [{ fileName: 'big.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]) }],
        'field.file_too_large',
      ],
      [
        'too many',
        Array.from({ length: MAX_PER_CASE + 1 }, (_, i) => ({ fileName: `p${i}.pdf`, bytes: PDF })),
        'field.files_too_many',
      ],
      // A good file beside a bad one: neither is stored.
      [
        'mixed',
        [
          { fileName: 'good.jpg', bytes: JPEG },
          { fileName: 'bad.pdf', bytes: EXE },
        ],
        'field.file_type_not_allowed',
      ],
    ];
    for (const [what, files, message] of bad) {
      const { res } = await attach(clerk, id, files);
      assert.equal(res.statusCode, 400, what);
      const text = pageText(res.body);
      assert.ok(
        text.includes(translate('kk', message as 'field.file_empty')),
        `${what}: ${text.slice(0, 300)}`,
      );
      assert.match(res.body, /<option value="invitation" selected/, `${what}: the item chosen is kept`);
      assert.equal((await filesOf(id)).length, 0, `${what}: nothing stored`);
    }
    const { res } = await attach(clerk, id, [{ fileName: 'x.pdf', bytes: PDF }], 'no-such-item');
    assert.equal(res.statusCode, 400);
    assert.ok(pageText(res.body).includes(translate('kk', 'field.file_item_unknown')));
    // Up to the limit is fine; one more, later, is not.
    const ok = await attach(
      clerk,
      id,
      Array.from({ length: MAX_PER_CASE }, (_, i) => ({ fileName: `p${i}.jpg`, bytes: JPEG })),
    );
    assert.equal(ok.res.statusCode, 303);
    const more = await attach(clerk, id, [{ fileName: 'one-more.pdf', bytes: PDF }]);
    assert.equal(more.res.statusCode, 400);
    assert.ok(pageText(more.res.body).includes(translate('kk', 'field.files_too_many')));
    assert.equal((await filesOf(id)).length, MAX_PER_CASE);
  });

  it('lets only the office’s clerk or records service attach; a double submit stores one set', async () => {
    const { id } = await openCase();
    const officer = await as('officer');
    const refused = await attach(officer, id, [{ fileName: 'a.pdf', bytes: PDF }]);
    assert.equal(refused.res.statusCode, 403);
    assert.doesNotMatch(
      (await officer.open(`/kk/staff/cases/${id}/files`)).body,
      /enctype="multipart/,
      'no form for the officer',
    );
    const stranger = await signedInClient(t.app, strangerLogin, PASSWORD, 'kk');
    await stranger.open('/kk/staff/cases');
    const foreign = await postFiles(
      t,
      stranger,
      `/kk/staff/cases/${id}/files`,
      { key: newIdempotencyKey(), item: 'other' },
      [{ name: 'file', fileName: 'a.pdf', bytes: PDF }],
    );
    assert.equal(foreign.statusCode, 404, 'another office: not found');
    assert.equal((await filesOf(id)).length, 0);

    const records = await as('records');
    const first = await attach(records, id, [{ fileName: 'inv.pdf', bytes: PDF }]);
    assert.equal(first.res.statusCode, 303);
    const again = await attach(records, id, [{ fileName: 'inv.pdf', bytes: PDF }], 'invitation', first.key);
    assert.equal(again.res.statusCode, 303, 'the retry gets the first answer');
    const rows = await filesOf(id);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.checklist_item_id, 'invitation');
  });

  it('refuses a multipart post without its CSRF field, and an anonymous one before reading it', async () => {
    const { id, clerk } = await openCase();
    await clerk.open(`/kk/staff/cases/${id}/files`);
    const noToken = await postFiles(
      t,
      clerk,
      `/kk/staff/cases/${id}/files`,
      { key: newIdempotencyKey(), item: 'other' },
      [{ name: 'file', fileName: 'a.pdf', bytes: PDF }],
      { csrf: null },
    );
    assert.equal(noToken.statusCode, 403);
    const anonymous = new FormClient(t.app);
    const res = await postFiles(t, anonymous, `/kk/staff/cases/${id}/files`, { item: 'other' }, [
      { name: 'file', fileName: 'a.pdf', bytes: PDF },
    ]);
    assert.equal(res.statusCode, 401);
    assert.equal((await filesOf(id)).length, 0);
  });

  it('serves a scan as an attachment of its stored type, never sniffed, to staff who may read the case, logging each read', async () => {
    const { id, clerk } = await openCase([{ name: 'scans.0.file', fileName: 'Мандат №1.pdf', bytes: PDF }]);
    const [file] = await filesOf(id);
    const page = await clerk.open(`/kk/staff/cases/${id}`);
    assert.ok(page.body.includes(`/kk/staff/cases/${id}/files/${file!.id}`), 'the case page links the scan');
    for (const who of [
      clerk,
      await as('officer'),
      await signedInClient(t.app, supervisorLogin, PASSWORD, 'kk'),
    ]) {
      const res = await who.get(`/kk/staff/cases/${id}/files/${file!.id}`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.equal(
        res.headers['content-disposition'],
        `attachment; filename="______ _1.pdf"; filename*=UTF-8''${encodeURIComponent('Мандат №1.pdf')}`,
      );
      assert.equal(sha256(res.rawPayload), file!.sha256);
    }
    const reads = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from access_log where record_type = 'case_file' and record_id = ${file!.id}`,
    );
    assert.equal(Number(reads[0]!.n), 3);
    const stranger = await signedInClient(t.app, strangerLogin, PASSWORD, 'kk');
    assert.equal((await stranger.get(`/kk/staff/cases/${id}/files/${file!.id}`)).statusCode, 404);
    assert.equal((await clerk.get(`/kk/staff/cases/${id}/files/${randomUuid()}`)).statusCode, 404);
  });

  it('removes a scan, audited by id; a second click changes nothing', async () => {
    const { id, clerk } = await openCase([{ name: 'scans.0.file', fileName: 'wrong.pdf', bytes: PDF }]);
    const [file] = await filesOf(id);
    await clerk.open(`/kk/staff/cases/${id}/files`);
    const officer = await as('officer');
    await officer.open(`/kk/staff/cases/${id}`);
    assert.equal((await officer.post(`/kk/staff/cases/${id}/files/${file!.id}/remove`, {})).statusCode, 403);
    for (let i = 0; i < 2; i++) {
      const res = await clerk.post(`/kk/staff/cases/${id}/files/${file!.id}/remove`, {});
      assert.equal(res.statusCode, 303);
    }
    assert.equal((await filesOf(id)).length, 0);
    const removed = await queryRows<{ data: Json }>(
      db(),
      sql`select data from audit_events where action = 'case_file.removed' and record_id = ${file!.id}`,
    );
    assert.deepEqual(
      removed.map((r) => r.data),
      [{ caseId: id, checklistItemId: 'mandate-copy' }],
    );
  });

  it('records materials returned item by item or all at once, and warns when an ended case still holds some', async () => {
    const clerk = await as('clerk');
    const app = missionaryApplication();
    const extra = {
      ...flat({
        materials: [
          ...app.materials,
          { title: 'Забур', kind: 'audio', language: 'ru', quantity: 2 },
          { title: 'Таурат', kind: 'printed', language: 'kk', quantity: 1 },
        ],
      }),
    };
    const { res } = await intake(clerk, [], extra);
    assert.equal(res.statusCode, 303);
    const id = /\/staff\/cases\/([0-9a-f-]{36})$/.exec(res.headers.location as string)![1]!;
    const held = async () =>
      (
        await queryRows<{ position: number; returned_at: Date | null; returned_by: string | null }>(
          db(),
          sql`select position, returned_at, returned_by from case_materials where case_id = ${id} order by position`,
        )
      ).map((r) => [r.position, r.returned_at !== null, r.returned_by !== null]);
    assert.deepEqual(await held(), [
      [1, false, false],
      [2, false, false],
      [3, false, false],
    ]);
    let page = await clerk.open(`/kk/staff/cases/${id}`);
    assert.ok(pageText(page.body).includes(translate('kk', 'materials.title')));
    assert.ok(pageText(page.body).includes('Забур'));
    const officer = await as('officer');
    await officer.open(`/kk/staff/cases/${id}`);
    assert.equal(
      (await officer.post(`/kk/staff/cases/${id}/materials/returned`, { position: '2' })).statusCode,
      403,
    );

    await clerk.open(`/kk/staff/cases/${id}`);
    const one = await clerk.post(`/kk/staff/cases/${id}/materials/returned`, { position: '2' });
    assert.equal(one.statusCode, 303);
    assert.equal(one.headers.location, `/kk/staff/cases/${id}#materials-title`);
    assert.deepEqual(await held(), [
      [1, false, false],
      [2, true, true],
      [3, false, false],
    ]);
    // The applicant withdraws: the case ends with two items still held, and the page says so.
    page = await clerk.open(`/kk/staff/cases/${id}`);
    const form = page.body.slice(page.body.indexOf(`/staff/cases/${id}/actions/abandon`));
    const abandon = await clerk.post(`/kk/staff/cases/${id}/actions/abandon`, {
      version: hidden(form, 'version')!,
      key: hidden(form, 'key')!,
    });
    assert.equal(abandon.statusCode, 303);
    page = await clerk.open(`/kk/staff/cases/${id}`);
    assert.ok(pageText(page.body).includes(translate('kk', 'materials.unreturned_warning', { n: 2 })));
    // The office's list of ended cases still holding items names it, with what is held; another
    // office's list does not.
    const trackingCode = (
      await queryRows<{ tracking_code: string }>(db(), sql`select tracking_code from cases where id = ${id}`)
    )[0]!.tracking_code;
    assert.ok((await clerk.open('/kk/staff/cases')).body.includes('/kk/staff/cases/materials-held'));
    let list = await clerk.open('/ru/staff/cases/materials-held');
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes(`/ru/staff/cases/${id}#materials-title`));
    assert.ok(
      pageText(list.body).includes(translate('ru', 'materials.held_count', { items: 2, pieces: 11 })),
    );
    const stranger = await signedInClient(t.app, strangerLogin, PASSWORD, 'kk');
    assert.ok(!(await stranger.open('/kk/staff/cases/materials-held')).body.includes(trackingCode));
    const all = await clerk.post(`/kk/staff/cases/${id}/materials/returned`, { all: 'on' });
    assert.equal(all.statusCode, 303);
    assert.deepEqual(await held(), [
      [1, true, true],
      [2, true, true],
      [3, true, true],
    ]);
    page = await clerk.open(`/kk/staff/cases/${id}`);
    assert.ok(!pageText(page.body).includes(translate('kk', 'materials.unreturned_warning', { n: 2 })));
    list = await clerk.open('/kk/staff/cases/materials-held');
    assert.ok(!list.body.includes(trackingCode), 'all returned: off the list');
    const events = await queryRows<{ data: Json }>(
      db(),
      sql`select data from audit_events where action = 'case_materials.returned' and record_id = ${id} order by id`,
    );
    assert.deepEqual(
      events.map((e) => e.data),
      [{ positions: [2] }, { positions: [1, 3] }],
    );
    assert.deepEqual((await verifyChains(db())).problems, []);
  });

  it('offers the same over the API: attach (multipart, idempotent), list, download, remove, the inventory', async () => {
    const { id } = await openCase();
    const clerk = await as('clerk');
    const csrf = JSON.parse((await clerk.get('/api/v1/csrf')).body).token as string;
    const call = async (
      method: string,
      url: string,
      opts: { payload?: Buffer | string | object; headers?: Record<string, string> } = {},
    ) => {
      const res = await t.app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: cookieHeader(clerk), 'x-csrf-token': csrf, ...opts.headers },
        ...(opts.payload !== undefined ? { payload: opts.payload } : {}),
      });
      return res;
    };
    const body = await multipart([
      { name: 'checklistItemId', value: 'invitation' },
      { name: 'file', file: { fileName: 'inv.jpg', bytes: JPEG } },
      { name: 'file', file: { fileName: 'inv-2.pdf', bytes: PDF } },
    ]);
    const key = newIdempotencyKey();
    const post = () =>
      call('POST', `/api/v1/cases/${id}/files`, {
        payload: body.payload,
        headers: { 'content-type': body.contentType, 'idempotency-key': key },
      });
    const created = await post();
    assert.equal(created.statusCode, 201, created.body);
    const files = JSON.parse(created.body).files as Json[];
    assert.deepEqual(
      files.map((f) => [f.fileName, f.checklistItemId, f.mediaType, f.sha256]),
      [
        ['inv-2.pdf', 'invitation', 'application/pdf', sha256(PDF)],
        ['inv.jpg', 'invitation', 'image/jpeg', sha256(JPEG)],
      ],
    );
    assert.equal((await post()).statusCode, 201);
    assert.equal((await filesOf(id)).length, 2, 'the retried key stored nothing more');

    const bad = await multipart([
      { name: 'checklistItemId', value: 'invitation' },
      { name: 'file', file: { fileName: 'x.pdf', bytes: EXE } },
    ]);
    const refused = await call('POST', `/api/v1/cases/${id}/files`, {
      payload: bad.payload,
      headers: { 'content-type': bad.contentType, 'idempotency-key': newIdempotencyKey() },
    });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(JSON.parse(refused.body).error.fields, { file: 'file_type_not_allowed' });
    assert.deepEqual(JSON.parse(refused.body).error.details, { names: { file: 'x.pdf' } });

    const list = JSON.parse((await call('GET', `/api/v1/cases/${id}/files`)).body);
    assert.equal(list.files.length, 2);
    const download = await call('GET', `/api/v1/cases/${id}/files/${files[1].id}`);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'image/jpeg');
    assert.match(String(download.headers['content-disposition']), /^attachment; filename="inv.jpg"/);
    assert.equal(download.headers['x-content-type-options'], 'nosniff');
    assert.equal(sha256(download.rawPayload), sha256(JPEG));
    assert.equal((await call('DELETE', `/api/v1/cases/${id}/files/${files[0].id}`)).statusCode, 204);
    assert.equal((await call('DELETE', `/api/v1/cases/${id}/files/${files[0].id}`)).statusCode, 404);

    const materials = JSON.parse((await call('GET', `/api/v1/cases/${id}/materials`)).body).materials;
    assert.deepEqual(
      materials.map((m: Json) => [m.position, m.title, m.returnedAt]),
      [[1, 'Інжіл', null]],
    );
    const returned = await call('POST', `/api/v1/cases/${id}/materials/returned`, {
      payload: { positions: 'all' },
      headers: { 'idempotency-key': newIdempotencyKey() },
    });
    assert.equal(returned.statusCode, 200, returned.body);
    assert.deepEqual(JSON.parse(returned.body), { returned: [1] });
    const unknown = await call('POST', `/api/v1/cases/${id}/materials/returned`, {
      payload: { positions: [9] },
    });
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(JSON.parse(unknown.body).error.fields, { positions: 'materials_unknown' });

    const doc = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
    const attachOp = doc.paths['/api/v1/cases/{id}/files'].post;
    assert.ok(attachOp.requestBody.content['multipart/form-data'], 'the upload is described as multipart');
    assert.ok(doc.paths['/api/v1/cases/{id}/files/{fileId}'].get.responses['200'].content['application/pdf']);
    assert.ok(doc.paths['/api/v1/cases/{id}/files/{fileId}'].delete);
    assert.ok(doc.paths['/api/v1/cases/{id}/materials'].get);
    assert.ok(doc.paths['/api/v1/cases/{id}/materials/returned'].post);
  });
});

const randomUuid = () => {
  const h = randomBytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
