// The staff pages of the case at the counter (domain.md §4), driven as a browser without JavaScript
// would: the intake form (annex 7/8) with its errors, the case page's action forms on both journeys,
// refusals of wrong moves, other offices' cases, the worklists and the §15 journal.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient, pageText, signedInClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { MISSIONARY_ITEMS, missionaryApplication } from '../helpers/applications.js';
import { translate } from '../../src/i18n/i18n.js';
import { queryRows } from '../../src/db/database.js';
import { addDays, plainDateAt } from '../../src/domain/time/plain-date.js';
import { mod11CheckDigit } from '../../src/domain/identifiers/mod11-check-digit.js';
import { pdfText } from '../../src/documents/pdf-test-helper.js';

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

/** The form of one action on a case page, or null when the page draws none. */
function actionForm(html: string, caseId: string, kind: string): string | null {
  const start = html.indexOf(`action="/kk/staff/cases/${caseId}/actions/${kind}"`);
  if (start < 0) return null;
  return html.slice(start, html.indexOf('</form>', start));
}

const today = () => plainDateAt(new Date(), 'Asia/Almaty');

/** A valid IIN for a birth date (YYMMDD), a century-and-sex digit and a serial (four digits). */
function iin(yymmdd: string, centurySex: string, serial: string): string {
  for (let n = Number(serial); ; n++) {
    const first11 = `${yymmdd}${centurySex}${String(n).padStart(4, '0')}`;
    const check = mod11CheckDigit(first11);
    if (check !== null && check < 10) return `${first11}${check}`;
  }
}

describeEachDatabase('the staff pages of the case at the counter', (get) => {
  let t: TestApp;
  const login: Record<string, string> = {};
  let strangerLogin: string;
  before(async () => {
    t = await buildTestApp(get().database);
    const office = await seedOffice(t.deps, { regionCode: '71' });
    for (const role of ['clerk', 'records', 'officer', 'head'] as const)
      login[role] = (await seedAccount(t.deps, office.id, [role])).login;
    const other = await seedOffice(t.deps, { regionCode: '35' });
    strangerLogin = (await seedAccount(t.deps, other.id, ['clerk', 'records'])).login;
  });
  after(() => t.close());

  const as = (role: string, lang = 'kk') => signedInClient(t.app, login[role] ?? role, PASSWORD, lang);

  /** Fills the intake form of `kind` with `values` (over the form's own hidden fields) and sends it. */
  async function intake(
    client: FormClient,
    values: Record<string, string>,
    lang = 'kk',
    kind = 'missionary-registration',
  ) {
    const page = await client.open(`/${lang}/staff/cases/new?kind=${kind}`);
    assert.equal(page.statusCode, 200);
    const form: Record<string, string> = {
      kind,
      key: hidden(page.body, 'key')!,
      memberRows: hidden(page.body, 'memberRows')!,
      materialRows: hidden(page.body, 'materialRows')!,
      ...values,
    };
    return { res: await client.post(`/${lang}/staff/cases/new`, form), form };
  }

  const validMissionary = (): Record<string, string> => ({
    ...flat(missionaryApplication()),
    language: 'kk',
    consent: 'on',
  });

  async function openCase(): Promise<string> {
    const clerk = await as('clerk');
    const { res } = await intake(clerk, validMissionary());
    assert.equal(res.statusCode, 303, pageText(res.body).slice(0, 400));
    const id = /\/kk\/staff\/cases\/([0-9a-f-]{36})$/.exec(res.headers.location as string)?.[1];
    assert.ok(id, `redirected to the case page: ${res.headers.location}`);
    return id;
  }

  /** Opens the case page as `client`, fills the action's form and sends it. */
  async function act(
    client: FormClient,
    caseId: string,
    kind: string,
    fields: Record<string, string | string[]> = {},
  ) {
    const page = await client.open(`/kk/staff/cases/${caseId}`);
    const form = actionForm(page.body, caseId, kind);
    assert.ok(form, `the page offers ${kind}`);
    return client.post(`/kk/staff/cases/${caseId}/actions/${kind}`, {
      version: hidden(form, 'version')!,
      key: hidden(form, 'key')!,
      ...fields,
    });
  }

  const stateOf = async (id: string) =>
    (await queryRows<{ state: string }>(get().database.db, sql`select state from cases where id = ${id}`))[0]
      ?.state;

  it('reports bad intake fields localized, linked from the summary, and keeps what was typed', async () => {
    const clerk = await as('clerk');
    const values = validMissionary();
    values['applicant.surname'] = 'Mueller';
    values['invitingAssociation.bin'] = '12345';
    values.address = 'Астана, Мәңгілік Ел даңғылы, 8';
    delete values.consent;
    const { res } = await intake(clerk, values);
    assert.equal(res.statusCode, 400);
    const text = pageText(res.body);
    for (const key of [
      'intake.error.NAME_NOT_CYRILLIC',
      'intake.error.BIN_FORMAT',
      'field.consent_required',
    ] as const)
      assert.ok(text.includes(translate('kk', key)), key);
    assert.ok(res.body.includes('href="#f-applicant-surname"'), 'the summary links to the field');
    assert.ok(res.body.includes('id="f-applicant-surname"'));
    assert.ok(res.body.includes('value="Mueller"'), 'the wrong value is kept to be corrected');
    assert.ok(res.body.includes('value="Астана, Мәңгілік Ел даңғылы, 8"'), 'the other values are kept');
    assert.ok(res.body.includes(`value="${values['applicant.identityDocument.number']}"`));
    const ru = await as('clerk', 'ru');
    const again = await intake(ru, values, 'ru');
    assert.ok(pageText(again.res.body).includes(translate('ru', 'intake.error.NAME_NOT_CYRILLIC')));
  });

  it('adds rows without losing what was typed, and ignores empty rows', async () => {
    const clerk = await as('clerk');
    const { res } = await intake(
      clerk,
      { groupName: 'Жаңа топ', 'members.3.surname': 'Серікова', more: 'members' },
      'kk',
      'group-registration',
    );
    assert.equal(res.statusCode, 200);
    assert.equal((res.body.match(/class="intake-line"/g) ?? []).length, 10, '5 rows and 5 more');
    assert.ok(res.body.includes('value="Жаңа топ"'));
    assert.ok(
      res.body.includes('name="members.0.surname" type="text" value="Серікова"'),
      'a filled row moves up',
    );
  });

  it('opens the case once for a double submit and shows it with the staff warnings', async () => {
    const clerk = await as('clerk');
    const values = validMissionary();
    // domain.md §2: a term past the passport's expiry is flagged to staff, never refused for.
    values['applicant.identityDocument.expiryDate'] = addDays(today(), 100);
    const { res, form } = await intake(clerk, values);
    assert.equal(res.statusCode, 303);
    const again = await clerk.post('/kk/staff/cases/new', form);
    assert.equal(again.headers.location, res.headers.location, 'the same case');
    const page = await clerk.get(res.headers.location as string);
    assert.equal(page.statusCode, 200);
    const text = pageText(page.body);
    assert.ok(text.includes(translate('kk', 'case.state.at_counter')));
    assert.ok(text.includes(translate('kk', 'intake.warning.TERM_PAST_PASSPORT_EXPIRY')));
    assert.ok(text.includes(translate('kk', 'case.event.take_in')));
  });

  it('takes a case through the forms to a certificate handed over and entered in the journal (§15)', async () => {
    const id = await openCase();
    const records = await as('records');
    let res = await act(records, id, 'stamp', { items: MISSIONARY_ITEMS });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/kk/staff/cases/${id}?done=stamp`);
    const receipt = await records.get(`/kk/staff/cases/${id}/documents/receipt`);
    assert.equal(receipt.statusCode, 200);
    assert.equal(receipt.headers['content-type'], 'application/pdf');
    assert.match(pdfText(receipt.rawPayload), /Кіріс № 71-\d{3}\/\d{4}\/0001/);
    assert.ok(pdfText(receipt.rawPayload).includes('Інжіл'), 'the receipt lists the materials (§11.1, §14)');
    const officer = await as('officer');
    assert.equal((await act(officer, id, 'take_for_review')).statusCode, 303);
    assert.equal((await act(officer, id, 'propose')).statusCode, 303);
    const head = await as('head');
    res = await act(head, id, 'sign');
    assert.equal(res.statusCode, 303);
    const signed = pageText((await head.get(`/kk/staff/cases/${id}`)).body);
    const number = /71-\d{3}\/\d{4}\/1-\d{4}/.exec(signed)?.[0];
    assert.ok(number, 'the certificate number is shown');
    const print = await head.get(`/kk/staff/cases/${id}/documents/certificate`);
    assert.equal(print.statusCode, 200);
    assert.equal(print.headers['content-type'], 'application/pdf');
    assert.ok(pdfText(print.rawPayload).includes(`№ ${number}`));
    assert.ok(pdfText(print.rawPayload).includes('КУӘЛІГІ'), 'the certificate of annex 5');
    const clerk = await as('clerk');
    res = await act(clerk, id, 'hand_over', {
      recipient: 'applicant',
      identityDocumentId: 'applicant.identityDocument',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(await stateOf(id), 'handed_over');
    const journal = await clerk.get(
      `/kk/staff/journal?from=${addDays(today(), -1)}&to=${addDays(today(), 1)}`,
    );
    assert.equal(journal.statusCode, 200);
    const row = pageText(journal.body);
    assert.ok(row.includes(number), 'the journal lists the hand-over');
    assert.ok(row.includes(missionaryApplication().applicant.surname));
    assert.ok(row.includes(translate('kk', 'journal.recipient_applicant')));
  });

  it('takes a group in (annex 8) and hands its reference to a representative under a power of attorney (§15)', async () => {
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
    const values = {
      applicationDate: today(),
      groupName: 'Көкшетау бауырластары',
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
      'representative.acts': 'on',
      ...person('representative.person', 'Омаров', 'Ерлан', iin('820101', '3', '0303'), '011122233'),
      'representative.powerOfAttorney.number': 'НД-0071',
      'representative.powerOfAttorney.date': addDays(today(), -10),
      'representative.powerOfAttorney.notary': 'Жанар Қасымова',
      'representative.powerOfAttorney.validUntil': addDays(today(), 200),
      language: 'ru',
      consent: 'on',
    };
    const { res } = await intake(clerk, values, 'ru', 'group-registration');
    assert.equal(res.statusCode, 303, pageText(res.body).slice(0, 600));
    const id = /([0-9a-f-]{36})$/.exec(res.headers.location as string)![1]!;
    const records = await as('records');
    const page = await records.open(`/kk/staff/cases/${id}`);
    const items = [...actionForm(page.body, id, 'stamp')!.matchAll(/name="items" value="([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    assert.ok(
      items.includes('representative-power-of-attorney'),
      'a representative acts: §11 asks for the power of attorney',
    );
    assert.equal((await act(records, id, 'stamp', { items })).statusCode, 303);
    const officer = await as('officer');
    await act(officer, id, 'take_for_review');
    await act(officer, id, 'propose');
    await act(await as('head'), id, 'sign');
    const signed = pageText((await records.get(`/kk/staff/cases/${id}`)).body);
    const number = /71-\d{3}\/\d{4}\/2-\d{4}/.exec(signed)?.[0];
    assert.ok(number, 'a reference (annex 6) is numbered in its own series');
    const desk = await as('clerk');
    const without = await act(desk, id, 'hand_over', {
      recipient: 'representative',
      identityDocumentId: 'representative.person.identityDocument',
      powerOfAttorneyId: '',
    });
    assert.equal(without.statusCode, 400);
    assert.ok(pageText(without.body).includes(translate('kk', 'field.power_of_attorney_required')));
    const ok = await act(desk, id, 'hand_over', {
      recipient: 'representative',
      identityDocumentId: 'representative.person.identityDocument',
      powerOfAttorneyId: 'representative.powerOfAttorney',
    });
    assert.equal(ok.statusCode, 303);
    const journal = pageText((await desk.get('/kk/staff/journal')).body);
    assert.ok(journal.includes(number));
    assert.ok(journal.includes('Көкшетау бауырластары'), 'the holder of a reference is the group');
    assert.ok(
      journal.includes(translate('kk', 'journal.recipient_representative', { name: 'Омаров Ерлан' })),
    );
  });

  it('refuses an incomplete set through the forms: missing item preselected, signed, delivered (§16)', async () => {
    const id = await openCase();
    const records = await as('records');
    await act(records, id, 'stamp', { items: MISSIONARY_ITEMS.filter((i) => i !== 'invitation') });
    const officer = await as('officer');
    const page = await officer.open(`/kk/staff/cases/${id}`);
    const draft = actionForm(page.body, id, 'draft_refusal')!;
    assert.match(draft, /value="invitation" checked/, 'the item missing at the stamp is preselected');
    assert.doesNotMatch(draft, /value="mandate-copy" checked/);
    assert.equal(
      (await act(officer, id, 'draft_refusal', { missingItemIds: ['invitation'] })).statusCode,
      303,
    );
    const head = await as('head');
    assert.equal((await act(head, id, 'sign_refusal')).statusCode, 303);
    const res = await act(records, id, 'deliver_refusal', {
      how: 'post',
      proofReference: 'RR123456789KZ',
      on: today(),
    });
    assert.equal(res.statusCode, 303);
    assert.equal(await stateOf(id), 'refusal_delivered');
    const text = pageText((await records.get(`/kk/staff/cases/${id}`)).body);
    assert.ok(text.includes(translate('kk', 'case.event.deliver_refusal')));
    assert.match(text, /71-\d{3}\/\d{4}\/\d{4}/);
  });

  it('a clerk has no stamp form and cannot stamp by posting one', async () => {
    const id = await openCase();
    const clerk = await as('clerk');
    const page = await clerk.open(`/kk/staff/cases/${id}`);
    assert.equal(actionForm(page.body, id, 'stamp'), null);
    const abandon = actionForm(page.body, id, 'abandon')!;
    const res = await clerk.post(`/kk/staff/cases/${id}/actions/stamp`, {
      version: hidden(abandon, 'version')!,
      key: hidden(abandon, 'key')!,
      items: MISSIONARY_ITEMS,
    });
    assert.equal(res.statusCode, 403);
    assert.equal(await stateOf(id), 'at_counter');
  });

  it('another office’s case is not found, to read or to act on', async () => {
    const id = await openCase();
    const stranger = await signedInClient(t.app, strangerLogin, PASSWORD, 'kk');
    assert.equal((await stranger.open(`/kk/staff/cases/${id}`)).statusCode, 404);
    await stranger.open('/kk/staff/cases');
    const res = await stranger.post(`/kk/staff/cases/${id}/actions/stamp`, {
      version: '1',
      key: 'a-key-of-twenty-chars',
      items: MISSIONARY_ITEMS,
    });
    assert.equal(res.statusCode, 404);
    assert.equal(await stateOf(id), 'at_counter');
  });

  it('says what is allowed instead of a wrong move, and that someone else changed the case', async () => {
    const id = await openCase();
    const head = await as('head');
    const page = await head.open(`/kk/staff/cases/${id}`);
    assert.match(pageText(page.body), new RegExp(translate('kk', 'case.no_actions')));
    const res = await head.post(`/kk/staff/cases/${id}/actions/sign`, {
      version: '1',
      key: 'sign-key-0123456789',
    });
    assert.equal(res.statusCode, 409);
    const text = pageText(res.body);
    assert.ok(text.includes(translate('kk', 'error.CASE_ACTION_NOT_ALLOWED')));
    assert.ok(text.includes(translate('kk', 'case.action.stamp')), 'the allowed action is named');
    // The clerk's page still shows version 1; records stamps meanwhile.
    const clerk = await as('clerk');
    const stale = actionForm((await clerk.open(`/kk/staff/cases/${id}`)).body, id, 'abandon')!;
    await act(await as('records'), id, 'stamp', { items: MISSIONARY_ITEMS });
    const late = await clerk.post(`/kk/staff/cases/${id}/actions/abandon`, {
      version: hidden(stale, 'version')!,
      key: hidden(stale, 'key')!,
    });
    assert.equal(late.statusCode, 409);
    assert.ok(pageText(late.body).includes(translate('kk', 'error.CASE_CHANGED')));
    assert.equal(await stateOf(id), 'registered');
  });

  it('an action with a missing field comes back with the field’s error, linked', async () => {
    const id = await openCase();
    await act(await as('records'), id, 'stamp', { items: MISSIONARY_ITEMS });
    const clerk = await as('clerk');
    const res = await act(clerk, id, 'withdraw', { reason: '  ' });
    assert.equal(res.statusCode, 400);
    assert.ok(pageText(res.body).includes(translate('kk', 'field.reason_required')));
    assert.ok(res.body.includes('href="#a-withdraw-reason"'));
    assert.equal(await stateOf(id), 'registered');
  });

  it('transfers a registered case to the competent office, checking the code (§1, §13)', async () => {
    const id = await openCase();
    const records = await as('records');
    await act(records, id, 'stamp', { items: MISSIONARY_ITEMS });
    const bad = await act(records, id, 'transfer', {
      toOfficeCode: '71000',
      reason: 'Қызмет облыс аумағында',
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(pageText(bad.body).includes(translate('kk', 'field.office_code_format')));
    assert.ok(bad.body.includes('value="Қызмет облыс аумағында"'), 'the reason typed is kept');
    const ok = await act(records, id, 'transfer', {
      toOfficeCode: '11-000',
      reason: 'Қызмет облыс аумағында',
    });
    assert.equal(ok.statusCode, 303);
    assert.equal(await stateOf(id), 'transferred');
    const text = pageText((await records.get(`/kk/staff/cases/${id}`)).body);
    assert.ok(text.includes(translate('kk', 'case.detail_to_office', { code: '11-000' })));
  });

  it('lists the office’s cases by worklist, linked to their pages', async () => {
    const id = await openCase();
    const clerk = await as('clerk');
    const code = (
      await queryRows<{ tracking_code: string }>(
        get().database.db,
        sql`select tracking_code from cases where id = ${id}`,
      )
    )[0]!.tracking_code;
    const section = (html: string, list: string) => {
      const start = html.indexOf(`id="list-${list}"`);
      return html.slice(start, html.indexOf('</section>', start));
    };
    let page = await clerk.get('/kk/staff/cases');
    assert.equal(page.statusCode, 200);
    assert.ok(section(page.body, 'at_counter').includes(code), 'at the counter before the stamp');
    assert.ok(section(page.body, 'at_counter').includes(`href="/kk/staff/cases/${id}"`));
    assert.ok(!section(page.body, 'new').includes(code));
    await act(await as('records'), id, 'stamp', { items: MISSIONARY_ITEMS });
    page = await clerk.get('/kk/staff/cases');
    assert.ok(section(page.body, 'new').includes(code), 'new once registered');
    assert.ok(!section(page.body, 'at_counter').includes(code));
    const stranger = await signedInClient(t.app, strangerLogin, PASSWORD, 'kk');
    assert.ok(!(await stranger.get('/kk/staff/cases')).body.includes(code), 'not in another office’s lists');
    const home = await clerk.get('/kk/staff');
    assert.ok(home.body.includes('href="/kk/staff/cases"'), 'linked from the desk');
  });
});
