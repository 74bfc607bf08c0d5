// The administrator's journey (ru): an account created in the browser gets a temporary password
// shown once; its owner signs in with it, must change it first, and then reaches the work desk.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../../src/app/demo/seed-demo.js';
import {
  clickForDocument,
  message,
  messagePattern,
  pathOf,
  signIn,
  signOut,
  squash,
  useSuite,
} from './support.js';

const NEW = {
  login: 'astana.clerk2',
  displayName: 'Жанна Ивановна Петрова',
  phone: '+7 701 555 12 34',
  organisation: '71-000',
  role: 'clerk',
} as const;
const CHOSEN_PASSWORD = 'Тұрақты-құпия-2026';

describe('administrator journey (ru)', () => {
  const suite = useSuite();

  it('creates an account whose owner signs in, changes the temporary password and reaches the desk', async () => {
    const page = await suite.page();

    // The administrator signs in and opens the accounts page from the desk.
    await signIn(page, 'ru', 'agency.admin', DEMO_PASSWORD);
    await page.waitForURL('**/ru/staff');
    await Promise.all([
      page.waitForURL('**/ru/staff/admin/accounts'),
      page.click(`main a:text-is("${message('ru', 'staff.admin_link')}")`),
    ]);
    assert.equal(squash(await page.locator('h1').textContent()), message('ru', 'admin.accounts.title'));

    // The organisation is chosen by its code in the select ("71-000 · name"; 71-000-A is the akimat).
    const options = await page
      .locator('#organisationId option')
      .evaluateAll((os) =>
        os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
      );
    const office = options.filter((o) => o.text.trim().split(/\s/)[0] === NEW.organisation);
    assert.equal(
      office.length,
      1,
      `one option for ${NEW.organisation} among ${options.map((o) => o.text).join(' | ')}`,
    );
    await page.selectOption('#organisationId', office[0]!.value);
    await page.fill('#login', NEW.login);
    await page.fill('#displayName', NEW.displayName);
    await page.fill('#phone', NEW.phone);
    const clerk = page.locator(`#new-role-${NEW.role}`);
    assert.equal(
      squash(await page.locator(`label[for="new-role-${NEW.role}"]`).textContent()),
      message('ru', 'role.clerk'),
    );
    await clerk.check();
    const created = await clickForDocument(
      page,
      'form[action="/ru/staff/admin/accounts"] button[type=submit]',
    );
    assert.equal(created.status(), 200);

    // The notice is the catalogue's text with the login and the temporary password filled in.
    const notice = squash(await page.locator('.notice-success').textContent());
    const match = messagePattern('ru', 'admin.accounts.created', { login: NEW.login }).exec(notice);
    assert.ok(match?.groups?.password, `the notice gives the temporary password: ${notice}`);
    const temporary = match.groups.password;
    assert.notEqual(temporary, DEMO_PASSWORD);

    // The new account is listed with its organisation and its one role.
    const row = page.locator('tbody tr', { has: page.locator(`th code:text-is("${NEW.login}")`) });
    assert.equal(await row.count(), 1);
    assert.equal(squash(await row.locator('td').nth(0).textContent()), NEW.displayName);
    assert.equal(squash(await row.locator('td .code').textContent()), NEW.organisation);
    assert.equal(
      squash(await row.locator('td').nth(2).textContent()),
      message('ru', 'admin.accounts.active'),
    );
    const checked = await row
      .locator('input[type=checkbox][name=roles]')
      .evaluateAll((cs) =>
        cs.filter((c) => (c as HTMLInputElement).checked).map((c) => (c as HTMLInputElement).value),
      );
    assert.deepEqual(checked, [NEW.role]);

    await signOut(page, 'ru');

    // The owner signs in with the temporary password and is sent to change it.
    await signIn(page, 'ru', NEW.login, temporary);
    await page.waitForURL('**/ru/staff/password');
    assert.equal(squash(await page.locator('h1').textContent()), message('ru', 'password.title'));
    assert.equal(
      squash(await page.locator('.notice-info').textContent()),
      message('ru', 'password.must_change'),
    );
    // Until it is changed, the desk is out of reach.
    await page.goto('/ru/staff');
    assert.equal(pathOf(page), '/ru/staff/password');

    await page.fill('#current', temporary);
    await page.fill('#next', CHOSEN_PASSWORD);
    await page.fill('#repeat', CHOSEN_PASSWORD);
    const changed = await clickForDocument(page, 'form[action="/ru/staff/password"] button[type=submit]');
    assert.equal(changed.status(), 200);
    assert.equal(
      squash(await page.locator('.notice-success').textContent()),
      message('ru', 'password.changed'),
    );
    assert.equal(await page.locator('.notice-info').count(), 0, 'no longer asked to change it');

    // The desk, reached from the header's menu, greets the new member of staff.
    await Promise.all([
      page.waitForURL('**/ru/staff'),
      page.click(`.main-nav a:text-is("${message('ru', 'nav.staff_home')}")`),
    ]);
    assert.equal(
      squash(await page.locator('h1').textContent()),
      message('ru', 'staff.welcome', { name: NEW.displayName }),
    );
    assert.equal(squash(await page.locator('.summary-list dd .code').textContent()), NEW.organisation);
    assert.equal(
      await page.locator(`a[href="/ru/staff/admin/accounts"]`).count(),
      0,
      'a clerk has no admin link',
    );

    // The temporary password is spent; the chosen one is the password now.
    await signOut(page, 'ru');
    const stale = await signIn(page, 'ru', NEW.login, temporary);
    assert.equal(stale.status(), 401);
    const fresh = await signIn(page, 'ru', NEW.login, CHOSEN_PASSWORD);
    assert.equal(fresh.status(), 303);
    await page.waitForURL('**/ru/staff');
  });

  it('keeps a clerk out of the accounts page', async () => {
    const page = await suite.page();
    await signIn(page, 'ru', 'astana.clerk', DEMO_PASSWORD);
    await page.waitForURL('**/ru/staff');
    const response = await page.goto('/ru/staff/admin/accounts');
    assert.equal(response?.status(), 403);
    assert.equal(squash(await page.locator('main .lead').textContent()), message('ru', 'error.FORBIDDEN'));
  });
});
