// The life of an issued document after hand-over (issue 6; domain.md §4 "after the end"): on its
// page a head issues a duplicate of a lost certificate (a new sealed number printed as a duplicate,
// the original 'replaced' naming it), reissues an erroneous one corrected (the old 'replaced' as
// erroneous), and annuls a group's registration by a signed decision — each shown at once by the
// public check page, on the timeline, audited by ids. Refused: other roles, another office, a double
// submit acting twice, a duplicate of a replaced or superseded document, annulling twice, bad input
// (the form shown again with its values and localized errors, nothing changed).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD } from '../helpers/seed.js';
import { pageText, signedInClient, type FormClient } from '../helpers/form-client.js';
import { officeWithStaff, signedCase, type Office } from '../helpers/signed-cases.js';
import { queryRows } from '../../src/db/database.js';
import { findIssuedDocument, setIssuedDocumentStatus } from '../../src/db/issued-documents-store.js';
import { translate, type Lang } from '../../src/i18n/i18n.js';
import type { MessageKey } from '../../src/i18n/catalogue.js';

const KEY = () => `k${Math.random().toString(36).slice(2)}${Date.now().toString(36)}xxxxxxxx`;

/** The public check page's status line. */
function checkStatus(html: string): string {
  const m = /id="check-status"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  return m ? pageText(m[1]!).trim() : '';
}

describeEachDatabase('a document after hand-over: duplicate, reissue, annulment (issue 6)', (get) => {
  let t: TestApp;
  let astana: Office;
  let karaganda: Office;
  let head: FormClient;
  let clerk: FormClient;
  let otherHead: FormClient;
  const db = () => get().database.db;
  const page = (number: string, lang: Lang = 'kk') => `/${lang}/staff/documents/${number}`;
  const count = async () =>
    Number(
      (await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from issued_documents`))[0]!.n,
    );

  before(async () => {
    t = await buildTestApp(get().database);
    astana = await officeWithStaff(t.deps, '71');
    karaganda = await officeWithStaff(t.deps, '35');
    head = await signedInClient(t.app, astana.staff.head.login, PASSWORD, 'kk');
    clerk = await signedInClient(t.app, astana.staff.clerk.login, PASSWORD, 'kk');
    otherHead = await signedInClient(t.app, karaganda.staff.head.login, PASSWORD, 'kk');
  });
  after(() => t.close());

  it('the page in every language, linked from the case; the acts offered to the head only', async () => {
    const signed = await signedCase(t.deps, astana, 'missionary');
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const r = await head.get(page(signed.number, lang));
      assert.equal(r.statusCode, 200, r.body);
      assert.ok(r.body.includes(`${page(signed.number, lang)}/duplicate`));
      assert.ok(pageText(r.body).includes(translate(lang, 'docpage.annul.title')));
    }
    const byClerk = await clerk.get(page(signed.number));
    assert.equal(byClerk.statusCode, 200);
    assert.ok(!byClerk.body.includes('/duplicate"'), 'no acts for a clerk');
    const casePage = await clerk.get(`/kk/staff/cases/${signed.caseId}`);
    assert.ok(casePage.body.includes(`/kk/staff/documents/${signed.number}`), 'the case page links it');
    assert.equal((await otherHead.get(page(signed.number))).statusCode, 404, "another office's: not found");
    assert.equal((await head.get('/kk/staff/documents/71-001/2026/1-9999')).statusCode, 404);
    const opened = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from access_log where record_type = 'issued_document' and record_id = ${signed.number}`,
    );
    assert.ok(opened[0]!.n >= 4, 'every opening is in the access log');
  });

  it('a duplicate of a lost certificate: new number, sealed, printed as a duplicate; the original replaced', async () => {
    const signed = await signedCase(t.deps, astana, 'missionary');
    await head.open(page(signed.number));
    const key = KEY();
    const before = await count();
    const r = await head.post(`${page(signed.number)}/duplicate`, { duplicateGround: 'lost', key });
    assert.equal(r.statusCode, 303, r.body);
    const dupNumber = decodeURIComponent(String(r.headers.location).replace('/kk/staff/documents/', ''));
    assert.notEqual(dupNumber, signed.number);
    // A double submit (the same key) acts once and lands on the same duplicate.
    const again = await head.post(`${page(signed.number)}/duplicate`, { duplicateGround: 'lost', key });
    assert.equal(again.statusCode, 303);
    assert.equal(again.headers.location, r.headers.location);
    assert.equal(await count(), before + 1);

    const original = await findIssuedDocument(db(), signed.number);
    const dup = await findIssuedDocument(db(), dupNumber);
    assert.equal(original!.status, 'replaced');
    assert.equal(original!.successorNumber, dupNumber);
    assert.equal(dup!.status, 'valid');
    assert.equal(dup!.duplicateOf, signed.number);
    assert.equal(dup!.caseId, signed.caseId);
    assert.equal(dup!.validUntil, original!.validUntil);
    assert.ok(dup!.sealText?.includes(`/check/${dupNumber}#`), 'the duplicate carries its own seal');

    // The public check page shows both at once.
    const oldCheck = await t.app.inject({ method: 'GET', url: `/ru/check/${signed.number}` });
    assert.equal(checkStatus(oldCheck.body), translate('ru', 'check.status.replaced'));
    assert.ok(oldCheck.body.includes(dupNumber));
    const newCheck = await t.app.inject({ method: 'GET', url: `/ru/check/${dupNumber}` });
    assert.equal(checkStatus(newCheck.body), translate('ru', 'check.status.valid'));

    // Printed from the document page's link as a duplicate (the print recorded as one).
    const pdf = await head.get(`/kk/staff/cases/${signed.caseId}/documents/certificate?number=${dupNumber}`);
    assert.equal(pdf.statusCode, 200, pdf.body.slice(0, 300));
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const prints = await queryRows<{ copy: string; subject: string }>(
      db(),
      sql`select copy, subject from document_prints where case_id = ${signed.caseId} and document = 'certificate'`,
    );
    assert.deepEqual(
      prints.map((p) => [p.subject, p.copy]),
      [[dupNumber, 'duplicate']],
    );

    // On the timeline, and audited by numbers and codes only.
    const events = await queryRows<{ kind: string; reason: string; data: { successor: string } }>(
      db(),
      sql`select kind, reason, data from registration_events where document_number = ${signed.number}`,
    );
    assert.deepEqual(
      events.map((e) => [e.kind, e.reason, e.data.successor]),
      [['replaced', 'lost', dupNumber]],
    );
    const audit = await queryRows<{ data: unknown }>(
      db(),
      sql`select data from audit_events where action = 'registry.duplicate_issued' and record_id = ${dupNumber}`,
    );
    assert.deepEqual(audit[0]!.data, { original: signed.number, ground: 'lost' });

    // The replaced original is refused another duplicate (409), nothing made.
    await head.open(page(signed.number));
    const refused = await head.post(`${page(signed.number)}/duplicate`, {
      duplicateGround: 'lost',
      key: KEY(),
    });
    assert.equal(refused.statusCode, 409);
    assert.ok(pageText(refused.body).includes(translate('kk', 'error.DOCUMENT_NOT_VALID')));
    assert.equal(await count(), before + 1);
  });

  it('refused: a clerk (403), another office (404), no ground (400, form again), a superseded document (409)', async () => {
    const signed = await signedCase(t.deps, astana, 'missionary');
    const before = await count();
    await clerk.open(page(signed.number));
    assert.equal(
      (await clerk.post(`${page(signed.number)}/duplicate`, { duplicateGround: 'lost', key: KEY() }))
        .statusCode,
      403,
    );
    await otherHead.open('/kk/staff/registry');
    assert.equal(
      (await otherHead.post(`${page(signed.number)}/duplicate`, { duplicateGround: 'lost', key: KEY() }))
        .statusCode,
      404,
    );
    await head.open(page(signed.number));
    const bad = await head.post(`${page(signed.number)}/duplicate`, {
      duplicateGround: 'stolen',
      key: KEY(),
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(pageText(bad.body).includes(translate('kk', 'docpage.error.ground.required')));
    // Without the CSRF token nothing is done.
    assert.equal(
      (
        await head.post(
          `${page(signed.number)}/duplicate`,
          { duplicateGround: 'lost', key: KEY() },
          { csrf: null },
        )
      ).statusCode,
      403,
    );
    assert.equal(await count(), before);
    assert.equal((await findIssuedDocument(db(), signed.number))!.status, 'valid');

    await db().transaction((tx) =>
      setIssuedDocumentStatus(tx, signed.number, { status: 'superseded', successorNumber: null }, new Date()),
    );
    await head.open(page(signed.number));
    const superseded = await head.post(`${page(signed.number)}/duplicate`, {
      duplicateGround: 'damaged',
      key: KEY(),
    });
    assert.equal(superseded.statusCode, 409);
    assert.equal(await count(), before);
    assert.ok(
      !(await head.get(page(signed.number))).body.includes('/duplicate"'),
      'no acts on a superseded one',
    );
  });

  it('an erroneous certificate reissued corrected; the old replaced as erroneous; nothing-corrected refused', async () => {
    const signed = await signedCase(t.deps, astana, 'missionary');
    const old = (await findIssuedDocument(db(), signed.number))!;
    await head.open(page(signed.number));
    const same = await head.post(`${page(signed.number)}/reissue`, {
      holder: old.holder,
      territory: old.territory,
      key: KEY(),
    });
    assert.equal(same.statusCode, 400);
    assert.ok(pageText(same.body).includes(translate('kk', 'docpage.error.holder.unchanged')));
    const empty = await head.post(`${page(signed.number)}/reissue`, {
      holder: ' ',
      territory: 'X',
      key: KEY(),
    });
    assert.equal(empty.statusCode, 400);
    assert.ok(pageText(empty.body).includes(translate('kk', 'docpage.error.holder.required')));
    assert.ok(empty.body.includes('value="X"'), 'the values typed are kept');

    const territory = `${old.territory}, Сарыарқа ауданы`;
    const r = await head.post(`${page(signed.number)}/reissue`, {
      holder: old.holder,
      territory,
      key: KEY(),
    });
    assert.equal(r.statusCode, 303, r.body);
    const newNumber = decodeURIComponent(String(r.headers.location).replace('/kk/staff/documents/', ''));
    const fresh = (await findIssuedDocument(db(), newNumber))!;
    const before = (await findIssuedDocument(db(), signed.number))!;
    assert.equal(fresh.territory, territory);
    assert.equal(fresh.duplicateOf, null);
    assert.equal(before.status, 'replaced');
    assert.equal(before.statusReason, 'erroneous');
    assert.equal(before.successorNumber, newNumber);
    const shown = pageText((await head.get(page(signed.number, 'en'))).body);
    assert.ok(shown.includes(translate('en', 'docpage.reason.erroneous')));
    const check = await t.app.inject({ method: 'GET', url: `/en/check/${signed.number}` });
    assert.equal(checkStatus(check.body), translate('en', 'check.status.replaced'));
    const [event] = await queryRows<{ kind: string; data: { corrected: string[] } }>(
      db(),
      sql`select kind, data from registration_events where document_number = ${signed.number}`,
    );
    assert.equal(event!.kind, 'reissued');
    assert.deepEqual(event!.data.corrected, ['territory']);
  });

  it("a group's registration annulled by a court decision: shown at once by the check; not twice", async () => {
    const signed = await signedCase(t.deps, astana, 'group');
    const url = `${page(signed.number)}/annul`;
    await head.open(page(signed.number));
    const bad = await head.post(url, {
      ground: 'court_decision',
      reason: 'registering_body_decision',
      decisionNumber: '',
      decisionDate: '2999-01-01',
      key: KEY(),
    });
    assert.equal(bad.statusCode, 400);
    const text = pageText(bad.body);
    for (const k of ['docpage.error.reason.ground_mismatch', 'docpage.error.decisionNumber.required'])
      assert.ok(text.includes(translate('kk', k as MessageKey)), k);
    const future = await head.post(url, {
      ground: 'court_decision',
      reason: 'court_decision',
      decisionNumber: '2-1234/2026',
      decisionDate: '2999-01-01',
      key: KEY(),
    });
    assert.equal(future.statusCode, 400);
    assert.ok(pageText(future.body).includes(translate('kk', 'docpage.error.decisionDate.in_future')));
    assert.equal((await findIssuedDocument(db(), signed.number))!.status, 'valid');

    const r = await head.post(url, {
      ground: 'court_decision',
      reason: 'court_decision',
      decisionNumber: '2-1234/2026',
      decisionDate: '2026-01-15',
      key: KEY(),
    });
    assert.equal(r.statusCode, 303, r.body);
    const check = await t.app.inject({ method: 'GET', url: `/kk/check/${signed.number}` });
    assert.equal(checkStatus(check.body), translate('kk', 'check.status.annulled'));
    assert.ok(pageText(check.body).includes(translate('kk', 'check.reason.court_decision')));
    assert.ok(!check.body.includes('2-1234/2026'), "the decision's number is not public");
    const [event] = await queryRows<{ kind: string; reason: string; data: Record<string, string> }>(
      db(),
      sql`select kind, reason, data from registration_events where document_number = ${signed.number}`,
    );
    assert.deepEqual(
      [event!.kind, event!.reason, event!.data],
      [
        'annulled',
        'court_decision',
        { ground: 'court_decision', decisionNumber: '2-1234/2026', decisionDate: '2026-01-15' },
      ],
    );
    const audit = await queryRows<{ data: unknown }>(
      db(),
      sql`select data from audit_events where action = 'registry.registration_annulled' and record_id = ${signed.number}`,
    );
    assert.deepEqual(audit[0]!.data, { reason: 'court_decision', ground: 'court_decision' });

    await head.open(page(signed.number));
    const twice = await head.post(url, {
      ground: 'office_decision',
      reason: 'activity_ended',
      decisionNumber: '15',
      decisionDate: '2026-01-16',
      key: KEY(),
    });
    assert.equal(twice.statusCode, 409);
    assert.equal((await findIssuedDocument(db(), signed.number))!.statusReason, 'court_decision');
  });
});
