// A registration's life in the browser (Russian; issue 6): a missionary handed a certificate is
// found in the registry by passport, re-registered from the document's page (the intake form comes
// pre-filled; the clerk only consents), taken to signature, and at the hand-over in the browser the
// old certificate shows superseded on the public check; a group's registration is annulled by the
// head by a court decision on the reference's page, and the public check says annulled.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import type { StaffCommand } from '../../src/app/cases/build-case-action.js';
import { findCase } from '../../src/db/case-store.js';
import { newIdempotencyKey } from '../helpers/applications.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { PASSWORD } from '../helpers/seed.js';
import { MISSIONARY_ITEMS } from '../helpers/applications.js';
import { officeWithStaff, signedCase, type Office } from '../helpers/signed-cases.js';
import { message, signIn, squash, useSuite } from './support.js';

const lang = 'ru';
const origin = { ip: null, requestId: 'e2e' };
const HAND_OVER: StaffCommand = {
  kind: 'hand_over',
  recipient: 'applicant',
  identityDocumentId: 'passport-shown',
  powerOfAttorneyId: null,
};

async function checkStatus(page: Page, number: string): Promise<string> {
  await page.goto(`/${lang}/check/${number}`);
  return squash(await page.locator('#check-status').textContent());
}

describe('a registration after hand-over in the browser (ru)', () => {
  const suite = useSuite();
  let office: Office;

  it('re-registers a missionary from the registry through hand-over; the old certificate is superseded', async () => {
    const deps = suite.server.deps;
    office = await officeWithStaff(deps, '71');
    const act = (who: keyof Office['staff'], id: string, version: number, c: StaffCommand) =>
      performCaseAction(deps, office.staff[who], origin, id, version, c, newIdempotencyKey());
    const first = await signedCase(deps, office, 'missionary');
    await act('clerk', first.caseId, first.version, HAND_OVER);

    const clerk = await suite.page();
    assert.equal((await signIn(clerk, lang, office.staff.clerk.login, PASSWORD)).status(), 303);
    await clerk.goto(`/${lang}/staff/registry?passport=${encodeURIComponent(SENTINELS.passport)}`);
    await Promise.all([
      clerk.waitForURL(/\/ru\/staff\/registry\/[0-9a-f-]{36}$/),
      clerk.locator('main a[href^="/ru/staff/registry/"]').first().click(),
    ]);
    await Promise.all([
      clerk.waitForURL(`**/ru/staff/documents/${first.number}`),
      clerk.click(`a:text-is("${first.number}")`),
    ]);
    await Promise.all([
      clerk.waitForURL(/\/ru\/staff\/cases\/new\?from=/),
      clerk.click(`a:text-is("${message(lang, 'docpage.re_register')}")`),
    ]);
    assert.equal(await clerk.inputValue('#f-applicant-latinSurname'), 'MUELLER');
    await clerk.check('#f-consent');
    await Promise.all([
      clerk.waitForURL(/\/staff\/cases\/[0-9a-f-]{36}$/),
      clerk.click(`button:text-is("${message(lang, 'intake.submit')}")`),
    ]);
    const caseId = clerk.url().split('/').pop()!;
    const row = await findCase(deps.database.db, caseId);
    assert.equal(row!.kind, 'missionary-re-registration');

    let r = await act('records', caseId, row!.version, { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS });
    r = await act('officer', caseId, r.version, { kind: 'take_for_review' });
    r = await act('officer', caseId, r.version, { kind: 'propose' });
    await act('head', caseId, r.version, { kind: 'sign' });
    const next = (await findCase(deps.database.db, caseId))!.documentNumber!;

    await clerk.goto(`/${lang}/staff/cases/${caseId}`);
    await clerk.check('#a-hand_over-recipient-applicant');
    await clerk.selectOption('#a-hand_over-identityDocumentId', 'applicant.identityDocument');
    await Promise.all([clerk.waitForURL(/done=hand_over$/), clerk.click('#do-hand_over')]);

    const phone = await suite.page({ locale: 'ru-RU' });
    assert.equal(await checkStatus(phone, first.number), message(lang, 'check.status.superseded'));
    assert.ok(squash(await phone.locator('main').textContent()).includes(next));
    assert.equal(await checkStatus(phone, next), message(lang, 'check.status.valid'));
  });

  it("annuls a group's registration by a court decision; the check shows it annulled", async () => {
    const deps = suite.server.deps;
    const group = await signedCase(deps, office, 'group');
    const head = await suite.page();
    assert.equal((await signIn(head, lang, office.staff.head.login, PASSWORD)).status(), 303);
    await head.goto(`/${lang}/staff/cases/${group.caseId}`);
    await Promise.all([
      head.waitForURL(`**/ru/staff/documents/${group.number}`),
      head.click(`a:text-is("${group.number}")`),
    ]);
    await head.selectOption('#ground', 'court_decision');
    await head.selectOption('#reason', 'court_decision');
    await head.fill('#decisionNumber', '2-771/2026');
    await head.fill('#decisionDate', '2026-01-20');
    await Promise.all([
      head.waitForURL(`**/ru/staff/documents/${group.number}`),
      head.click(`button:text-is("${message(lang, 'docpage.annul.submit')}")`),
    ]);
    assert.equal(
      squash(await head.locator('#document-status').textContent()),
      message(lang, 'registry.status.annulled'),
    );
    const phone = await suite.page({ locale: 'ru-RU' });
    assert.equal(await checkStatus(phone, group.number), message(lang, 'check.status.annulled'));
  });
});
