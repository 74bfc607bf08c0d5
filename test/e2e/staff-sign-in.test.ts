// Staff sign-in as a browser sees it: signing in and out, a wrong password, a form without its CSRF
// token, and the skip link for keyboard users.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../../src/app/demo/seed-demo.js';
import {
  LANGS,
  clickForDocument,
  message,
  pathOf,
  signIn,
  signOut,
  squash,
  submitSignIn,
  useSuite,
  type Lang,
} from './support.js';

// The demo account signed in with, as seed-demo.ts creates it.
const HEAD = { login: 'astana.head', displayName: 'Марат Жұмабаев', organisation: '71-000' };

describe('staff sign-in', () => {
  const suite = useSuite();

  it('signs a demo head in (kk), greets them, and signs them out', async () => {
    const page = await suite.page();
    const response = await signIn(page, 'kk', HEAD.login, DEMO_PASSWORD);
    assert.equal(response.status(), 303);
    await page.waitForURL('**/kk/staff');
    assert.equal(pathOf(page), '/kk/staff');
    assert.equal(await page.getAttribute('html', 'lang'), 'kk');
    assert.equal(
      squash(await page.locator('h1').textContent()),
      message('kk', 'staff.welcome', { name: HEAD.displayName }),
    );
    const organisation = page.locator('.summary-list div', {
      has: page.locator(`dt:text-is("${message('kk', 'staff.organisation')}")`),
    });
    assert.equal(squash(await organisation.locator('dd .code').textContent()), HEAD.organisation);
    const roles = page.locator('.summary-list div', {
      has: page.locator(`dt:text-is("${message('kk', 'staff.roles')}")`),
    });
    assert.equal(squash(await roles.locator('dd').textContent()), message('kk', 'role.head'));

    await signOut(page, 'kk');
    assert.equal(pathOf(page), '/kk/staff/sign-in?out=1');
    assert.equal(squash(await page.locator('h1').textContent()), message('kk', 'signin.title'));
    assert.equal(
      squash(await page.locator('.notice[role=status]').textContent()),
      message('kk', 'signin.signed_out'),
    );
    // The header offers sign-in again, not sign-out.
    assert.equal(await page.locator('form[action="/kk/staff/sign-out"]').count(), 0);

    // The session is gone: the staff page sends the visitor to sign in, remembering where they were going.
    await page.goto('/kk/staff');
    assert.equal(pathOf(page), `/kk/staff/sign-in?next=${encodeURIComponent('/kk/staff')}`);
    assert.equal(squash(await page.locator('h1').textContent()), message('kk', 'signin.title'));
    assert.equal(await page.locator('.notice').count(), 0, 'no notice on a plain redirect to sign-in');
  });

  it('returns to the page asked for after signing in', async () => {
    const page = await suite.page();
    await page.goto('/ru/staff/password');
    assert.equal(pathOf(page), `/ru/staff/sign-in?next=${encodeURIComponent('/ru/staff/password')}`);
    await submitSignIn(page, HEAD.login, DEMO_PASSWORD);
    await page.waitForURL('**/ru/staff/password');
    assert.equal(squash(await page.locator('h1').textContent()), message('ru', 'password.title'));
  });

  // A different account per language: each failure counts towards that account's lockout.
  const WRONG: Record<Lang, string> = { kk: 'astana.records', ru: 'astana.pass', en: 'kokshetau.clerk' };
  for (const lang of LANGS) {
    it(`refuses a wrong password with 401 and keeps the login (${lang})`, async () => {
      const page = await suite.page();
      await page.goto(`/${lang}/staff/sign-in`);
      const response = await submitSignIn(page, WRONG[lang], 'not-the-password');
      assert.equal(response.status(), 401);
      assert.equal(pathOf(page), `/${lang}/staff/sign-in`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(
        squash(await page.locator('.notice[role=alert]').textContent()),
        message(lang, 'signin.failed'),
      );
      assert.equal(await page.inputValue('#login'), WRONG[lang]);
      assert.equal(await page.inputValue('#password'), '', 'a password is never sent back');

      // The form it shows still works: the right password now signs in.
      const retry = await submitSignIn(page, WRONG[lang], DEMO_PASSWORD);
      assert.equal(retry.status(), 303);
      await page.waitForURL(`**/${lang}/staff`);
    });

    it(`refuses a form posted without its CSRF token with the localized 403 page (${lang})`, async () => {
      const page = await suite.page();
      await page.goto(`/${lang}/staff/sign-in`);
      await page.fill('#login', HEAD.login);
      await page.fill('#password', DEMO_PASSWORD);
      const removed = await page.evaluate(() => {
        const inputs = document.querySelectorAll('form[action$="/staff/sign-in"] input[name="_csrf"]');
        inputs.forEach((input) => input.remove());
        return inputs.length;
      });
      assert.equal(removed, 1, 'the sign-in form carries one CSRF token');
      const response = await clickForDocument(page, 'form[action$="/staff/sign-in"] button[type=submit]');
      assert.equal(response.status(), 403);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(squash(await page.locator('h1').textContent()), message(lang, 'error.title'));
      assert.equal(
        squash(await page.locator('main .lead').textContent()),
        message(lang, 'error.CSRF_FAILED'),
      );

      // The right password without a token signed nobody in.
      await page.goto(`/${lang}/staff`);
      assert.equal(pathOf(page), `/${lang}/staff/sign-in?next=${encodeURIComponent(`/${lang}/staff`)}`);
    });
  }

  it('lets a keyboard user skip to the main content', async () => {
    const page = await suite.page();
    await page.goto('/kk/staff/sign-in');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.tagName, cls: el?.className, href: el?.getAttribute('href'), text: el?.textContent };
    });
    assert.deepEqual(
      { ...first, text: squash(first.text) },
      { tag: 'A', cls: 'skip-link', href: '#main', text: message('kk', 'site.skip') },
    );
    // The link is visible while focused (it may be hidden off-screen otherwise).
    const box = await page.locator('.skip-link').boundingBox();
    assert.ok(box && box.y >= 0 && box.x >= 0 && box.width > 0 && box.height > 0, 'skip link on screen');

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN');
    assert.equal(new URL(page.url()).hash, '#main');
    // The next Tab continues inside main: the first field of the form, not the header's links.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'login');
  });
});
