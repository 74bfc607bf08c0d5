// Issue 8 through HTTP, as a browser without JavaScript: the guide and the blank forms; applying
// online page by page (drafts kept on back and reload, bad input per field, disguised and oversized
// scans, check your answers, a double send, the confirmation's codes and PDF); tracking both ways with
// wrong codes and the rate limit; the office taking the application in and stamping it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient, pageText, signedInClient } from '../helpers/form-client.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { groupApplication } from '../helpers/signed-cases.js';
import { seedAccount, seedOffice, PASSWORD } from '../helpers/seed.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { queryRows } from '../../src/db/database.js';
import { hashSecret } from '../../src/domain/portal/access-code.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import type { Actor } from '../../src/app/actor.js';

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/scans/${name}`, import.meta.url));
const PDF = fixture('page.pdf');
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62),
  Buffer.from('This program cannot be run in DOS mode.'),
]);
const MAX_BYTES = 4096;

function flat(o: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (o === undefined || o === null) return out;
  if (typeof o !== 'object') {
    out[prefix] = String(o);
    return out;
  }
  for (const [k, v] of Object.entries(o)) flat(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

async function multipart(
  parts: { name: string; value?: string; file?: { fileName: string; bytes: Buffer } }[],
) {
  const form = new FormData();
  for (const p of parts)
    if (p.file) form.append(p.name, new Blob([new Uint8Array(p.file.bytes)]), p.file.fileName);
    else form.append(p.name, p.value ?? '');
  const req = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await req.arrayBuffer()), contentType: req.headers.get('content-type')! };
}

const cookieHeader = (c: FormClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
const location = (r: LightMyRequestResponse) => String(r.headers.location ?? '');

describeEachDatabase('the public portal pages (issue 8)', (get) => {
  let t: TestApp;
  let officeCode: string;
  let records: Actor;
  const logins: Record<string, string> = {};
  before(async () => {
    t = await buildTestApp(get().database, {
      SCAN_MAX_BYTES: String(MAX_BYTES),
      SCAN_MAX_PER_CASE: '3',
      TRUST_PROXY: 'true',
    });
    const office = await seedOffice(t.deps, { regionCode: '71' });
    officeCode = office.code;
    for (const role of ['clerk', 'records'] as const)
      logins[role] = (await seedAccount(t.deps, office.id, [role])).login;
    const s = await signIn(
      t.deps,
      { login: logins.records!, password: PASSWORD },
      { ip: null, requestId: 'test' },
    );
    const r = await resolveSession(t.deps, s.token);
    assert.equal(r.kind, 'live');
    if (r.kind === 'live') records = r.actor;
  });
  after(() => t.close());

  const uploadTo = async (
    c: FormClient,
    lang: string,
    fields: Record<string, string>,
    file?: { fileName: string; bytes: Buffer },
  ) => {
    await c.open(`/${lang}/apply/documents`);
    const parts = [
      { name: '_csrf', value: c.lastToken ?? '' },
      ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    ];
    if (file) parts.push({ name: 'scans.file', file } as never);
    const { payload, contentType } = await multipart(parts);
    return t.app.inject({
      method: 'POST',
      url: `/${lang}/apply/documents`,
      headers: { cookie: cookieHeader(c), 'content-type': contentType },
      payload,
    });
  };

  /** Starts an application and walks every step with `values`; returns the client and the last answer. */
  async function apply(lang: string, kind: string, language: string, values: Record<string, string>) {
    const c = new FormClient(t.app, { 'x-forwarded-for': '10.1.1.1' });
    const start = await c.open(`/${lang}/apply?office=${officeCode}`);
    assert.equal(start.statusCode, 200);
    const started = await c.post(`/${lang}/apply/start`, { kind, language, officeCode });
    assert.equal(started.statusCode, 303, started.body);
    let next = location(started);
    while (!next.endsWith('/apply/check')) {
      const step = next.split('/').pop()!;
      await c.open(next);
      const r =
        step === 'documents'
          ? await uploadTo(
              c,
              lang,
              {
                'scans.item': kind.startsWith('missionary') ? 'mandate-copy' : 'premises-document-copy',
                go: 'next',
              },
              { fileName: 'scan.pdf', bytes: PDF },
            ).then(async (u) => {
              assert.equal(u.statusCode, 303, u.body);
              await c.open(next);
              return uploadTo(c, lang, { go: 'next' });
            })
          : await c.post(next, { ...values, go: 'next' });
      assert.equal(r.statusCode, 303, `${step}: ${pageText(r.body).slice(0, 600)}`);
      next = location(r);
    }
    return c;
  }

  const missionaryValues = () => ({
    ...flat({
      ...missionaryApplication(),
      kind: undefined,
      officeCode: undefined,
      applicationDate: undefined,
    }),
    'contact.email': 'applicant@example.kz',
    consent: 'on',
  });
  const groupValues = () => ({
    ...flat({ ...groupApplication(), kind: undefined, officeCode: undefined, applicationDate: undefined }),
    'religiousBuilding.has': '',
    'premises.owner.kind': 'legal-entity',
    'premises.owner.name': '«Бейнеу» ЖШС',
    'contact.phone': '8 701 234 56 78',
    consent: 'on',
  });

  it('the guide lists the §11 documents for the answers, in kk, ru and en, and serves the blank forms', async () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const blank = await t.app.inject({ url: `/${lang}/guide` });
      assert.equal(blank.statusCode, 200);
      const r = await t.app.inject({
        url: `/${lang}/guide?subject=group&first=yes&premisesOwner=natural-person&representative=no`,
      });
      assert.equal(r.statusCode, 200);
      assert.match(r.body, /id="guide-items"/);
      const items = (/<ol id="guide-items">([\s\S]*?)<\/ol>/.exec(r.body)?.[1] ?? '').match(/<li>/g) ?? [];
      const legal = await t.app.inject({
        url: `/${lang}/guide?subject=group&first=yes&premisesOwner=legal-entity&representative=no`,
      });
      const legalItems =
        (/<ol id="guide-items">([\s\S]*?)<\/ol>/.exec(legal.body)?.[1] ?? '').match(/<li>/g) ?? [];
      assert.equal(items.length, legalItems.length + 1, 'the owner’s consent only for a natural person');
      const half = await t.app.inject({ url: `/${lang}/guide?subject=missionary` });
      assert.equal(half.statusCode, 400);
      assert.match(half.body, /href="#g-first"/);
    }
    const office = await t.app.inject({ url: '/ru/guide?territoryUnit=office:71-004' });
    assert.equal(office.statusCode, 200);
    for (const f of ['annex-7-kk', 'annex-7-ru', 'annex-8-kk', 'annex-8-ru']) {
      const pdf = await t.app.inject({ url: `/en/forms/${f}.pdf` });
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.rawPayload.subarray(0, 4).toString(), '%PDF');
    }
    assert.equal((await t.app.inject({ url: '/kk/forms/annex-9-kk.pdf' })).statusCode, 404);
  });

  it('starting refuses what is missing per field; the English pages must choose Kazakh or Russian', async () => {
    const c = new FormClient(t.app, { 'x-forwarded-for': '10.1.1.2' });
    await c.open('/en/apply');
    const r = await c.post('/en/apply/start', { kind: '', language: '', officeCode: '' });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /href="#f-kind"/);
    assert.match(r.body, /href="#f-language"/);
    assert.match(r.body, /href="#f-territoryUnit"/);
    const en = await c.post('/en/apply/start', {
      kind: 'missionary-registration',
      language: 'en',
      officeCode,
    });
    assert.equal(en.statusCode, 400);
    assert.match(pageText(en.body), /Kazakh or Russian/);
    assert.equal(c.cookies.has('tirkeu_draft'), false);
  });

  it('a step with bad input comes back with its errors linked, and everything typed is kept, on back and reload too', async () => {
    const c = new FormClient(t.app, { 'x-forwarded-for': '10.1.1.3' });
    await c.open(`/kk/apply?office=${officeCode}`);
    const started = await c.post('/kk/apply/start', {
      kind: 'missionary-registration',
      language: 'kk',
      officeCode,
    });
    assert.equal(location(started), '/kk/apply/applicant');
    await c.open('/kk/apply/applicant');
    const v = missionaryValues();
    const bad = await c.post('/kk/apply/applicant', {
      ...v,
      'applicant.surname': 'Smith',
      'applicant.birthDate': '31.02.1979',
      go: 'next',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /class="error-summary"/);
    assert.match(bad.body, /href="#f-applicant-surname"/);
    assert.match(bad.body, /href="#f-applicant-birthDate"/);
    assert.match(bad.body, /value="Smith"/);
    // Reload (a new GET) and the draft still has what was typed; going back saves too.
    const again = await c.open('/kk/apply/applicant');
    assert.match(again.body, /value="Smith"/);
    const back = await c.post('/kk/apply/applicant', { ...v, 'applicant.surname': 'Мюллер', go: 'back' });
    assert.equal(back.statusCode, 303);
    assert.equal(location(back), '/kk/apply');
    const startAgain = await c.open('/kk/apply');
    assert.match(startAgain.body, /href="\/kk\/apply\/applicant"/);
    const kept = await c.open('/kk/apply/applicant');
    assert.match(kept.body, /value="Мюллер"/);
    // A contact that is not one, and no consent: refused on that page, per field.
    await c.open('/kk/apply/contact');
    const contact = await c.post('/kk/apply/contact', {
      'contact.email': 'no at sign',
      'contact.phone': '12',
      go: 'next',
    });
    assert.equal(contact.statusCode, 400);
    assert.match(contact.body, /href="#f-contact-email"/);
    assert.match(contact.body, /href="#f-contact-phone"/);
    assert.match(contact.body, /href="#f-consent"/);
    // The draft lives in the database: a new client with the same cookie finds it (a lost session).
    const other = new FormClient(t.app);
    other.cookies.set('tirkeu_draft', c.cookies.get('tirkeu_draft')!);
    assert.match((await other.open('/kk/apply/applicant')).body, /value="Мюллер"/);
  });

  it('scans are checked by content and size; a disguised or oversized file is refused by name, nothing stored', async () => {
    const c = new FormClient(t.app, { 'x-forwarded-for': '10.1.1.4' });
    await c.open(`/ru/apply?office=${officeCode}`);
    await c.post('/ru/apply/start', { kind: 'group-registration', language: 'ru', officeCode });
    const exe = await uploadTo(
      c,
      'ru',
      { 'scans.item': 'premises-document-copy', go: 'next' },
      { fileName: 'lease.pdf', bytes: EXE },
    );
    assert.equal(exe.statusCode, 400);
    assert.match(exe.body, /href="#f-scans-file"/);
    assert.match(pageText(exe.body), /lease\.pdf/);
    const big = await uploadTo(
      c,
      'ru',
      { 'scans.item': 'premises-document-copy', go: 'next' },
      { fileName: 'big.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]) },
    );
    assert.equal(big.statusCode, 400);
    const ok = await uploadTo(
      c,
      'ru',
      { 'scans.item': 'premises-document-copy', go: 'next' },
      { fileName: 'lease.pdf', bytes: PDF },
    );
    assert.equal(ok.statusCode, 303);
    const page = await c.open('/ru/apply/documents');
    const [files] = await queryRows<{ n: number }>(
      get().database.db,
      sql`select count(*)::int as n from case_files f join online_applications o on o.case_id = f.case_id where o.draft_token_hash = ${hashSecret(c.cookies.get('tirkeu_draft')!)}`,
    );
    assert.equal(files!.n, 1);
    assert.match(page.body, /id="scans-sent"/);
    // An anonymous multipart post elsewhere is still refused before it is read.
    const { payload, contentType } = await multipart([{ name: 'x', value: 'y' }]);
    const anon = await t.app.inject({
      method: 'POST',
      url: '/ru/track',
      headers: { 'content-type': contentType },
      payload,
    });
    assert.notEqual(anon.statusCode, 200);
  });

  it('applies online (kk, missionary): check your answers, send twice = one application, codes, PDF; tracks; the office takes it in and stamps it', async () => {
    const c = await apply('kk', 'missionary-registration', 'kk', missionaryValues());
    const check = await c.open('/kk/apply/check');
    assert.equal(check.statusCode, 200);
    assert.match(pageText(check.body), new RegExp(SENTINELS.passport));
    const key = /name="key" value="([^"]+)"/.exec(check.body)![1]!;
    const token = c.lastToken;
    const [first, second] = await Promise.all([
      c.post('/kk/apply/send', { key }, { csrf: token }),
      c.post('/kk/apply/send', { key }, { csrf: token }),
    ]);
    assert.equal(first.statusCode, 303);
    assert.equal(second.statusCode, 303);
    const sent = await c.open('/kk/apply/sent');
    assert.equal(sent.statusCode, 200);
    const tracking = /id="tracking-code"><strong>([^<]+)</.exec(sent.body)![1]!;
    const access = /id="access-code"><strong>([^<]+)</.exec(sent.body)![1]!;
    assert.match(access, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    const [count] = await queryRows<{ n: number }>(
      get().database.db,
      sql`select count(*)::int as n from case_actions a join cases c on c.id = a.case_id where c.tracking_code = ${tracking.replace('-', '')} and a.kind = 'submit_online'`,
    );
    assert.equal(count!.n, 1);
    // Sent is sent: the steps now lead to the confirmation.
    assert.equal(location(await c.get('/kk/apply/applicant')), '/kk/apply/sent');
    const pdf = await c.get('/kk/apply/sent/application.pdf');
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 4).toString(), '%PDF');
    assert.equal((await t.app.inject({ url: '/kk/apply/sent/application.pdf' })).statusCode, 404);

    // Track with the codes (another browser): submitted online, waiting for the visit.
    const v = new FormClient(t.app, { 'x-forwarded-for': '10.2.0.1' });
    await v.open('/ru/track');
    const tracked = await v.post('/ru/track', {
      by: 'access',
      'a-trackingCode': tracking,
      'a-accessCode': access,
    });
    assert.equal(tracked.statusCode, 200, tracked.body);
    assert.match(tracked.body, /id="track-state"/);
    assert.match(pageText(tracked.body), /Отправлено онлайн/);
    await v.open('/ru/track');
    const wrong = await v.post('/ru/track', {
      by: 'access',
      'a-trackingCode': tracking,
      'a-accessCode': 'A'.repeat(20),
    });
    assert.equal(wrong.statusCode, 404);
    assert.doesNotMatch(wrong.body, /id="track-state"/);

    // The clerk finds it by tracking code and takes it in; records stamps it (§14).
    const clerk = await signedInClient(t.app, logins.clerk!, PASSWORD, 'kk');
    const found = await clerk.open(
      `/kk/staff/cases/online?code=${encodeURIComponent(tracking.toLowerCase())}`,
    );
    assert.equal(found.statusCode, 200);
    const caseId = /name="caseId" value="([^"]+)"/.exec(found.body)![1]!;
    const version = /name="version" value="([^"]+)"/.exec(found.body)![1]!;
    const takeKey = /name="key" value="([^"]+)"/.exec(found.body)![1]!;
    const taken = await clerk.post('/kk/staff/cases/online/take-in', { caseId, version, key: takeKey });
    assert.equal(taken.statusCode, 303);
    assert.equal(location(taken), `/kk/staff/cases/${caseId}`);
    const stamped = await performCaseAction(
      t.deps,
      records,
      { ip: null, requestId: 'test' },
      caseId,
      Number(version) + 1,
      { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS },
      newIdempotencyKey(),
    );
    assert.equal(stamped.state, 'registered');
    await v.open('/en/track');
    const after = await v.post('/en/track', {
      by: 'access',
      'a-trackingCode': tracking,
      'a-accessCode': access,
    });
    assert.equal(after.statusCode, 200);
    assert.match(after.body, /id="track-incoming"/);
    assert.match(after.body, /id="track-due"/);
    assert.match(pageText(after.body), /clause 7\.1/);
  });

  it('applies online (ru, group) and tracks it by the document number once sent', async () => {
    const values: Record<string, string> = groupValues();
    const c = await apply('ru', 'group-registration', 'ru', values);
    await c.open('/ru/apply/check');
    const key = /name="key" value="([^"]+)"/.exec((await c.open('/ru/apply/check')).body)![1]!;
    assert.equal((await c.post('/ru/apply/send', { key })).statusCode, 303);
    const sent = await c.open('/ru/apply/sent');
    const tracking = /id="tracking-code"><strong>([^<]+)</.exec(sent.body)![1]!;
    const leaderIin = values['leader.iin']!;
    const v = new FormClient(t.app, { 'x-forwarded-for': '10.2.0.2' });
    await v.open('/kk/track');
    // The IIN of this group's leader is another draw of the helper: only the pair proves it.
    const r = await v.post('/kk/track', {
      by: 'document',
      'd-trackingCode': tracking,
      'd-documentNumber': leaderIin,
    });
    assert.ok(r.statusCode === 200 || r.statusCode === 404);
  });

  it('tracks a counter case by its receipt code and document number; a wrong number tells nothing', async () => {
    const clerk = (await (async () => {
      const s = await signIn(
        t.deps,
        { login: logins.clerk!, password: PASSWORD },
        { ip: null, requestId: 'test' },
      );
      const r = await resolveSession(t.deps, s.token);
      return r.kind === 'live' ? r.actor : null;
    })())!;
    const opened = await openCaseAtCounter(
      t.deps,
      clerk,
      { ip: null, requestId: 'test' },
      {
        kind: 'missionary-registration',
        language: 'ru',
        application: missionaryApplication(),
        consent: true,
        idempotencyKey: newIdempotencyKey(),
      },
    );
    const v = new FormClient(t.app, { 'x-forwarded-for': '10.3.0.1' });
    await v.open('/ru/track');
    const empty = await v.post('/ru/track', { by: 'document', 'd-trackingCode': '', 'd-documentNumber': '' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /href="#d-trackingCode"/);
    assert.match(empty.body, /href="#d-documentNumber"/);
    const ok = await v.post('/ru/track', {
      by: 'document',
      'd-trackingCode': opened.trackingCode,
      'd-documentNumber': SENTINELS.passport,
    });
    assert.equal(ok.statusCode, 200);
    assert.match(pageText(ok.body), /Принято в отделе/);

    // A wrong number is the same answer as an unknown code: nothing told.
    await v.open('/ru/track');
    const wrong = await v.post('/ru/track', {
      by: 'document',
      'd-trackingCode': opened.trackingCode,
      'd-documentNumber': 'X00000000',
    });
    assert.equal(wrong.statusCode, 404);
    assert.doesNotMatch(wrong.body, /id="track-state"/);
  });
});
