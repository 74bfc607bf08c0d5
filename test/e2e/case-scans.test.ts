// §11 scans and the §11.1 inventory in a real browser (Chromium), in Russian, with the demo staff of
// office 71-000: the clerk takes an application in with a scan chosen in the file input and a false
// one beside it (refused with its name, nothing opened, the typed fields kept), then without it; the
// case page lists the scan, which downloads with its name; the records service attaches a JPEG on the
// scans page; the clerk marks the materials returned.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/app/demo/seed-demo.js';
import { addDays, plainDateAt } from '../../src/domain/time/plain-date.js';
import { message, signIn, squash, useSuite, type Lang, type Suite } from './support.js';

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/scans/${name}`, import.meta.url));

async function staff(suite: Suite, lang: Lang, login: string): Promise<Page> {
  const page = await suite.page();
  const res = await signIn(page, lang, login, DEMO_PASSWORD);
  assert.equal(res.status(), 303);
  await page.waitForURL(`**/${lang}/staff`);
  return page;
}

async function fillMissionary(page: Page, lang: Lang) {
  const today = plainDateAt(new Date(), 'Asia/Almaty');
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
    ['materials-1-title', 'Забур'],
    ['materials-1-language', 'ru'],
    ['materials-1-quantity', '2'],
  ];
  for (const [id, value] of fill) await page.fill(`#f-${id}`, value);
  await page.selectOption('#f-applicant-identityDocument-kind', 'foreign-passport');
  await page.selectOption('#f-affiliation', 'evangelical-baptist');
  await page.check(`#f-language-${lang === 'ru' ? 'ru' : 'kk'}`);
  await page.check('#f-consent');
}

describe('scans and the inventory in the browser', () => {
  const suite = useSuite();

  it('ru: a scan taken in at intake, a false one refused by name, a JPEG attached later, materials returned', async () => {
    const lang = 'ru';
    const clerk = await staff(suite, lang, 'astana.clerk');
    await clerk.goto(`/${lang}/staff/cases/new?kind=missionary-registration`);
    await fillMissionary(clerk, lang);
    await clerk.selectOption('#f-scans-0-item', 'mandate-copy');
    await clerk.setInputFiles('#f-scans-0-file', {
      name: 'мандат.pdf',
      mimeType: 'application/pdf',
      buffer: fixture('page.pdf'),
    });
    await clerk.setInputFiles('#f-scans-1-file', {
      name: 'паспорт.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]),
    });
    await Promise.all([
      clerk.waitForURL(`**/${lang}/staff/cases/new`),
      clerk.click(`button:text-is("${message(lang, 'intake.submit')}")`),
    ]);
    const summary = squash(await clerk.locator('.error-summary').textContent());
    assert.ok(summary.includes('«паспорт.pdf»'), summary);
    assert.ok(summary.includes(message(lang, 'field.file_type_not_allowed')), summary);
    assert.equal(await clerk.inputValue('#f-applicant-surname'), 'Шмидт', 'typed fields kept');
    assert.equal(await clerk.inputValue('#f-scans-0-item'), 'mandate-copy', 'the item chosen is kept');

    // Files are chosen again (a browser never fills a file input back), now without the false one.
    await clerk.setInputFiles('#f-scans-0-file', {
      name: 'мандат.pdf',
      mimeType: 'application/pdf',
      buffer: fixture('page.pdf'),
    });
    await Promise.all([
      clerk.waitForURL(/\/staff\/cases\/[0-9a-f-]{36}$/),
      clerk.click(`button:text-is("${message(lang, 'intake.submit')}")`),
    ]);
    const caseUrl = new URL(clerk.url()).pathname;
    const scans = squash(await clerk.locator('table.case-scans').textContent());
    assert.ok(scans.includes('мандат.pdf'), scans);
    const [download] = await Promise.all([
      clerk.waitForEvent('download'),
      clerk.click('table.case-scans a:text-is("мандат.pdf")'),
    ]);
    assert.equal(download.suggestedFilename(), 'мандат.pdf');
    assert.deepEqual(fs.readFileSync((await download.path())!), fixture('page.pdf'));

    const records = await staff(suite, lang, 'astana.records');
    await records.goto(`${caseUrl}/files`);
    await records.selectOption('#f-item', 'invitation');
    await records.setInputFiles('#f-file', {
      name: 'письмо.jpg',
      mimeType: 'image/jpeg',
      buffer: fixture('page.jpg'),
    });
    await Promise.all([
      records.waitForURL(/\/files\?done=attached&n=1$/),
      records.click(`button:text-is("${message(lang, 'scans.submit')}")`),
    ]);
    assert.ok(squash(await records.locator('table.case-scans').textContent()).includes('письмо.jpg'));

    await clerk.goto(caseUrl);
    await Promise.all([
      clerk.waitForURL(`**${caseUrl}`),
      clerk.click(`table.case-materials button:text-is("${message(lang, 'materials.return_one')}") >> nth=0`),
    ]);
    const materials = squash(await clerk.locator('table.case-materials').textContent());
    assert.ok(materials.includes(message(lang, 'materials.returned', { time: '', name: '' }).split(':')[0]!));
    await clerk.screenshot({ path: 'test-results/case-scans-ru.png', fullPage: true });
  });
});
