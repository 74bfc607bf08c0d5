// Issue 8 in the browser, end to end: an applicant applies online through every page — in Kazakh as a
// missionary, in Russian for a group — uploads a scan, checks the answers and sends; the "received"
// e-mail arrives at a local SMTP server; the applicant tracks the application by its codes; the office
// finds it by the tracking code on its staff pages, takes it in without retyping, stamps it (§14),
// reviews, proposes, signs (§7.1) and hands it over (§15), each step in the browser; the applicant is
// told by e-mail at each stage, tracks it again, and answers the survey from the invitation's link.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/app/demo/seed-demo.js';
import { stepsOf } from '../../src/views/pages/portal/apply-steps.js';
import { groupApplication } from '../helpers/signed-cases.js';
import { missionaryApplication } from '../helpers/applications.js';
import { startLocalSmtp, type LocalSmtp } from '../helpers/notify-channels.js';
import { message, signIn, squash, useSuite, type Lang, type Suite } from './support.js';

const OFFICE = '71-000'; // the demo's Astana office, where astana.* work
const PDF = fs.readFileSync(new URL('../fixtures/scans/page.pdf', import.meta.url));

/** The form values of an application by field path, as the pages name their fields. */
function flat(o: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (o === undefined || o === null) return out;
  if (typeof o !== 'object') {
    out[prefix] = String(o);
    return out;
  }
  for (const [k, v] of Object.entries(o)) flat(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** Fills the fields of the current step's form that `values` answers, as a person would. */
async function fillStep(page: Page, values: Record<string, string>): Promise<void> {
  const form = page.locator('form:has(button[name="go"][value="next"])');
  const fields = await form.locator('input[name], select[name], textarea[name]').evaluateAll((els) =>
    els.map((e) => ({
      name: (e as HTMLInputElement).name,
      type: (e as HTMLInputElement).type,
      value: (e as HTMLInputElement).value,
      tag: e.tagName.toLowerCase(),
    })),
  );
  const done = new Set<string>();
  for (const f of fields) {
    const value = values[f.name];
    if (value === undefined || f.type === 'hidden' || f.type === 'file') continue;
    const css = `[name="${f.name}"]`;
    if (f.tag === 'select') {
      if (!done.has(f.name)) await form.locator(css).selectOption(value);
    } else if (f.type === 'radio') {
      if (f.value === value) await form.locator(`${css}[value="${value}"]`).check();
    } else if (f.type === 'checkbox') {
      const on = value === 'true' || value === 'on' || value === f.value;
      if (on) await form.locator(css).check();
      else await form.locator(css).uncheck();
    } else if (!done.has(f.name)) await form.locator(css).fill(value);
    done.add(f.name);
  }
}

async function next(page: Page): Promise<void> {
  const from = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== from), page.click('button[name="go"][value="next"]')]);
}

/** Through every page of the application: start, each step (a scan on the documents step), check, send. */
async function applyOnline(
  page: Page,
  lang: Lang,
  kind: 'missionary-registration' | 'group-registration',
  values: Record<string, string>,
  scanItem: string,
): Promise<{ trackingCode: string; accessCode: string }> {
  await page.goto(`/${lang}/apply?office=${OFFICE}`);
  await page.check(`input[name="kind"][value="${kind}"]`);
  await page.check(`input[name="language"][value="${lang}"]`);
  await Promise.all([
    page.waitForURL(/\/apply\/[a-z]+$/),
    page.click('form[action$="/apply/start"] button[type=submit]'),
  ]);
  for (const step of stepsOf(kind)) {
    assert.ok(page.url().endsWith(`/${lang}/apply/${step}`), `on ${step}: ${page.url()}`);
    if (step === 'documents') {
      await page.selectOption('[name="scans.item"]', scanItem);
      await page.setInputFiles('[name="scans.file"]', {
        name: 'scan.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await page.click('button[name="go"][value="next"]');
      await page.waitForLoadState('domcontentloaded');
      // The scan is kept on the draft; the page says so, then moves on.
      if (page.url().endsWith('/documents')) {
        assert.ok(squash(await page.locator('#scans-sent').textContent()).includes('scan.pdf'));
        await next(page);
      }
    } else {
      await fillStep(page, values);
      await next(page);
    }
    const summary = page.locator('#error-summary-title');
    assert.equal(
      await summary.count(),
      0,
      `${step}: ${squash(await page.locator('main').textContent()).slice(0, 800)}`,
    );
  }
  assert.ok(page.url().endsWith(`/${lang}/apply/check`), page.url());
  await Promise.all([
    page.waitForURL(/\/apply\/sent$/),
    page.click('form[action$="/apply/send"] button[type=submit]'),
  ]);
  const trackingCode = squash(await page.textContent('#tracking-code'));
  const accessCode = squash(await page.textContent('#access-code'));
  assert.match(trackingCode, /\S{6,}/);
  assert.match(accessCode, /\S{16,}/);
  return { trackingCode, accessCode };
}

/** The track page with the online codes; the state as the page says it. */
async function track(page: Page, lang: Lang, codes: { trackingCode: string; accessCode: string }) {
  await page.goto(`/${lang}/track`);
  await page.fill('[name="a-trackingCode"]', codes.trackingCode);
  await page.fill('[name="a-accessCode"]', codes.accessCode);
  await Promise.all([
    page.waitForLoadState('domcontentloaded'),
    page.click('form:has([name="a-trackingCode"]) button[type=submit]'),
  ]);
  await page.locator('#track-state').waitFor();
  return squash(await page.textContent('#track-state'));
}

async function staff(suite: Suite, lang: Lang, login: string): Promise<Page> {
  const page = await suite.page();
  assert.equal((await signIn(page, lang, login, DEMO_PASSWORD)).status(), 303);
  return page;
}

async function act(page: Page, kind: string) {
  await Promise.all([page.waitForURL(new RegExp(`done=${kind}$`)), page.click(`#do-${kind}`)]);
}

/** The office's side: found by tracking code, taken in, stamped, reviewed, signed, handed over. */
async function officeTakesItThrough(
  suite: Suite,
  lang: Lang,
  trackingCode: string,
  identityDocument: string,
): Promise<string> {
  const clerk = await staff(suite, lang, 'astana.clerk');
  await clerk.goto(`/${lang}/staff/cases/online`);
  await clerk.fill('[name="code"]', trackingCode.toLowerCase());
  await Promise.all([
    clerk.waitForURL(/staff\/cases\/online\?code=/),
    clerk.click('form[action$="/staff/cases/online"] button[type=submit]'),
  ]);
  await clerk.locator('#arrival-title').waitFor();
  await Promise.all([
    clerk.waitForURL(/\/staff\/cases\/[0-9a-f-]{36}/),
    clerk.click('form[action$="/staff/cases/online/take-in"] button[type=submit]'),
  ]);
  const url = new URL(clerk.url()).pathname;

  const records = await staff(suite, lang, 'astana.records');
  await records.goto(url);
  for (const box of await records.locator('input[id^="a-stamp-items-"]').all()) await box.check();
  await act(records, 'stamp');
  const officer = await staff(suite, lang, 'astana.officer');
  await officer.goto(url);
  await act(officer, 'take_for_review');
  await act(officer, 'propose');
  const head = await staff(suite, lang, 'astana.head');
  await head.goto(url);
  await act(head, 'sign');
  await clerk.goto(url);
  await clerk.check('#a-hand_over-recipient-applicant');
  await clerk.selectOption('#a-hand_over-identityDocumentId', identityDocument);
  await act(clerk, 'hand_over');
  return url;
}

/** The survey answered from the link of the invitation e-mail. */
async function answerSurvey(suite: Suite, lang: Lang, text: string) {
  const link = new RegExp(`https?://\\S+/${lang}/survey/[A-Za-z0-9_-]{43}`).exec(text)?.[0];
  assert.ok(link, text);
  const applicant = await suite.page();
  await applicant.goto(new URL(link).pathname);
  await applicant.check('#q-process-5');
  await applicant.check('#q-information-4');
  await applicant.check('#q-politeness-5');
  await Promise.all([
    applicant.waitForLoadState('domcontentloaded'),
    applicant.click('form.survey-form button'),
  ]);
  await applicant.waitForSelector('.survey-status');
  assert.equal(squash(await applicant.textContent('.survey-status')), message(lang, 'notify.survey.thanks'));
}

describe('applying online, tracked, registered by the office and rated, in the browser (issue 8)', () => {
  let smtp: LocalSmtp;
  before(async () => {
    smtp = await startLocalSmtp();
  });
  const suite = useSuite(() => ({ SMTP_URL: smtp.url, MAIL_FROM: 'tirkeu <no-reply@tirkeu.test>' }));
  after(() => smtp.close());

  /** The mails of one application, in order of arrival, once `n` have come. The page shows the code
   *  grouped for reading (XXXXX-XXXXX); the messages carry it plain. */
  async function mailsOf(trackingCode: string, n: number) {
    const plain = trackingCode.replace(/-/g, '');
    const deadline = Date.now() + 20_000;
    for (;;) {
      const mine = smtp.mails.filter((m) => m.subject.includes(plain));
      if (mine.length >= n || Date.now() > deadline) return mine;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function journey(
    lang: 'kk' | 'ru',
    kind: 'missionary-registration' | 'group-registration',
    values: Record<string, string>,
    scanItem: string,
    identityDocument: string,
    email: string,
  ) {
    const applicant = await suite.page();
    const codes = await applyOnline(applicant, lang, kind, values, scanItem);

    // Received: the code and what to do next, in the application's language.
    const [received] = await mailsOf(codes.trackingCode, 1);
    assert.ok(
      received,
      `the "received" e-mail arrived (${codes.trackingCode}; ${smtp.mails.map((m) => m.subject).join(' | ')})`,
    );
    assert.equal(received.to, email);
    assert.equal(received.language, lang);
    assert.ok(received.text.includes(`/${lang}/track`), received.text);

    assert.equal(await track(applicant, lang, codes), message(lang, 'portal.state.submitted_online'));

    await officeTakesItThrough(suite, lang, codes.trackingCode, identityDocument);
    assert.equal(await track(applicant, lang, codes), message(lang, 'portal.state.handed_over'));

    // received, registered (§14), ready (§7.1, §15), the survey invitation.
    const mails = await mailsOf(codes.trackingCode, 4);
    assert.equal(mails.length, 4, mails.map((m) => m.subject).join(' | '));
    assert.ok(mails.every((m) => m.to === email && m.language === lang));
    await answerSurvey(suite, lang, mails[3]!.text);
  }

  it('kk, a missionary: every page, the scan, the codes, tracked, taken in and handed over, rated', async () => {
    const email = 'missionary@example.kz';
    await journey(
      'kk',
      'missionary-registration',
      {
        ...flat({
          ...missionaryApplication(),
          kind: undefined,
          officeCode: undefined,
          applicationDate: undefined,
        }),
        'contact.email': email,
        consent: 'on',
      },
      'mandate-copy',
      'applicant.identityDocument',
      email,
    );
  });

  it('ru, a group: every page, the scan, the codes, tracked, taken in and handed over, rated', async () => {
    const email = 'group@example.kz';
    await journey(
      'ru',
      'group-registration',
      {
        ...flat({
          ...groupApplication(),
          kind: undefined,
          officeCode: undefined,
          applicationDate: undefined,
        }),
        'religiousBuilding.has': '',
        'premises.owner.kind': 'legal-entity',
        'premises.owner.name': '«Бейнеу» ЖШС',
        'contact.email': email,
        consent: 'on',
      },
      'premises-document-copy',
      'leader.identityDocument',
      email,
    );
  });
});
