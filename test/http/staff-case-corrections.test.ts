// domain.md §4: corrections after registration. An officer proposes a new value for a field with a
// reason (checked by the intake validators); the head or acting head approves it — the application
// changes, a 'correct' action with approvedBy is appended and shows on the timeline — or rejects it
// with a reason. Four eyes: the proposer never decides. Pages and the JSON API, bad input included.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient, pageText, signedInClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { translate } from '../../src/i18n/i18n.js';
import { queryRows } from '../../src/db/database.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import type { Actor } from '../../src/app/actor.js';
import { actionsOf, applicationOf } from '../../src/db/case-store.js';
import { foldCase } from '../../src/domain/case/index.js';
import type { MissionaryApplicationInput } from '../../src/domain/standard/index.js';

const origin = { ip: '127.0.0.1', requestId: 'test' };
const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? null;

/** The form posting to `action` on the page (its hidden fields). */
function formTo(html: string, action: string, decision?: string): string | null {
  let at = 0;
  for (;;) {
    const start = html.indexOf(`action="${action}"`, at);
    if (start < 0) return null;
    const form = html.slice(start, html.indexOf('</form>', start));
    if (!decision || form.includes(`name="decision" value="${decision}"`)) return form;
    at = start + 1;
  }
}

describeEachDatabase('corrections after registration (domain.md §4)', (get) => {
  let t: TestApp;
  const login: Record<string, string> = {};
  const actor: Record<string, Actor> = {};
  before(async () => {
    t = await buildTestApp(get().database);
    const office = await seedOffice(t.deps, { regionCode: '55' });
    const other = await seedOffice(t.deps, { regionCode: '55' });
    const roles = {
      clerk: ['clerk'],
      records: ['records'],
      officer: ['officer'],
      head: ['head'],
      head2: ['head'],
      // One person holding both roles: may propose and may decide, never both for one correction.
      both: ['officer', 'head'],
    } as const;
    for (const [who, r] of Object.entries(roles)) {
      login[who] = (await seedAccount(t.deps, office.id, [...r])).login;
      const session = await resolveSession(
        t.deps,
        (await signIn(t.deps, { login: login[who]!, password: PASSWORD }, origin)).token,
      );
      actor[who] = (session as { actor: Actor }).actor;
    }
    login.stranger = (await seedAccount(t.deps, other.id, ['head', 'officer'])).login;
  });
  after(() => t.close());

  const as = (who: string, lang = 'kk') => signedInClient(t.app, login[who]!, PASSWORD, lang);
  const db = () => get().database.db;

  async function registeredCase(): Promise<string> {
    const opened = await openCaseAtCounter(t.deps, actor.clerk!, origin, {
      kind: 'missionary-registration',
      language: 'kk',
      application: missionaryApplication(t.deps.now()),
      consent: true,
      idempotencyKey: newIdempotencyKey(),
    });
    await performCaseAction(
      t.deps,
      actor.records!,
      origin,
      opened.id,
      opened.version,
      { kind: 'stamp', itemsPresent: MISSIONARY_ITEMS },
      newIdempotencyKey(),
    );
    return opened.id;
  }

  async function propose(client: FormClient, id: string, fields: Record<string, string>, lang = 'kk') {
    const page = await client.open(`/${lang}/staff/cases/${id}/corrections`);
    const form = formTo(page.body, `/${lang}/staff/cases/${id}/corrections`);
    assert.ok(form, 'the page offers the proposal form');
    return client.post(`/${lang}/staff/cases/${id}/corrections`, {
      version: hidden(form, 'version')!,
      key: hidden(form, 'key')!,
      ...fields,
    });
  }

  const corrections = (id: string) =>
    queryRows<{
      id: string;
      status: string;
      field: string;
      new_value: unknown;
      decision_reason: string | null;
    }>(
      db(),
      sql`select id, status, field, new_value, decision_reason from case_corrections where case_id = ${id} order by proposed_at`,
    );
  const surname = async (id: string) =>
    ((await applicationOf(db(), id)) as MissionaryApplicationInput).applicant.surname;

  it('an officer proposes; bad input is refused per field and nothing is written', async () => {
    const id = await registeredCase();
    const officer = await as('officer');
    const bad: [Record<string, string>, string, string][] = [
      [{ field: 'applicant.surname', newValue: 'Жаңабаев', reason: ' ' }, 'reason', 'field.reason_required'],
      [{ field: 'kind', newValue: 'group-registration', reason: 'Қате' }, 'field', 'field.correction_field'],
      [{ field: 'officeCode', newValue: '11-001', reason: 'Қате' }, 'field', 'field.correction_field'],
      [{ field: 'applicant.nope', newValue: 'x', reason: 'Қате' }, 'field', 'field.correction_field'],
      [
        { field: 'applicant.surname', newValue: await surname(id), reason: 'Қате' },
        'newValue',
        'field.correction_unchanged',
      ],
    ];
    for (const [fields, field, key] of bad) {
      const res = await propose(officer, id, fields);
      assert.equal(res.statusCode, 400, JSON.stringify(fields));
      const text = pageText(res.body);
      assert.ok(text.includes(translate('kk', key as never)), `${field}: ${key}`);
      assert.ok(res.body.includes(`href="#propose-${field}"`), 'linked from the summary');
    }
    // The intake validators judge the new value: an IIN with a wrong check digit, a date that is none.
    const iin = await propose(officer, id, { field: 'term.to', newValue: '2026-02-31', reason: 'Мерзім' });
    assert.equal(iin.statusCode, 400);
    assert.ok(iin.body.includes('value="2026-02-31"'), 'what was typed is kept');
    assert.deepEqual(await corrections(id), [], 'nothing was written');
    // A clerk has no form and may not propose by posting one.
    const clerk = await as('clerk');
    const page = await clerk.open(`/kk/staff/cases/${id}/corrections`);
    assert.equal(formTo(page.body, `/kk/staff/cases/${id}/corrections`), null);
    const refused = await clerk.post(`/kk/staff/cases/${id}/corrections`, {
      version: '2',
      key: newIdempotencyKey(),
      field: 'applicant.surname',
      newValue: 'Басқа',
      reason: 'Қате',
    });
    assert.equal(refused.statusCode, 403);
    // Another office: not found.
    const stranger = await as('stranger');
    assert.equal((await stranger.get(`/kk/staff/cases/${id}/corrections`)).statusCode, 404);
    assert.deepEqual(await corrections(id), []);
  });

  it('the head approves: the application changes, the log and the timeline show it; four eyes hold', async () => {
    const id = await registeredCase();
    const before = await surname(id);
    const both = await as('both', 'ru');
    const ok = await propose(
      both,
      id,
      { field: 'applicant.surname', newValue: 'Исправленова', reason: 'Опечатка' },
      'ru',
    );
    assert.equal(ok.statusCode, 303);
    const shown = await both.get(ok.headers.location as string);
    assert.ok(pageText(shown.body).includes(translate('ru', 'correction.done.proposed')));
    assert.equal(await surname(id), before, 'not changed before the approval');
    const [proposed] = await corrections(id);
    assert.equal(proposed?.status, 'proposed');

    // The proposer may not decide, though a head: no button, and posting is refused.
    assert.ok(pageText(shown.body).includes(translate('ru', 'correction.not_yours')));
    const action = `/ru/staff/cases/${id}/corrections/${proposed!.id}/decision`;
    assert.equal(formTo(shown.body, action, 'approve'), null);
    const self = await both.post(action, { decision: 'approve', version: '2', key: newIdempotencyKey() });
    assert.equal(self.statusCode, 409);
    assert.ok(pageText(self.body).includes(translate('ru', 'error.FOUR_EYES')));
    // An officer may not decide.
    const officer = await as('officer', 'ru');
    await officer.open(`/ru/staff/cases/${id}/corrections`);
    const role = await officer.post(action, { decision: 'approve', version: '2', key: newIdempotencyKey() });
    assert.equal(role.statusCode, 403);
    assert.equal((await corrections(id))[0]?.status, 'proposed');

    // Two heads at once, with the page as they saw it: one approves, the other is told.
    const head = await as('head', 'ru');
    const head2 = await as('head2', 'ru');
    const p1 = await head.open(`/ru/staff/cases/${id}/corrections`);
    const p2 = await head2.open(`/ru/staff/cases/${id}/corrections`);
    const f1 = formTo(p1.body, action, 'approve')!;
    const f2 = formTo(p2.body, action, 'approve')!;
    const won = await head.post(action, {
      decision: 'approve',
      version: hidden(f1, 'version')!,
      key: hidden(f1, 'key')!,
    });
    assert.equal(won.statusCode, 303);
    const lost = await head2.post(action, {
      decision: 'approve',
      version: hidden(f2, 'version')!,
      key: hidden(f2, 'key')!,
    });
    assert.equal(lost.statusCode, 409);
    assert.ok(pageText(lost.body).includes(translate('ru', 'error.CORRECTION_DECIDED')));
    // The winner's double click acts once.
    const again = await head.post(action, {
      decision: 'approve',
      version: hidden(f1, 'version')!,
      key: hidden(f1, 'key')!,
    });
    assert.equal(again.statusCode, 303);

    assert.equal(await surname(id), 'Исправленова');
    const actions = await actionsOf(db(), id);
    const corrects = actions.filter((a) => a.kind === 'correct');
    assert.equal(corrects.length, 1, 'one correct action');
    assert.deepEqual(
      {
        field: corrects[0]!.kind === 'correct' && corrects[0]!.field,
        approvedBy: corrects[0]!.kind === 'correct' && corrects[0]!.approvedBy,
      },
      { field: 'applicant.surname', approvedBy: { accountId: actor.head!.accountId, role: 'head' } },
    );
    const snapshot = foldCase(actions);
    assert.equal(snapshot.state, 'registered', 'the state does not change');
    assert.equal(snapshot.corrections.length, 1);
    const casePage = pageText((await head.get(`/ru/staff/cases/${id}`)).body);
    assert.ok(casePage.includes(translate('ru', 'case.event.correct')), 'on the timeline');
    assert.ok(casePage.includes('Исправленова'));
    const events = await queryRows<{ action: string; data: Record<string, unknown> }>(
      db(),
      sql`select action, data from audit_events where action like 'case_correction.%' and data->>'caseId' = ${id} order by id`,
    );
    assert.deepEqual(
      events.map((e) => e.action),
      ['case_correction.proposed', 'case_correction.approved'],
    );
    assert.ok(!JSON.stringify(events).includes('Исправленова'), 'audit events carry no values');

    // A stale page: the case changed (taken for review) after the head opened it.
    const second = await propose(
      officer,
      id,
      { field: 'address', newValue: 'Павлодар, Ленин к-сі, 1', reason: 'Мекенжай' },
      'ru',
    );
    assert.equal(second.statusCode, 303);
    const [, pending] = await corrections(id);
    const stale = await head.open(`/ru/staff/cases/${id}/corrections`);
    const staleForm = formTo(
      stale.body,
      `/ru/staff/cases/${id}/corrections/${pending!.id}/decision`,
      'approve',
    )!;
    const v = (
      await queryRows<{ version: number }>(db(), sql`select version from cases where id = ${id}`)
    )[0]!.version;
    await performCaseAction(
      t.deps,
      actor.officer!,
      origin,
      id,
      v,
      { kind: 'take_for_review' },
      newIdempotencyKey(),
    );
    const late = await head.post(`/ru/staff/cases/${id}/corrections/${pending!.id}/decision`, {
      decision: 'approve',
      version: hidden(staleForm, 'version')!,
      key: hidden(staleForm, 'key')!,
    });
    assert.equal(late.statusCode, 409);
    assert.ok(pageText(late.body).includes(translate('ru', 'error.CASE_CHANGED')));
    assert.equal((await corrections(id))[1]?.status, 'proposed');

    // Rejecting needs a reason; with one, the correction is rejected and nothing changes.
    const page = await head.open(`/ru/staff/cases/${id}/corrections`);
    const reject = formTo(page.body, `/ru/staff/cases/${id}/corrections/${pending!.id}/decision`, 'reject')!;
    const noReason = await head.post(`/ru/staff/cases/${id}/corrections/${pending!.id}/decision`, {
      decision: 'reject',
      reason: '',
      version: hidden(reject, 'version')!,
      key: hidden(reject, 'key')!,
    });
    assert.equal(noReason.statusCode, 400);
    assert.ok(pageText(noReason.body).includes(translate('ru', 'field.reason_required')));
    const rejected = await head.post(`/ru/staff/cases/${id}/corrections/${pending!.id}/decision`, {
      decision: 'reject',
      reason: 'Адрес в заявлении верен',
      version: hidden(reject, 'version')!,
      key: newIdempotencyKey(),
    });
    assert.equal(rejected.statusCode, 303);
    const after = await corrections(id);
    assert.equal(after[1]?.status, 'rejected');
    assert.equal(after[1]?.decision_reason, 'Адрес в заявлении верен');
    assert.notEqual(
      ((await applicationOf(db(), id)) as MissionaryApplicationInput).address,
      'Павлодар, Ленин к-сі, 1',
    );
  });

  it('over the JSON API: list, propose, decide; the OpenAPI document describes them', async () => {
    const id = await registeredCase();
    const doc = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
    for (const [m, p] of [
      ['get', '/api/v1/cases/{id}/corrections'],
      ['post', '/api/v1/cases/{id}/corrections'],
      ['post', '/api/v1/cases/{id}/corrections/{correctionId}/decision'],
    ] as const)
      assert.ok(doc.paths[p]?.[m], `${m} ${p} is documented`);
    const client = async (who: string) => {
      const token = (await signIn(t.deps, { login: login[who]!, password: PASSWORD }, origin)).token;
      const cookies = new Map([['tirkeu_session', token]]);
      const call = async (method: 'GET' | 'POST', url: string, body?: unknown) => {
        const headers: Record<string, string> = {
          cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        };
        if (method === 'POST') {
          const csrf = await t.app.inject({ method: 'GET', url: '/api/v1/csrf', headers });
          for (const c of csrf.cookies) cookies.set(c.name, c.value);
          headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
          headers['x-csrf-token'] = csrf.json().token;
          headers['idempotency-key'] = newIdempotencyKey();
          headers['content-type'] = 'application/json';
        }
        const res = await t.app.inject({
          method,
          url,
          headers,
          ...(body ? { payload: JSON.stringify(body) } : {}),
        });
        return { status: res.statusCode, body: res.json() };
      };
      return call;
    };
    const officer = await client('officer');
    const version = (
      await queryRows<{ version: number }>(db(), sql`select version from cases where id = ${id}`)
    )[0]!.version;
    const bad = await officer('POST', `/api/v1/cases/${id}/corrections`, {
      field: 'applicant.surname',
      newValue: 'Жаңа',
      reason: '',
      expectedVersion: version,
    });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.fields.reason, 'reason_required');
    const created = await officer('POST', `/api/v1/cases/${id}/corrections`, {
      field: 'applicant.surname',
      newValue: 'Жаңабекова',
      reason: 'Паспорт бойынша',
      expectedVersion: version,
    });
    assert.equal(created.status, 201);
    const list = await officer('GET', `/api/v1/cases/${id}/corrections`);
    assert.equal(list.status, 200);
    assert.equal(list.body.corrections[0].newValue, 'Жаңабекова');
    assert.equal(list.body.corrections[0].status, 'proposed');
    const decide = `/api/v1/cases/${id}/corrections/${created.body.id}/decision`;
    const byOfficer = await officer('POST', decide, { decision: 'approve', expectedVersion: version });
    assert.equal(byOfficer.status, 403);
    const head = await client('head');
    const stale = await head('POST', decide, { decision: 'approve', expectedVersion: version - 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'CASE_CHANGED');
    const approved = await head('POST', decide, { decision: 'approve', expectedVersion: version });
    assert.equal(approved.status, 200);
    assert.deepEqual(approved.body, { status: 'approved', version: version + 1 });
    const twice = await head('POST', decide, {
      decision: 'reject',
      reason: 'Жоқ',
      expectedVersion: version + 1,
    });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, 'CORRECTION_DECIDED');
    assert.equal(await surname(id), 'Жаңабекова');
    const stranger = await client('stranger');
    assert.equal((await stranger('GET', `/api/v1/cases/${id}/corrections`)).status, 404);
  });
});
