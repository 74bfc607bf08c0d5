// Expiry of missionaries' certificates (issue 6; domain.md §4 "after the end"): the daily job queues
// one reminder per certificate 30 days before «valid until» (never for a group's reference, an
// expired or a replaced one; a second run and a later day add nothing for the same document), each
// recorded on the timeline as 'expiry_reminder'; delivered without failing (told to the applicant of
// the case on the channels left — none here, so nothing more is queued: test/notify has the rest); the
// office's worklist of certificates expiring within 30 days and expired; expired shown as such on the
// registrant's page and the public check. Refused: another office's worklist, a supervisor's
// office out of region.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { pageText, signedInClient } from '../helpers/form-client.js';
import { officeWithStaff, signedCase, type Office } from '../helpers/signed-cases.js';
import { queryRows } from '../../src/db/database.js';
import { runExpiryReminders, EXPIRY_REMINDER_KIND } from '../../src/jobs/expiry-reminders.js';
import { deliverDue } from '../../src/jobs/outbox-worker.js';
import { outboxHandlers } from '../../src/jobs/outbox-handlers.js';
import { addDays, plainDateAt, type PlainDate } from '../../src/domain/time/plain-date.js';
import { translate } from '../../src/i18n/i18n.js';

const DAY = 86_400_000;

describeEachDatabase('certificate expiry: reminders and the worklist (issue 6)', (get) => {
  let t: TestApp;
  let astana: Office;
  let karaganda: Office;
  const docs: Record<
    'soon' | 'later' | 'expired' | 'replaced' | 'group',
    { caseId: string; number: string }
  > = {} as never;
  let today: PlainDate;
  const db = () => get().database.db;
  const setUntil = (number: string, until: PlainDate) =>
    db().execute(sql`update issued_documents set valid_until = ${until} where number = ${number}`);

  before(async () => {
    t = await buildTestApp(get().database);
    astana = await officeWithStaff(t.deps, '71');
    karaganda = await officeWithStaff(t.deps, '35');
    today = plainDateAt(t.deps.now(), 'Asia/Almaty');
    for (const k of ['soon', 'later', 'expired', 'replaced'] as const)
      docs[k] = await signedCase(t.deps, astana, 'missionary');
    docs.group = await signedCase(t.deps, astana, 'group');
    await setUntil(docs.soon.number, addDays(today, 20));
    await setUntil(docs.later.number, addDays(today, 40));
    await setUntil(docs.expired.number, addDays(today, -1));
    await setUntil(docs.replaced.number, addDays(today, 10));
    await db().execute(
      sql`update issued_documents set status = 'replaced', successor_number = ${docs.soon.number}
          where number = ${docs.replaced.number}`,
    );
  });
  after(() => t.close());

  const reminders = () =>
    queryRows<{ document_number: string }>(
      db(),
      sql`select document_number from registration_events where kind = 'expiry_reminder' order by id`,
    );

  it('one reminder per certificate within 30 days, recorded on the timeline; a second run adds none', async () => {
    assert.equal(await runExpiryReminders(get().database, t.deps.now()), 1);
    assert.deepEqual(
      (await reminders()).map((r) => r.document_number),
      [docs.soon.number],
    );
    const [msg] = await queryRows<{ kind: string; payload: Record<string, unknown>; dedupe_key: string }>(
      db(),
      sql`select kind, payload, dedupe_key from outbox where kind = ${EXPIRY_REMINDER_KIND}`,
    );
    assert.equal(msg!.dedupe_key, `expiry-reminder:${docs.soon.number}`);
    assert.deepEqual(Object.keys(msg!.payload).sort(), ['documentNumber', 'registrantId', 'validUntil']);
    assert.equal(msg!.payload.documentNumber, docs.soon.number);
    assert.equal(await runExpiryReminders(get().database, t.deps.now()), 0, 'idempotent');
    // Fifteen days on, the one 40 days off enters the window; the first is not reminded again.
    assert.equal(await runExpiryReminders(get().database, new Date(t.deps.now().getTime() + 15 * DAY)), 1);
    assert.deepEqual(
      (await reminders()).map((r) => r.document_number),
      [docs.soon.number, docs.later.number],
    );
    const [audit] = await queryRows<{ data: unknown }>(
      db(),
      sql`select data from audit_events where action = 'registry.expiry_reminders_queued' order by seq limit 1`,
    );
    assert.deepEqual(audit!.data, { count: 1 });
  });

  it('delivered without failing, noted by message id only (no contact here: no message queued)', async () => {
    const lines: string[] = [];
    const handlers = outboxHandlers(
      { database: get().database, publicUrl: 'http://localhost', render: () => ({ subject: '', text: '' }) },
      (l) => lines.push(l),
    );
    const sent = await deliverDue(get().database, { handlers });
    assert.equal(sent, 2);
    assert.equal(lines.length, 2);
    for (const l of lines) {
      assert.match(l, /: 0 message\(s\) queued$/);
      assert.ok(!l.includes(docs.soon.number) && !l.includes(docs.later.number));
    }
    const failed = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from outbox where kind = ${EXPIRY_REMINDER_KIND} and status <> 'sent'`,
    );
    assert.equal(failed[0]!.n, 0);
  });

  it("the office's worklist: expiring within 30 days and expired, nothing else; in every language", async () => {
    const clerk = await signedInClient(t.app, astana.staff.clerk.login, PASSWORD, 'ru');
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const r = await clerk.get(`/${lang}/staff/expiring`);
      assert.equal(r.statusCode, 200, r.body);
      const text = pageText(r.body);
      assert.ok(text.includes(translate(lang, 'expiry.expiring')));
      assert.ok(text.includes(docs.soon.number) && text.includes(docs.expired.number));
      for (const k of ['later', 'replaced', 'group'] as const) assert.ok(!text.includes(docs[k].number), k);
    }
    const registry = await clerk.get('/ru/staff/registry');
    assert.ok(registry.body.includes('/ru/staff/expiring'), 'linked from the registry');
    // Another office's clerk sees their own (empty) list, never this one's; naming it is refused.
    const other = await signedInClient(t.app, karaganda.staff.clerk.login, PASSWORD, 'en');
    const own = await other.get('/en/staff/expiring');
    assert.equal(own.statusCode, 200);
    assert.ok(!pageText(own.body).includes(docs.soon.number));
    assert.equal((await other.get(`/en/staff/expiring?office=${astana.code}`)).statusCode, 404);
  });

  it("refused to whoever reads no office's registry: not even the office form is shown", async () => {
    const akimat = await seedOffice(t.deps, { regionCode: '71', kind: 'akimat' });
    const { login } = await seedAccount(t.deps, akimat.id, ['akimat_records']);
    const records = await signedInClient(t.app, login, PASSWORD, 'en');
    assert.equal((await records.get('/en/staff/expiring')).statusCode, 403);
    assert.equal((await records.get(`/en/staff/expiring?office=${astana.code}`)).statusCode, 403);
  });

  it('supervisors name an office of their region; another region is not found', async () => {
    const { login } = await seedAccount(t.deps, karaganda.id, ['regional_supervisor']);
    const sup = await signedInClient(t.app, login, PASSWORD, 'en');
    assert.equal((await sup.get(`/en/staff/expiring?office=${astana.code}`)).statusCode, 404);
    const { login: l71 } = await seedAccount(t.deps, astana.id, ['regional_supervisor']);
    const sup71 = await signedInClient(t.app, l71, PASSWORD, 'en');
    const r = await sup71.get(`/en/staff/expiring?office=${astana.code}`);
    assert.equal(r.statusCode, 200);
    assert.ok(pageText(r.body).includes(docs.soon.number));
  });

  it('expired shows as such on the registrant page and the public check; a reference never expires', async () => {
    const clerk = await signedInClient(t.app, astana.staff.clerk.login, PASSWORD, 'en');
    const [row] = await queryRows<{ registrant_id: string }>(
      db(),
      sql`select registrant_id from cases where id = ${docs.expired.caseId}`,
    );
    const page = pageText((await clerk.get(`/en/staff/registry/${row!.registrant_id}`)).body);
    assert.ok(page.includes(translate('en', 'registry.status.expired')), page);
    const check = await t.app.inject({ method: 'GET', url: `/en/check/${docs.expired.number}` });
    assert.match(pageText(check.body), /Expired: it was valid until/);
    t.advance(4000 * DAY);
    const group = await t.app.inject({ method: 'GET', url: `/en/check/${docs.group.number}` });
    assert.ok(pageText(group.body).includes(translate('en', 'check.status.valid')));
    assert.equal(await runExpiryReminders(get().database, t.deps.now()), 0, 'no reminder once expired');
  });
});
