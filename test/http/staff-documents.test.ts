// The official documents printed as PDFs from the staff pages (domain.md §6): each from a real case
// taken through the forms, read back with pdftotext; printed only at the step that makes it; every
// print a document_prints row and an audit event; the second print marked as a reprint; the other
// official language and the English copy; another office's staff get nothing.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient, pageText, signedInClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { MISSIONARY_ITEMS, missionaryApplication } from '../helpers/applications.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { translate } from '../../src/i18n/i18n.js';
import { queryRows } from '../../src/db/database.js';
import { addDays, plainDateAt } from '../../src/domain/time/plain-date.js';
import { decodeQr, pdfText, renderFirstPage } from '../../src/documents/pdf-test-helper.js';
import { publicKeyFromText, REPRINT_MARK, UNOFFICIAL_MARK, verifySeal } from '../../src/documents/index.js';
import { mod11CheckDigit } from '../../src/domain/identifiers/mod11-check-digit.js';

/** An application input as the intake form's flat field paths (`applicant.identityDocument.number`). */
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

function actionForm(html: string, caseId: string, kind: string): string | null {
  const start = html.indexOf(`action="/kk/staff/cases/${caseId}/actions/${kind}"`);
  if (start < 0) return null;
  return html.slice(start, html.indexOf('</form>', start));
}

/** The missionary of missionaryApplication(): surname and name (no patronymic). */
const APPLICANT = `${SENTINELS.applicantName.split(' ')[0]} Иоганн`;
const GROUP = 'Көкшетау бауырластары';
const today = () => plainDateAt(new Date(), 'Asia/Almaty');
const pdfOf = (res: LightMyRequestResponse) => {
  assert.equal(res.statusCode, 200, res.body.slice(0, 300));
  assert.equal(res.headers['content-type'], 'application/pdf');
  assert.equal(res.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
  return pdfText(res.rawPayload);
};

interface PrintRow {
  id: number;
  case_id: string | null;
  document: string;
  subject: string;
  language: string;
  copy: string;
  printed_by: string;
}

describeEachDatabase('the official documents as PDFs from the staff pages', (get) => {
  let t: TestApp;
  const login: Record<string, string> = {};
  const accountId: Record<string, string> = {};
  let officeName: string;
  let strangerLogin: string;
  let supervisorLogin: string;
  before(async () => {
    t = await buildTestApp(get().database);
    const office = await seedOffice(t.deps, { regionCode: '71' });
    officeName = office.nameKk;
    for (const role of ['clerk', 'records', 'officer', 'head'] as const) {
      const a = await seedAccount(t.deps, office.id, [role]);
      login[role] = a.login;
      accountId[role] = a.id;
    }
    const other = await seedOffice(t.deps, { regionCode: '35' });
    strangerLogin = (await seedAccount(t.deps, other.id, ['clerk', 'records', 'officer', 'head'])).login;
    // A reader of the region's cases who does not print (§17).
    const neighbour = await seedOffice(t.deps, { regionCode: '71' });
    supervisorLogin = (await seedAccount(t.deps, neighbour.id, ['regional_supervisor'])).login;
  });
  after(() => t.close());

  const as = (role: string, lang = 'kk') => signedInClient(t.app, login[role] ?? role, PASSWORD, lang);
  const db = () => get().database.db;

  async function openCase(language: 'kk' | 'ru' = 'kk'): Promise<string> {
    const clerk = await as('clerk');
    const page = await clerk.open('/kk/staff/cases/new?kind=missionary-registration');
    const res = await clerk.post('/kk/staff/cases/new', {
      kind: 'missionary-registration',
      key: hidden(page.body, 'key')!,
      memberRows: hidden(page.body, 'memberRows')!,
      materialRows: hidden(page.body, 'materialRows')!,
      ...flat(missionaryApplication()),
      language,
      consent: 'on',
    });
    assert.equal(res.statusCode, 303, pageText(res.body).slice(0, 400));
    return /([0-9a-f-]{36})$/.exec(res.headers.location as string)![1]!;
  }

  async function act(
    client: FormClient,
    caseId: string,
    kind: string,
    fields: Record<string, string | string[]> = {},
  ) {
    const page = await client.open(`/kk/staff/cases/${caseId}`);
    const form = actionForm(page.body, caseId, kind);
    assert.ok(form, `the page offers ${kind}`);
    const res = await client.post(`/kk/staff/cases/${caseId}/actions/${kind}`, {
      version: hidden(form, 'version')!,
      key: hidden(form, 'key')!,
      ...fields,
    });
    assert.equal(res.statusCode, 303, pageText(res.body).slice(0, 400));
  }

  /** A valid IIN for a birth date (YYMMDD), a century-and-sex digit and a serial. */
  function iin(yymmdd: string, centurySex: string, serial: string): string {
    for (let n = Number(serial); ; n++) {
      const first11 = `${yymmdd}${centurySex}${String(n).padStart(4, '0')}`;
      const check = mod11CheckDigit(first11);
      if (check !== null && check < 10) return `${first11}${check}`;
    }
  }

  /** A group's application (annex 8) taken in through the form, in Russian. */
  async function openGroupCase(): Promise<string> {
    const clerk = await as('clerk', 'ru');
    const person = (prefix: string, surname: string, name: string, id: string, card: string) => ({
      [`${prefix}.surname`]: surname,
      [`${prefix}.name`]: name,
      [`${prefix}.citizenship`]: 'KZ',
      [`${prefix}.iin`]: id,
      [`${prefix}.identityDocument.kind`]: 'kz-id-card',
      [`${prefix}.identityDocument.number`]: card,
      [`${prefix}.identityDocument.issueDate`]: '2019-03-01',
    });
    const page = await clerk.open('/ru/staff/cases/new?kind=group-registration');
    const res = await clerk.post('/ru/staff/cases/new', {
      kind: 'group-registration',
      key: hidden(page.body, 'key')!,
      memberRows: hidden(page.body, 'memberRows')!,
      materialRows: hidden(page.body, 'materialRows')!,
      applicationDate: today(),
      groupName: GROUP,
      'affiliation.confession': 'evangelical-christian',
      location: 'Көкшетау қ., Абай к-сі, 10',
      territory: 'Көкшетау қаласы',
      adultMemberCount: '2',
      ...person('leader', 'Серіков', 'Асан', iin('750312', '3', '0101'), '012345678'),
      ...person('members.2', 'Ахметова', 'Дана', iin('900805', '4', '0202'), '087654321'),
      'premises.documentKind': 'lease-contract',
      'premises.documentDate': addDays(today(), -40),
      'premises.owner.kind': 'legal-entity',
      'premises.owner.name': 'Бейбіт ЖШС',
      language: 'ru',
      consent: 'on',
    });
    assert.equal(res.statusCode, 303, pageText(res.body).slice(0, 600));
    return /([0-9a-f-]{36})$/.exec(res.headers.location as string)![1]!;
  }

  /** Stamps (every item the page offers), reviews, proposes and signs: annex 5 or 6 is issued. */
  async function signCase(id: string): Promise<string> {
    const records = await as('records');
    const page = await records.open(`/kk/staff/cases/${id}`);
    const items = [...actionForm(page.body, id, 'stamp')!.matchAll(/name="items" value="([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    await act(records, id, 'stamp', { items });
    const officer = await as('officer');
    await act(officer, id, 'take_for_review');
    await act(officer, id, 'propose');
    await act(await as('head'), id, 'sign');
    const [row] = await queryRows<{ document_number: string }>(
      db(),
      sql`select document_number from cases where id = ${id}`,
    );
    return row!.document_number;
  }

  const issued = async (number: string) =>
    (
      await queryRows<{ seal_text: string; seal_key_id: string; public_key: string; holder: string }>(
        db(),
        sql`select d.seal_text, d.seal_key_id, k.public_key, d.holder from issued_documents d
            join seal_keys k on k.key_id = d.seal_key_id where d.number = ${number}`,
      )
    )[0]!;

  const prints = (caseId: string) =>
    queryRows<PrintRow>(db(), sql`select * from document_prints where case_id = ${caseId} order by id`);
  const printEvents = (ids: number[]) =>
    queryRows<{ record_id: string; actor_account_id: string; data: Record<string, unknown> }>(
      db(),
      sql`select record_id, actor_account_id, data from audit_events
          where action = 'document.printed' and record_id in (${sql.join(
            ids.map((i) => sql`${String(i)}`),
            sql`, `,
          )})
          order by id`,
    );
  const caseRow = async (id: string) =>
    (
      await queryRows<{
        tracking_code: string;
        incoming_number: string | null;
        outgoing_number: string | null;
      }>(db(), sql`select tracking_code, incoming_number, outgoing_number from cases where id = ${id}`)
    )[0]!;

  it('prints the filled application form once taken in, with the applicant’s values (annex 7)', async () => {
    const id = await openCase();
    const clerk = await as('clerk');
    const res = await clerk.get(`/kk/staff/cases/${id}/documents/application`);
    const text = pdfOf(res);
    const { tracking_code: code } = await caseRow(id);
    assert.match(
      res.headers['content-disposition'] as string,
      new RegExp(`^inline; filename="application-${code}\\.kk\\.pdf"$`),
    );
    const a = missionaryApplication();
    for (const value of [
      `${APPLICANT} (MUELLER JOHANN)`,
      a.address,
      a.territory,
      SENTINELS.passport,
      officeName,
    ])
      assert.ok(text.includes(value), `the form shows ${value}: ${text.slice(0, 600)}`);
    const [row] = await prints(id);
    assert.deepEqual(
      {
        document: row!.document,
        subject: row!.subject,
        language: row!.language,
        copy: row!.copy,
        by: row!.printed_by,
      },
      { document: 'application', subject: code, language: 'kk', copy: 'original', by: accountId.clerk },
    );
  });

  it('refuses the receipt before the stamp, naming the step, and records nothing (§14)', async () => {
    const id = await openCase();
    const records = await as('records');
    const res = await records.get(`/kk/staff/cases/${id}/documents/receipt`);
    assert.equal(res.statusCode, 409);
    assert.match(res.headers['content-type'] as string, /^text\/html/);
    const text = pageText(res.body);
    assert.ok(
      text.includes(
        translate('kk', 'documents.not_ready', {
          document: translate('kk', 'documents.name.receipt'),
          step: translate('kk', 'case.state.registered'),
          state: translate('kk', 'case.state.at_counter'),
        }),
      ),
      text,
    );
    const ru = await (await as('records', 'ru')).get(`/ru/staff/cases/${id}/documents/receipt`);
    assert.equal(ru.statusCode, 409);
    assert.ok(
      pageText(ru.body).includes(translate('ru', 'case.state.registered')),
      'localized in Russian too',
    );
    assert.deepEqual(await prints(id), []);
    const events = await queryRows(
      db(),
      sql`select 1 from audit_events where action = 'document.printed' and data ->> 'caseId' = ${id}`,
    );
    assert.equal(events.length, 0);
  });

  it('prints the receipt once stamped: the copy with the incoming stamp and the inventory; a reprint the second time', async () => {
    const id = await openCase();
    const records = await as('records');
    await act(records, id, 'stamp', { items: MISSIONARY_ITEMS });
    const { incoming_number: incoming, tracking_code: code } = await caseRow(id);
    assert.ok(incoming);
    // §11.1: the inventory is read from its rows (case_materials), not from the application's copy.
    await db().execute(
      sql`update case_materials set quantity = 12 where case_id = ${id} and title = 'Інжіл'`,
    );
    assert.deepEqual(
      await queryRows(db(), sql`select title, quantity from case_materials where case_id = ${id}`),
      [{ title: 'Інжіл', quantity: 12 }],
    );
    const first = await records.get(`/kk/staff/cases/${id}/documents/receipt`);
    const text = pdfOf(first);
    assert.equal(
      first.headers['content-disposition'],
      `inline; filename="receipt-${incoming.replace(/\//g, '-')}.kk.pdf"`,
    );
    for (const value of [`Кіріс № ${incoming}`, code, APPLICANT, 'Інжіл', 'Барлығы, дана: 12', officeName])
      assert.ok(text.includes(value), `the receipt shows ${value}`);
    assert.ok(!text.includes(REPRINT_MARK.kk), 'the first print is the original');

    const second = pdfOf(await records.get(`/kk/staff/cases/${id}/documents/receipt`));
    assert.ok(second.includes(REPRINT_MARK.kk), 'the second print is marked as a reprint');
    const ru = pdfOf(await records.get(`/kk/staff/cases/${id}/documents/receipt?language=ru`));
    assert.ok(
      ru.includes(`Вх. № ${incoming}`) && ru.includes(REPRINT_MARK.ru),
      'the other official language',
    );
    const en = pdfOf(await records.get(`/kk/staff/cases/${id}/documents/receipt?language=en`));
    assert.ok(en.includes(UNOFFICIAL_MARK) && en.includes('document issued in Kazakh'), 'the English copy');
    assert.ok(en.includes(`Incoming No. ${incoming}`), 'the values stay the original’s');
    assert.ok(!en.includes(REPRINT_MARK.en), 'a translation is not a reprint of the document');

    const rows = await prints(id);
    assert.deepEqual(
      rows.map((r) => [r.document, r.subject, r.language, r.copy, r.printed_by]),
      [
        ['receipt', incoming, 'kk', 'original', accountId.records],
        ['receipt', incoming, 'kk', 'reprint', accountId.records],
        ['receipt', incoming, 'ru', 'reprint', accountId.records],
        ['receipt', incoming, 'en', 'translation', accountId.records],
      ],
    );
    // One audit event per print, ids only (domain.md §8).
    const events = await printEvents(rows.map((r) => r.id));
    assert.deepEqual(
      events.map((e) => [e.record_id, e.actor_account_id, e.data]),
      rows.map((r) => [
        String(r.id),
        accountId.records,
        { caseId: id, document: 'receipt', language: r.language, copy: r.copy },
      ]),
    );
    // Reading the record to print it is in the access log (§17).
    const reads = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from access_log where record_type = 'case' and record_id = ${id}
          and data ->> 'purpose' = 'print receipt'`,
    );
    assert.equal(reads[0]!.n, 4);
  });

  it('two people printing the same document at once get one original and one reprint', async () => {
    const id = await openCase();
    const [a, b] = [await as('clerk'), await as('records')];
    const [ra, rb] = await Promise.all([
      a.get(`/kk/staff/cases/${id}/documents/application`),
      b.get(`/kk/staff/cases/${id}/documents/application`),
    ]);
    const texts = [pdfOf(ra), pdfOf(rb)];
    assert.equal(texts.filter((x) => x.includes(REPRINT_MARK.kk)).length, 1);
    assert.deepEqual((await prints(id)).map((r) => r.copy).sort(), ['original', 'reprint']);
  });

  it('prints the motivated refusal once signed: outgoing number, each missing item with §11 and §16, signer, executor, complaints (§16, §20–23)', async () => {
    const id = await openCase('ru');
    const records = await as('records');
    await act(records, id, 'stamp', { items: MISSIONARY_ITEMS.filter((i) => i !== 'invitation') });
    const officer = await as('officer');
    await act(officer, id, 'draft_refusal', { missingItemIds: ['invitation'] });
    const early = await officer.get(`/kk/staff/cases/${id}/documents/refusal`);
    assert.equal(early.statusCode, 409, 'not before the head signs it');
    assert.ok(pageText(early.body).includes(translate('kk', 'case.state.refusal_signed')));
    assert.deepEqual(await prints(id), []);
    await act(await as('head'), id, 'sign_refusal');
    const { outgoing_number: outgoing, incoming_number: incoming } = await caseRow(id);
    assert.ok(outgoing);
    const names = await queryRows<{ id: string; display_name: string }>(
      db(),
      sql`select id, display_name from accounts where id in (${accountId.officer}, ${accountId.head})`,
    );
    const nameOf = (role: string) => names.find((n) => n.id === accountId[role])!.display_name;
    // In the application's language, Russian, by default.
    const text = pdfOf(await officer.get(`/kk/staff/cases/${id}/documents/refusal`));
    for (const value of [
      `Исх. № ${outgoing}`,
      `Вх. № ${incoming}`,
      `${APPLICANT} (MUELLER JOHANN)`,
      'Мотивированный отказ в оказании государственной услуги',
      'пунктом 16',
      'подпункт 1) пункта 11',
      'Порядок обжалования (пункты 20–23 стандарта)',
      `Исп.: ${nameOf('officer')}`,
      nameOf('head'),
    ])
      assert.ok(text.includes(value), `the refusal shows ${value}: ${text}`);
    const kk = pdfOf(await officer.get(`/kk/staff/cases/${id}/documents/refusal?language=kk`));
    assert.ok(kk.includes(`Шығыс № ${outgoing}`) && kk.includes('11-тармақтың 1) тармақшасы'));
    assert.ok(kk.includes(REPRINT_MARK.kk), 'the Kazakh copy after the Russian is a reprint');
    assert.deepEqual(
      (await prints(id)).map((r) => [r.document, r.subject, r.language, r.copy]),
      [
        ['refusal', outgoing, 'ru', 'original'],
        ['refusal', outgoing, 'kk', 'reprint'],
      ],
    );
  });

  it('prints the certificate once signed, with the seal made at signing in its QR; a reprint the second time (annex 5)', async () => {
    const id = await openCase();
    const head = await as('head');
    const early = await head.get(`/kk/staff/cases/${id}/documents/certificate`);
    assert.equal(early.statusCode, 409, 'not before the head signs it');
    assert.ok(pageText(early.body).includes(translate('kk', 'case.state.ready_to_collect')));
    const number = await signCase(id);
    const seal = await issued(number);
    const res = await head.get(`/kk/staff/cases/${id}/documents/certificate`);
    const text = pdfOf(res);
    assert.equal(
      res.headers['content-disposition'],
      `inline; filename="certificate-${number.replace(/\//g, '-')}.kk.pdf"`,
    );
    const a = missionaryApplication();
    const [headName] = await queryRows<{ display_name: string }>(
      db(),
      sql`select display_name from accounts where id = ${accountId.head}`,
    );
    for (const value of [
      `№ ${number}`,
      APPLICANT,
      SENTINELS.passport,
      'Астана қаласы',
      a.territory,
      'Осы куәлік',
      'Евангелиялық христиан-баптистер',
      SENTINELS.affiliation,
      headName!.display_name,
      'М.О.',
    ])
      assert.ok(text.includes(value), `the certificate shows ${value}: ${text}`);
    assert.ok(!text.includes(REPRINT_MARK.kk));
    // The QR is the very text sealed when the head signed, and it verifies offline.
    const [qr] = decodeQr(renderFirstPage(res.rawPayload, 200));
    assert.equal(qr, seal.seal_text);
    const verdict = verifySeal(qr!, { [seal.seal_key_id]: publicKeyFromText(seal.public_key) });
    assert.ok(verdict.valid && verdict.fields.number === number && verdict.fields.holder === APPLICANT);

    const again = await head.get(`/kk/staff/cases/${id}/documents/certificate`);
    assert.ok(pdfOf(again).includes(REPRINT_MARK.kk), 'the second print is a reprint');
    assert.equal(decodeQr(renderFirstPage(again.rawPayload, 200))[0], seal.seal_text, 'with the same seal');
    const ru = pdfOf(await head.get(`/kk/staff/cases/${id}/documents/certificate?language=ru`));
    for (const value of [
      'СВИДЕТЕЛЬСТВО',
      'города Астаны',
      `№ ${number}`,
      APPLICANT,
      'Настоящее свидетельство действительно до',
      'М.П.',
    ])
      assert.ok(ru.includes(value), `the Russian certificate shows ${value}: ${ru}`);
    const en = pdfOf(await head.get(`/kk/staff/cases/${id}/documents/certificate?language=en`));
    assert.ok(en.includes(UNOFFICIAL_MARK) && en.includes('CERTIFICATE') && !en.includes(REPRINT_MARK.en));
    assert.deepEqual(
      (await prints(id)).map((r) => [r.document, r.subject, r.language, r.copy]),
      [
        ['certificate', number, 'kk', 'original'],
        ['certificate', number, 'kk', 'reprint'],
        ['certificate', number, 'ru', 'reprint'],
        ['certificate', number, 'en', 'translation'],
      ],
    );
    // Still printable after the hand-over (§15), for the office's file; a reprint.
    await act(await as('clerk'), id, 'hand_over', {
      recipient: 'applicant',
      identityDocumentId: 'applicant.identityDocument',
    });
    assert.ok(pdfOf(await head.get(`/kk/staff/cases/${id}/documents/certificate`)).includes(REPRINT_MARK.kk));
  });

  it('prints a group’s reference in Russian, the application’s language, and never a certificate for it (annex 6)', async () => {
    const id = await openGroupCase();
    const number = await signCase(id);
    assert.match(number, /^71-\d{3}\/\d{4}\/2-\d{4}$/);
    const seal = await issued(number);
    const clerk = await as('clerk');
    const res = await clerk.get(`/kk/staff/cases/${id}/documents/reference`);
    const text = pdfOf(res);
    for (const value of [
      `№ ${number}`,
      GROUP,
      'Серіков Асан',
      'Көкшетау қ., Абай к-сі, 10',
      'Көкшетау қаласы',
      'Евангельские христиане',
      'М.П.',
    ])
      assert.ok(text.includes(value), `the reference shows ${value}: ${text}`);
    assert.equal(decodeQr(renderFirstPage(res.rawPayload, 200))[0], seal.seal_text);
    const kk = pdfOf(await clerk.get(`/kk/staff/cases/${id}/documents/reference?language=kk`));
    assert.ok(kk.includes('Евангелиялық христиандар') && kk.includes(REPRINT_MARK.kk));
    assert.equal((await clerk.get(`/kk/staff/cases/${id}/documents/certificate`)).statusCode, 404);
    const links = (await clerk.get(`/kk/staff/cases/${id}`)).body;
    assert.ok(
      links.includes(`/kk/staff/cases/${id}/documents/reference?language=ru`),
      'the page links it, Russian first',
    );
    assert.ok(!links.includes(`/documents/certificate`));
  });

  it('refuses a signed certificate whose issue record has no seal, or no longer matches it, and records nothing', async () => {
    const missing = await openCase();
    const number = await signCase(missing);
    await get().database.db.execute(
      sql`update issued_documents set seal_text = null where number = ${number}`,
    );
    const head = await as('head');
    let res = await head.get(`/kk/staff/cases/${missing}/documents/certificate`);
    assert.equal(res.statusCode, 409);
    assert.ok(pageText(res.body).includes(translate('kk', 'error.DOCUMENT_NOT_ISSUED')));
    assert.deepEqual(await prints(missing), []);

    const altered = await openCase();
    const other = await signCase(altered);
    // The record's holder changed behind the seal's back: the printed words would not be the sealed ones.
    await get().database.db.execute(
      sql`update issued_documents set holder = 'Басқа Адам' where number = ${other}`,
    );
    res = await head.get(`/ru/staff/cases/${altered}/documents/certificate`);
    assert.equal(res.statusCode, 409);
    assert.ok(pageText(res.body).includes(translate('ru', 'error.DOCUMENT_NOT_ISSUED')));
    assert.deepEqual(await prints(altered), []);
  });

  it('another office’s staff get nothing of a case’s documents; a regional reader may not print', async () => {
    const id = await openCase();
    await act(await as('records'), id, 'stamp', { items: MISSIONARY_ITEMS });
    const stranger = await signedInClient(t.app, strangerLogin, PASSWORD, 'kk');
    for (const doc of ['application', 'receipt', 'certificate', 'refusal']) {
      const res = await stranger.get(`/kk/staff/cases/${id}/documents/${doc}`);
      assert.equal(res.statusCode, 404, doc);
      assert.notEqual(res.headers['content-type'], 'application/pdf');
      assert.ok(!res.body.includes(APPLICANT));
    }
    const supervisor = await signedInClient(t.app, supervisorLogin, PASSWORD, 'kk');
    assert.equal(
      (await supervisor.get(`/kk/staff/cases/${id}`)).statusCode,
      200,
      'the supervisor reads the case',
    );
    assert.equal((await supervisor.get(`/kk/staff/cases/${id}/documents/receipt`)).statusCode, 403);
    assert.deepEqual(await prints(id), []);
    assert.equal((await stranger.get(`/kk/staff/cases/not-a-case/documents/receipt`)).statusCode, 404);
    const own = await as('records');
    assert.equal((await own.get(`/kk/staff/cases/${id}/documents/passport`)).statusCode, 404);
    assert.equal(
      (await own.get(`/kk/staff/cases/${id}/documents/reference`)).statusCode,
      404,
      'a missionary has no annex 6',
    );
    assert.equal((await own.get(`/kk/staff/cases/${id}/documents/receipt?language=de`)).statusCode, 400);
    assert.deepEqual(await prints(id), []);
  });

  it('the case page links the PDFs its step allows, to its own office’s printing staff only', async () => {
    const id = await openCase();
    const clerk = await as('clerk');
    const links = (html: string) =>
      [
        ...html.matchAll(
          /href="\/kk\/staff\/cases\/[0-9a-f-]{36}\/documents\/([a-z]+)\?language=([a-z]{2})"/g,
        ),
      ].map((m) => `${m[1]}.${m[2]}`);
    let page = await clerk.get(`/kk/staff/cases/${id}`);
    assert.deepEqual(links(page.body), ['application.kk', 'application.ru', 'application.en']);
    await act(await as('records'), id, 'stamp', { items: MISSIONARY_ITEMS });
    page = await clerk.get(`/kk/staff/cases/${id}`);
    assert.deepEqual(links(page.body), [
      'application.kk',
      'application.ru',
      'application.en',
      'receipt.kk',
      'receipt.ru',
      'receipt.en',
    ]);
    assert.ok(
      !page.body.includes(`/staff/cases/${id}/print`) && !page.body.includes(`/staff/cases/${id}/receipt"`),
    );
    const supervisor = await signedInClient(t.app, supervisorLogin, PASSWORD, 'kk');
    assert.deepEqual(
      links((await supervisor.get(`/kk/staff/cases/${id}`)).body),
      [],
      'a reader who does not print',
    );
  });

  it('prints the §15 journal of the office for a period with each hand-over, certificates and references apart; a reprint the second time', async () => {
    const id = await openCase();
    const number = await signCase(id);
    const clerk = await as('clerk');
    await act(clerk, id, 'hand_over', {
      recipient: 'applicant',
      identityDocumentId: 'applicant.identityDocument',
    });
    const [clerkName] = await queryRows<{ display_name: string }>(
      db(),
      sql`select display_name from accounts where id = ${accountId.clerk}`,
    );
    const from = addDays(today(), -1);
    const to = addDays(today(), 1);
    const page = await clerk.get(`/kk/staff/journal?from=${from}&to=${to}`);
    const link = `/kk/staff/journal/print?kind=certificate&from=${from}&to=${to}`;
    assert.ok(
      page.body.includes(`href="${link.replace(/&/g, '&amp;')}&amp;language=kk"`),
      'linked from the journal page',
    );
    const res = await clerk.get(link);
    const text = pdfOf(res);
    for (const value of [
      'Берілген куәліктер журналы',
      officeName,
      number,
      APPLICANT,
      `${APPLICANT}, Шетелдік төлқұжат ${SENTINELS.passport}`,
      clerkName!.display_name,
      'Алушының қолы',
    ])
      assert.ok(text.includes(value), `the journal shows ${value}: ${text}`);
    assert.match(
      res.headers['content-disposition'] as string,
      /^inline; filename="journal-certificate-71-\d{3}-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.kk\.pdf"$/,
    );
    const again = pdfOf(await clerk.get(`${link}&language=ru`));
    assert.ok(again.includes('Журнал выданных свидетельств') && again.includes(number));
    assert.ok(again.includes(REPRINT_MARK.ru), 'the same journal printed again is a reprint');
    const references = pdfOf(await clerk.get(`/kk/staff/journal/print?kind=reference&from=${from}&to=${to}`));
    assert.ok(references.includes('Берілген анықтамалар журналы') && !references.includes(number));
    const rows = await queryRows<PrintRow>(
      db(),
      sql`select * from document_prints where document = 'journal' and printed_by = ${accountId.clerk} order by id`,
    );
    assert.deepEqual(
      rows.map((r) => [r.case_id, r.subject.split(' ').slice(1).join(' '), r.copy, r.language]),
      [
        [null, `certificate ${from}..${to}`, 'original', 'kk'],
        [null, `certificate ${from}..${to}`, 'reprint', 'ru'],
        [null, `reference ${from}..${to}`, 'original', 'kk'],
      ],
    );
    // Another office's journal of the same days lists nothing of this office.
    const stranger = await signedInClient(t.app, strangerLogin, PASSWORD, 'kk');
    const theirs = pdfOf(await stranger.get(link));
    assert.ok(!theirs.includes(number) && !theirs.includes(APPLICANT));
    assert.equal(
      (await clerk.get(`/kk/staff/journal/print?kind=reference&from=${to}&to=${from}`)).statusCode,
      400,
    );
    assert.equal((await clerk.get(`/kk/staff/journal/print?kind=passport`)).statusCode, 400);
    const supervisor = await signedInClient(t.app, supervisorLogin, PASSWORD, 'kk');
    assert.equal(
      (await supervisor.get(link)).statusCode,
      403,
      'a supervisor’s organisation keeps no journal to print',
    );
  });
});
