// Complaints in the browser (§20–25): a complaint registered by hand at the records service yields a
// talon with the receiver's surname and name (page and PDF); an upheld complaint about a refusal,
// decided by the head on the complaint's page, reopens the case with a new due day.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { findAccount } from '../../src/db/accounts-store.js';
import { findCase } from '../../src/db/case-store.js';
import { registerComplaint } from '../../src/app/complaints/register-complaint.js';
import { newIdempotencyKey } from '../helpers/applications.js';
import { complaintWorld, refusedCase } from '../helpers/complaints.js';
import { PASSWORD } from '../helpers/seed.js';
import { message, signIn, squash, useSuite } from './support.js';

const lang = 'ru';

describe('complaints in the browser (ru)', () => {
  const suite = useSuite();

  it('registers a complaint by hand; the talon names the person who accepted it', async () => {
    const deps = suite.server.deps;
    const w = await complaintWorld(deps, '71');
    const page = await suite.page();
    assert.equal((await signIn(page, lang, w.office.staff.records.login, PASSWORD)).status(), 303);
    await page.goto(`/${lang}/staff`);
    await Promise.all([
      page.waitForURL(`**/${lang}/staff/complaints`),
      page.click(`a:text-is("${message(lang, 'complaint.nav')}")`),
    ]);
    await Promise.all([
      page.waitForURL(`**/${lang}/staff/complaints/new`),
      page.click('#register-complaint'),
    ]);
    // First without the text: refused, nothing typed lost.
    await page.check('#register-kind-service');
    await page.check('#register-addressee-office_head');
    await page.selectOption('#register-language', 'ru');
    await page.fill('#register-surname', 'Сентинелов');
    await page.fill('#register-name', 'Ерлан');
    await page.check('#register-copyAttached');
    await page.click('#do-register-complaint');
    await page.waitForLoadState('domcontentloaded');
    assert.equal(
      squash(await page.locator('#register-text-error').textContent()),
      message(lang, 'complaint.err.required'),
    );
    assert.equal(await page.inputValue('#register-surname'), 'Сентинелов');
    await page.fill('#register-text', 'Сотрудник отказался принять документы без объяснения причин.');
    await Promise.all([
      page.waitForURL(/\/ru\/staff\/complaints\/[0-9a-f-]{36}\?done=registered$/),
      page.click('#do-register-complaint'),
    ]);
    const number = squash(await page.locator('h1').textContent());
    assert.match(number, /\/\d{4}\/\d{4}$/);
    await Promise.all([page.waitForURL(/\/talon$/), page.click('#talon-page')]);
    const receiver = (await findAccount(deps.database.db, w.office.staff.records.accountId))!.displayName;
    const [surname, name] = receiver.split(' ');
    assert.equal(squash(await page.locator('#talon-accepted-by').textContent()), `${surname} ${name}`);
    const pdf = await page.request.get((await page.locator('#talon-pdf').getAttribute('href')) ?? '');
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
  });

  it('an upheld complaint about a refusal reopens the case with a new due day', async () => {
    const deps = suite.server.deps;
    const w = await complaintWorld(deps, '71');
    const c = await refusedCase(deps, w.office);
    const before = await findCase(deps.database.db, c.caseId);
    const r = await registerComplaint(
      deps,
      w.office.staff.records,
      { ip: null, requestId: 'e2e' },
      {
        kind: 'result',
        addressee: 'office_head',
        channel: 'hand',
        language: 'ru',
        surname: 'Сентинелов',
        name: 'Ерлан',
        patronymic: '',
        address: '',
        phone: '',
        text: 'Все документы были поданы.',
        caseCode: c.trackingCode,
        copyAttached: false,
        officeCode: '',
        ticket: '',
        idempotencyKey: newIdempotencyKey(),
      },
    );
    // The head decides three days later: the server's clock is set ahead (as the other tests move theirs).
    const realNow = deps.now;
    deps.now = () => new Date(realNow().getTime() + 3 * 24 * 3600 * 1000);
    after(() => void (deps.now = realNow));
    const page = await suite.page();
    assert.equal((await signIn(page, lang, w.office.staff.head.login, PASSWORD)).status(), 303);
    await page.goto(`/${lang}/staff/complaints/${r.id}`);
    await page.check('#answer-outcome-upheld');
    await page.fill('#answer-reasons', 'Комплект документов был полным.');
    await page.check('#answer-consequence-reopen');
    await Promise.all([page.waitForURL(/\?done=answered$/), page.click('#do-answer')]);
    assert.equal(
      squash(await page.locator('#complaint-outcome').textContent()),
      message(lang, 'complaint.outcome.upheld'),
    );
    const reopened = await findCase(deps.database.db, c.caseId);
    assert.equal(reopened!.state, 'under_review');
    assert.ok(reopened!.resultDue && reopened!.resultDue !== before!.resultDue);
    await page.goto(`/${lang}/staff/cases/${c.caseId}`);
    const text = squash(await page.locator('main').textContent());
    assert.ok(text.includes(message(lang, 'case.event.reopen')));
    assert.ok(text.includes(reopened!.resultDue!));
  });
});
