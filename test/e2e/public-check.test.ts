// The public check in a real browser (domain.md §6): a phone opens the QR's address; the fragment with
// the seal stays in the browser, the page's script hands it to the form and the server answers.
// Without JavaScript the same address shows the registry's record, and pasting the QR's text into the
// form gives the same answer.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { launchBrowser, newContext } from '../helpers/browser.js';
import { officeWithStaff, signedCase } from '../helpers/signed-cases.js';
import { findIssuedDocument } from '../../src/db/issued-documents-store.js';
import { message, squash } from './support.js';

let db: TestDatabase & { drop(): Promise<void> };
let t: TestApp;
let browser: Browser;
let seal: string;
let number: string;

before(async () => {
  browser = await launchBrowser();
  db = await createTestDatabase('pglite');
  t = await buildTestApp(db.database);
  const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  // The QR opens this very server.
  t.deps.publicUrl = url;
  const office = await officeWithStaff(t.deps);
  ({ number } = await signedCase(t.deps, office, 'missionary'));
  seal = (await findIssuedDocument(db.database.db, number))!.sealText!;
  assert.ok(seal.startsWith(`${url}/check/${number}#`));
});
after(async () => {
  await browser?.close();
  await t?.close();
  await db?.drop();
});

it('the QR opened on a phone: the script verifies the seal from the fragment, in the browser’s language', async () => {
  const context = await newContext(browser, { locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(seal);
  await page.waitForURL(/\/ru\/check\/seal$/);
  assert.equal(squash(await page.textContent('#check-verdict')), message('ru', 'check.verdict.genuine'));
  assert.equal(squash(await page.textContent('#check-status')), message('ru', 'check.status.valid'));
  assert.ok((await page.textContent('main'))!.includes(number));
  // The fragment left the address bar, so going back does not post it again.
  await page.goBack();
  assert.equal(new URL(page.url()).hash, '');
  await context.close();
});

it('a tampered fragment is answered as altered', async () => {
  const context = await newContext(browser, { locale: 'en-GB' });
  const page = await context.newPage();
  const [before, sig] = [seal.slice(0, seal.lastIndexOf('.')), seal.slice(seal.lastIndexOf('.') + 1)];
  // One character of the signature changed: no longer the office's signature over these fields.
  const flipped = `${before}.${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
  await page.goto(flipped);
  await page.waitForURL(/\/en\/check\/seal$/);
  assert.equal(squash(await page.textContent('#check-verdict')), message('en', 'check.verdict.forged'));
  await context.close();
});

it('without JavaScript: the record by number, and the pasted QR text verified by the form', async () => {
  const context = await newContext(browser, { locale: 'kk-KZ', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(seal);
  assert.equal(new URL(page.url()).pathname, `/check/${number}`);
  assert.equal(squash(await page.textContent('#check-status')), message('kk', 'check.status.valid'));
  await page.fill('#seal', seal);
  await page.click('#seal-form button[type="submit"]');
  await page.waitForURL(/\/kk\/check\/seal$/);
  assert.equal(squash(await page.textContent('#check-verdict')), message('kk', 'check.verdict.genuine'));
  // The number form leads to the same record.
  await page.goto(`${new URL(seal).origin}/kk/check`);
  await page.fill('#number', number);
  await page.click('form[role="search"] button[type="submit"]');
  await page.waitForURL(new RegExp(`/kk/check/${number.replace(/\//g, '\\/')}$`));
  assert.equal(squash(await page.textContent('#check-status')), message('kk', 'check.status.valid'));
  await context.close();
});
