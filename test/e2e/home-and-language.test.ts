// The public home page in each language, the language switch, and how "/" picks a language: the
// remembered one first, else the browser's preference, else Kazakh.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LANGS, message, pathOf, squash, useSuite } from './support.js';

const RESULTS_DIR = path.resolve(import.meta.dirname, '../../test-results');

/** GET / with exactly the headers given (a browser always adds an Accept-Language of its own). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; location: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? '') });
    });
    req.on('error', reject);
  });
}

describe('home page and language', () => {
  const suite = useSuite();

  for (const lang of LANGS) {
    it(`renders the home page in ${lang}`, async () => {
      const page = await suite.page();
      const response = await page.goto(`/${lang}/`);
      assert.equal(response?.status(), 200);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      const h1 = page.locator('h1');
      assert.equal(await h1.count(), 1, 'one h1 per page');
      assert.equal(squash(await h1.textContent()), message(lang, 'home.title'));
      assert.equal(
        await page.title(),
        message(lang, 'site.page_title', {
          page: message(lang, 'home.title'),
          site: message(lang, 'site.name'),
        }),
      );

      // The switch links to the two other languages (each named in its own language, marked with its
      // lang) and shows the current one as the current, not as a link.
      const nav = page.locator('nav.lang-switch');
      assert.equal(await nav.getAttribute('aria-label'), message(lang, 'site.language'));
      const links = await nav.locator('a').evaluateAll((as) =>
        as.map((a) => ({
          text: a.textContent?.trim() ?? '',
          href: a.getAttribute('href'),
          hreflang: a.getAttribute('hreflang'),
          lang: a.getAttribute('lang'),
        })),
      );
      const others = LANGS.filter((l) => l !== lang);
      assert.deepEqual(
        links,
        others.map((l) => ({ text: message(lang, `lang.${l}`), href: `/${l}/`, hreflang: l, lang: l })),
      );
      const current = nav.locator('[aria-current="true"]');
      assert.equal(squash(await current.textContent()), message(lang, `lang.${lang}`));
      assert.equal(await nav.locator(`a[hreflang="${lang}"]`).count(), 0);
    });
  }

  it('follows Accept-Language on a first visit and remembers the chosen language', async () => {
    const page = await suite.page({ extraHTTPHeaders: { 'Accept-Language': 'ru' } });
    await page.goto('/');
    assert.equal(pathOf(page), '/ru/');
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');
    assert.equal(squash(await page.locator('h1').textContent()), message('ru', 'home.title'));

    await Promise.all([
      page.waitForURL('**/kk/'),
      page.click(`nav.lang-switch a:text-is("${message('ru', 'lang.kk')}")`),
    ]);
    assert.equal(pathOf(page), '/kk/');
    assert.equal(squash(await page.locator('h1').textContent()), message('kk', 'home.title'));

    // The browser still prefers Russian, but the chosen Kazakh wins on the next visit to "/".
    await page.goto('/');
    assert.equal(pathOf(page), '/kk/');
    assert.equal(await page.getAttribute('html', 'lang'), 'kk');
  });

  it('sends a first visit preferring English to /en/', async () => {
    const page = await suite.page({ extraHTTPHeaders: { 'Accept-Language': 'en' } });
    await page.goto('/');
    assert.equal(pathOf(page), '/en/');
    assert.equal(squash(await page.locator('h1').textContent()), message('en', 'home.title'));
  });

  it('sends a first visit without Accept-Language to /kk/', async () => {
    // Chromium adds Accept-Language below any interception, so this request goes out without a browser.
    const res = await rawGet(`${suite.server.url}/`, {});
    assert.equal(res.status, 302);
    assert.equal(res.location, '/kk/');
  });

  it('keeps the language while switching on an inner page', async () => {
    const page = await suite.page();
    await page.goto('/kk/staff/sign-in');
    await Promise.all([
      page.waitForURL('**/en/staff/sign-in'),
      page.click(`nav.lang-switch a[hreflang="en"]`),
    ]);
    assert.equal(squash(await page.locator('h1').textContent()), message('en', 'signin.title'));
  });

  it('screenshots the Kazakh home page at 1280 px and 320 px', async () => {
    await fs.mkdir(RESULTS_DIR, { recursive: true });
    for (const width of [1280, 320]) {
      const page = await suite.page({ viewport: { width, height: 800 } });
      await page.goto('/kk/');
      const file = path.join(RESULTS_DIR, `home-kk-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      assert.ok((await fs.stat(file)).size > 1000, `${file} is written`);
      // The CSS promises a readable page from 320 px: nothing may force sideways scrolling.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `at ${width} px the page is ${overflow} px wider than the window`);
    }
  });
});
