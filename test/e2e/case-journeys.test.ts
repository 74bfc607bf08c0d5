// The case at the counter in the browser, with the demo staff of office 71-000, each in their own
// browser: in Kazakh, an incomplete hand-in refused (§16) — intake, registration with an item
// missing, the refusal drafted, signed and delivered; in Russian, a complete one — intake,
// registration, review, proposal, signature, the certificate's number and its PDF (its QR opened on
// the public check, genuine), hand-over and the journal (§15).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/app/demo/seed-demo.js';
import { addDays, plainDateAt } from '../../src/domain/time/plain-date.js';
import { message, pathOf, signIn, squash, useSuite, type Lang, type Suite } from './support.js';
import { decodeQr, pdfText, renderFirstPage } from '../../src/documents/pdf-test-helper.js';

// The §11.1 checklist of a missionary with materials and no representative (checklists-2011.ts).
const ITEMS = [
  'missionary-application',
  'mandate-copy',
  'sending-association-registration-copy',
  'invitation',
  'religious-materials',
  'identity-document-shown',
];

async function staff(suite: Suite, lang: Lang, login: string): Promise<Page> {
  const page = await suite.page();
  const res = await signIn(page, lang, login, DEMO_PASSWORD);
  assert.equal(res.status(), 303);
  await page.waitForURL(`**/${lang}/staff`);
  return page;
}

/** The value of a row of the case page's summary, by its label. */
async function summary(page: Page, lang: Lang, key: Parameters<typeof message>[1]): Promise<string> {
  const row = page.locator('dl.summary-list div', {
    has: page.locator(`dt:text-is("${message(lang, key)}")`),
  });
  return squash(await row.locator('dd').first().textContent());
}

/** The clerk opens the intake form from the desk and takes a missionary's application in. */
async function takeIn(page: Page, lang: Lang): Promise<{ url: string; tracking: string }> {
  const today = plainDateAt(new Date(), 'Asia/Almaty');
  await Promise.all([
    page.waitForURL(`**/${lang}/staff/cases`),
    page.click(`main a:text-is("${message(lang, 'staff.cases_link')}")`),
  ]);
  await page.click(`a[href="/${lang}/staff/cases/new?kind=missionary-registration"]`);
  await page.waitForURL(`**/${lang}/staff/cases/new?kind=missionary-registration`);
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
    ['address', 'Астана, Сарайшық көшесі, 4'],
    ['term-from', addDays(today, 10)],
    ['term-to', addDays(today, 180)],
    ['territory', 'Астана қаласы'],
    ['sendingAssociation-name', 'Evangelische Gemeinde Bonn'],
    ['sendingAssociation-country', 'DE'],
    ['sendingAssociation-registrationDocument-title', 'Vereinsregister'],
    ['mandate-title', 'Sendungsurkunde'],
    ['mandate-date', addDays(today, -20)],
    ['invitingAssociation-name', 'Астана евангелиялық қауымы'],
    ['invitingAssociation-bin', '100140000013'],
    ['materials-0-title', 'Інжіл'],
    ['materials-0-language', 'kk'],
    ['materials-0-quantity', '5'],
  ];
  for (const [id, value] of fill) await page.fill(`#f-${id}`, value);
  await page.selectOption('#f-applicant-identityDocument-kind', 'foreign-passport');
  await page.selectOption('#f-affiliation', 'evangelical-baptist');
  await page.check(`#f-language-${lang === 'ru' ? 'ru' : 'kk'}`);
  await page.check('#f-consent');
  await Promise.all([
    page.waitForURL(/\/staff\/cases\/[0-9a-f-]{36}$/),
    page.click(`button:text-is("${message(lang, 'intake.submit')}")`),
  ]);
  assert.equal(await summary(page, lang, 'case.state'), message(lang, 'case.state.at_counter'));
  return { url: pathOf(page), tracking: await summary(page, lang, 'case.tracking') };
}

/** Opens the case from the office's worklist, by its tracking code. */
async function openFromList(page: Page, lang: Lang, list: string, tracking: string, url: string) {
  await page.goto(`/${lang}/staff/cases`);
  await Promise.all([page.waitForURL(`**${url}`), page.click(`#list-${list} a:text-is("${tracking}")`)]);
}

async function act(page: Page, kind: string) {
  await Promise.all([page.waitForURL(new RegExp(`done=${kind}$`)), page.click(`#do-${kind}`)]);
}

describe('the case at the counter in the browser', () => {
  const suite = useSuite();

  it('kk: an incomplete hand-in is refused — drafted, signed and delivered (§16)', async () => {
    const lang = 'kk';
    const clerk = await staff(suite, lang, 'astana.clerk');
    const { url, tracking } = await takeIn(clerk, lang);

    const records = await staff(suite, lang, 'astana.records');
    await openFromList(records, lang, 'at_counter', tracking, url);
    for (const item of ITEMS.filter((i) => i !== 'invitation')) await records.check(`#a-stamp-items-${item}`);
    await act(records, 'stamp');
    assert.equal(await summary(records, lang, 'case.state'), message(lang, 'case.state.registered'));
    assert.match(await summary(records, lang, 'case.incoming'), /^71-000\/\d{4}\/\d{4}$/);
    assert.equal(await records.locator('ul.missing-items li').count(), 1, 'the missing item is recorded');

    const officer = await staff(suite, lang, 'astana.officer');
    await openFromList(officer, lang, 'new', tracking, url);
    assert.ok(
      await officer.isChecked('#a-draft_refusal-missingItemIds-invitation'),
      'preselected from the stamp',
    );
    assert.ok(!(await officer.isChecked('#a-draft_refusal-missingItemIds-mandate-copy')));
    await act(officer, 'draft_refusal');
    assert.equal(await summary(officer, lang, 'case.state'), message(lang, 'case.state.refusal_drafted'));

    const head = await staff(suite, lang, 'astana.head');
    await head.goto(url);
    await act(head, 'sign_refusal');
    assert.match(await summary(head, lang, 'case.outgoing_number'), /^71-000\/\d{4}\/\d{4}$/);

    await records.goto(url);
    await records.check('#a-deliver_refusal-how-post');
    await records.fill('#a-deliver_refusal-proofReference', 'RR000111222KZ');
    await act(records, 'deliver_refusal');
    assert.equal(await summary(records, lang, 'case.state'), message(lang, 'case.state.refusal_delivered'));
    const timeline = squash(await records.locator('table.case-timeline').textContent());
    for (const ev of ['take_in', 'stamp', 'draft_refusal', 'sign_refusal', 'deliver_refusal'] as const)
      assert.ok(timeline.includes(message(lang, `case.event.${ev}`)), ev);
  });

  it('ru: a complete hand-in becomes a certificate, handed over and entered in the journal (§15)', async () => {
    const lang = 'ru';
    const clerk = await staff(suite, lang, 'astana.clerk');
    const { url, tracking } = await takeIn(clerk, lang);

    const records = await staff(suite, lang, 'astana.records');
    await openFromList(records, lang, 'at_counter', tracking, url);
    for (const item of ITEMS) await records.check(`#a-stamp-items-${item}`);
    await act(records, 'stamp');
    assert.equal(await records.locator('ul.missing-items').count(), 0);

    const officer = await staff(suite, lang, 'astana.officer');
    await openFromList(officer, lang, 'new', tracking, url);
    await act(officer, 'take_for_review');
    await act(officer, 'propose');
    assert.equal(await summary(officer, lang, 'case.state'), message(lang, 'case.state.proposed'));

    const head = await staff(suite, lang, 'astana.head');
    await head.goto(url);
    await act(head, 'sign');
    const number = await summary(head, lang, 'case.document_number');
    assert.match(number, /^71-000\/\d{4}\/1-\d{4}$/, 'the certificate number is shown');
    // domain.md §6: the certificate as a PDF, linked from the case page in the application's language.
    const link = head.locator(`#document-certificate a[hreflang="${lang}"]`);
    const href = await link.getAttribute('href');
    assert.equal(href, `${url.split('?')[0]}/documents/certificate?language=${lang}`);
    const pdf = await head.request.get(href!);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    const body = await pdf.body();
    const printed = pdfText(body);
    assert.ok(printed.includes(`№ ${number}`) && printed.includes('СВИДЕТЕЛЬСТВО'), printed);
    // Its QR, read from the printed page, opened as a phone would: the public check says it is genuine.
    const [qr] = decodeQr(renderFirstPage(body, 200));
    const scanned = new URL(qr!);
    assert.equal(scanned.pathname, `/check/${number}`);
    const phone = await suite.page({ locale: 'ru-RU' });
    await phone.goto(`${scanned.pathname}${scanned.hash}`);
    await phone.locator('#check-verdict').waitFor();
    assert.equal(
      squash(await phone.locator('#check-verdict').textContent()),
      message(lang, 'check.verdict.genuine'),
    );

    await openFromList(clerk, lang, 'ready_to_collect', tracking, url);
    await clerk.check('#a-hand_over-recipient-applicant');
    await clerk.selectOption('#a-hand_over-identityDocumentId', 'applicant.identityDocument');
    await act(clerk, 'hand_over');
    assert.equal(await summary(clerk, lang, 'case.state'), message(lang, 'case.state.handed_over'));

    await clerk.goto(`/${lang}/staff/cases`);
    await Promise.all([
      clerk.waitForURL(`**/${lang}/staff/journal`),
      clerk.click(`a:text-is("${message(lang, 'cases.journal_link')}")`),
    ]);
    const row = clerk.locator('table.journal tbody tr', { has: clerk.locator(`a:text-is("${number}")`) });
    assert.equal(await row.count(), 1, 'the journal lists the hand-over');
    const text = squash(await row.textContent());
    assert.ok(text.includes('Шмидт Томас'), text);
    assert.ok(text.includes(message(lang, 'journal.recipient_applicant')), text);
    assert.ok(text.includes('Әлия Серікқызы Нұрланова'), 'who handed it over');
  });
});
