// Complaints in the browser (§20–25): a complaint registered by hand at the records service yields a
// talon with the receiver's surname and name (page and PDF); an upheld complaint about a refusal,
// decided by the head on the complaint's page, reopens the case with a new due day; a complaint filed
// online from the applicant's case reaches the akimat head, is answered, the answer is delivered, and
// the complainant follows it by its codes and answers the 4.1 question. The copy of a complaint without
// a case (§24) and the answer letter (§21, §25) download from the complaint's page.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { findAccount } from '../../src/db/accounts-store.js';
import { findCase } from '../../src/db/case-store.js';
import { pdfText } from '../../src/documents/pdf-test-helper.js';
import { registerComplaint } from '../../src/app/complaints/register-complaint.js';
import { newIdempotencyKey } from '../helpers/applications.js';
import { complaintWorld, refusedCase } from '../helpers/complaints.js';
import { PASSWORD } from '../helpers/seed.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { message, signIn, squash, useSuite } from './support.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';

const lang = 'ru';
/** §24: the scan of the applicant's copy, chosen in the form's file input. */
const COPY = fileURLToPath(new URL('../fixtures/scans/page.pdf', import.meta.url));

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
    await page.setInputFiles('#register-copyScan', COPY);
    await page.click('#do-register-complaint');
    await page.waitForLoadState('domcontentloaded');
    assert.equal(
      squash(await page.locator('#register-text-error').textContent()),
      message(lang, 'complaint.err.required'),
    );
    assert.equal(await page.inputValue('#register-surname'), 'Сентинелов');
    await page.fill('#register-text', 'Сотрудник отказался принять документы без объяснения причин.');
    // A file is never drawn back into a refused form: it is chosen again.
    await page.setInputFiles('#register-copyScan', COPY);
    await Promise.all([
      page.waitForURL(/\/ru\/staff\/complaints\/[0-9a-f-]{36}\?done=registered$/),
      page.click('#do-register-complaint'),
    ]);
    const number = squash(await page.locator('h1').textContent());
    assert.match(number, /\/\d{4}\/\d{4}$/);
    // §24: the copy's scan is on the complaint's page and downloads as it was given.
    const scan = await page.request.get((await page.locator('#copy-scan-link').getAttribute('href')) ?? '');
    assert.equal(scan.status(), 200);
    assert.equal(scan.headers()['content-type'], 'application/pdf');
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
        copyScan: null,
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

  it('an online complaint reaches the akimat head, is answered, and the answer is delivered', async () => {
    const deps = suite.server.deps;
    const w = await complaintWorld(deps, '71');
    const c = await refusedCase(deps, w.office);
    const l = 'kk';
    const citizen = await suite.page();
    await citizen.goto(`/${l}/complaints`);
    await citizen.fill('#file-trackingCode', c.trackingCode);
    await citizen.fill('#file-documentNumber', SENTINELS.passport);
    await citizen.check('#file-kind-result');
    await citizen.check('#file-addressee-akimat_head');
    await citizen.selectOption('#file-language', 'kk');
    await citizen.fill('#file-surname', 'Сентинелов');
    await citizen.fill('#file-name', 'Ерлан');
    await citizen.fill('#file-text', 'Бас тартумен келіспеймін: құжаттардың бәрі берілген.');
    await Promise.all([citizen.waitForLoadState('domcontentloaded'), citizen.click('#do-file-complaint')]);
    await citizen.waitForSelector('#filed-access');
    const tracking = squash(await citizen.locator('#filed-tracking').textContent());
    const access = squash(await citizen.locator('#filed-access').textContent());
    assert.match(access, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);

    const head = await suite.page();
    assert.equal((await signIn(head, l, w.akimat.staff.head.login, PASSWORD)).status(), 303);
    await head.goto(`/${l}/staff/complaints`);
    await Promise.all([
      head.waitForURL(/\/staff\/complaints\/[0-9a-f-]{36}$/),
      head.click(`#complaints-all tr[data-complaint="${tracking}"] a`),
    ]);
    assert.equal(squash(await head.locator('#complaint-case').textContent()), c.trackingCode);
    await head.check('#answer-outcome-rejected');
    await head.fill('#answer-reasons', 'Тексеру нәтижесінде бас тарту негізді деп танылды.');
    await head.check('#answer-consequence-none');
    await Promise.all([head.waitForURL(/\?done=answered$/), head.click('#do-answer')]);
    const outgoing = squash(await head.locator('#complaint-outgoing').textContent());
    assert.ok(outgoing.startsWith(`${w.akimat.code}/`), outgoing);
    // §21, §25: the answer letter, from the complaint's page, carries the outgoing number.
    const letter = await head.request.get((await head.locator('#answer-pdf').getAttribute('href')) ?? '');
    assert.equal(letter.status(), 200);
    assert.equal(letter.headers()['content-type'], 'application/pdf');
    assert.ok(pdfText(await letter.body()).includes(outgoing.split(' ')[0]!));

    const records = await suite.page();
    assert.equal((await signIn(records, l, w.akimat.staff.records.login, PASSWORD)).status(), 303);
    await records.goto(head.url().replace(/\?done=answered$/, ''));
    await records.check('#deliver-how-email');
    await records.fill('#deliver-on', plainDateAt(new Date(), 'Asia/Almaty')); // the office's day
    await Promise.all([records.waitForURL(/\?done=delivered$/), records.click('#do-deliver')]);
    assert.equal(
      squash(await records.locator('#complaint-state').textContent()),
      message(l, 'complaint.state.delivered'),
    );

    await citizen.goto(`/${l}/complaints/track`);
    await citizen.fill('#track-trackingCode', tracking);
    await citizen.fill('#track-accessCode', access);
    await Promise.all([citizen.waitForLoadState('domcontentloaded'), citizen.click('#do-track')]);
    await citizen.waitForSelector('#progress-state');
    assert.equal(
      squash(await citizen.locator('#progress-state').textContent()),
      message(l, 'complaint.state.delivered'),
    );
    await citizen.check('#survey-score-4');
    await Promise.all([citizen.waitForLoadState('domcontentloaded'), citizen.click('#do-survey')]);
    await citizen.waitForSelector('.notice-success');
    assert.equal(
      squash(await citizen.locator('.notice-success').textContent()),
      message(l, 'complaint.public.survey_thanks'),
    );
  });
});
