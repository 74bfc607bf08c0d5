// Complaints (§20–25), WCAG 2.2 AA: axe-core finds no violation on the complaint pages in kk, ru and
// en — the public form (as drawn, and refused with its errors), the progress page by the complaint's
// codes, and for staff the worklist, the registration form, a complaint's page (the records
// service's view, and the head's with the decision's forms) and its talon.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { LANGS, signIn, useSuite, type Lang } from './support.js';
import { complaintWorld, refusedCase, type World } from '../helpers/complaints.js';
import { PASSWORD } from '../helpers/seed.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { newIdempotencyKey } from '../helpers/applications.js';
import { fileOnlineComplaint } from '../../src/app/complaints/online-complaint.js';
import { registerComplaint } from '../../src/app/complaints/register-complaint.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const origin = { ip: null, requestId: 'test' };

async function violations(page: Page, label: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  assert.ok(result.passes.length > 10, `${label}: axe ran its rules`);
  return result.violations.map(
    (v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('accessibility of the complaint pages (WCAG 2.2 AA)', () => {
  const suite = useSuite();
  let w: World;
  let byHand = '';
  let online = { trackingCode: '', accessCode: '' };

  before(async () => {
    const deps = suite.server.deps;
    w = await complaintWorld(deps, '71');
    const c = await refusedCase(deps, w.office);
    byHand = (
      await registerComplaint(deps, w.office.staff.records, origin, {
        kind: 'service',
        addressee: 'office_head',
        channel: 'hand',
        language: 'ru',
        surname: 'Сентинелов',
        name: 'Ерлан',
        patronymic: '',
        address: '',
        phone: '+7 701 000 00 00',
        text: 'Сотрудник отказался принять документы.',
        caseCode: c.trackingCode,
        copyScan: null,
        officeCode: '',
        ticket: '',
        idempotencyKey: newIdempotencyKey(),
      })
    ).id;
    const r = await fileOnlineComplaint(deps, origin, newIdempotencyKey() + newIdempotencyKey(), {
      trackingCode: c.trackingCode,
      accessCode: '',
      documentNumber: SENTINELS.passport,
      kind: 'result',
      addressee: 'akimat_head',
      language: 'kk',
      surname: 'Сентинелов',
      name: 'Ерлан',
      patronymic: '',
      address: '',
      phone: '',
      text: 'Бас тартумен келіспеймін.',
      officeCode: '',
      copyScan: null,
    });
    online = { trackingCode: r.trackingCode, accessCode: r.accessCode };
  });

  for (const lang of LANGS)
    it(`the public complaint pages in ${lang}: the form, its refusal, the progress page`, async () => {
      const page = await suite.page();
      const problems: string[] = [];
      await page.goto(`/${lang}/complaints`);
      problems.push(...(await violations(page, `${lang} form`)));
      // Sent empty: refused with an error per field (the summary, the fields' messages).
      await Promise.all([page.waitForLoadState('domcontentloaded'), page.click('#do-file-complaint')]);
      await page.waitForSelector('.error-message');
      problems.push(...(await violations(page, `${lang} refused form`)));
      await page.goto(`/${lang}/complaints/track`);
      problems.push(...(await violations(page, `${lang} track form`)));
      await page.fill('#track-trackingCode', online.trackingCode);
      await page.fill('#track-accessCode', online.accessCode);
      await Promise.all([page.waitForLoadState('domcontentloaded'), page.click('#do-track')]);
      await page.waitForSelector('#progress-state');
      problems.push(...(await violations(page, `${lang} progress`)));
      assert.deepEqual(problems, []);
    });

  for (const lang of LANGS)
    it(`the staff complaint pages in ${lang}: worklist, registration, a complaint, its talon`, async () => {
      const problems: string[] = [];
      const records = await suite.page();
      assert.equal(
        (await signIn(records, lang as Lang, w.office.staff.records.login, PASSWORD)).status(),
        303,
      );
      for (const [path, label] of [
        ['/staff/complaints', 'worklist'],
        ['/staff/complaints/new', 'registration form'],
        [`/staff/complaints/${byHand}`, 'complaint (records)'],
        [`/staff/complaints/${byHand}/talon`, 'talon'],
      ] as const) {
        const res = await records.goto(`/${lang}${path}`);
        assert.equal(res?.status(), 200, `${lang} ${label}`);
        problems.push(...(await violations(records, `${lang} ${label}`)));
      }
      // The registration form refused: its errors and the file input asked again.
      await records.goto(`/${lang}/staff/complaints/new`);
      await Promise.all([
        records.waitForLoadState('domcontentloaded'),
        records.click('#do-register-complaint'),
      ]);
      await records.waitForSelector('.error-message');
      problems.push(...(await violations(records, `${lang} refused registration`)));
      const head = await suite.page();
      assert.equal((await signIn(head, lang as Lang, w.office.staff.head.login, PASSWORD)).status(), 303);
      await head.goto(`/${lang}/staff/complaints/${byHand}`);
      await head.waitForSelector('#form-answer');
      problems.push(...(await violations(head, `${lang} complaint (head)`)));
      assert.deepEqual(problems, []);
    });
});
