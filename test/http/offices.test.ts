// The office directory in the database and on the public pages (domain.md §1; §1, §13, §21,
// annexes 1–4): the import (counts, idempotency, adoption of the demo's rows), the search, the
// Kazakh order, one office's page at a fixed instant, suspect values, a localized 404 and the API.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, it } from 'node:test';
import { asc, eq, sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { pageText } from '../helpers/form-client.js';
import { translate } from '../../src/i18n/i18n.js';
import { queryRows } from '../../src/db/database.js';
import { accounts, organisations } from '../../src/db/schema/index.js';
import { DEMO_ACCOUNTS, seedDemo } from '../../src/app/demo/seed-demo.js';
import { importDirectory, type DirectoryImportReport } from '../../src/app/organisations/import-directory.js';
import { buildDirectory, directoryAsOf, parseSeed } from '../../src/domain/directory/index.js';
import { instantAtWallTime } from '../../src/domain/calendar/index.js';
import { plainDate, plainDateAt } from '../../src/domain/time/plain-date.js';
import { formatOpening } from '../../src/views/pages/offices-office-page.js';
import { loadConfig } from '../../src/config/config.js';
import { SEED_FILE, startServer } from '../../src/server.js';

const SEED = fs.readFileSync(SEED_FILE, 'utf8');
const ORIGIN = { ip: null, requestId: 'test' };
const ZONE = 'Asia/Almaty';

/** The expected directory, from the domain (never hard-coded here). */
function expectedDirectory(now: Date) {
  return directoryAsOf(buildDirectory(parseSeed(SEED)), plainDateAt(now, ZONE));
}

/** The office codes a page links to, in page order. */
function officeLinks(html: string, lang: string): string[] {
  return [...html.matchAll(new RegExp(`href="/${lang}/offices/(\\d{2}-\\d{3})"`, 'g'))].map((m) => m[1]!);
}

describeEachDatabase('office directory', (get) => {
  let t: TestApp;
  let first: DirectoryImportReport;
  let demoIds: Map<string, string>;
  let demoAccountOrgs: Map<string, string>;

  /** Runs `fn` with the app's clock at `at`, then puts it back. */
  async function at<T>(instant: Date, fn: () => Promise<T>): Promise<T> {
    const shift = instant.getTime() - t.deps.now().getTime();
    t.advance(shift);
    try {
      return await fn();
    } finally {
      t.advance(-shift);
    }
  }

  before(async () => {
    t = await buildTestApp(get().database);
    await seedDemo(t.deps);
    const db = get().database.db;
    demoIds = new Map(
      (await db.select({ code: organisations.code, id: organisations.id }).from(organisations)).map((r) => [
        r.code,
        r.id,
      ]),
    );
    demoAccountOrgs = new Map(
      (await db.select({ login: accounts.login, org: accounts.organisationId }).from(accounts)).map((r) => [
        r.login,
        r.org,
      ]),
    );
    first = await importDirectory(t.deps, ORIGIN, SEED);
  });
  after(() => t.close());

  it('imports 213 service offices and 213 akimats beside the national authority, in one audited act', async () => {
    const db = get().database.db;
    assert.equal(first.offices, 213);
    assert.equal(first.akimats, 213);
    const kinds = await queryRows<{ kind: string; n: number }>(
      db,
      sql`select kind, count(*)::int as n from organisations group by kind order by kind`,
    );
    assert.deepEqual(kinds, [
      { kind: 'agency', n: 1 },
      { kind: 'akimat', n: 213 },
      { kind: 'service_office', n: 213 },
    ]);
    const [agency] = await db.select().from(organisations).where(eq(organisations.code, 'AGENCY'));
    assert.deepEqual(agency?.sources, [], 'the national authority is no row of the seed');
    const expected = expectedDirectory(t.deps.now());
    const [row] = await db.select().from(organisations).where(eq(organisations.code, '63-001'));
    const office = expected.offices.find((o) => o.code === '63-001')!;
    assert.equal(row?.nameKk, office.asOf.names.kk);
    assert.equal(row?.nameRu, office.asOf.names.ru);
    assert.equal(row?.townRu, office.town?.ru);
    assert.equal(row?.timeZone, office.timeZone);
    assert.equal(row?.akimatCode, '63-001-A');
    assert.deepEqual(row?.sources, office.sources);
    const events = await queryRows<{ data: Record<string, unknown> }>(
      db,
      sql`select data from audit_events where action = 'directory.imported'`,
    );
    assert.deepEqual(events, [
      {
        data: {
          asOf: plainDateAt(t.deps.now(), ZONE),
          offices: 213,
          akimats: 213,
          inserted: first.inserted,
          updated: first.updated,
        },
      },
    ]);
  });

  it('adopts the demo’s rows by code: their ids, and the accounts pointing to them, stay', async () => {
    const db = get().database.db;
    assert.equal(demoIds.size, 7, 'the demo made the national authority and six offices and akimats');
    assert.equal(first.updated, demoIds.size - 1, 'every demo row but the national authority is adopted');
    assert.equal(first.inserted, 426 - first.updated);
    for (const [code, id] of demoIds) {
      const [row] = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.code, code));
      assert.equal(row?.id, id, `${code} keeps its id`);
    }
    for (const a of DEMO_ACCOUNTS) {
      const [row] = await db
        .select({ org: accounts.organisationId })
        .from(accounts)
        .where(eq(accounts.login, a.login));
      assert.equal(row?.org, demoAccountOrgs.get(a.login));
      assert.equal(row?.org, demoIds.get(a.organisation));
    }
    // The adopted rows now carry the directory's data.
    const [kokshetau] = await db.select().from(organisations).where(eq(organisations.code, '11-001'));
    assert.ok(kokshetau?.address?.includes('Көкшетау'));
    assert.ok((kokshetau?.phones.length ?? 0) > 0);
  });

  it('is idempotent: a second import changes nothing and reports 0 changed', async () => {
    const db = get().database.db;
    const snapshot = () => db.select().from(organisations).orderBy(asc(organisations.code));
    const before = await snapshot();
    const again = await importDirectory(t.deps, ORIGIN, SEED);
    assert.deepEqual(
      {
        changed: again.changed,
        inserted: again.inserted,
        updated: again.updated,
        unchanged: again.unchanged,
      },
      { changed: 0, inserted: 0, updated: 0, unchanged: 426 },
    );
    assert.deepEqual(await snapshot(), before);
    const [n] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_events where action = 'directory.imported'`,
    );
    assert.equal(n?.n, 1, 'nothing changed, nothing audited');
  });

  it('finds an office by name or town in Kazakh or Russian spelling, any case, with or without Kazakh letters', async () => {
    const codes = async (q: string, lang = 'kk') =>
      (
        (await t.app.inject(`/api/v1/offices?q=${encodeURIComponent(q)}&lang=${lang}`)).json() as {
          offices: { code: string }[];
        }
      ).offices.map((o) => o.code);
    // Өскемен division (63-001); the East Kazakhstan department (63-000) sits in the same town.
    for (const q of [
      'Өскемен',
      'оскемен',
      'ӨСКЕМЕН',
      'Усть-Каменогорск',
      'усть каменогорск',
      'УСТЬ-КАМЕНОГОРСКА',
    ]) {
      const found = await codes(q);
      assert.ok(found.includes('63-001'), `${q} finds 63-001`);
      assert.ok(
        found.every((c) => c.startsWith('63-')),
        `${q} finds nothing elsewhere: ${found.join(' ')}`,
      );
    }
    // Ақкөл district: Kazakh letters, none, upper case, and the Russian name (Аккольский район).
    for (const q of ['Ақкөл', 'аккол', 'АККОЛ', 'Аккольского'])
      assert.deepEqual(await codes(q), ['11-003'], q);
    // A town: Степногор / Степногорск; several words must all match.
    assert.deepEqual(await codes('Степногорск'), ['11-002']);
    assert.deepEqual(await codes('степногор бөлімі'), ['11-002']);
    assert.deepEqual(await codes('степногор басқармасы'), []);
    // LIKE's wildcards are plain characters.
    assert.deepEqual(await codes('%'), await codes(''));
    assert.deepEqual(await codes('_'), await codes(''));
    // The page: the same search, results linked in the page's language.
    const page = await t.app.inject(`/ru/offices?q=${encodeURIComponent('аккол')}`);
    assert.equal(page.statusCode, 200);
    assert.deepEqual(officeLinks(page.body, 'ru'), ['11-003']);
    assert.ok(pageText(page.body).includes('Отдел внутренней политики Аккольского района'));
    assert.ok(pageText(page.body).includes(translate('ru', 'offices.results', { count: 1 })));
    const none = await t.app.inject(`/kk/offices?q=${encodeURIComponent('жоқ-мұндай-жер')}`);
    assert.ok(pageText(none.body).includes(translate('kk', 'offices.no_results')));
  });

  it('sorts Kazakh names in Kazakh order: Ә after А, Ө after О, neither after Я; І after Ы', async () => {
    const res = await t.app.inject('/api/v1/offices?lang=kk');
    const names = (res.json() as { offices: { name: { kk: string } }[] }).offices.map((o) => o.name.kk);
    assert.equal(names.length, 213);
    const firstWith = (l: string) => names.findIndex((n) => n.startsWith(l));
    const lastWith = (l: string) => names.findLastIndex((n) => n.startsWith(l));
    for (const [plain, kazakh, next] of [
      ['А', 'Ә', 'Б'],
      ['О', 'Ө', 'П'],
    ] as const) {
      assert.ok(firstWith(kazakh) >= 0 && lastWith(plain) >= 0, `names begin with ${plain} and ${kazakh}`);
      assert.ok(lastWith(plain) < firstWith(kazakh), `${kazakh} after ${plain}`);
      assert.ok(lastWith(kazakh) < firstWith(next), `${kazakh} before ${next}`);
    }
    // Kazakh, not just any Cyrillic, order: І comes after Ы in the Kazakh alphabet (Іле ауданы last);
    // Russian collation puts it beside И.
    assert.ok(lastWith('Ы') >= 0 && lastWith('Ы') < firstWith('І'), 'І after Ы');
    // The order a plain code-point sort (or the embedded database's default collation) gives differs.
    const naive = [...names].sort();
    assert.ok(naive.findIndex((n) => n.startsWith('Ә')) > naive.findIndex((n) => n.startsWith('Я')));
    // The page's search results follow the same order.
    const page = await t.app.inject(`/kk/offices?q=${encodeURIComponent('бөлімі')}`);
    const expected = expectedDirectory(t.deps.now());
    const nameOf = (code: string) => expected.offices.find((o) => o.code === code)!.asOf.names.kk;
    const listed = officeLinks(page.body, 'kk').map(nameOf);
    assert.equal(listed.length, expected.offices.filter((o) => o.kind === 'division').length);
    assert.deepEqual(listed, [...listed].sort(new Intl.Collator('kk').compare));
    assert.notDeepEqual(listed, [...listed].sort());
  });

  it('lists every office under its region (as of today), in the page’s language', async () => {
    const expected = expectedDirectory(t.deps.now());
    const regions = new Map(expected.offices.map((o) => [o.asOf.region.code, o.asOf.region]));
    const kk = await t.app.inject('/kk/offices');
    assert.equal(kk.statusCode, 200);
    assert.equal(officeLinks(kk.body, 'kk').length, 213);
    const headings = [...kk.body.matchAll(/<h2 id="region-(\d{2})">([^<]+)<\/h2>/g)].map(
      (m) => [m[1]!, m[2]!] as const,
    );
    assert.equal(headings.length, regions.size);
    for (const [code, name] of headings) assert.equal(name, regions.get(code)!.kk);
    assert.deepEqual(
      headings.map((h) => h[1]),
      headings.map((h) => h[1]).sort(new Intl.Collator('kk').compare),
    );
    const ru = await t.app.inject('/ru/offices?region=11');
    const akmola = expected.offices.filter((o) => o.asOf.region.code === '11').map((o) => o.code);
    assert.deepEqual(officeLinks(ru.body, 'ru').sort(), akmola.sort());
    assert.equal(officeLinks(ru.body, 'ru')[0], '11-000', 'the regional department comes first');
    assert.ok(pageText(ru.body).includes(regions.get('11')!.ru));
    // "Find your office" is in the header of every page.
    const home = await t.app.inject('/en/');
    assert.match(home.body, /href="\/en\/offices">Find your office</);
  });

  it('shows an office’s address, phones, schedule in words and whether it is open, at a fixed instant', async () => {
    const wednesday = plainDate('2025-11-26');
    const page = (lang: string) => t.app.inject(`/${lang}/offices/11-002`);
    const open = await at(instantAtWallTime(wednesday, 10 * 60, ZONE), () => page('kk'));
    assert.equal(open.statusCode, 200);
    const text = pageText(open.body);
    assert.ok(text.includes('Степногор қаласы, 4-ші шағын ауданы, 1-ші ғимарат'));
    assert.match(open.body, /<a href="tel:\+77164562926">8 \(71645\) 6-29-26<\/a>/);
    assert.ok(text.includes(translate('kk', 'offices.open_now')));
    assert.ok(text.includes(translate('kk', 'offices.schedule_days', { days: 'дүйсенбі – жұма' })));
    assert.ok(text.includes(translate('kk', 'offices.schedule_hours', { open: '09:00', close: '18:00' })));
    assert.ok(text.includes(translate('kk', 'offices.schedule_break', { start: '13:00', end: '14:00' })));
    assert.ok(text.includes(translate('kk', 'offices.schedule_days_off', { days: 'сенбі – жексенбі' })));
    // What it serves, its akimat for complaints (§21), and where applications for the region go.
    assert.ok(text.includes(translate('kk', 'offices.competence.division')));
    assert.ok(text.includes('Миссионерді есептік тіркеу'));
    assert.match(open.body, /href="\/kk\/"/);
    assert.ok(text.includes(translate('kk', 'offices.akimat_text')));
    assert.ok(text.includes('Степногор қаласының әкімдігі'));
    assert.ok(officeLinks(open.body, 'kk').includes('11-000'));
    // §20–24: a complaint about this office starts from its page, the office filled in.
    assert.match(open.body, /href="\/kk\/complaints\?office=11-002"/);
    assert.ok(text.includes(translate('kk', 'complaint.public.office_link')));

    const lunch = await at(instantAtWallTime(wednesday, 13 * 60 + 30, ZONE), () => page('ru'));
    const reopens = instantAtWallTime(wednesday, 14 * 60, ZONE);
    assert.ok(
      pageText(lunch.body).includes(
        translate('ru', 'offices.closed_now', { when: formatOpening('ru', reopens, ZONE) }),
      ),
    );
    const evening = await at(instantAtWallTime(wednesday, 19 * 60, ZONE), () => page('en'));
    assert.match(lunch.body, /href="\/ru\/complaints\?office=11-002"/);
    assert.match(evening.body, /href="\/en\/complaints\?office=11-002"/);
    const morning = instantAtWallTime(plainDate('2025-11-27'), 9 * 60, ZONE);
    assert.ok(
      pageText(evening.body).includes(
        translate('en', 'offices.closed_now', { when: formatOpening('en', morning, ZONE) }),
      ),
    );
    // Friday evening: the next opening is Monday (national calendar, weekends off).
    const friday = await at(instantAtWallTime(plainDate('2025-11-28'), 18 * 60, ZONE), () =>
      t.app.inject('/api/v1/offices/11-002'),
    );
    assert.deepEqual(friday.json().open, {
      now: 'closed',
      nextOpening: instantAtWallTime(plainDate('2025-12-01'), 9 * 60, ZONE).toISOString(),
    });
  });

  it('keeps suspect values as printed and never links them', async () => {
    // A phone whose area code another district also prints (11-011), a website of another
    // region typed in the e-mail column (75-000), an akimat phone with a digit too many (31-001-A).
    const phone = await t.app.inject('/kk/offices/11-011');
    const expected = expectedDirectory(t.deps.now());
    const flagged = expected.offices
      .find((o) => o.code === '11-011')!
      .suspect.find((s) => s.field === 'phones')!;
    assert.ok(pageText(phone.body).includes(flagged.value));
    assert.doesNotMatch(phone.body, new RegExp(`>${flagged.value.replace(/[()]/g, '\\$&')}</a>`));
    assert.ok(pageText(phone.body).includes(translate('kk', 'offices.suspect_hint')));
    const site = await t.app.inject('/ru/offices/75-000');
    assert.ok(pageText(site.body).includes('uvp.almaty.kz'));
    assert.doesNotMatch(site.body, /href="[^"]*uvp\.almaty\.kz/);
    assert.match(site.body, /href="https:\/\/www\.almaty\.kz"/, 'the akimat’s own site is linked');
    const akimatPhone = await t.app.inject('/en/offices/31-001');
    assert.ok(pageText(akimatPhone.body).includes('8 (7262) 455-59-85'));
    assert.doesNotMatch(akimatPhone.body, />8 \(7262\) 455-59-85<\/a>/);
    const api = (await t.app.inject('/api/v1/offices/31-001')).json();
    assert.deepEqual(api.akimat.phones, [{ printed: '8 (7262) 455-59-85', e164: null, suspect: true }]);
  });

  it('answers an unknown office code with a 404 in the page’s language', async () => {
    for (const [lang, code] of [
      ['ru', '99-999'],
      ['kk', '11-001-A'],
      ['en', 'nonsense'],
    ] as const) {
      const res = await t.app.inject(`/${lang}/offices/${code}`);
      assert.equal(res.statusCode, 404, code);
      assert.match(res.body, new RegExp(`<html lang="${lang}">`));
      assert.ok(pageText(res.body).includes(translate(lang, 'offices.not_found', { code })));
    }
    const api = await t.app.inject({ url: '/api/v1/offices/99-999', headers: { 'accept-language': 'ru' } });
    assert.equal(api.statusCode, 404);
    assert.deepEqual(api.json(), {
      error: { code: 'NOT_FOUND', message: translate('ru', 'error.NOT_FOUND'), fields: {} },
    });
  });

  it('serves the API with only its declared fields', async () => {
    const list = await t.app.inject(
      '/api/v1/offices?q=%D1%81%D1%82%D0%B5%D0%BF%D0%BD%D0%BE%D0%B3%D0%BE%D1%80%D1%81%D0%BA&lang=ru',
    );
    assert.equal(list.statusCode, 200);
    assert.deepEqual(list.json(), {
      count: 1,
      offices: [
        {
          code: '11-002',
          kind: 'division',
          region: { code: '11', name: { kk: 'Ақмола облысы', ru: 'Акмолинская область' } },
          name: {
            kk: 'Степногор қаласының Ішкі саясат бөлімі',
            ru: 'Отдел внутренней политики города Степногорска',
          },
          town: { kk: 'Степногор', ru: 'Степногорск' },
          page: '/ru/offices/11-002',
        },
      ],
    });
    const expected = expectedDirectory(t.deps.now());
    const region = (await t.app.inject('/api/v1/offices?region=63')).json() as {
      offices: { code: string }[];
    };
    assert.deepEqual(
      region.offices.map((o) => o.code).sort(),
      expected.offices.filter((o) => o.asOf.region.code === '63').map((o) => o.code),
    );
    const one = await t.app.inject('/api/v1/offices/11-002');
    const body = one.json() as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), [
      'address',
      'akimat',
      'code',
      'competence',
      'emails',
      'faxes',
      'kind',
      'name',
      'open',
      'page',
      'phones',
      'region',
      'regionalDepartment',
      'schedule',
      'sources',
      'suspect',
      'timeZone',
      'town',
      'websites',
    ]);
    assert.deepEqual(body.sources, [{ annex: 2, n: 4 }]);
    assert.deepEqual((body.regionalDepartment as { code: string }).code, '11-000');
    assert.deepEqual(Object.keys(body.akimat as object).sort(), [
      'address',
      'code',
      'emails',
      'faxes',
      'name',
      'phones',
      'websites',
    ]);
    const ids = await get().database.db.select({ id: organisations.id }).from(organisations);
    for (const { id } of ids)
      assert.ok(!one.body.includes(id) && !list.body.includes(id), 'no internal id leaves');
    assert.equal((await t.app.inject('/api/v1/offices?region=abc')).statusCode, 400);
    assert.equal((await t.app.inject(`/api/v1/offices?q=${'a'.repeat(101)}`)).statusCode, 400);
  });
});

it('the demo start imports the directory; `tirkeu directory import` then finds nothing to change', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-dir-'));
  try {
    const config = loadConfig({ TIRKEU_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent' });
    const server = await startServer(config, () => undefined);
    try {
      const list = (await (await fetch(`${server.url}/api/v1/offices`)).json()) as { count: number };
      assert.equal(list.count, 213);
      const [row] = await queryRows<{ code: string }>(
        server.database.db,
        sql`select o.code from accounts a join organisations o on o.id = a.organisation_id where a.login = 'astana.head'`,
      );
      assert.equal(row?.code, '71-000', 'the demo account keeps its office');
    } finally {
      await server.stop();
    }
    const env: NodeJS.ProcessEnv = { ...process.env, TIRKEU_DATA_DIR: dir, LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL;
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/tirkeu.js', 'directory', 'import'], {
      env,
    });
    assert.match(stdout, /213 offices, 213 akimats; 0 added, 0 updated, 426 unchanged \(0 changed\)/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
