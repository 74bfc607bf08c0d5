// §24 copies, §21/§25 answer letters, printed talons and the retention purge of complaints, on both
// engines: a complaint without a case carries the scan of the applicant's copy (checked by content
// and size like the §11 scans; refused without it, with nothing typed lost), at the counter and
// online; staff who may see the complaint download it (access-logged), others cannot; the answer
// letter downloads as a PDF in the complaint's language with every value; each talon or letter print
// is recorded as `document.printed` (the second one a reprint); the portal links to the complaint
// form from every page; and after the retention term the complainant's data and the copy are purged while the
// register keeps its non-personal record.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { newIdempotencyKey } from '../helpers/applications.js';
import { complaintWorld, refusedCase, type World } from '../helpers/complaints.js';
import { FormClient, pageText, signedInClient } from '../helpers/form-client.js';
import { PASSWORD } from '../helpers/seed.js';
import { SENTINELS } from '../helpers/personal-data.js';
import {
  registerComplaint,
  type RegisterComplaintInput,
} from '../../src/app/complaints/register-complaint.js';
import { fileOnlineComplaint } from '../../src/app/complaints/online-complaint.js';
import { answerComplaint, deliverAnswer } from '../../src/app/complaints/work-complaint.js';
import { readComplaint, readComplaintScan } from '../../src/app/complaints/read-complaints.js';
import { DomainError } from '../../src/app/errors.js';
import { findAccount } from '../../src/db/accounts-store.js';
import { complaintScanMeta, findComplaint } from '../../src/db/complaints-store.js';
import { verifyChains } from '../../src/db/audit-trail.js';
import { queryRows } from '../../src/db/database.js';
import { runRetention } from '../../src/jobs/retention.js';
import { pdfText } from '../../src/documents/pdf-test-helper.js';
import { REPRINT_MARK } from '../../src/documents/index.js';
import { legalDate } from '../../src/documents/render/legal-words.js';
import { plainDateAt, type PlainDate } from '../../src/domain/time/plain-date.js';
import { translate, type Lang } from '../../src/i18n/i18n.js';

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/scans/${name}`, import.meta.url));
const PDF = fixture('page.pdf');
const PNG = fixture('page.png');
/** A Windows program named as a PDF: refused by its content. */
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200, 1)]);
const origin = { ip: null, requestId: 'test' };
const SURNAME = 'Сентинелов';
const formKey = (html: string) => /name="key" value="([^"]+)"/.exec(html)?.[1] ?? '';

function input(over: Partial<RegisterComplaintInput> = {}): RegisterComplaintInput {
  return {
    kind: 'service',
    addressee: 'office_head',
    channel: 'post',
    language: 'ru',
    surname: SURNAME,
    name: 'Ерлан',
    patronymic: 'Маратович',
    address: 'Астана, Абай даңғылы, 1, 5',
    phone: '+7 701 000 00 00',
    text: 'Мне не объяснили причину отказа в приёме документов.',
    caseCode: '',
    copyScan: { fileName: 'копия заявления.pdf', bytes: PDF, tooLarge: false },
    officeCode: '',
    ticket: '',
    idempotencyKey: newIdempotencyKey(),
    ...over,
  };
}

async function refused(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof DomainError, String(e));
    return e;
  }
  assert.fail('expected a refusal');
}

describeEachDatabase('complaint copies, answer letters, prints and retention (§20–25)', (get) => {
  let t: TestApp;
  let w: World;
  let other: World;
  const count = async () =>
    (await queryRows<{ n: number }>(get().database.db, sql`select count(*)::int as n from complaints`))[0]!.n;

  before(async () => {
    t = await buildTestApp(get().database, { SCAN_MAX_BYTES: String(64 * 1024) });
    w = await complaintWorld(t.deps, '71');
    other = await complaintWorld(t.deps, '35');
  });
  after(() => t.close());

  it('§24: without a case the copy is required and checked by content and size; nothing is registered when refused', async () => {
    const n = await count();
    const records = w.office.staff.records;
    const none = await refused(registerComplaint(t.deps, records, origin, input({ copyScan: null })));
    assert.deepEqual(none.fields, { caseCode: 'case_or_copy' });
    const exe = await refused(
      registerComplaint(
        t.deps,
        records,
        origin,
        input({ copyScan: { fileName: 'a.pdf', bytes: EXE, tooLarge: false } }),
      ),
    );
    assert.deepEqual(exe.fields, { copyScan: 'file_type_not_allowed' });
    const cut = await refused(
      registerComplaint(
        t.deps,
        records,
        origin,
        input({ copyScan: { fileName: 'a.pdf', bytes: PDF.subarray(0, 200), tooLarge: false } }),
      ),
    );
    assert.deepEqual(cut.fields, { copyScan: 'file_damaged' });
    const big = await refused(
      registerComplaint(
        t.deps,
        records,
        origin,
        input({ copyScan: { fileName: 'a.pdf', bytes: PDF, tooLarge: true } }),
      ),
    );
    assert.deepEqual(big.fields, { copyScan: 'file_too_large' });
    const empty = await refused(
      registerComplaint(
        t.deps,
        records,
        origin,
        input({ copyScan: { fileName: 'a.pdf', bytes: Buffer.alloc(0), tooLarge: false } }),
      ),
    );
    assert.deepEqual(empty.fields, { copyScan: 'file_empty' });
    assert.equal(await count(), n);
  });

  it('§24: the copy is stored with the complaint; staff who may see it download it (access-logged), others cannot', async () => {
    const r = await registerComplaint(
      t.deps,
      w.office.staff.records,
      origin,
      input({ copyScan: { fileName: 'C:\\scans\\копия.png', bytes: PNG, tooLarge: false } }),
    );
    const db = get().database.db;
    const row = await findComplaint(db, r.id);
    assert.equal(row!.copyAttached, true);
    assert.equal(row!.caseId, null);
    const meta = await complaintScanMeta(db, r.id);
    assert.equal(meta!.mediaType, 'image/png');
    assert.equal(meta!.fileName, 'копия.png');
    assert.equal(meta!.byteSize, PNG.length);
    assert.equal(meta!.purged, false);
    // The head of the office (who handles it) reads it; the file comes back byte for byte.
    const file = await readComplaintScan(t.deps, w.office.staff.head, origin, r.id);
    assert.ok(file.content.equals(PNG));
    const reads = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from access_log where record_type = 'complaint_scan' and record_id = ${meta!.id}`,
    );
    assert.equal(reads[0]!.n, 1);
    // Another office's staff are told nothing exists.
    assert.equal(
      (await refused(readComplaintScan(t.deps, other.office.staff.head, origin, r.id))).code,
      'NOT_FOUND',
    );
    // The audit record names the copy's row only: no file name, no complainant.
    const audit = await queryRows<{ data: unknown }>(
      db,
      sql`select data from audit_events where action = 'complaint.registered' and record_id = ${r.id}`,
    );
    assert.equal((audit[0]!.data as { copyScanId: string }).copyScanId, meta!.id);
    assert.doesNotMatch(JSON.stringify(audit), /копия|Сентинелов/);
    // A complaint with a case carries no copy: its download is "not found".
    const c = await refusedCase(t.deps, w.office);
    const withCase = await registerComplaint(
      t.deps,
      w.office.staff.records,
      origin,
      input({ kind: 'result', caseCode: c.trackingCode, copyScan: null }),
    );
    assert.equal(
      (await refused(readComplaintScan(t.deps, w.office.staff.head, origin, withCase.id))).code,
      'NOT_FOUND',
    );
  });

  it('staff form in kk, ru, en: a refused copy or a missing one comes back localized with the text kept; the copy downloads', async () => {
    for (const lang of ['kk', 'ru', 'en'] as Lang[]) {
      const c = await signedInClient(t.app, w.office.staff.records.login, PASSWORD, lang);
      const page = await c.open(`/${lang}/staff/complaints/new`);
      assert.match(page.body, /enctype="multipart\/form-data"/);
      assert.match(page.body, /type="file"[^>]*name="copyScan"|name="copyScan"[^>]*type="file"/);
      const fields = {
        key: formKey(page.body),
        channel: 'hand',
        kind: 'service',
        addressee: 'office_head',
        language: 'kk',
        surname: SURNAME,
        name: 'Асқар',
        patronymic: '',
        address: '',
        phone: '',
        text: 'Жоғалмауы тиіс мәтін',
        caseCode: '',
        ticket: '',
      };
      const missing = await c.postMultipart(`/${lang}/staff/complaints/new`, fields, []);
      assert.equal(missing.statusCode, 400);
      assert.ok(pageText(missing.body).includes(translate(lang, 'complaint.err.case_or_copy')), lang);
      assert.match(missing.body, /Жоғалмауы тиіс мәтін/);
      const bad = await c.postMultipart(`/${lang}/staff/complaints/new`, fields, [
        { name: 'copyScan', fileName: 'copy.pdf', bytes: EXE },
      ]);
      assert.equal(bad.statusCode, 400);
      const text = pageText(bad.body);
      assert.ok(text.includes(translate(lang, 'field.file_type_not_allowed')), lang);
      assert.ok(text.includes(translate(lang, 'complaint.f.copyScan')), lang);
      assert.ok(text.includes(translate(lang, 'scans.choose_again')), lang);
      assert.match(bad.body, /Жоғалмауы тиіс мәтін/);
      assert.match(bad.body, new RegExp(`value="${SURNAME}"`));
      const ok = await c.postMultipart(`/${lang}/staff/complaints/new`, fields, [
        { name: 'copyScan', fileName: 'copy.pdf', bytes: PDF },
      ]);
      assert.equal(ok.statusCode, 303, ok.body);
      const detail = await c.open(String(ok.headers.location));
      assert.ok(pageText(detail.body).includes(translate(lang, 'complaint.d.copy_scan')));
      const link = /id="copy-scan-link"|href="([^"]+\/copy-scan)"/.exec(detail.body);
      assert.ok(link);
      const id = /\/staff\/complaints\/([0-9a-f-]{36})/.exec(String(ok.headers.location))![1]!;
      const got = await c.get(`/${lang}/staff/complaints/${id}/copy-scan`);
      assert.equal(got.statusCode, 200);
      assert.equal(got.headers['content-type'], 'application/pdf');
      assert.match(String(got.headers['content-disposition']), /^attachment;/);
      assert.ok(got.rawPayload.equals(PDF));
    }
    // Another office's records: not found.
    const theirs = await signedInClient(t.app, other.office.staff.records.login, PASSWORD, 'kk');
    const mine = await queryRows<{ id: string }>(
      get().database.db,
      sql`select complaint_id as id from complaint_scans limit 1`,
    );
    assert.equal((await theirs.get(`/kk/staff/complaints/${mine[0]!.id}/copy-scan`)).statusCode, 404);
  });

  it('online without a case: the office and the copy instead; refused without them, localized, in kk, ru, en', async () => {
    for (const lang of ['kk', 'ru', 'en'] as Lang[]) {
      const c = new FormClient(t.app);
      const page = await c.open(`/${lang}/complaints?office=${w.office.code}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /enctype="multipart\/form-data"/);
      assert.match(page.body, new RegExp(`name="officeCode" type="text" value="${w.office.code}"`));
      const fields = {
        trackingCode: '',
        accessCode: '',
        documentNumber: '',
        kind: 'service',
        addressee: 'office_head',
        language: 'ru',
        surname: SURNAME,
        name: 'Ерлан',
        patronymic: '',
        address: '',
        phone: '',
        officeCode: w.office.code,
        text: 'Текст, который нельзя потерять',
      };
      const none = await c.postMultipart(`/${lang}/complaints`, fields, []);
      assert.equal(none.statusCode, 400);
      assert.ok(pageText(none.body).includes(translate(lang, 'complaint.err.case_or_copy')), lang);
      assert.match(none.body, /Текст, который нельзя потерять/);
      await c.open(`/${lang}/complaints`);
      const noOffice = await c.postMultipart(`/${lang}/complaints`, { ...fields, officeCode: '' }, [
        { name: 'copyScan', fileName: 'copy.pdf', bytes: PDF },
      ]);
      assert.equal(noOffice.statusCode, 400);
      assert.ok(pageText(noOffice.body).includes(translate(lang, 'complaint.err.required')), lang);
      await c.open(`/${lang}/complaints`);
      const bad = await c.postMultipart(`/${lang}/complaints`, fields, [
        { name: 'copyScan', fileName: 'copy.pdf', bytes: EXE },
      ]);
      assert.equal(bad.statusCode, 400);
      assert.ok(pageText(bad.body).includes(translate(lang, 'field.file_type_not_allowed')), lang);
      await c.open(`/${lang}/complaints`);
      const filed = await c.postMultipart(`/${lang}/complaints`, fields, [
        { name: 'copyScan', fileName: 'copy.pdf', bytes: PDF },
      ]);
      assert.equal(filed.statusCode, 200, filed.body.slice(0, 500));
      const tracking = /id="filed-tracking">([^<]+)</.exec(filed.body)![1]!;
      const row = (
        await queryRows<{ id: string; office_id: string; case_id: string | null; copy_attached: boolean }>(
          get().database.db,
          sql`select id, office_id, case_id, copy_attached from complaints where tracking_code = ${tracking}`,
        )
      )[0]!;
      assert.equal(row.office_id, w.office.id);
      assert.equal(row.case_id, null);
      assert.equal(row.copy_attached, true);
      const file = await readComplaintScan(t.deps, w.office.staff.head, origin, row.id);
      assert.ok(file.content.equals(PDF));
    }
    // An anonymous multipart post without the form's cookie is refused before it is read.
    const stranger = new FormClient(t.app);
    const res = await stranger.postMultipart('/kk/complaints', { text: 'x' }, [
      { name: 'copyScan', fileName: 'copy.pdf', bytes: PDF },
    ]);
    assert.notEqual(res.statusCode, 200);
    // With a case the copy is not needed online (the case proves the application, §24).
    const c = await refusedCase(t.deps, w.office);
    const r = await fileOnlineComplaint(t.deps, origin, newIdempotencyKey() + newIdempotencyKey(), {
      trackingCode: c.trackingCode,
      accessCode: '',
      documentNumber: SENTINELS.passport,
      kind: 'result',
      addressee: 'office_head',
      language: 'kk',
      surname: SURNAME,
      name: 'Ерлан',
      patronymic: '',
      address: '',
      phone: '',
      text: 'Қайта қарауды сұраймын.',
      officeCode: '',
      copyScan: null,
    });
    assert.equal((await findComplaint(get().database.db, r.id))!.caseId, c.caseId);
  });

  it('the answer letter downloads as a PDF in kk and ru with every value; talon and letter prints are recorded, the second a reprint', async () => {
    for (const language of ['kk', 'ru'] as const) {
      const c = await refusedCase(t.deps, w.office);
      const r = await registerComplaint(
        t.deps,
        w.office.staff.records,
        origin,
        input({ language, kind: 'result', caseCode: c.trackingCode, copyScan: null }),
      );
      const reasons =
        language === 'kk'
          ? 'Құжаттар толық ұсынылғаны расталды.'
          : 'Подтверждено, что документы были представлены полностью.';
      const a = await answerComplaint(t.deps, w.office.staff.head, origin, r.id, {
        outcome: 'upheld',
        reasons,
        consequence: 'reopen',
        version: 0,
        idempotencyKey: newIdempotencyKey(),
      });
      const records = await signedInClient(t.app, w.office.staff.records.login, PASSWORD, 'en');
      const page = await records.open(`/en/staff/complaints/${r.id}`);
      assert.match(page.body, /id="answer-pdf"/);
      const res = await records.get(`/en/staff/complaints/${r.id}/answer.pdf`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/pdf');
      const text = pdfText(res.rawPayload);
      const head = (await findAccount(get().database.db, w.office.staff.head.accountId))!.displayName;
      const row = (await findComplaint(get().database.db, r.id))!;
      const office = (await readComplaint(t.deps, w.office.staff.head, origin, r.id)).handler;
      for (const v of [
        a.outgoingNumber,
        legalDate(row.answeredOn as PlainDate, language),
        `${SURNAME} Ерлан Маратович`,
        'Астана, Абай даңғылы, 1, 5',
        r.incomingNumber,
        legalDate(row.registeredOn as PlainDate, language),
        c.trackingCode,
        language === 'kk' ? 'шағым қанағаттандырылды' : 'жалоба удовлетворена',
        reasons,
        language === 'kk'
          ? 'сотқа шағымдануға құқылысыз (стандарттың 23-тармағы)'
          : 'вправе обратиться в суд',
        language === 'kk' ? 'басшысы' : 'Руководитель',
        head,
        office.nameKk,
      ])
        assert.ok(text.includes(v), `${language}: ${v}`);
      // Printed again: a reprint, marked as one.
      const again = await records.get(`/en/staff/complaints/${r.id}/answer.pdf`);
      assert.ok(pdfText(again.rawPayload).includes(REPRINT_MARK[language]));
      await records.get(`/en/staff/complaints/${r.id}/talon.pdf`);
      const talon2 = await records.get(`/en/staff/complaints/${r.id}/talon.pdf`);
      assert.ok(pdfText(talon2.rawPayload).includes(REPRINT_MARK[language]));
      const prints = await queryRows<{ document: string; subject: string; copy: string; case_id: string }>(
        get().database.db,
        sql`select document, subject, copy, case_id from document_prints
              where subject in (${a.outgoingNumber}, ${r.incomingNumber}) order by id`,
      );
      assert.deepEqual(
        prints.map((p) => [p.document, p.subject, p.copy, p.case_id]),
        [
          ['complaint_answer', a.outgoingNumber, 'original', c.caseId],
          ['complaint_answer', a.outgoingNumber, 'reprint', c.caseId],
          ['talon', r.incomingNumber, 'original', c.caseId],
          ['talon', r.incomingNumber, 'reprint', c.caseId],
        ],
      );
      const audited = await queryRows<{ n: number }>(
        get().database.db,
        sql`select count(*)::int as n from audit_events e join document_prints p on e.record_id = p.id::text
              where e.action = 'document.printed' and e.record_type = 'document_print'
                and p.subject in (${a.outgoingNumber}, ${r.incomingNumber})`,
      );
      assert.equal(audited[0]!.n, 4);
    }
    // Before the answer there is no letter.
    const open = await registerComplaint(t.deps, w.office.staff.records, origin, input());
    const records = await signedInClient(t.app, w.office.staff.records.login, PASSWORD, 'kk');
    assert.doesNotMatch((await records.open(`/kk/staff/complaints/${open.id}`)).body, /id="answer-pdf"/);
    assert.equal((await records.get(`/kk/staff/complaints/${open.id}/answer.pdf`)).statusCode, 404);
  });

  it('the portal links to the complaint form in kk, ru, en from the menu of every page', async () => {
    for (const lang of ['kk', 'ru', 'en'] as Lang[]) {
      const c = new FormClient(t.app);
      for (const path of ['/', '/guide', '/offices', '/track'])
        assert.ok(
          (await c.get(`/${lang}${path}`)).body.includes(
            `<a href="/${lang}/complaints">${translate(lang, 'complaint.public.nav')}</a>`,
          ),
          `${lang}${path}`,
        );
    }
    // Each office's page links there with the office filled in (test/http/offices.test.ts).
  });

  // Last: the purge runs with the clock six years ahead, over everything this suite made.
  it('retention: after the term a delivered complaint loses its complainant and copy; the register keeps its record', async () => {
    const db = get().database.db;
    const r = await registerComplaint(t.deps, w.office.staff.records, origin, input());
    const open = await registerComplaint(t.deps, w.office.staff.records, origin, input());
    const { version } = await answerComplaint(t.deps, w.office.staff.head, origin, r.id, {
      outcome: 'partly',
      reasons: `${SURNAME}у разъяснён порядок.`,
      consequence: 'none',
      version: 0,
      idempotencyKey: newIdempotencyKey(),
    });
    await deliverAnswer(t.deps, w.office.staff.records, origin, r.id, {
      how: 'post',
      on: plainDateAt(t.deps.now(), 'Asia/Almaty'),
      proof: 'RR123456785KZ',
      version,
      idempotencyKey: newIdempotencyKey(),
    });
    const beforeRow = (await findComplaint(db, r.id))!;
    // Within the term nothing is purged.
    const soon = await runRetention(get().database, new Date(t.deps.now().getTime() + 365 * 86_400_000));
    assert.equal(soon.find((x) => x.recordType === 'complaint')!.count, 0);
    assert.equal((await findComplaint(db, r.id))!.surname, SURNAME);
    const later = new Date(t.deps.now().getTime() + 6 * 365 * 86_400_000);
    const report = await runRetention(get().database, later);
    assert.ok(report.find((x) => x.recordType === 'complaint')!.count >= 1);
    const row = (await findComplaint(db, r.id))!;
    for (const f of [
      'surname',
      'name',
      'patronymic',
      'address',
      'phone',
      'body',
      'reasons',
      'deliveryProof',
    ] as const)
      assert.equal(row[f], null, f);
    // The register's non-personal record stays for the indicators.
    for (const f of [
      'incomingNumber',
      'trackingCode',
      'registeredOn',
      'dueOn',
      'kind',
      'addressee',
      'channel',
      'state',
      'outcome',
      'consequence',
      'outgoingNumber',
      'answeredOn',
      'deliveredOn',
      'copyAttached',
    ] as const)
      assert.deepEqual(row[f], beforeRow[f], f);
    const meta = (await complaintScanMeta(db, r.id))!;
    assert.equal(meta.purged, true);
    assert.equal(meta.fileName, '');
    assert.equal(meta.byteSize, PDF.length);
    assert.equal(
      (await refused(readComplaintScan(t.deps, w.office.staff.head, origin, r.id))).code,
      'NOT_FOUND',
    );
    // The open complaint keeps everything; the purge is audited and no chain breaks.
    const kept = (await findComplaint(db, open.id))!;
    assert.equal(kept.surname, SURNAME);
    assert.equal((await complaintScanMeta(db, open.id))!.purged, false);
    const audited = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_events where action = 'retention.purged' and record_id = 'complaint'`,
    );
    assert.equal(audited[0]!.n, 1);
    assert.deepEqual((await verifyChains(db)).problems, []);
    // The page of a purged complaint still opens, without the complainant or a letter to print.
    const records = await signedInClient(t.app, w.office.staff.records.login, PASSWORD, 'kk');
    const page = await records.open(`/kk/staff/complaints/${r.id}`);
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, new RegExp(SURNAME));
    assert.doesNotMatch(page.body, /id="answer-pdf"/);
    assert.ok(pageText(page.body).includes(translate('kk', 'complaint.d.copy_purged')));
  });
});
