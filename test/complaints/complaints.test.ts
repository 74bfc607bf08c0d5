// §20–25 through the use-cases, on both engines: registration with per-field refusals (bad input as
// deliberately as good), the incoming number and due day, routing to the akimat (§21), assignment,
// the answer as an outgoing letter, delivery, consequences on the case (reopen with a new term,
// annulment), a court decision (§23), the 4.1 answer, overdue with the clock moved ahead, and access
// refused across offices and roles.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { newIdempotencyKey } from '../helpers/applications.js';
import { complaintWorld, refusedCase, actorFor, type World } from '../helpers/complaints.js';
import { signedCase } from '../helpers/signed-cases.js';
import { SENTINELS } from '../helpers/personal-data.js';
import {
  fileOnlineComplaint,
  findComplaintForComplainant,
  type OnlineComplaintInput,
} from '../../src/app/complaints/online-complaint.js';
import {
  registerComplaint,
  type RegisterComplaintInput,
} from '../../src/app/complaints/register-complaint.js';
import {
  answerComplaint,
  assignComplaint,
  deliverAnswer,
  recordCourtDecision,
} from '../../src/app/complaints/work-complaint.js';
import { complaintWorklist, readComplaint } from '../../src/app/complaints/read-complaints.js';
import { answerComplaintSurvey, complaintSatisfaction } from '../../src/app/complaints/complaint-survey.js';
import { DomainError } from '../../src/app/errors.js';
import { readRegistrant } from '../../src/app/registry/read-registrant.js';
import { findCase } from '../../src/db/case-store.js';
import { findComplaint } from '../../src/db/complaints-store.js';
import { queryRows } from '../../src/db/database.js';
import { findIssuedDocument } from '../../src/db/issued-documents-store.js';
import { builtInCalendar } from '../../src/domain/calendar/index.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';

// A complainant's surname that no log may contain (the log scan looks for the sentinels' word).
const SURNAME = 'Сентинелов';
const origin = { ip: null, requestId: 'test' };
const DAY = 24 * 3600 * 1000;
const PDF = fs.readFileSync(new URL('../fixtures/scans/page.pdf', import.meta.url));
/** §24: the scan of the applicant's copy, as a form posts it. */
const COPY = { fileName: 'копия заявления.pdf', bytes: PDF, tooLarge: false };

function input(over: Partial<RegisterComplaintInput> = {}): RegisterComplaintInput {
  return {
    kind: 'service',
    addressee: 'office_head',
    channel: 'hand',
    language: 'kk',
    surname: SURNAME,
    name: 'Асқар',
    patronymic: '',
    address: 'Астана қ., Абай даңғылы, 1',
    phone: '+7 701 000 00 00',
    text: 'Маған қызметкер дөрекі сөйледі.',
    caseCode: '',
    copyScan: COPY,
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

describeEachDatabase('complaints (§20–25)', (get) => {
  let t: TestApp;
  let w: World;
  let other: World;

  before(async () => {
    t = await buildTestApp(get().database);
    w = await complaintWorld(t.deps, '71');
    other = await complaintWorld(t.deps, '35');
  });
  after(() => t.close());

  it('refuses bad input field by field and registers nothing', async () => {
    const e = await refused(
      registerComplaint(t.deps, w.office.staff.records, origin, {
        ...input(),
        kind: 'nonsense',
        addressee: '',
        channel: 'post',
        language: 'en',
        surname: ' ',
        name: 'x'.repeat(101),
        address: '',
        phone: 'call me',
        text: '   ',
        caseCode: 'NOT-A-CODE',
        copyScan: null,
        ticket: 'A001',
      }),
    );
    assert.equal(e.code, 'VALIDATION_FAILED');
    assert.deepEqual(
      Object.keys(e.fields).sort(),
      [
        'addressee',
        'address',
        'caseCode',
        'kind',
        'language',
        'name',
        'phone',
        'surname',
        'text',
        'ticket',
      ].sort(),
    );
    assert.equal(e.fields.caseCode, 'tracking_code');
    assert.equal(e.fields.address, 'required');
    // Neither a case code nor the copy (§24).
    const e2 = await refused(
      registerComplaint(t.deps, w.office.staff.records, origin, input({ copyScan: null })),
    );
    assert.deepEqual(e2.fields, { caseCode: 'case_or_copy' });
    // Another office's case is not found for this office.
    const theirs = await refusedCase(t.deps, other.office);
    const e3 = await refused(
      registerComplaint(t.deps, w.office.staff.records, origin, input({ caseCode: theirs.trackingCode })),
    );
    assert.deepEqual(e3.fields, { caseCode: 'case_not_found' });
    const [n] = await queryRows<{ n: number }>(
      get().database.db,
      sql`select count(*)::int as n from complaints`,
    );
    assert.equal(Number(n!.n), 0);
  });

  it('only the records services register; office staff of other roles are refused', async () => {
    for (const who of ['clerk', 'officer', 'head'] as const) {
      const e = await refused(registerComplaint(t.deps, w.office.staff[who], origin, input()));
      assert.equal(e.code, 'FORBIDDEN', who);
    }
    const e = await refused(
      registerComplaint(t.deps, w.akimat.staff.head, origin, input({ officeCode: w.office.code })),
    );
    assert.equal(e.code, 'FORBIDDEN');
  });

  it('registers by hand: incoming number of the office, tracking code, due day of the law in force', async () => {
    const r = await registerComplaint(t.deps, w.office.staff.records, origin, input());
    const year = new Date(t.deps.now()).getUTCFullYear();
    assert.match(r.incomingNumber, new RegExp(`^${w.office.code}/${year}/\\d{4}$`));
    assert.match(r.trackingCode, /^[0-9A-Z]{10}$/);
    assert.ok(!('accessCode' in r));
    const today = plainDateAt(t.deps.now(), 'Asia/Almaty');
    // 5 working days (Law No. 88-V art. 25 as in force since 1 July 2021).
    assert.equal(r.dueOn, builtInCalendar().addWorkingDays(today, 5));
    const row = await findComplaint(get().database.db, r.id);
    assert.equal(row!.handledBy, w.office.id);
    assert.equal(row!.termId, 'law-88-V-with-appc');
    // A retry with the same key registers nothing new.
    const again = await registerComplaint(t.deps, w.office.staff.records, origin, {
      ...input(),
      idempotencyKey: 'x'.repeat(20),
    });
    const twice = await registerComplaint(t.deps, w.office.staff.records, origin, {
      ...input(),
      idempotencyKey: 'x'.repeat(20),
    });
    assert.equal(again.id, twice.id);
    // The audit event carries no personal data.
    const audit = await queryRows<{ data: unknown }>(
      get().database.db,
      sql`select data from audit_events where record_id = ${r.id}`,
    );
    assert.equal(audit.length, 1);
    assert.doesNotMatch(JSON.stringify(audit), new RegExp(SURNAME));
  });

  it('routes to the akimat head (§21); the akimat answers, the letter is its outgoing number, delivery stops the term', async () => {
    const r = await registerComplaint(
      t.deps,
      w.office.staff.records,
      origin,
      input({ addressee: 'akimat_head', kind: 'result', copyScan: COPY }),
    );
    const row = await findComplaint(get().database.db, r.id);
    assert.equal(row!.handledBy, w.akimat.id);
    assert.equal(row!.registeredIn, w.office.id);
    // The office head may not answer what is addressed to the akimat; another akimat cannot see it.
    const e1 = await refused(
      answerComplaint(t.deps, w.office.staff.head, origin, r.id, {
        outcome: 'rejected',
        reasons: 'x',
        consequence: 'none',
        version: 0,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    assert.equal(e1.code, 'NOT_FOUND');
    const e2 = await refused(readComplaint(t.deps, other.akimat.staff.head, origin, r.id));
    assert.equal(e2.code, 'NOT_FOUND');
    // Akimat records may not decide; the head assigns and decides.
    const e3 = await refused(
      answerComplaint(t.deps, w.akimat.staff.records, origin, r.id, {
        outcome: 'rejected',
        reasons: 'x',
        consequence: 'none',
        version: 0,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    assert.equal(e3.code, 'FORBIDDEN');
    const e4 = await refused(
      assignComplaint(t.deps, w.akimat.staff.head, origin, r.id, {
        accountId: w.office.staff.officer.accountId,
        version: 0,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    assert.deepEqual(e4.fields, { accountId: 'staff_unknown' });
    let v = (
      await assignComplaint(t.deps, w.akimat.staff.head, origin, r.id, {
        accountId: w.akimat.staff.records.accountId,
        version: 0,
        idempotencyKey: newIdempotencyKey(),
      })
    ).version;
    const bad = await refused(
      answerComplaint(t.deps, w.akimat.staff.head, origin, r.id, {
        outcome: 'maybe',
        reasons: ' ',
        consequence: 'reopen',
        version: v,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    assert.deepEqual(bad.fields, {
      outcome: 'choice',
      reasons: 'required',
      consequence: 'consequence_no_case',
    });
    const stale = await refused(
      answerComplaint(t.deps, w.akimat.staff.head, origin, r.id, {
        outcome: 'rejected',
        reasons: 'Негізсіз.',
        consequence: 'none',
        version: v - 1,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    assert.equal(stale.code, 'CASE_CHANGED');
    const a = await answerComplaint(t.deps, w.akimat.staff.head, origin, r.id, {
      outcome: 'rejected',
      reasons: 'Негізсіз.',
      consequence: 'none',
      version: v,
      idempotencyKey: newIdempotencyKey(),
    });
    v = a.version;
    assert.match(a.outgoingNumber, new RegExp(`^${w.akimat.code}/\\d{4}/0001$`));
    // Delivery: bad input refused per field.
    const today = plainDateAt(t.deps.now(), 'Asia/Almaty');
    const d1 = await refused(
      deliverAnswer(t.deps, w.akimat.staff.records, origin, r.id, {
        how: 'pigeon',
        on: '2999-01-01',
        proof: '',
        version: v,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    assert.deepEqual(d1.fields, { how: 'choice', on: 'in_future' });
    const d2 = await refused(
      deliverAnswer(t.deps, w.akimat.staff.records, origin, r.id, {
        how: 'post',
        on: today,
        proof: '',
        version: v,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    assert.deepEqual(d2.fields, { proof: 'required' });
    // The office's records, which registered it, record the delivery too.
    await deliverAnswer(t.deps, w.office.staff.records, origin, r.id, {
      how: 'post',
      on: today,
      proof: 'RR123456789KZ',
      version: v,
      idempotencyKey: newIdempotencyKey(),
    });
    const done = await findComplaint(get().database.db, r.id);
    assert.equal(done!.state, 'delivered');
    // The 4.1 question: once, 1–5, anonymous.
    const s1 = await refused(answerComplaintSurvey(t.deps, w.office.staff.records, origin, r.id, 6));
    assert.deepEqual(s1.fields, { score: 'choice' });
    await answerComplaintSurvey(t.deps, null, origin, r.id, 5);
    const s2 = await refused(answerComplaintSurvey(t.deps, null, origin, r.id, 4));
    assert.equal(s2.code, 'CONFLICT');
    const sat = await complaintSatisfaction(t.deps, w.office.id, '2000-01-01', '2999-12-31');
    assert.deepEqual(sat, { answers: 1, satisfied: 1, share: null });
    const cols = await queryRows<{ column_name: string }>(
      get().database.db,
      sql`select column_name from information_schema.columns where table_name = 'complaint_survey_answers'`,
    );
    assert.deepEqual(cols.map((c) => c.column_name).sort(), [
      'answered_on',
      'id',
      'organisation_id',
      'score',
    ]);
  });

  it('an upheld complaint about a refusal reopens the case for a new review with a new due day', async () => {
    const c = await refusedCase(t.deps, w.office);
    const before = await findCase(get().database.db, c.caseId);
    const r = await registerComplaint(
      t.deps,
      w.office.staff.records,
      origin,
      input({ kind: 'result', caseCode: c.trackingCode, copyScan: null }),
    );
    t.advance(2 * DAY);
    const a = await answerComplaint(t.deps, w.office.staff.head, origin, r.id, {
      outcome: 'upheld',
      reasons: 'Құжаттар толық болған.',
      consequence: 'reopen',
      version: 0,
      idempotencyKey: newIdempotencyKey(),
    });
    assert.ok(a.outgoingNumber);
    const after = await findCase(get().database.db, c.caseId);
    assert.equal(after!.state, 'under_review');
    assert.notEqual(after!.resultDue, before!.resultDue);
    const cal = builtInCalendar();
    const start = cal.addWorkingDays(plainDateAt(t.deps.now(), 'Asia/Almaty'), 0);
    assert.equal(after!.startDay, start);
    assert.equal(after!.resultDue, cal.addWorkingDays(start, 7));
    // Rejected + a consequence is refused.
    const r2 = await registerComplaint(
      t.deps,
      w.office.staff.records,
      origin,
      input({ kind: 'result', caseCode: c.trackingCode, copyScan: null }),
    );
    const e = await refused(
      answerComplaint(t.deps, w.office.staff.head, origin, r2.id, {
        outcome: 'rejected',
        reasons: 'x',
        consequence: 'reopen',
        version: 0,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    assert.deepEqual(e.fields, { consequence: 'consequence_rejected' });
    // Now under review: reopening again is refused by the state.
    const e2 = await refused(
      answerComplaint(t.deps, w.office.staff.head, origin, r2.id, {
        outcome: 'upheld',
        reasons: 'x',
        consequence: 'reopen',
        version: 0,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    assert.deepEqual(e2.fields, { consequence: 'consequence_reopen_state' });
  });

  it('a court decision (§23) annuls a registration', async () => {
    const s = await signedCase(t.deps, w.office, 'missionary');
    const row = await findCase(get().database.db, s.caseId);
    const r = await registerComplaint(
      t.deps,
      w.office.staff.records,
      origin,
      input({ kind: 'result', caseCode: row!.trackingCode, copyScan: null }),
    );
    const bad = await refused(
      recordCourtDecision(t.deps, w.office.staff.head, origin, r.id, {
        outcome: 'upheld',
        reference: '',
        on: 'yesterday',
        consequence: 'annul',
        version: 0,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    assert.deepEqual(bad.fields, { reference: 'required', on: 'date_invalid' });
    const e = await refused(
      recordCourtDecision(t.deps, w.office.staff.records, origin, r.id, {
        outcome: 'upheld',
        reference: 'x',
        on: '2020-01-01',
        consequence: 'annul',
        version: 0,
        idempotencyKey: newIdempotencyKey(),
      }),
    );
    assert.equal(e.code, 'FORBIDDEN');
    await recordCourtDecision(t.deps, w.office.staff.head, origin, r.id, {
      outcome: 'upheld',
      reference: 'Астана қ. МАӘС, № 2-100',
      on: plainDateAt(t.deps.now(), 'Asia/Almaty'),
      consequence: 'annul',
      version: 0,
      idempotencyKey: newIdempotencyKey(),
    });
    const doc = await findIssuedDocument(get().database.db, s.number);
    assert.equal(doc!.status, 'annulled');
    // The complaint joins the registry's history of the person (issue 9).
    const view = await readRegistrant(t.deps, w.office.staff.head, origin, doc!.registrantId!);
    assert.equal(view.visibility, 'full');
    if (view.visibility === 'full') assert.ok(view.complaints.some((c) => c.id === r.id));
  });

  it('every complaint has a due day and is overdue on the office and akimat worklists once it passes', async () => {
    const r = await registerComplaint(t.deps, w.office.staff.records, origin, input());
    const r2 = await registerComplaint(
      t.deps,
      w.office.staff.records,
      origin,
      input({ addressee: 'akimat_head' }),
    );
    let list = await complaintWorklist(t.deps, w.office.staff.records);
    assert.ok(list.items.some((i) => i.id === r.id && !i.overdue));
    t.advance(20 * DAY);
    list = await complaintWorklist(t.deps, w.office.staff.head);
    assert.ok(list.overdue.some((i) => i.id === r.id));
    const ak = await complaintWorklist(t.deps, w.akimat.staff.head);
    assert.ok(ak.overdue.some((i) => i.id === r2.id));
    assert.ok(ak.officesOverdue.some((i) => i.id === r.id));
    const theirs = await complaintWorklist(t.deps, other.akimat.staff.head);
    assert.ok(!theirs.items.some((i) => i.id === r.id || i.id === r2.id));
    assert.ok(!theirs.officesOverdue.some((i) => i.id === r.id));
    // A pass-bureau account has no complaints worklist.
    const bureau = await actorFor(t.deps, w.office.id, ['pass_bureau']);
    assert.equal((await refused(complaintWorklist(t.deps, bureau))).code, 'FORBIDDEN');
  });

  it('online: the case is attached from the codes that prove it, routed to the akimat, followed by its own codes', async () => {
    const c = await refusedCase(t.deps, w.office);
    const online = (over: Partial<OnlineComplaintInput> = {}): OnlineComplaintInput => ({
      trackingCode: c.trackingCode,
      accessCode: '',
      documentNumber: SENTINELS.passport,
      kind: 'result',
      addressee: 'akimat_head',
      language: 'ru',
      surname: SURNAME,
      name: 'Ерлан',
      patronymic: '',
      address: '',
      phone: '',
      text: 'Прошу пересмотреть отказ.',
      officeCode: '',
      copyScan: null,
      ...over,
    });
    const token = () => newIdempotencyKey() + newIdempotencyKey();
    // Bad input and wrong credentials, field by field; nothing registered.
    const e1 = await refused(
      fileOnlineComplaint(t.deps, origin, token(), online({ trackingCode: '', text: '', kind: 'x' })),
    );
    assert.deepEqual(e1.fields, { trackingCode: 'case_or_copy', text: 'required', kind: 'choice' });
    const e2 = await refused(
      fileOnlineComplaint(t.deps, origin, token(), online({ documentNumber: 'N00000000' })),
    );
    assert.deepEqual(e2.fields, { trackingCode: 'case_credentials' });
    const e3 = await refused(fileOnlineComplaint(t.deps, origin, token(), online({ documentNumber: '' })));
    assert.deepEqual(e3.fields, { accessCode: 'access_or_document' });
    const e4 = await refused(fileOnlineComplaint(t.deps, origin, 'short', online()));
    assert.equal(e4.code, 'VALIDATION_FAILED');
    const form = token();
    const r = await fileOnlineComplaint(t.deps, origin, form, online());
    // A double submit files one complaint and shows the same access code.
    const again = await fileOnlineComplaint(t.deps, origin, form, online());
    assert.equal(again.id, r.id);
    assert.equal(again.accessCode, r.accessCode);
    const row = await findComplaint(get().database.db, r.id);
    assert.equal(row!.registeredIn, w.akimat.id);
    assert.equal(row!.handledBy, w.akimat.id);
    assert.equal(row!.caseId, c.caseId);
    assert.equal(row!.channel, 'online');
    assert.equal(row!.registeredBy, null);
    assert.doesNotMatch(JSON.stringify(row), new RegExp(r.accessCode.replace(/-/g, '')));
    assert.match(r.incomingNumber, new RegExp(`^${w.akimat.code}/`));
    // Progress by the complaint's tracking code and access code; a wrong code tells nothing.
    assert.equal(
      await findComplaintForComplainant(t.deps, origin, {
        trackingCode: r.trackingCode,
        accessCode: 'A'.repeat(20),
      }),
      null,
    );
    assert.equal(
      await findComplaintForComplainant(t.deps, origin, {
        trackingCode: 'nonsense',
        accessCode: r.accessCode,
      }),
      null,
    );
    const p = await findComplaintForComplainant(t.deps, origin, {
      trackingCode: r.trackingCode,
      accessCode: r.accessCode.toLowerCase(),
    });
    assert.equal(p!.state, 'registered');
    assert.equal(p!.handler.code, w.akimat.code);
  });
});
