// In the browser, with the demo staff, in Kazakh and in Russian: a group (annex 8) with its members
// from intake to the reference handed over (§15); and a missionary's application handed in at the
// Astana department for activity in Kokshetau — the warning names the competent office, records
// registers it and sends it there with the form filled in, and Kokshetau's records service receives
// it from its incoming list into its own register, the clocks keeping the first hand-in (§1, §13).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/app/demo/seed-demo.js';
import { mod11CheckDigit } from '../../src/domain/identifiers/mod11-check-digit.js';
import { addDays, plainDateAt } from '../../src/domain/time/plain-date.js';
import { message, pathOf, signIn, squash, useSuite, type Lang, type Suite } from './support.js';

const LANGS_OFFICIAL = ['kk', 'ru'] as const;

/** A valid IIN for a birth date (YYMMDD), a century-and-sex digit and a serial. */
function iin(yymmdd: string, centurySex: string, serial: string): string {
  for (let n = Number(serial); ; n++) {
    const first11 = `${yymmdd}${centurySex}${String(n).padStart(4, '0')}`;
    const check = mod11CheckDigit(first11);
    if (check !== null && check < 10) return `${first11}${check}`;
  }
}

async function staff(suite: Suite, lang: Lang, login: string): Promise<Page> {
  const page = await suite.page();
  const res = await signIn(page, lang, login, DEMO_PASSWORD);
  assert.equal(res.status(), 303);
  await page.waitForURL(`**/${lang}/staff`);
  return page;
}

async function summary(page: Page, lang: Lang, key: Parameters<typeof message>[1]): Promise<string> {
  const row = page.locator('dl.summary-list div', {
    has: page.locator(`dt:text-is("${message(lang, key)}")`),
  });
  return squash(await row.locator('dd').first().textContent());
}

async function act(page: Page, kind: string) {
  await Promise.all([page.waitForURL(new RegExp(`done=${kind}$`)), page.click(`#do-${kind}`)]);
}

/** Records ticks every item of the stamp's checklist (a complete hand-in) and registers it. */
async function stampComplete(page: Page) {
  for (const box of await page.locator('form[action$="/actions/stamp"] input[name="items"]').all())
    await box.check();
  await act(page, 'stamp');
}

async function submitIntake(page: Page, lang: Lang) {
  await page.check(`#f-language-${lang}`);
  await page.check('#f-consent');
  await Promise.all([
    page.waitForURL(/\/staff\/cases\/[0-9a-f-]{36}$/),
    page.click(`button:text-is("${message(lang, 'intake.submit')}")`),
  ]);
  return { url: pathOf(page), tracking: await summary(page, lang, 'case.tracking') };
}

describe('a group with its members, and a transfer to the competent office, in the browser', () => {
  const suite = useSuite();
  const today = plainDateAt(new Date(), 'Asia/Almaty');

  for (const lang of LANGS_OFFICIAL)
    it(`${lang}: a group with its members, from intake to the reference handed over (annex 8, §15)`, async () => {
      const clerk = await staff(suite, lang, 'astana.clerk');
      await clerk.goto(`/${lang}/staff/cases/new?kind=group-registration`);
      const person = (
        prefix: string,
        surname: string,
        name: string,
        id: string,
        card: string,
      ): [string, string][] => [
        [`${prefix}-surname`, surname],
        [`${prefix}-name`, name],
        [`${prefix}-citizenship`, 'KZ'],
        [`${prefix}-iin`, id],
        [`${prefix}-identityDocument-number`, card],
        [`${prefix}-identityDocument-issueDate`, '2019-03-01'],
      ];
      const fill: [string, string][] = [
        ['groupName', lang === 'kk' ? 'Есіл бауырластары' : 'Братство на Есиле'],
        ['location', 'Астана, Бейбітшілік к-сі, 12'],
        ['territory', 'Астана қаласы'],
        ['adultMemberCount', '3'],
        ...person('leader', 'Серіков', 'Асан', iin('750312', '3', '0101'), '012345678'),
        ...person('members-0', 'Ахметова', 'Дана', iin('900805', '4', '0202'), '087654321'),
        ...person('members-1', 'Ким', 'Виктор', iin('880117', '3', '0404'), '055566677'),
        ['premises-documentDate', addDays(today, -40)],
        ['premises-owner-name', 'Бейбіт ЖШС'],
      ];
      for (const [id, value] of fill) await clerk.fill(`#f-${id}`, value);
      for (const p of ['leader', 'members-0', 'members-1'])
        await clerk.selectOption(`#f-${p}-identityDocument-kind`, 'kz-id-card');
      await clerk.selectOption('#f-affiliation', 'evangelical-christian');
      await clerk.selectOption('#f-premises-documentKind', 'lease-contract');
      await clerk.check('#f-premises-owner-kind-legal-entity');
      const { url, tracking } = await submitIntake(clerk, lang);
      // The members are on the case, each by name.
      const application = squash(await clerk.locator('main').textContent());
      for (const name of ['Серіков', 'Ахметова', 'Ким']) assert.ok(application.includes(name), name);

      const records = await staff(suite, lang, 'astana.records');
      await records.goto(`/${lang}/staff/cases`);
      await Promise.all([
        records.waitForURL(`**${url}`),
        records.click(`#list-at_counter a:text-is("${tracking}")`),
      ]);
      await stampComplete(records);
      assert.equal(await summary(records, lang, 'case.state'), message(lang, 'case.state.registered'));

      const officer = await staff(suite, lang, 'astana.officer');
      await officer.goto(url);
      await act(officer, 'take_for_review');
      await act(officer, 'propose');
      const head = await staff(suite, lang, 'astana.head');
      await head.goto(url);
      await act(head, 'sign');
      const number = await summary(head, lang, 'case.document_number');
      assert.match(number, /^71-000\/\d{4}\/2-\d{4}$/, 'a reference (annex 6), numbered in its series');

      await clerk.goto(`/${lang}/staff/cases`);
      await Promise.all([
        clerk.waitForURL(`**${url}`),
        clerk.click(`#list-ready_to_collect a:text-is("${tracking}")`),
      ]);
      await clerk.check('#a-hand_over-recipient-applicant');
      await clerk.selectOption('#a-hand_over-identityDocumentId', 'leader.identityDocument');
      await act(clerk, 'hand_over');
      assert.equal(await summary(clerk, lang, 'case.state'), message(lang, 'case.state.handed_over'));
      await clerk.goto(`/${lang}/staff/journal`);
      const row = clerk.locator('table.journal tbody tr', { has: clerk.locator(`a:text-is("${number}")`) });
      assert.equal(await row.count(), 1, 'the journal lists the hand-over');
      assert.ok(squash(await row.textContent()).includes(fill[0]![1]), 'the holder is the group');
    });

  for (const lang of LANGS_OFFICIAL)
    it(`${lang}: handed in at the wrong office, transferred with the form filled in and received there (§1, §13)`, async () => {
      const clerk = await staff(suite, lang, 'astana.clerk');
      await clerk.goto(`/${lang}/staff/cases/new?kind=missionary-registration`);
      const fill: [string, string][] = [
        ['applicant-surname', 'Шмидт'],
        ['applicant-name', 'Томас'],
        ['applicant-latinSurname', 'SCHMIDT'],
        ['applicant-latinGivenNames', 'THOMAS'],
        ['applicant-citizenship', 'DEU'],
        ['applicant-birthDate', '1980-02-14'],
        ['applicant-identityDocument-number', 'C01X00T47'],
        ['applicant-identityDocument-country', 'DE'],
        ['applicant-identityDocument-issueDate', '2020-05-01'],
        ['applicant-identityDocument-expiryDate', addDays(today, 2000)],
        ['applicant-identityDocument-issuer', 'Stadt Bonn'],
        ['applicant-migrationRegistration-number', 'MR-2201'],
        ['applicant-migrationRegistration-date', addDays(today, -3)],
        ['applicant-migrationRegistration-validUntil', addDays(today, 300)],
        ['address', 'Көкшетау, Абай көшесі, 4'],
        ['term-from', addDays(today, 10)],
        ['term-to', addDays(today, 180)],
        ['territory', 'Көкшетау қаласы'],
        ['sendingAssociation-name', 'Evangelische Gemeinde Bonn'],
        ['sendingAssociation-country', 'DE'],
        ['sendingAssociation-registrationDocument-title', 'Vereinsregister'],
        ['mandate-title', 'Sendungsurkunde'],
        ['mandate-date', addDays(today, -20)],
        ['invitingAssociation-name', 'Көкшетау евангелиялық қауымы'],
        ['invitingAssociation-bin', '100140000013'],
      ];
      for (const [id, value] of fill) await clerk.fill(`#f-${id}`, value);
      await clerk.selectOption('#f-applicant-identityDocument-kind', 'foreign-passport');
      await clerk.selectOption('#f-affiliation', 'evangelical-baptist');
      // The territory by the directory: the town of Kokshetau, another office's.
      await clerk.selectOption('#f-territoryUnit', 'office:11-001');
      const { url, tracking } = await submitIntake(clerk, lang);
      const warning = clerk.locator('section.case-competence');
      assert.ok(squash(await warning.textContent()).includes('(11-001)'), 'the competent office is named');

      const records = await staff(suite, lang, 'astana.records');
      await records.goto(url);
      await stampComplete(records);
      const first = await summary(records, lang, 'case.incoming');
      const startDay = await summary(records, lang, 'case.start_day');
      // The warning leads to the transfer form, already filled in with the competent office.
      await records.click(`a[href="#a-transfer-toOfficeCode"]`);
      assert.equal(await records.inputValue('#a-transfer-toOfficeCode'), '11-001');
      assert.ok((await records.inputValue('#a-transfer-reason')).length > 0, 'and a reason');
      await act(records, 'transfer');
      assert.equal(await summary(records, lang, 'case.state'), message(lang, 'case.state.transferred'));

      // Kokshetau: the case on its incoming list; read, received into its own register.
      const there = await staff(suite, lang, 'kokshetau.clerk');
      await there.goto(`/${lang}/staff/cases`);
      await Promise.all([
        there.waitForURL(`**${url}`),
        there.click(`#list-incoming_transfers a:text-is("${tracking}")`),
      ]);
      assert.equal(await summary(there, lang, 'case.state'), message(lang, 'case.state.transferred'));
      await act(there, 'receive_transfer');
      assert.equal(await summary(there, lang, 'case.state'), message(lang, 'case.state.registered'));
      const numbers = await summary(there, lang, 'case.incoming');
      assert.ok(numbers.startsWith(first), 'the first incoming number is kept');
      assert.match(numbers, /11-001\/\d{4}\/\d{4}$/, 'and Kokshetau gives its own');
      assert.equal(
        await summary(there, lang, 'case.start_day'),
        startDay,
        'the clocks keep the first hand-in',
      );
      await there.goto(`/${lang}/staff/cases`);
      assert.equal(await there.locator(`#list-new a:text-is("${tracking}")`).count(), 1, 'new at Kokshetau');
      // Astana no longer has it.
      const back = await records.goto(url);
      assert.equal(back?.status(), 404);
    });
});
