// §20–25 through the staff pages on both engines: registration by hand in three languages with bad
// input re-drawn per field and nothing typed lost, the talon page and PDF carrying the receiver's name,
// the head's answer, the records' delivery, the worklist marking overdue when the clock is moved ahead,
// and pages refused across offices and roles.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, it } from 'node:test';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD } from '../helpers/seed.js';
import { FormClient, pageText, signedInClient } from '../helpers/form-client.js';
import { complaintWorld, type World } from '../helpers/complaints.js';
import { pdfText } from '../../src/documents/pdf-test-helper.js';
import { findAccount } from '../../src/db/accounts-store.js';
import { translate, type Lang } from '../../src/i18n/i18n.js';
import type { MessageKey } from '../../src/i18n/catalogue.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';

const DAY = 24 * 3600 * 1000;
const key = () => `k${Math.random().toString(36).slice(2)}xxxxxxxxxxxxxxxx`;
const PDF = fs.readFileSync(new URL('../fixtures/scans/page.pdf', import.meta.url));
/** §24: the scan of the applicant's copy, chosen in the form's file input. */
const COPY = [{ name: 'copyScan', fileName: 'көшірме.pdf', bytes: PDF }];
const formKey = (html: string) => /name="key" value="([^"]+)"/.exec(html)?.[1] ?? '';

describeEachDatabase('complaint pages (§20–25)', (get) => {
  let t: TestApp;
  let w: World;
  let other: World;
  let records: FormClient;
  let head: FormClient;

  before(async () => {
    t = await buildTestApp(get().database);
    w = await complaintWorld(t.deps, '71');
    other = await complaintWorld(t.deps, '35');
    records = await signedInClient(t.app, w.office.staff.records.login, PASSWORD, 'kk');
    head = await signedInClient(t.app, w.office.staff.head.login, PASSWORD, 'kk');
  });
  after(() => t.close());

  const good = {
    channel: 'hand',
    kind: 'service',
    addressee: 'office_head',
    language: 'ru',
    surname: 'Сентинелов',
    name: 'Ерлан',
    patronymic: '',
    address: '',
    phone: '+7 701 111 22 33',
    text: 'Мне отказали в приёме документов без объяснения причин.',
    caseCode: '',
    ticket: '',
  };

  it('the form is in kk, ru and en; bad input comes back per field with what was typed', async () => {
    for (const lang of ['kk', 'ru', 'en'] as Lang[]) {
      const c = await signedInClient(t.app, w.office.staff.records.login, PASSWORD, lang);
      const page = await c.open(`/${lang}/staff/complaints/new`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, new RegExp(translate(lang, 'complaint.new_title')));
      const res = await c.postMultipart(
        `/${lang}/staff/complaints/new`,
        {
          ...good,
          key: formKey(page.body),
          kind: '',
          surname: '',
          phone: 'позвоните',
          text: 'Текст, который нельзя потерять',
        },
        [],
      );
      assert.equal(res.statusCode, 400);
      const text = pageText(res.body);
      for (const code of ['choice', 'required', 'phone', 'case_or_copy'])
        assert.ok(text.includes(translate(lang, `complaint.err.${code}` as MessageKey)), `${lang} ${code}`);
      assert.match(res.body, /Текст, который нельзя потерять/);
      assert.match(res.body, /value="позвоните"/);
    }
  });

  it('registered by hand: the talon page and PDF name the receiver; the head answers; records record delivery', async () => {
    const page = await records.open('/kk/staff/complaints/new');
    const res = await records.postMultipart(
      '/kk/staff/complaints/new',
      { ...good, key: formKey(page.body) },
      COPY,
    );
    assert.equal(res.statusCode, 303);
    const location = String(res.headers.location);
    const id = /\/staff\/complaints\/([0-9a-f-]{36})\?done=registered$/.exec(location)?.[1];
    assert.ok(id, location);
    const detail = await records.open(location);
    assert.equal(detail.statusCode, 200);
    const receiver = (await findAccount(get().database.db, w.office.staff.records.accountId))!.displayName;
    // §25: the surname and name of the person who accepted it (staff names are «Surname Name …»).
    const [surname, name] = receiver.split(' ');
    const talon = await records.get(`/kk/staff/complaints/${id}/talon`);
    assert.equal(talon.statusCode, 200);
    assert.ok(pageText(talon.body).includes(`${surname} ${name}`));
    const pdf = await records.get(`/kk/staff/complaints/${id}/talon.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const printed = pdfText(pdf.rawPayload);
    assert.match(printed.replace(/\s+/g, ' '), new RegExp(`${surname} ${name}`));
    assert.match(printed, /ТАЛОН/);
    // The records service may not answer; the head does.
    const h = await head.open(`/kk/staff/complaints/${id}`);
    assert.match(h.body, /id="form-answer"/);
    assert.doesNotMatch(detail.body, /id="form-answer"/);
    const version = /name="version" value="(\d+)"/.exec(h.body)![1]!;
    const bad = await head.post(`/kk/staff/complaints/${id}/answer`, {
      version,
      key: key(),
      outcome: 'upheld',
      reasons: '',
      consequence: 'annul',
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(pageText(bad.body).includes(translate('kk', 'complaint.err.required')));
    assert.ok(pageText(bad.body).includes(translate('kk', 'complaint.err.consequence_no_case')));
    const ok = await head.post(`/kk/staff/complaints/${id}/answer`, {
      version,
      key: key(),
      outcome: 'partly',
      reasons: 'Қызметкерге ескерту жасалды.',
      consequence: 'none',
    });
    assert.equal(ok.statusCode, 303);
    const r = await records.open(`/kk/staff/complaints/${id}`);
    assert.match(r.body, /id="form-deliver"/);
    const v2 = /name="version" value="(\d+)"/.exec(r.body)![1]!;
    const today = plainDateAt(new Date(t.deps.now()), 'Asia/Almaty'); // the office's day, not UTC's
    const d = await records.post(`/kk/staff/complaints/${id}/deliver`, {
      version: v2,
      key: key(),
      how: 'in_person',
      on: today,
      proof: '',
    });
    assert.equal(d.statusCode, 303);
    const after = await records.open(`/kk/staff/complaints/${id}`);
    assert.match(pageText(after.body), new RegExp(translate('kk', 'complaint.state.delivered')));
    assert.match(after.body, /id="form-survey"/);
  });

  it('the worklist shows a complaint overdue once its due day passes', async () => {
    const page = await records.open('/kk/staff/complaints/new');
    await records.postMultipart('/kk/staff/complaints/new', { ...good, key: formKey(page.body) }, COPY);
    let list = await head.get('/kk/staff/complaints');
    assert.equal(list.statusCode, 200);
    assert.doesNotMatch(list.body, /id="complaints-overdue"/);
    t.advance(15 * DAY);
    // The sessions ended while the clock moved: sign in again.
    head = await signedInClient(t.app, w.office.staff.head.login, PASSWORD, 'kk');
    records = await signedInClient(t.app, w.office.staff.records.login, PASSWORD, 'kk');
    list = await head.get('/kk/staff/complaints');
    assert.match(list.body, /id="complaints-overdue"/);
    assert.ok(pageText(list.body).includes(translate('kk', 'complaint.overdue_badge')));
  });

  it('another office, an akimat that is not its own, and roles without the right are refused', async () => {
    const page = await records.open('/kk/staff/complaints/new');
    const res = await records.postMultipart(
      '/kk/staff/complaints/new',
      { ...good, key: formKey(page.body) },
      COPY,
    );
    const url = String(res.headers.location).replace('?done=registered', '');
    const stranger = await signedInClient(t.app, other.office.staff.head.login, PASSWORD, 'kk');
    assert.equal((await stranger.get(url)).statusCode, 404);
    assert.equal((await stranger.get(`${url}/talon.pdf`)).statusCode, 404);
    const akimat = await signedInClient(t.app, other.akimat.staff.head.login, PASSWORD, 'kk');
    assert.equal((await akimat.get(url)).statusCode, 404);
    const clerk = await signedInClient(t.app, w.office.staff.clerk.login, PASSWORD, 'kk');
    assert.equal((await clerk.get('/kk/staff/complaints/new')).statusCode, 403);
    const c = await clerk.open(url);
    assert.equal(c.statusCode, 200);
    assert.doesNotMatch(c.body, /id="form-answer"|id="form-deliver"/);
    const v = /name="version" value="(\d+)"/.exec((await head.open(url)).body)?.[1] ?? '0';
    const refused = await clerk.post(`${url}/answer`, {
      version: v,
      key: key(),
      outcome: 'rejected',
      reasons: 'x',
      consequence: 'none',
    });
    assert.equal(refused.statusCode, 403);
    const anonymous = await t.app.inject({ method: 'GET', url });
    assert.notEqual(anonymous.statusCode, 200);
  });

  it('the public form in kk, ru and en refuses bad input per field, keeps the text, never draws the codes back', async () => {
    for (const lang of ['kk', 'ru', 'en'] as Lang[]) {
      const c = new FormClient(t.app);
      const page = await c.open(`/${lang}/complaints`);
      assert.equal(page.statusCode, 200);
      assert.ok(pageText(page.body).includes(translate(lang, 'complaint.court_right')));
      const res = await c.post(`/${lang}/complaints`, {
        trackingCode: 'ABCDEFGHJK',
        accessCode: 'SECRETSECRETSECRET12',
        documentNumber: '',
        kind: 'result',
        addressee: 'nobody',
        language: 'kk',
        surname: 'Сентинелов',
        name: '',
        patronymic: '',
        address: '',
        phone: '',
        text: 'Мәтін жоғалмауы керек',
      });
      assert.equal(res.statusCode, 400);
      const text = pageText(res.body);
      for (const code of ['choice', 'required', 'case_credentials'])
        assert.ok(text.includes(translate(lang, `complaint.err.${code}` as MessageKey)), `${lang} ${code}`);
      assert.match(res.body, /Мәтін жоғалмауы керек/);
      assert.match(res.body, /value="Сентинелов"/);
      assert.doesNotMatch(res.body, /SECRETSECRET/);
      // Without the form's cookie (an expired form) nothing is filed.
      const bare = new FormClient(t.app);
      await bare.open(`/${lang}/complaints`);
      bare.cookies.delete('tirkeu_complaint_form');
      const expired = await bare.post(`/${lang}/complaints`, { trackingCode: '', text: 'x' });
      assert.equal(expired.statusCode, 400);
      assert.ok(pageText(expired.body).includes(translate(lang, 'complaint.err.expired')));
      const track = await c.open(`/${lang}/complaints/track`);
      assert.equal(track.statusCode, 200);
      const nf = await c.post(`/${lang}/complaints/track`, { trackingCode: 'ABCDEFGHJK', accessCode: 'x' });
      assert.equal(nf.statusCode, 404);
      assert.ok(pageText(nf.body).includes(translate(lang, 'complaint.public.not_found')));
    }
  });

  it('asked by phone: the tracking code finds the complaint on the worklist screen, only in its own organisation', async () => {
    records = await signedInClient(t.app, w.office.staff.records.login, PASSWORD, 'kk');
    const page = await records.open('/kk/staff/complaints/new');
    const res = await records.postMultipart(
      '/kk/staff/complaints/new',
      { ...good, key: formKey(page.body) },
      COPY,
    );
    const url = String(res.headers.location).replace('?done=registered', '');
    const detail = await records.get(url);
    const code = /id="complaint-tracking">([0-9A-Z]{10})</.exec(detail.body)![1]!;
    const found = await records.get(
      `/kk/staff/complaints?code=${code.slice(0, 5)}-${code.slice(5).toLowerCase()}`,
    );
    assert.equal(found.statusCode, 303);
    assert.equal(found.headers.location, url);
    const stranger = await signedInClient(t.app, other.office.staff.records.login, PASSWORD, 'kk');
    const miss = await stranger.get(`/kk/staff/complaints?code=${code}`);
    assert.equal(miss.statusCode, 200);
    assert.match(miss.body, /id="phone-code-error"/);
  });
});
