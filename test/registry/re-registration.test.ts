// Re-registration (issue 6; domain.md §4 "after the end"): the clerk starts it from the document's
// page; the intake form comes pre-filled from the last registration's application as a
// *-re-registration case; taken in through the intake's own validation, signed, and at hand-over the
// old certificate becomes 'superseded' naming the new one, its paper recorded as surrendered, in the
// hand-over's transaction — and the public check page says so at once. Refused: a role without
// intake, another office, a document no longer valid.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD } from '../helpers/seed.js';
import { newIdempotencyKey, MISSIONARY_ITEMS } from '../helpers/applications.js';
import { pageText, signedInClient } from '../helpers/form-client.js';
import { GROUP_ITEMS, officeWithStaff, signedCase, type Office } from '../helpers/signed-cases.js';
import { queryRows } from '../../src/db/database.js';
import { findIssuedDocument } from '../../src/db/issued-documents-store.js';
import { applicationOf, findCase } from '../../src/db/case-store.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import type { StaffCommand } from '../../src/app/cases/build-case-action.js';
import { reRegistrationDraft } from '../../src/app/registry/re-registration.js';
import { groupInput, missionaryInput } from '../../src/http/routes/staff-cases-intake-input.js';
import { plainDateAt } from '../../src/domain/time/plain-date.js';
import { translate } from '../../src/i18n/i18n.js';

const origin = { ip: null, requestId: 'test' };
const HAND_OVER: StaffCommand = {
  kind: 'hand_over',
  recipient: 'applicant',
  identityDocumentId: 'passport-shown',
  powerOfAttorneyId: null,
};

function checkStatus(html: string): string {
  const m = /id="check-status"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  return m ? pageText(m[1]!).trim() : '';
}

describeEachDatabase('re-registration (issue 6)', (get) => {
  let t: TestApp;
  let astana: Office;
  let karaganda: Office;
  const db = () => get().database.db;
  const act = (office: Office, who: keyof Office['staff'], id: string, version: number, c: StaffCommand) =>
    performCaseAction(t.deps, office.staff[who], origin, id, version, c, newIdempotencyKey());

  before(async () => {
    t = await buildTestApp(get().database);
    astana = await officeWithStaff(t.deps, '71');
    karaganda = await officeWithStaff(t.deps, '35');
  });
  after(() => t.close());

  /** Takes a re-registration's draft in, to signature and hand-over; returns the new number. */
  async function throughHandOver(draft: Awaited<ReturnType<typeof reRegistrationDraft>>) {
    const missionary = draft.kind.startsWith('missionary');
    const opened = await openCaseAtCounter(t.deps, astana.staff.clerk, origin, {
      kind: draft.kind,
      language: draft.language,
      application: missionary
        ? missionaryInput(draft.kind, draft.values)
        : groupInput(draft.kind, draft.values),
      consent: true,
      idempotencyKey: newIdempotencyKey(),
    });
    let r = await act(astana, 'records', opened.id, opened.version, {
      kind: 'stamp',
      itemsPresent: missionary ? MISSIONARY_ITEMS : GROUP_ITEMS,
    });
    r = await act(astana, 'officer', opened.id, r.version, { kind: 'take_for_review' });
    r = await act(astana, 'officer', opened.id, r.version, { kind: 'propose' });
    r = await act(astana, 'head', opened.id, r.version, { kind: 'sign' });
    const number = (await findCase(db(), opened.id))!.documentNumber!;
    return { caseId: opened.id, number, version: r.version };
  }

  it('from the document page to a pre-filled form; signed and handed over, the old one superseded at once', async () => {
    const first = await signedCase(t.deps, astana, 'missionary');
    await act(astana, 'clerk', first.caseId, first.version, HAND_OVER);
    const clerk = await signedInClient(t.app, astana.staff.clerk.login, PASSWORD, 'ru');
    const docPage = await clerk.get(`/ru/staff/documents/${first.number}`);
    const link = `/ru/staff/cases/new?from=${encodeURIComponent(first.number)}`;
    assert.ok(
      docPage.body.includes(link.replace(/&/g, '&amp;')) || docPage.body.includes(link),
      'the page offers it',
    );
    const form = await clerk.get(link);
    assert.equal(form.statusCode, 200, form.body.slice(0, 500));
    assert.ok(form.body.includes('value="missionary-re-registration"'), 'a re-registration case');
    const application = (await applicationOf(db(), first.caseId)) as {
      applicant: { surname: string };
      territory: string;
    };
    assert.ok(
      pageText(form.body).includes(application.territory) || form.body.includes(application.territory),
    );
    assert.ok(form.body.includes(`value="${application.applicant.surname}"`), 'the applicant filled in');

    const today = plainDateAt(t.deps.now(), 'Asia/Almaty');
    const draft = await reRegistrationDraft(t.deps, astana.staff.clerk, origin, first.number, today);
    assert.equal(draft.values.applicationDate, today);
    assert.ok(!Object.keys(draft.values).some((k) => k.startsWith('materials.')), 'materials are new');
    const next = await throughHandOver(draft);
    // Signed, not yet handed over: both valid.
    assert.equal((await findIssuedDocument(db(), first.number))!.status, 'valid');
    const r = await act(astana, 'clerk', next.caseId, next.version, HAND_OVER);
    assert.equal(r.state, 'handed_over');
    const former = (await findIssuedDocument(db(), first.number))!;
    assert.equal(former.status, 'superseded');
    assert.equal(former.successorNumber, next.number);
    const events = await queryRows<{ kind: string; data: { successor: string } }>(
      db(),
      sql`select kind, data from registration_events where document_number = ${first.number} order by id`,
    );
    assert.deepEqual(
      events.map((e) => [e.kind, e.data.successor]),
      [
        ['superseded', next.number],
        ['surrendered', next.number],
      ],
    );
    const check = await t.app.inject({ method: 'GET', url: `/ru/check/${first.number}` });
    assert.equal(checkStatus(check.body), translate('ru', 'check.status.superseded'));
    assert.ok(check.body.includes(next.number));
    const checkNew = await t.app.inject({ method: 'GET', url: `/ru/check/${next.number}` });
    assert.equal(checkStatus(checkNew.body), translate('ru', 'check.status.valid'));
    // A superseded document starts no re-registration (409), and offers none.
    assert.equal((await clerk.get(link)).statusCode, 409);
    assert.ok(!(await clerk.get(`/ru/staff/documents/${first.number}`)).body.includes('cases/new?from='));
  });

  it("a group's re-registration is pre-filled with its name, leader and members", async () => {
    const first = await signedCase(t.deps, astana, 'group');
    await act(astana, 'clerk', first.caseId, first.version, HAND_OVER);
    const today = plainDateAt(t.deps.now(), 'Asia/Almaty');
    const draft = await reRegistrationDraft(t.deps, astana.staff.clerk, origin, first.number, today);
    assert.equal(draft.kind, 'group-re-registration');
    const old = (await applicationOf(db(), first.caseId)) as {
      groupName: string;
      leader: { iin: string };
      members: unknown[];
    };
    assert.equal(draft.values.groupName, old.groupName);
    assert.equal(draft.values['leader.iin'], old.leader.iin);
    assert.equal(draft.members, old.members.length);
    const next = await throughHandOver(draft);
    await act(astana, 'clerk', next.caseId, next.version, HAND_OVER);
    assert.equal((await findIssuedDocument(db(), first.number))!.status, 'superseded');
  });

  it('refused: an officer (no intake), another office, a made-up number; nothing read', async () => {
    const first = await signedCase(t.deps, astana, 'missionary');
    const url = `/en/staff/cases/new?from=${encodeURIComponent(first.number)}`;
    const officer = await signedInClient(t.app, astana.staff.officer.login, PASSWORD, 'en');
    assert.equal((await officer.get(url)).statusCode, 403);
    const other = await signedInClient(t.app, karaganda.staff.clerk.login, PASSWORD, 'en');
    assert.equal((await other.get(url)).statusCode, 404);
    const clerk = await signedInClient(t.app, astana.staff.clerk.login, PASSWORD, 'en');
    assert.equal((await clerk.get('/en/staff/cases/new?from=nonsense')).statusCode, 404);
    const read = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from access_log where record_id = ${first.caseId} and data->>'purpose' = 're-registration'`,
    );
    assert.equal(read[0]!.n, 0);
  });
});
