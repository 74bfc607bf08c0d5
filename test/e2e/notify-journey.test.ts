// Issue 8 in the browser: an applicant who left an e-mail address at the counter gets, at a local SMTP
// server, the messages of registration (§14) and of the document ready (§7.1, §15); the clerk hands it
// over in the browser; the survey invitation arrives and the applicant answers it from its link; the
// clerk sees every message sent on the case page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../../src/app/demo/seed-demo.js';
import { signIn as signInUseCase } from '../../src/app/accounts/sign-in.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import type { Actor } from '../../src/app/actor.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import type { StaffCommand } from '../../src/app/cases/build-case-action.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { SENTINELS } from '../helpers/personal-data.js';
import { startLocalSmtp, type LocalSmtp } from '../helpers/notify-channels.js';
import { message, signIn, squash, useSuite } from './support.js';

describe('told by e-mail and rating the service, in the browser (issue 8)', () => {
  let smtp: LocalSmtp;
  before(async () => {
    smtp = await startLocalSmtp();
  });
  const suite = useSuite(() => ({ SMTP_URL: smtp.url, MAIL_FROM: 'tirkeu <no-reply@tirkeu.test>' }));
  after(() => smtp.close());

  async function actor(login: string): Promise<Actor> {
    const deps = suite.server.deps;
    const s = await signInUseCase(deps, { login, password: DEMO_PASSWORD }, { ip: null, requestId: 'test' });
    const r = await resolveSession(deps, s.token);
    assert.equal(r.kind, 'live');
    return (r as { actor: Actor }).actor;
  }

  it('ru: registered and ready by e-mail, handed over, the survey answered from its link', async () => {
    const deps = suite.server.deps;
    const origin = { ip: null, requestId: 'test' };
    const opened = await openCaseAtCounter(deps, await actor('astana.clerk'), origin, {
      kind: 'missionary-registration',
      language: 'ru',
      application: missionaryApplication(),
      consent: true,
      idempotencyKey: newIdempotencyKey(),
      contact: { email: SENTINELS.email, phone: '', consent: true },
    });
    const act = async (login: string, version: number, command: StaffCommand) =>
      performCaseAction(deps, await actor(login), origin, opened.id, version, command, newIdempotencyKey());
    let r = await act('astana.records', opened.version, { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS });
    r = await act('astana.officer', r.version, { kind: 'take_for_review' });
    r = await act('astana.officer', r.version, { kind: 'propose' });
    r = await act('astana.head', r.version, { kind: 'sign' });
    assert.equal(r.state, 'ready_to_collect');
    await smtp.waitFor(2);
    const mine = () => smtp.mails.filter((m) => m.subject.includes(opened.trackingCode));
    assert.deepEqual(
      mine().map((m) => [m.to, m.language]),
      [
        [SENTINELS.email, 'ru'],
        [SENTINELS.email, 'ru'],
      ],
    );
    assert.match(mine()[0]!.text, /зарегистрировано/);
    assert.match(mine()[1]!.text, /готов к выдаче/);

    // The clerk hands the certificate over in the browser.
    const clerk = await suite.page();
    assert.equal((await signIn(clerk, 'ru', 'astana.clerk', DEMO_PASSWORD)).status(), 303);
    await clerk.goto(`/ru/staff/cases/${opened.id}`);
    await clerk.check('#a-hand_over-recipient-applicant');
    await clerk.selectOption('#a-hand_over-identityDocumentId', 'applicant.identityDocument');
    await Promise.all([clerk.waitForURL(/done=hand_over$/), clerk.click('#do-hand_over')]);
    const surveyLink = await clerk.locator('.survey-link a').getAttribute('href');
    assert.ok(surveyLink, 'the survey link for the applicant is on the case page');

    // The invitation arrives; the applicant opens its link and answers.
    await smtp.waitFor(3);
    const invitation = mine()[2]!;
    const link = /https?:\/\/\S+\/ru\/survey\/[A-Za-z0-9_-]{43}/.exec(invitation.text)?.[0];
    assert.ok(link, invitation.text);
    assert.equal(new URL(link).pathname, new URL(surveyLink).pathname, 'the same survey as on the case page');
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
    assert.equal(
      squash(await applicant.textContent('.survey-status')),
      message('ru', 'notify.survey.thanks'),
    );
    // A second answer is refused clearly.
    await applicant.goto(new URL(link).pathname);
    assert.equal(squash(await applicant.textContent('.survey-status')), message('ru', 'notify.survey.used'));

    // The clerk sees the three messages, sent.
    await clerk.reload();
    const rows = await clerk
      .locator('.case-messages tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-state')));
    assert.deepEqual(rows, ['sent', 'sent', 'sent']);
  });
});
