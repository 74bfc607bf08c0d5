// Issue 8 (WCAG 2.2 AA): every public page in kk, ru and en passes axe-core with no violation; the
// pages are found by crawling the public links from each language's home page, plus a list of known
// public routes (so pages added later are covered as soon as they are linked or listed). Every page
// reads at 320 px without scrolling sideways (a screenshot of each is kept); the public forms work by
// keyboard alone.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { LANGS, message, squash, useSuite, type Lang } from './support.js';
import { officeWithStaff, signedCase } from '../helpers/signed-cases.js';
import { newIdempotencyKey } from '../helpers/applications.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import { surveyToken } from '../../src/app/notify/case-notices.js';

const SCREENS = path.resolve(import.meta.dirname, '../../test-results/screens-320');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Public routes that may not be linked from the home page (the token of a survey is added below). */
const KNOWN = ['/', '/about', '/offices', '/check', '/accessibility', '/survey/not-a-token'];
/** At most this many pages of one shape (e.g. /offices/:code), and this many pages per language. */
const PER_SHAPE = 2;
const PER_LANG = 40;

const shape = (p: string) =>
  p.replace(/\/[^/]*\d[^/]*$/u, '/:id').replace(/\/survey\/.+$/u, '/survey/:token');

/** The public pages of one language: its home page's links followed (not staff, not files), breadth first. */
async function crawl(page: Page, lang: Lang, known: string[]): Promise<string[]> {
  const queue = known.map((k) => `/${lang}${k}`);
  const seen = new Set<string>(queue);
  const shapes = new Map<string, number>();
  const found: string[] = [];
  while (queue.length && found.length < PER_LANG) {
    const url = queue.shift()!;
    const n = shapes.get(shape(url)) ?? 0;
    if (n >= PER_SHAPE) continue;
    shapes.set(shape(url), n + 1);
    const response = await page.goto(url);
    if (!response || !(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    found.push(url);
    const links = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of links) {
      const u = new URL(href, 'http://x');
      if (u.host !== 'x' && !href.startsWith('/')) continue;
      const p = u.pathname;
      if (!p.startsWith(`/${lang}/`) || p.startsWith(`/${lang}/staff`) || /\.\w{2,4}$/u.test(p)) continue;
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
    }
  }
  return found;
}

describe('accessibility of the public pages (WCAG 2.2 AA)', () => {
  const suite = useSuite();
  let surveyPath = '';
  const pages: Record<Lang, string[]> = { kk: [], ru: [], en: [] };

  before(async () => {
    // A handed-over case, so the survey's form is among the pages checked.
    const deps = suite.server.deps;
    const office = await officeWithStaff(deps, '71');
    const c = await signedCase(deps, office, 'missionary');
    await performCaseAction(
      deps,
      office.staff.clerk,
      { ip: null, requestId: 'test' },
      c.caseId,
      c.version,
      {
        kind: 'hand_over',
        recipient: 'applicant',
        identityDocumentId: 'passport-shown',
        powerOfAttorneyId: null,
      },
      newIdempotencyKey(),
    );
    surveyPath = `/survey/${await surveyToken(deps.database.db, c.caseId)}`;
    const page = await suite.page();
    for (const lang of LANGS) pages[lang] = await crawl(page, lang, [...KNOWN, surveyPath]);
    await fs.mkdir(SCREENS, { recursive: true });
  });

  for (const lang of LANGS)
    it(`axe-core finds no violation on any public page in ${lang}`, async (t) => {
      assert.ok(pages[lang].length >= KNOWN.length, `pages found: ${pages[lang].join(' ')}`);
      t.diagnostic(`${pages[lang].length} pages: ${pages[lang].join(' ')}`);
      const page = await suite.page();
      const problems: string[] = [];
      for (const url of pages[lang]) {
        await page.goto(url);
        const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        assert.ok(result.passes.length > 10, `${url}: axe ran its rules`);
        for (const v of result.violations)
          problems.push(`${url}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      assert.deepEqual(problems, []);
    });

  for (const lang of LANGS)
    it(`every public page in ${lang} reads at 320 px without scrolling sideways`, async () => {
      const page = await suite.page({ viewport: { width: 320, height: 640 } });
      const wide: string[] = [];
      for (const url of pages[lang]) {
        await page.goto(url);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${url}: ${width}px`);
        const name = url.replace(/[^a-z0-9]+/giu, '_').slice(0, 80);
        await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
      }
      assert.deepEqual(wide, []);
    });

  it('the survey by keyboard alone: tab to each question, choose with the arrows, send with Enter', async () => {
    const page = await suite.page();
    await page.goto(`/ru${surveyPath}`);
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName);
    // From the top of the page, Tab reaches the first question's first choice.
    for (let i = 0; i < 40 && (await focused()) !== 'process'; i++) await page.keyboard.press('Tab');
    assert.equal(await focused(), 'process');
    await page.keyboard.press('Space'); // 1
    await page.keyboard.press('ArrowDown'); // 2
    await page.keyboard.press('ArrowDown'); // 3
    await page.keyboard.press('ArrowDown'); // 4
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'information');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'politeness');
    // Leave the third unanswered and send: the error summary names it and links to it.
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'BUTTON');
    await Promise.all([page.waitForLoadState('domcontentloaded'), page.keyboard.press('Enter')]);
    await page.waitForSelector('.error-summary');
    assert.ok(
      squash(await page.textContent('.error-summary')).includes(message('ru', 'notify.survey.q.politeness')),
    );
    assert.equal(await page.locator('input[name="process"]:checked').getAttribute('value'), '4', 'kept');
    assert.equal(await page.locator('input[name="information"]:checked').getAttribute('value'), '2', 'kept');
    await page.focus('.error-summary a');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 20 && (await focused()) !== 'politeness'; i++) await page.keyboard.press('Tab');
    assert.equal(await focused(), 'politeness');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/survey/), page.keyboard.press('Enter')]);
    await page.waitForSelector('.survey-status');
    assert.equal(squash(await page.textContent('.survey-status')), message('ru', 'notify.survey.thanks'));
  });

  for (const lang of LANGS)
    it(`every control of the public forms in ${lang} is reached by Tab and shows its focus`, async () => {
      const page = await suite.page();
      const problems: string[] = [];
      for (const url of pages[lang]) {
        await page.goto(url);
        const controls = await page
          .locator(
            'main form input:not([type=hidden]), main form select, main form textarea, main form button',
          )
          .evaluateAll((els) =>
            els
              .filter((e) => (e as HTMLElement).offsetParent !== null && !(e as HTMLInputElement).disabled)
              // A radio group is one Tab stop (the arrows move within it): it counts as one control.
              .map((e) =>
                (e as HTMLInputElement).type === 'radio'
                  ? `radio:${(e as HTMLInputElement).name}`
                  : e.id || (e as HTMLInputElement).name || e.tagName,
              ),
          );
        const wanted = new Set(controls);
        if (!wanted.size) continue;
        const reached = new Set<string>();
        for (let i = 0; i < 200 && reached.size < wanted.size; i++) {
          await page.keyboard.press('Tab');
          const f = await page.evaluate(() => {
            const e = document.activeElement as HTMLElement | null;
            if (!e || !e.closest('main form')) return null;
            const style = getComputedStyle(e);
            const visible = style.outlineStyle !== 'none' || style.boxShadow !== 'none';
            const key =
              (e as HTMLInputElement).type === 'radio'
                ? `radio:${(e as HTMLInputElement).name}`
                : e.id || (e as HTMLInputElement).name || e.tagName;
            return { key, visible };
          });
          if (!f) continue;
          if (!f.visible && !reached.has(f.key)) problems.push(`${url}: ${f.key} shows no focus`);
          // Only the controls counted: a link inside a form (to help fill it in) is not one of them.
          if (wanted.has(f.key)) reached.add(f.key);
        }
        for (const c of wanted) if (!reached.has(c)) problems.push(`${url}: ${c} not reached by Tab`);
      }
      assert.deepEqual(problems, []);
    });
});
