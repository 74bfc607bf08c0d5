// What the end-to-end suites share: one demo server and one browser per test file, the message
// catalogues (so no page text is copied into a test), and the staff sign-in steps.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import { kk } from '../../src/i18n/kk.js';
import { ru } from '../../src/i18n/ru.js';
import { en } from '../../src/i18n/en.js';
import type { Catalogue, MessageKey } from '../../src/i18n/catalogue.js';
import { launchBrowser, newContext } from '../helpers/browser.js';
import { startDemoServer, type DemoServer } from '../helpers/server.js';

export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const CATALOGUES: Record<Lang, Catalogue> = { kk, ru, en };

/** A catalogue message with its simple `{name}` placeholders filled (none may remain unfilled). */
export function message(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
  assert.doesNotMatch(text, /\{\w+\}/, `message ${key} in ${lang} has a placeholder left unfilled`);
  return text;
}

/** A catalogue message turned into a pattern, each named placeholder a capture group. */
export function messagePattern(lang: Lang, key: MessageKey, fixed: Record<string, string> = {}): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = CATALOGUES[lang][key].split(/(\{\w+\})/);
  const source = parts
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (!m) return escape(part);
      const name = m[1]!;
      return name in fixed ? escape(fixed[name]!) : `(?<${name}>\\S+?)`;
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** Collapses runs of white space, as a reader sees the text. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export interface Suite {
  readonly server: DemoServer;
  readonly browser: Browser;
  /** A new browser context (fresh cookies), closed with the suite. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a new context. */
  page(options?: BrowserContextOptions): Promise<Page>;
}

/** Starts one demo server and one browser before the file's tests and stops both after them. */
/** `env`: settings for the server, or a function giving them when it starts (after earlier hooks). */
export function useSuite(env: Record<string, string> | (() => Record<string, string>) = {}): Suite {
  let server: DemoServer | null = null;
  let browser: Browser | null = null;
  // A browser that cannot start fails every test with its reason (a failed hook would only cancel them).
  let launchError: Error | null = null;
  const contexts: BrowserContext[] = [];
  before(async () => {
    try {
      browser = await launchBrowser();
    } catch (e) {
      launchError = e as Error;
      return; // no server without a browser to drive it
    }
    server = await startDemoServer(typeof env === 'function' ? env() : env);
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });
  const suite: Suite = {
    get server() {
      if (launchError) throw launchError;
      assert.ok(server, 'the demo server is not started');
      return server;
    },
    get browser() {
      if (launchError) throw launchError;
      assert.ok(browser, 'the browser is not launched');
      return browser;
    },
    async context(options) {
      const c = await newContext(suite.browser, { baseURL: suite.server.url, ...options });
      contexts.push(c);
      return c;
    },
    async page(options) {
      return (await suite.context(options)).newPage();
    },
  };
  return suite;
}

/** The path (and query) of the page's current address, e.g. `/kk/staff`. */
export function pathOf(page: Page): string {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

/** Clicks and returns the response of the document the click led to. */
export async function clickForDocument(page: Page, selector: string): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().method() === 'POST'),
    page.click(selector),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return response;
}

/** Fills the sign-in form on the current sign-in page and submits it; returns the POST's response. */
export async function submitSignIn(page: Page, login: string, password: string): Promise<Response> {
  await page.fill('#login', login);
  await page.fill('#password', password);
  return clickForDocument(page, 'form[action$="/staff/sign-in"] button[type=submit]');
}

/** Opens the sign-in page in a language and signs in. */
export async function signIn(page: Page, lang: Lang, login: string, password: string): Promise<Response> {
  await page.goto(`/${lang}/staff/sign-in`);
  return submitSignIn(page, login, password);
}

/** Signs out with the header's button (a POST form). */
export async function signOut(page: Page, lang: Lang): Promise<void> {
  const button = page.locator(`form[action="/${lang}/staff/sign-out"] button`);
  assert.equal(squash(await button.textContent()), message(lang, 'staff.signout'));
  await Promise.all([page.waitForURL(`**/${lang}/staff/sign-in?out=1`), button.click()]);
}
