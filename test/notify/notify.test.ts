// Issue 8, "be told" and "rate the service": a case's acts queue messages in their own transaction
// (registered §14, ready §7.1/§15, refused §16, expiry, the survey after the end), one per channel the
// applicant left, in the application's language, without the address in the outbox; the worker sends
// e-mail to a local SMTP server and SMS to a local gateway; a failure is retried later and never holds
// the case; no contact, no message; the counter's intake takes a contact (bad input per field); staff
// see the messages on the case page; the survey takes one answer per case, refuses bad input and a
// second answer, and keeps no link to the case in its answers.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD } from '../helpers/seed.js';
import { FormClient, pageText, signedInClient } from '../helpers/form-client.js';
import { officeWithStaff, type Office } from '../helpers/signed-cases.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { SENTINELS } from '../helpers/personal-data.js';
import {
  startLocalGateway,
  startLocalSmtp,
  type LocalGateway,
  type LocalSmtp,
} from '../helpers/notify-channels.js';
import { queryRows } from '../../src/db/database.js';
import { startOnlineApplication, submitOnlineApplication } from '../../src/app/portal/online-application.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import type { StaffCommand } from '../../src/app/cases/build-case-action.js';
import { surveyToken } from '../../src/app/notify/case-notices.js';
import { deliverDue } from '../../src/jobs/outbox-worker.js';
import { outboxHandlers } from '../../src/jobs/outbox-handlers.js';
import { httpSmsGateway, smtpMailSender } from '../../src/jobs/notify-senders.js';
import { runExpiryReminders } from '../../src/jobs/expiry-reminders.js';
import { renderNotifyMessage } from '../../src/views/notify-message.js';
import { addDays, plainDateAt } from '../../src/domain/time/plain-date.js';
import { translate } from '../../src/i18n/i18n.js';

describeEachDatabase('be told and rate the service (issue 8)', (get) => {
  let t: TestApp;
  let office: Office;
  let smtp: LocalSmtp;
  let gateway: LocalGateway;
  const origin = { ip: null, requestId: 'test' };
  const db = () => get().database.db;
  let later = 0; // how far the worker's clock is ahead of the wall clock
  const deliver = () =>
    deliverDue(get().database, {
      now: () => new Date(Date.now() + later),
      handlers: outboxHandlers(
        {
          database: get().database,
          render: renderNotifyMessage,
          publicUrl: 'http://tirkeu.test',
          mail: smtpMailSender(smtp.url, 'tirkeu <no-reply@tirkeu.test>', 'tirkeu.test'),
          sms: httpSmsGateway(gateway.url),
        },
        (line) => t.app.log.info(line),
      ),
    });
  const act = (who: keyof Office['staff'], id: string, version: number, command: StaffCommand) =>
    performCaseAction(t.deps, office.staff[who], origin, id, version, command, newIdempotencyKey());
  const open = (contact?: { email: string; phone: string; consent: boolean }, language: 'kk' | 'ru' = 'ru') =>
    openCaseAtCounter(t.deps, office.staff.clerk, origin, {
      kind: 'missionary-registration',
      language,
      application: missionaryApplication(),
      consent: true,
      idempotencyKey: newIdempotencyKey(),
      ...(contact ? { contact } : {}),
    });
  const messagesOf = (caseId: string) =>
    queryRows<{
      event: string;
      channel: string;
      status: string;
      attempts: number;
      payload: Record<string, unknown>;
    }>(
      db(),
      sql`select m.event, m.channel, o.status, o.attempts, o.payload from case_messages m
          join outbox o on o.id = m.outbox_id where m.case_id = ${caseId} order by o.id`,
    );
  const both = { email: SENTINELS.email, phone: '8 701 555 01 78', consent: true };

  before(async () => {
    t = await buildTestApp(get().database);
    office = await officeWithStaff(t.deps, '71');
    smtp = await startLocalSmtp();
    gateway = await startLocalGateway();
  });
  after(async () => {
    await t.close();
    await smtp.close();
    await gateway.close();
  });

  let handed: { id: string; trackingCode: string };

  it('registered, ready and the survey: one message per channel, in the outbox of the act, no address in it', async () => {
    const c = await open(both);
    const [contact] = await queryRows<{ email: string; phone: string; lang: string }>(
      db(),
      sql`select email, phone, lang from case_contacts where case_id = ${c.id}`,
    );
    assert.deepEqual(contact, { email: SENTINELS.email, phone: SENTINELS.phone, lang: 'ru' });
    assert.deepEqual(await messagesOf(c.id), [], 'nothing at intake');
    let r = await act('records', c.id, c.version, { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS });
    let m = await messagesOf(c.id);
    assert.deepEqual(
      m.map((x) => [x.event, x.channel, x.status]),
      [
        ['registered', 'email', 'queued'],
        ['registered', 'sms', 'queued'],
      ],
    );
    const payloadText = JSON.stringify(m.map((x) => x.payload));
    assert.ok(
      !payloadText.includes(SENTINELS.email) && !payloadText.includes('555'),
      'no address in the outbox',
    );
    assert.match(payloadText, /"incomingNumber":"71-/);
    r = await act('officer', c.id, r.version, { kind: 'take_for_review' });
    r = await act('officer', c.id, r.version, { kind: 'propose' });
    assert.equal((await messagesOf(c.id)).length, 2, 'review and proposal tell nothing');
    r = await act('head', c.id, r.version, { kind: 'sign' });
    r = await act('clerk', c.id, r.version, {
      kind: 'hand_over',
      recipient: 'applicant',
      identityDocumentId: 'passport-shown',
      powerOfAttorneyId: null,
    });
    assert.equal(r.state, 'handed_over');
    m = await messagesOf(c.id);
    assert.deepEqual(
      m.map((x) => `${x.event}/${x.channel}`),
      ['registered/email', 'registered/sms', 'ready/email', 'ready/sms', 'survey/email', 'survey/sms'],
    );
    const [inv] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from survey_invitations where case_id = ${c.id} and not used`,
    );
    assert.equal(inv!.n, 1);
    const [row] = await queryRows<{ tracking_code: string }>(
      db(),
      sql`select tracking_code from cases where id = ${c.id}`,
    );
    handed = { id: c.id, trackingCode: row!.tracking_code };
  });

  it('the worker sends e-mail by SMTP and SMS through the gateway, in Russian, with the survey link', async () => {
    const sent = await deliver();
    assert.equal(sent, 6);
    await smtp.waitFor(3);
    const mails = smtp.mails.filter((x) => x.subject.includes(handed.trackingCode));
    assert.equal(mails.length, 3);
    for (const mail of mails) {
      assert.equal(mail.to, SENTINELS.email);
      assert.match(mail.from, /no-reply@tirkeu\.test/);
      assert.equal(mail.language, 'ru');
      assert.match(mail.messageId, /^<outbox-\d+@tirkeu\.test>$/);
    }
    assert.match(mails[0]!.subject, /зарегистрировано/);
    assert.match(mails[0]!.text, /вх\. № 71-\d{3}\/\d{4}\/\d{4}/);
    assert.match(mails[0]!.text, /до \d{1,2} [а-я]+ \d{4} года/, 'the due day as a legal date');
    assert.match(mails[1]!.text, /готов к выдаче/);
    const link = `http://tirkeu.test/ru/survey/${await surveyToken(db(), handed.id)}`;
    assert.ok(mails[2]!.text.includes(link), mails[2]!.text);
    const texts = gateway.received.filter((s) => s.text.includes(handed.trackingCode));
    assert.equal(texts.length, 3);
    assert.ok(texts.every((s) => s.to === SENTINELS.phone && /^outbox-\d+$/.test(s.id)));
    assert.ok(texts[2]!.text.includes(link));
    assert.deepEqual(
      (await messagesOf(handed.id)).map((x) => x.status),
      ['sent', 'sent', 'sent', 'sent', 'sent', 'sent'],
    );
  });

  it('a failed delivery is retried with backoff and never holds the case; staff see the state', async () => {
    const c = await open({ email: '', phone: '+7 701 555 01 78', consent: true });
    gateway.status = 503;
    const r = await act('records', c.id, c.version, { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS });
    assert.equal(r.state, 'registered', 'the act is done whatever the gateway says');
    assert.equal(await deliver(), 0);
    let [m] = await messagesOf(c.id);
    assert.equal(m!.status, 'queued');
    assert.equal(m!.attempts, 1);
    const [err] = await queryRows<{ last_error: string; next_attempt_at: Date }>(
      db(),
      sql`select o.last_error, o.next_attempt_at from outbox o join case_messages m on m.outbox_id = o.id
          where m.case_id = ${c.id}`,
    );
    assert.match(err!.last_error, /503/);
    assert.ok(new Date(err!.next_attempt_at).getTime() > Date.now() + 2_000, 'backoff: not before later');
    const clerk = await signedInClient(t.app, office.staff.clerk.login, PASSWORD, 'en');
    const casePage = pageText((await clerk.get(`/en/staff/cases/${c.id}`)).body);
    assert.ok(
      casePage.includes(translate('en', 'notify.state.retried', { attempts: 2 })),
      'shown as to be retried',
    );
    assert.equal(await deliver(), 0, 'not due yet: nothing is tried again at once');
    gateway.status = 200;
    later += 60_000;
    assert.equal(await deliver(), 1);
    [m] = await messagesOf(c.id);
    assert.equal(m!.status, 'sent');
    assert.equal(m!.attempts, 2);
  });

  it('an SMTP server refusing the recipient: retried later, and the address is kept out of the error', async () => {
    const c = await open({ email: SENTINELS.email, phone: '', consent: true });
    smtp.reject = true;
    try {
      await act('records', c.id, c.version, { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS });
      await deliver();
    } finally {
      smtp.reject = false;
    }
    const [row] = await queryRows<{ status: string; last_error: string }>(
      db(),
      sql`select o.status, o.last_error from outbox o join case_messages m on m.outbox_id = o.id
          where m.case_id = ${c.id}`,
    );
    assert.equal(row!.status, 'queued');
    assert.match(row!.last_error, /550|unavailable/);
    assert.ok(!row!.last_error.toLowerCase().includes(SENTINELS.email), row!.last_error);
    later += 3_600_000;
    const before = smtp.mails.length;
    await deliver();
    await smtp.waitFor(before + 1);
  });

  it('no contact, no message; a refusal tells the applicant who left one (§16)', async () => {
    const silent = await open();
    let r = await act('records', silent.id, silent.version, {
      kind: 'stamp',
      itemsPresent: MISSIONARY_ITEMS,
    });
    assert.deepEqual(await messagesOf(silent.id), []);
    const c = await open({ email: SENTINELS.email, phone: '', consent: true }, 'kk');
    r = await act('records', c.id, c.version, {
      kind: 'stamp',
      itemsPresent: MISSIONARY_ITEMS.filter((i) => i !== 'invitation'),
    });
    r = await act('officer', c.id, r.version, { kind: 'draft_refusal' });
    r = await act('head', c.id, r.version, { kind: 'sign_refusal' });
    await act('records', c.id, r.version, {
      kind: 'deliver_refusal',
      how: 'post',
      proofReference: 'RR123456789KZ',
      on: plainDateAt(t.deps.now(), 'Asia/Almaty'),
    });
    assert.deepEqual(
      (await messagesOf(c.id)).map((x) => `${x.event}/${x.channel}`),
      ['registered/email', 'refused/email', 'survey/email'],
    );
    const before = smtp.mails.length;
    await deliver();
    await smtp.waitFor(before + 3);
    const refusal = smtp.mails.slice(before).find((x) => /бас тарту/i.test(x.subject));
    assert.ok(refusal, 'the refusal in Kazakh');
    assert.match(refusal.text, /шығыс № 71-/);
    assert.equal(refusal.language, 'kk');
  });

  it('the counter takes a contact: bad e-mail, phone or missing consent per field, nothing typed lost', async () => {
    const clerk = await signedInClient(t.app, office.staff.clerk.login, PASSWORD, 'en');
    const page = await clerk.open('/en/staff/cases/new?kind=missionary-registration');
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('name="contactEmail"') && page.body.includes('type="tel"'));
    const r = await clerk.post('/en/staff/cases/new', {
      kind: 'missionary-registration',
      key: newIdempotencyKey(),
      contactEmail: 'not-an-address',
      contactPhone: '12345',
    });
    assert.equal(r.statusCode, 400);
    const text = pageText(r.body);
    assert.ok(text.includes(translate('en', 'notify.error.email_invalid')));
    assert.ok(text.includes(translate('en', 'notify.error.phone_invalid')));
    assert.ok(text.includes(translate('en', 'notify.error.contact_consent_required')));
    assert.ok(r.body.includes('href="#f-contactEmail"'), 'the summary links to the field');
    assert.ok(r.body.includes('value="not-an-address"') && r.body.includes('value="12345"'), 'kept');
  });

  it('staff see the messages and their delivery on the case page, and the survey link', async () => {
    const clerk = await signedInClient(t.app, office.staff.clerk.login, PASSWORD, 'ru');
    const r = await clerk.get(`/ru/staff/cases/${handed.id}`);
    assert.equal(r.statusCode, 200);
    const text = pageText(r.body);
    assert.ok(text.includes(translate('ru', 'notify.case.title')));
    assert.ok(
      text.includes(translate('ru', 'notify.event.ready')) &&
        text.includes(translate('ru', 'notify.state.sent')),
    );
    assert.ok(r.body.includes(`/ru/survey/${await surveyToken(db(), handed.id)}`));
  });

  it('the survey: one answer per case, bad input per question, a second answer refused, anonymous rows', async () => {
    const token = await surveyToken(db(), handed.id);
    const visitor = new FormClient(t.app);
    const page = await visitor.open(`/kk/survey/${token}`);
    assert.equal(page.statusCode, 200);
    const csrf = visitor.lastToken;
    assert.ok(page.body.includes('name="process"') && page.body.includes('name="politeness"'));
    let r = await visitor.post(`/kk/survey/${token}`, { process: '4', information: '9' });
    assert.equal(r.statusCode, 400);
    let text = pageText(r.body);
    assert.ok(text.includes(translate('kk', 'notify.survey.score_invalid')));
    assert.ok(text.includes(translate('kk', 'notify.survey.score_required')));
    assert.ok(r.body.includes('href="#q-information"'));
    assert.match(
      r.body,
      /id="q-process-4"[^>]*checked|checked[^>]*id="q-process-4"/,
      'the score chosen is kept',
    );
    r = await visitor.post(`/kk/survey/${token}`, { process: '4', information: '5', politeness: '3' });
    assert.equal(r.statusCode, 200);
    assert.ok(pageText(r.body).includes(translate('kk', 'notify.survey.thanks')));
    const again = await visitor.open(`/ru/survey/${token}`);
    assert.ok(pageText(again.body).includes(translate('ru', 'notify.survey.used')), 'no form any more');
    r = await visitor.post(
      `/ru/survey/${token}`,
      { process: '1', information: '1', politeness: '1' },
      { csrf },
    );
    assert.equal(r.statusCode, 409);
    text = pageText(r.body);
    assert.ok(text.includes(translate('ru', 'notify.survey.used')));
    const wrong = await visitor.get(`/en/survey/${'x'.repeat(43)}`);
    assert.equal(wrong.statusCode, 404);
    assert.ok(pageText(wrong.body).includes(translate('en', 'notify.survey.invalid')));
    const rows = await queryRows<Record<string, unknown>>(db(), sql`select * from survey_answers`);
    assert.equal(rows.length, 1);
    assert.deepEqual(Object.keys(rows[0]!).sort(), [
      'answered_on',
      'id',
      'information',
      'organisation_id',
      'politeness',
      'process',
    ]);
    assert.equal(rows[0]!.organisation_id, office.id);
    assert.deepEqual([rows[0]!.process, rows[0]!.information, rows[0]!.politeness], [4, 5, 3]);
    const refs = await queryRows<{ table: string }>(
      db(),
      sql`select ccu.table_name as table from information_schema.table_constraints tc
          join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
          where tc.table_name = 'survey_answers' and tc.constraint_type = 'FOREIGN KEY'`,
    );
    assert.deepEqual(
      refs.map((x) => x.table),
      ['organisations'],
      'nothing leads back to the case',
    );
    const [audit] = await queryRows<{ record_id: string; data: unknown; ip: string | null }>(
      db(),
      sql`select record_id, data, ip from audit_events where action = 'survey.answered'`,
    );
    assert.equal(audit!.record_id, office.code);
    assert.deepEqual(audit!.data, {});
    assert.equal(audit!.ip, null);
  });

  it('the expiry reminder reaches the applicant of the case that issued the certificate', async () => {
    const [doc] = await queryRows<{ number: string }>(
      db(),
      sql`select number from issued_documents where case_id = ${handed.id}`,
    );
    const today = plainDateAt(t.deps.now(), 'Asia/Almaty');
    await db().execute(
      sql`update issued_documents set valid_until = ${addDays(today, 20)} where number = ${doc!.number}`,
    );
    assert.ok((await runExpiryReminders(get().database, t.deps.now())) >= 1);
    const before = smtp.mails.length;
    await deliver(); // the reminder queues the case's messages…
    await deliver(); // … which are then sent
    assert.deepEqual(
      (await messagesOf(handed.id))
        .filter((x) => x.event === 'expiry')
        .map((x) => `${x.channel}/${x.status}`),
      ['email/sent', 'sms/sent'],
    );
    await smtp.waitFor(before + 1);
    const mail = smtp.mails.slice(before).find((x) => x.text.includes(doc!.number));
    assert.ok(mail);
    assert.match(mail.text, /перерегистрации/);
  });
  it('an online application sent tells the applicant it arrived: the tracking code and what to do next, in its language', async () => {
    for (const language of ['kk', 'ru'] as const) {
      const started = await startOnlineApplication(
        t.deps,
        { ip: `10.7.0.${language === 'kk' ? 1 : 2}`, requestId: 'test' },
        {
          kind: 'missionary-registration',
          language,
          officeCode: office.code,
        },
      );
      const send = () =>
        submitOnlineApplication(t.deps, { ip: '10.7.0.3', requestId: 'test' }, started.draftToken, {
          application: missionaryApplication(),
          consent: true,
          contact: { email: SENTINELS.email, phone: '8 701 555 01 78' },
          idempotencyKey: newIdempotencyKey(),
        });
      await send();
      await send(); // sent twice (a double click): told once
      assert.deepEqual(
        (await messagesOf(started.caseId)).map((x) => `${x.event}/${x.channel}/${x.status}`),
        ['received/email/queued', 'received/sms/queued'],
      );
      const before = smtp.mails.length;
      assert.ok((await deliver()) >= 2);
      await smtp.waitFor(before + 1);
      const mail = smtp.mails.slice(before).find((x) => x.subject.includes(started.trackingCode));
      assert.ok(mail, 'the e-mail arrived');
      assert.equal(mail.to, SENTINELS.email);
      assert.equal(mail.language, language);
      assert.ok(mail.text.includes(`http://tirkeu.test/${language}/track`), mail.text);
      assert.match(mail.text, language === 'kk' ? /төлқұжатпен/ : /с зарегистрированным паспортом/);
      const sms = gateway.received.find((x) => x.text.includes(started.trackingCode));
      assert.equal(sms?.to, SENTINELS.phone);
    }
    // Without a contact nothing is queued.
    const quiet = await startOnlineApplication(
      t.deps,
      { ip: '10.7.0.4', requestId: 'test' },
      {
        kind: 'missionary-registration',
        language: 'ru',
        officeCode: office.code,
      },
    );
    await submitOnlineApplication(t.deps, { ip: '10.7.0.4', requestId: 'test' }, quiet.draftToken, {
      application: missionaryApplication(),
      consent: true,
      contact: {},
      idempotencyKey: newIdempotencyKey(),
    });
    assert.deepEqual(await messagesOf(quiet.caseId), []);
  });

  it('the "received" message in kk, ru and en names the code, the office, the passport and originals, and the track page', () => {
    const vars = { trackingCode: 'TRK-TEST', office: 'Office X', link: 'http://tirkeu.test/kk/track' };
    for (const lang of ['kk', 'ru'] as const) {
      const m = renderNotifyMessage(lang, 'received', vars);
      assert.ok(m.subject.includes('TRK-TEST'));
      for (const part of ['TRK-TEST', 'Office X', 'http://tirkeu.test/kk/track'])
        assert.ok(m.text.includes(part), m.text);
    }
    assert.match(translate('en', 'notify.msg.body.received', vars), /passport.*originals/);
  });
});
