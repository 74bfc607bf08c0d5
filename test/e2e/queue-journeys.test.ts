// The live queue and the one-time pass in the browser (§9, §10, §7.2–7.4), with the demo staff of
// office 71-000 on a working morning of the office (the server's clock is set; the browser's is its
// own): the head sets up a desk and the kiosk; a ticket taken at the kiosk and called at the desk is
// on the hall board within a second, read out in its live region; the official confirms a visitor's
// pass and the bureau sees it; a ticket nearing its norm is flagged on the desk console while it is
// open (its script refreshes the warnings).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/app/demo/seed-demo.js';
import { builtInCalendar, instantAtWallTime } from '../../src/domain/calendar/index.js';
import { addDays, isoWeekday, plainDateAt } from '../../src/domain/time/plain-date.js';
import { message, signIn, squash, useSuite, type Lang, type Suite } from './support.js';

const OFFICE = '71-000';
const ZONE = 'Asia/Almaty';

/**
 * 10:30 in Astana on the next working day after today: the office receives then. A day ahead, not
 * behind: the server's retention job runs on the real clock and would erase sessions and passes
 * of a day long past.
 */
function nextMorning(): number {
  const calendar = builtInCalendar();
  let day = plainDateAt(new Date(), ZONE);
  do day = addDays(day, 1);
  while (!calendar.isWorkingDay(day) || isoWeekday(day) > 5);
  return instantAtWallTime(day, 10 * 60 + 30, ZONE).getTime();
}
const START = nextMorning();

async function staff(suite: Suite, lang: Lang, login: string): Promise<Page> {
  const page = await suite.page();
  const res = await signIn(page, lang, login, DEMO_PASSWORD);
  assert.equal(res.status(), 303);
  await page.waitForURL(`**/${lang}/staff`);
  return page;
}

describe('the live queue and the one-time pass in the browser', () => {
  const suite = useSuite();
  let shift = 0;
  before(() => {
    const t0 = Date.now();
    suite.server.deps.now = () => new Date(START + (Date.now() - t0) + shift);
  });
  let kioskUrl = '';
  let clerk: Page;

  it('the head adds a desk and makes the kiosk address (Kazakh)', async () => {
    const head = await staff(suite, 'kk', 'astana.head');
    await head.click(`main a:text-is("${message('kk', 'queue.settings_link')}")`);
    await head.waitForURL('**/kk/staff/queue/settings');
    await head.fill('#number', '1');
    for (const p of ['hand-in', 'collect', 'question', 'complaint']) await head.check(`#new-${p}`);
    await Promise.all([
      head.waitForURL('**/kk/staff/queue/settings?saved=1'),
      head.click(`button:text-is("${message('kk', 'queue.add_desk_submit')}")`),
    ]);
    await head.click(`button:text-is("${message('kk', 'queue.kiosk_make')}")`);
    kioskUrl = squash(await head.locator('code.kiosk-url[lang="kk"]').textContent());
    assert.match(kioskUrl, /\/kk\/queue\/kiosk\/[A-Za-z0-9_-]{43}$/);
  });

  it('a kiosk ticket called at the desk is on the board within a second and read out', async () => {
    clerk = await staff(suite, 'kk', 'astana.clerk');
    await clerk.click(`main a:text-is("${message('kk', 'staff.queue_link')}")`);
    await clerk.waitForURL('**/kk/staff/queue');
    await Promise.all([
      clerk.waitForURL('**/kk/staff/queue/desks/*?done=sit'),
      clerk.click(`button:text-is("${message('kk', 'queue.sit', { desk: 1 })}")`),
    ]);

    const board = await suite.page();
    await board.goto(`/kk/queue/board/${OFFICE}`);
    await board.locator('.board[data-ready="true"]').waitFor();
    assert.equal(squash(await board.locator('[data-latest]').textContent()), message('kk', 'board.empty'));

    const kiosk = await suite.page({ viewport: { width: 1024, height: 768 } });
    await kiosk.goto(new URL(kioskUrl).pathname);
    await Promise.all([kiosk.waitForURL('**/tickets/*'), kiosk.click('button[value="hand-in"]')]);
    assert.equal(squash(await kiosk.locator('.ticket-label').textContent()), 'A001');
    assert.equal(await kiosk.locator('[data-print]').isVisible(), true, 'the print button with script');

    // The call is made when the desk's form post is answered (its transaction committed).
    const [answer] = await Promise.all([
      clerk.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/call')),
      clerk.click(`button:text-is("${message('kk', 'desk.call_next')}")`),
    ]);
    const called = Date.now();
    assert.equal(answer.status(), 303);

    await board.locator('[data-latest] .board-ticket', { hasText: 'A001' }).waitFor({ timeout: 1_000 });
    const took = Date.now() - called;
    assert.ok(took < 1_000, `on the board after ${took} ms`);
    assert.equal(
      squash(await board.locator('[data-latest] .board-desk').textContent()),
      message('kk', 'board.desk_n', { desk: 1 }),
    );
    assert.equal(
      squash(await board.locator('[aria-live="assertive"]').textContent()),
      message('kk', 'board.announce', { ticket: 'A001', desk: 1 }),
    );
    // The chime can be turned off, and the choice says so.
    const sound = board.locator('[data-sound]');
    assert.equal(await sound.getAttribute('aria-pressed'), 'true');
    await sound.click();
    assert.equal(await sound.getAttribute('aria-pressed'), 'false');
    assert.equal(squash(await sound.textContent()), message('kk', 'board.sound_off'));
    await clerk.waitForURL(/\/kk\/staff\/queue\/desks\/[0-9a-f-]+\?done=call&ticket=A001$/);
  });

  it('the official confirms a visitor’s pass from the console and the bureau sees it (Russian)', async () => {
    const official = await staff(suite, 'ru', 'astana.officer');
    await official.goto('/ru/staff/passes');
    await official.fill('#visitorName', 'Сейткали Бекболат');
    await official.selectOption('#documentKind', 'id-card');
    await official.fill('#lastDigits', '0917');
    await Promise.all([
      official.waitForURL('**/ru/staff/passes?done=0001'),
      official.click(`button:text-is("${message('ru', 'pass.confirm')}")`),
    ]);
    assert.equal(
      squash(await official.locator('.notice').first().textContent()),
      message('ru', 'pass.confirmed', { number: '0001' }),
    );
    const bureau = await staff(suite, 'ru', 'astana.pass');
    await bureau.click(`main a:text-is("${message('ru', 'staff.pass_bureau_link')}")`);
    await bureau.waitForURL('**/ru/staff/pass-bureau');
    const row = bureau.locator('table[data-passes] tbody tr', { hasText: 'Сейткали Бекболат' });
    await row.waitFor();
    const cells = (await row.locator('td').allTextContents()).map(squash);
    assert.equal(cells[0], '0001');
    assert.equal(
      cells[2],
      message('ru', 'pass.document_value', { kind: message('ru', 'pass.doc.id-card'), digits: '0917' }),
    );
    assert.equal(cells[3], 'Ерлан Қайратұлы Омаров');
    await Promise.all([
      bureau.waitForURL('**/ru/staff/pass-bureau?marked=entered'),
      row.locator(`button:text-is("${message('ru', 'pass.mark_entered', { number: '0001' })}")`).click(),
    ]);
    assert.match(
      squash(await bureau.locator('table[data-passes] tbody tr').first().locator('td').nth(5).textContent()),
      /^\d\d:\d\d$/,
    );
  });

  it('a ticket nearing its norm is flagged on the open desk console', async () => {
    // The clerk finishes A001; a visitor takes B001 (collect: 15 minutes).
    await clerk.click(`button:text-is("${message('kk', 'desk.act.start')}")`);
    await clerk.waitForURL('**?done=start');
    await clerk.click(`button:text-is("${message('kk', 'desk.act.finish')}")`);
    await clerk.waitForURL('**?done=finish');
    const kiosk = await suite.page();
    await kiosk.goto(new URL(kioskUrl).pathname);
    await Promise.all([kiosk.waitForURL('**/tickets/*'), kiosk.click('button[value="collect"]')]);
    assert.equal(squash(await kiosk.locator('.ticket-label').textContent()), 'B001');
    assert.equal(await clerk.locator('.queue-alert').count(), 0);
    // Eleven minutes later (the server's clock), the console shows it without a reload.
    shift += 11 * 60_000;
    const alert = clerk.locator('.queue-alert li[data-alert="near"]');
    await alert.waitFor({ timeout: 25_000 });
    assert.match(squash(await alert.textContent()), /^B001: /);
    // The ticket, the norm and its clause, as the catalogue words them (the minutes run on).
    const words = message('kk', 'desk.alert_near', {
      ticket: 'B001',
      minutes: 0,
      norm: 15,
      clause: '§7.4',
    }).split(' 0 ');
    assert.ok(
      squash(await alert.textContent()).endsWith(words.at(-1)!),
      'the norm of collecting, 15 minutes, §7.4',
    );
  });
});
