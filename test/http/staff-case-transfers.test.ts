// §1, §13 (domain.md §1, §4): an application handed in at an office that is not competent for the
// territory of activity is taken in with a warning naming the competent office, registered, and
// transferred there (the form filled in); the competent office sees it among its incoming
// transfers, may read it (and only it) while in transit, and receives it into its own incoming
// register with the clocks of the first hand-in.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { FormClient, pageText, signedInClient } from '../helpers/form-client.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { MISSIONARY_ITEMS, missionaryApplication } from '../helpers/applications.js';
import { translate } from '../../src/i18n/i18n.js';
import { queryRows } from '../../src/db/database.js';
import { ensureOrganisation } from '../../src/app/organisations/ensure-organisation.js';

function flat(o: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (o === undefined || o === null) return out;
  if (typeof o !== 'object') {
    out[prefix] = String(o);
    return out;
  }
  for (const [k, v] of Object.entries(o)) flat(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? null;

function actionForm(html: string, lang: string, caseId: string, kind: string): string | null {
  const start = html.indexOf(`action="/${lang}/staff/cases/${caseId}/actions/${kind}"`);
  if (start < 0) return null;
  return html.slice(start, html.indexOf('</form>', start));
}

/** The incoming transfers' section of the worklist page. */
function incoming(html: string): string {
  const start = html.indexOf('id="list-incoming_transfers"');
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
}

// Directory offices of Karaganda region: the city of Karaganda and the town of Karazhal.
const HOME = '35-001';
const COMPETENT = '35-004';
const COMPETENT_KK = 'Қаражал қаласының Ішкі саясат бөлімі';
const COMPETENT_RU = 'Отдел внутренней политики города Каражала';

describeEachDatabase('transfers to the competent office (§1, §13)', (get) => {
  let t: TestApp;
  const login: Record<string, string> = {};
  const office = (code: string) =>
    t.deps.database.db.transaction((tx) =>
      ensureOrganisation(
        tx,
        { actor: null, ip: null, requestId: null, now: t.deps.now() },
        {
          code,
          kind: 'service_office',
          regionCode: '35',
          nameKk: code === COMPETENT ? COMPETENT_KK : 'Қарағанды қаласының Ішкі саясат бөлімі',
          nameRu: code === COMPETENT ? COMPETENT_RU : 'Отдел внутренней политики города Караганды',
          nameEn: null,
          timeZone: 'Asia/Almaty',
        },
      ),
    );
  before(async () => {
    t = await buildTestApp(get().database);
    const home = await office(HOME);
    const competent = await office(COMPETENT);
    const stranger = await seedOffice(t.deps, { regionCode: '35' });
    for (const role of ['clerk', 'records', 'officer', 'head'] as const) {
      login[`home.${role}`] = (await seedAccount(t.deps, home.id, [role])).login;
      login[`there.${role}`] = (await seedAccount(t.deps, competent.id, [role])).login;
    }
    login['stranger.records'] = (await seedAccount(t.deps, stranger.id, ['records', 'clerk'])).login;
  });
  after(() => t.close());

  const as = (who: string, lang = 'kk') => signedInClient(t.app, login[who]!, PASSWORD, lang);

  async function act(
    client: FormClient,
    lang: string,
    caseId: string,
    kind: string,
    fields: Record<string, string | string[]> = {},
  ) {
    const page = await client.open(`/${lang}/staff/cases/${caseId}`);
    const form = actionForm(page.body, lang, caseId, kind);
    assert.ok(form, `the page offers ${kind}`);
    return client.post(`/${lang}/staff/cases/${caseId}/actions/${kind}`, {
      version: hidden(form, 'version')!,
      key: hidden(form, 'key')!,
      ...fields,
    });
  }

  const row = async (id: string) =>
    (
      await queryRows<{
        state: string;
        code: string;
        incoming_number: string;
        start_day: string;
        result_due: string;
        version: number;
      }>(
        get().database.db,
        sql`select c.state, o.code, c.incoming_number, c.start_day::text, c.result_due::text, c.version
            from cases c join organisations o on o.id = c.organisation_id where c.id = ${id}`,
      )
    )[0]!;

  async function intake(lang: string, territoryUnit: string, extra: Record<string, string> = {}) {
    const clerk = await as('home.clerk', lang);
    const page = await clerk.open(`/${lang}/staff/cases/new?kind=missionary-registration`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`value="office:${COMPETENT}"`), 'the territory offers the district');
    assert.ok(page.body.includes('value="region:35"'), 'and the whole region');
    return clerk.post(`/${lang}/staff/cases/new`, {
      kind: 'missionary-registration',
      key: hidden(page.body, 'key')!,
      memberRows: hidden(page.body, 'memberRows')!,
      materialRows: hidden(page.body, 'materialRows')!,
      ...flat(missionaryApplication()),
      language: 'kk',
      consent: 'on',
      territoryUnit,
      ...extra,
    });
  }

  it('warns at intake, registers, transfers with the form filled in; the competent office reads and receives it', async () => {
    // At intake: the form comes back (more rows) with the warning naming the competent office.
    const more = await intake('ru', `office:${COMPETENT}`, { more: 'materials' });
    assert.equal(more.statusCode, 200);
    assert.ok(
      pageText(more.body).includes(
        translate('ru', 'intake.competence_warning', { office: COMPETENT_RU, code: COMPETENT }),
      ),
    );
    assert.ok(more.body.includes(`value="office:${COMPETENT}" selected`), 'the choice is kept');
    const opened = await intake('kk', `office:${COMPETENT}`);
    assert.equal(opened.statusCode, 303, pageText(opened.body).slice(0, 300));
    const id = /cases\/([0-9a-f-]{36})$/.exec(opened.headers.location as string)![1]!;

    // The case page before the stamp: the warning, and that the transfer comes after registration.
    const records = await as('home.records');
    const before = pageText((await records.get(`/kk/staff/cases/${id}`)).body);
    assert.ok(
      before.includes(translate('kk', 'case.competence_other', { office: COMPETENT_KK, code: COMPETENT })),
    );
    assert.ok(before.includes(translate('kk', 'case.competence_after_stamp')));

    // The competent office cannot read it yet: it is another office's case.
    const thereRecords = await as('there.records');
    assert.equal((await thereRecords.get(`/kk/staff/cases/${id}`)).statusCode, 404);

    await act(records, 'kk', id, 'stamp', { items: MISSIONARY_ITEMS });
    const first = await row(id);
    assert.equal(first.state, 'registered');
    const page = await records.open(`/kk/staff/cases/${id}`);
    const form = actionForm(page.body, 'kk', id, 'transfer')!;
    assert.ok(
      form.includes(`name="toOfficeCode" type="text" value="${COMPETENT}"`),
      'filled with the office',
    );
    assert.ok(form.includes(translate('kk', 'case.transfer_reason_competence')), 'and the reason');
    assert.ok(page.body.includes('href="#a-transfer-toOfficeCode"'), 'the warning points to the form');

    // A code that is no office is refused, nothing changes.
    const typo = await act(records, 'kk', id, 'transfer', { toOfficeCode: '35-999', reason: 'Аумақ' });
    assert.equal(typo.statusCode, 400);
    assert.ok(pageText(typo.body).includes(translate('kk', 'field.transfer_office_unknown')));
    assert.equal((await row(id)).state, 'registered');

    const sent = await act(records, 'kk', id, 'transfer', {
      toOfficeCode: hidden(form, 'toOfficeCode') ?? COMPETENT,
      reason: translate('kk', 'case.transfer_reason_competence'),
    });
    assert.equal(sent.statusCode, 303);
    assert.equal((await row(id)).state, 'transferred');

    // The competent office: on its incoming list, readable, a receive button for records only.
    const list = await thereRecords.get('/kk/staff/cases');
    const listText = pageText(list.body);
    assert.ok(listText.includes(translate('kk', 'cases.list.incoming_transfers')));
    assert.ok(incoming(list.body).includes(`href="/kk/staff/cases/${id}"`), 'the case is on the list');
    assert.ok(listText.includes(HOME), 'naming the sending office');
    const read = await thereRecords.get(`/kk/staff/cases/${id}`);
    assert.equal(read.statusCode, 200);
    assert.ok(
      pageText(read.body).includes(
        translate('kk', 'case.in_transit_to_us', { office: 'Қарағанды қаласының Ішкі саясат бөлімі' }),
      ),
    );
    assert.ok(actionForm(read.body, 'kk', id, 'receive_transfer'), 'records may receive it');
    const thereClerk = await as('there.clerk');
    const clerkPage = await thereClerk.get(`/kk/staff/cases/${id}`);
    assert.equal(clerkPage.statusCode, 200, 'office staff there may read it');
    assert.equal(actionForm(clerkPage.body, 'kk', id, 'receive_transfer'), null, 'a clerk may not receive');
    // Nobody else: another office of the region, and not the sending office's list of incoming.
    const stranger = await as('stranger.records');
    assert.equal((await stranger.get(`/kk/staff/cases/${id}`)).statusCode, 404);
    assert.ok(!incoming((await stranger.get('/kk/staff/cases')).body).includes(id));
    assert.ok(!incoming((await records.get('/kk/staff/cases')).body).includes(id), 'not incoming at home');

    // The wrong role posting the form anyway: refused, nothing changed.
    const version = String((await row(id)).version);
    await thereClerk.open(`/kk/staff/cases/${id}`);
    const wrongRole = await thereClerk.post(`/kk/staff/cases/${id}/actions/receive_transfer`, {
      version,
      key: 'k'.repeat(22),
    });
    assert.equal(wrongRole.statusCode, 403);
    // Another office posting it: not found.
    await stranger.open('/kk/staff/cases');
    const wrongOffice = await stranger.post(`/kk/staff/cases/${id}/actions/receive_transfer`, {
      version,
      key: 's'.repeat(22),
    });
    assert.equal(wrongOffice.statusCode, 404);
    assert.equal((await row(id)).state, 'transferred');

    // Two records officers at once: the second is told someone else changed the case.
    const second = await as('there.records');
    const p1 = await thereRecords.open(`/kk/staff/cases/${id}`);
    const p2 = await second.open(`/kk/staff/cases/${id}`);
    const f1 = actionForm(p1.body, 'kk', id, 'receive_transfer')!;
    const f2 = actionForm(p2.body, 'kk', id, 'receive_transfer')!;
    const won = await thereRecords.post(`/kk/staff/cases/${id}/actions/receive_transfer`, {
      version: hidden(f1, 'version')!,
      key: hidden(f1, 'key')!,
    });
    assert.equal(won.statusCode, 303);
    const lost = await second.post(`/kk/staff/cases/${id}/actions/receive_transfer`, {
      version: hidden(f2, 'version')!,
      key: hidden(f2, 'key')!,
    });
    assert.equal(lost.statusCode, 409);
    assert.ok(pageText(lost.body).includes(translate('kk', 'error.CASE_CHANGED')));
    // A retried click of the winner acts once: still one incoming number there.
    const again = await thereRecords.post(`/kk/staff/cases/${id}/actions/receive_transfer`, {
      version: hidden(f1, 'version')!,
      key: hidden(f1, 'key')!,
    });
    assert.equal(again.statusCode, 303);

    const received = await row(id);
    assert.equal(received.state, 'registered');
    assert.equal(received.code, COMPETENT, 'the case is the competent office’s now');
    assert.match(received.incoming_number, new RegExp(`^${COMPETENT}/\\d{4}/0001$`), 'its own register');
    assert.equal(received.start_day, first.start_day, 'the clocks keep the first hand-in');
    assert.equal(received.result_due, first.result_due);
    const after = pageText((await thereRecords.get(`/kk/staff/cases/${id}`)).body);
    assert.ok(after.includes(first.incoming_number) && after.includes(received.incoming_number));
    assert.ok(!after.includes(translate('kk', 'case.competence_title')), 'competent now: no warning');
    // On its "new" list; gone from the incoming list; the sending office no longer reads it.
    const listAfter = await thereRecords.get('/kk/staff/cases');
    assert.ok(listAfter.body.includes(`href="/kk/staff/cases/${id}"`));
    assert.ok(!incoming(listAfter.body).includes(id), 'no longer incoming');
    assert.equal((await records.get(`/kk/staff/cases/${id}`)).statusCode, 404);
    const events = await queryRows<{ chain_id: string; kind: string }>(
      get().database.db,
      sql`select chain_id, data->>'kind' as kind from audit_events
          where record_id = ${id} and action = 'case.action' order by id`,
    );
    assert.deepEqual(
      events.map((e) => `${e.chain_id} ${e.kind}`),
      [
        `audit:${HOME} take_in`,
        `audit:${HOME} stamp`,
        `audit:${HOME} transfer`,
        `audit:${COMPETENT} receive_transfer`,
      ],
    );
  });

  it('names no competent office when the territory is this office’s, or not given', async () => {
    for (const unit of [`office:${HOME}`, '']) {
      const res = await intake('kk', unit);
      assert.equal(res.statusCode, 303);
      const id = /cases\/([0-9a-f-]{36})$/.exec(res.headers.location as string)![1]!;
      const page = await (await as('home.records')).get(`/kk/staff/cases/${id}`);
      assert.ok(!pageText(page.body).includes(translate('kk', 'case.competence_title')), unit);
    }
    // A whole region is the regional department's: a division is warned.
    const res = await intake('kk', 'region:35');
    const id = /cases\/([0-9a-f-]{36})$/.exec(res.headers.location as string)![1]!;
    const text = pageText((await (await as('home.records')).get(`/kk/staff/cases/${id}`)).body);
    assert.ok(text.includes(translate('kk', 'case.competence_title')));
    assert.ok(text.includes('(35-000)'));
    // A value that is no unit of the directory is not kept.
    const odd = await intake('kk', 'office:35-999');
    const oddId = /cases\/([0-9a-f-]{36})$/.exec(odd.headers.location as string)![1]!;
    const [app] = await queryRows<{ unit: string | null }>(
      get().database.db,
      sql`select data->>'territoryUnit' as unit from case_applications where case_id = ${oddId}`,
    );
    assert.equal(app?.unit, null);
  });
});
