// The registry's search through the database (issue 6; domain.md §4, §8, §17): every spelling of a
// name (the recall set of hard cases finds the right person in the top 5), typos, identifiers,
// confession, territory, office, region, status and dates; who sees what — another office's
// registrant minimal, a region's supervisor held to the region, affiliation only for the roles that
// may read it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { seedOffice } from '../helpers/seed.js';
import { actorOf, seedGroup, seedPerson, type SeededOffice } from '../helpers/registry.js';
import { searchRegistry, type RegistryHit } from '../../src/app/registry/search-registry.js';
import type { Actor } from '../../src/app/actor.js';
import { DomainError } from '../../src/app/errors.js';
import { makeIin } from '../../src/domain/identifiers/index.js';
import { nameSkeleton } from '../../src/domain/registry/name-key.js';
import type { RegistrySearchInput } from '../../src/domain/registry/registry-search.js';

const SURNAMES = [
  'Ахметов',
  'Омаров',
  'Серікбаев',
  'Жұмабаев',
  'Әбдіров',
  'Қасымов',
  'Нұрпейісов',
  'Шәріпов',
  'Тұрсынов',
  'Иманбаев',
  'Исаев',
  'Есенов',
  'Иванов',
  'Кузнецов',
  'Мюллер',
  'Шмидт',
  'Ким',
  'Цой',
  'Щербаков',
  'Хасенов',
];
const GIVEN = [
  'Нұрлан',
  'Ерлан',
  'Қайрат',
  'Марат',
  'Әсел',
  'Айгерім',
  'Ілияс',
  'Ұлжан',
  'Евгений',
  'Иван',
  'Сергей',
  'Томас',
  'Анна',
  'Юрий',
];
const LATIN: Record<string, string> = { Мюллер: 'MUELLER', Шмидт: 'SCHMIDT', Ким: 'KIM', Цой: 'TSOI' };

// The recall set of src/domain/registry/name-key.test.ts, now through the indexes.
const RECALL: ReadonlyArray<[query: string, expected: string]> = [
  ['Жумабаев Нурлан', 'Жұмабаев Нұрлан'],
  ['ZHUMABAEV NURLAN', 'Жұмабаев Нұрлан'],
  ['Jumabayev Nurlan', 'Жұмабаев Нұрлан'],
  ['Мюллер Томас', 'Мюллер Томас'],
  ['MUELLER THOMAS', 'Мюллер Томас'],
  ['Myuller Tomas', 'Мюллер Томас'],
  ['Асель Абдирова', 'Әбдіров Әсел'],
  ['Abdirov Asel', 'Әбдіров Әсел'],
  ['Кайрат Касымов', 'Қасымов Қайрат'],
  ['Qasymov Qaırat', 'Қасымов Қайрат'],
  ['Айгерим Нурпеисов', 'Нұрпейісов Айгерім'],
  ['Ulzhan Tursynov', 'Тұрсынов Ұлжан'],
  ['Илияс Шарипов', 'Шәріпов Ілияс'],
  ["S'aripov Ilias", 'Шәріпов Ілияс'],
  ['Ахмедов Марат', 'Ахметов Марат'],
  ['Ахемтов Ерлан', 'Ахметов Ерлан'],
  ['Yevgeniy Shcherbakov', 'Щербаков Евгений'],
  ['Khassenov Yuriy', 'Хасенов Юрий'],
  ['Tsoy Anna', 'Цой Анна'],
  ['Кузнецов Сергеи', 'Кузнецов Сергей'],
  ['Иманбаев Иван', 'Иманбаев Иван'],
];

describeEachDatabase('registry search (issue 6; domain.md §4, §8, §17)', (get) => {
  let t: TestApp;
  let astana: SeededOffice;
  let karaganda: SeededOffice;
  let national: Actor;
  let regional: Actor;
  let astanaClerk: Actor;
  let astanaRecords: Actor;
  let karagandaClerk: Actor;
  let akimatHead: Actor;
  const iin = makeIin('1979-04-12' as never, 'male', 4321)!;
  const search = (actor: Actor, q: RegistrySearchInput) => searchRegistry(t.deps, actor, q);
  const names = (hits: readonly RegistryHit[]) => hits.map((h) => h.name);

  before(async () => {
    t = await buildTestApp(get().database);
    t.deps.now = () => new Date('2026-03-10T06:00:00Z');
    const db = get().database.db;
    astana = await seedOffice(t.deps, { regionCode: '71' });
    karaganda = await seedOffice(t.deps, { regionCode: '35' });
    const agency = await seedOffice(t.deps, { kind: 'agency' });
    const akimat = await seedOffice(t.deps, { regionCode: '71', kind: 'akimat' });
    national = await actorOf(t.deps, agency.id, ['national_supervisor']);
    regional = await actorOf(t.deps, astana.id, ['regional_supervisor']);
    astanaClerk = await actorOf(t.deps, astana.id, ['clerk']);
    astanaRecords = await actorOf(t.deps, astana.id, ['records']);
    karagandaClerk = await actorOf(t.deps, karaganda.id, ['clerk']);
    akimatHead = await actorOf(t.deps, akimat.id, ['akimat_head']);
    // The recall register: 280 similar names, half at each office.
    let i = 0;
    for (const s of SURNAMES)
      for (const g of GIVEN) {
        const latin = LATIN[s];
        await seedPerson(db, i++ % 2 ? karaganda : astana, {
          surname: s,
          name: g,
          ...(latin ? { latinSurname: latin, latinGivenNames: nameSkeleton(g).toUpperCase() } : {}),
        });
      }
    // Particular people for the criteria.
    await seedPerson(
      db,
      astana,
      { surname: 'Бекмұханов', name: 'Дархан', iin },
      {
        issuedOn: '2024-05-06',
        validUntil: '2025-05-05',
        territory: 'Астана қаласы, Есіл ауданы',
        confession: 'islam',
      },
    );
    await seedPerson(
      db,
      astana,
      {
        surname: 'Шнайдер',
        name: 'Петер',
        latinSurname: 'SCHNEIDER',
        latinGivenNames: 'PETER',
        citizenship: 'DEU',
        identityDocument: { kind: 'foreign-passport', number: 'C4X7Z9K21', issueDate: '2020-01-01' },
      },
      { status: 'annulled', confession: 'lutheran', territory: 'Ақмола облысы' },
    );
    await seedPerson(
      db,
      karaganda,
      { surname: 'Сейтқали', name: 'Әлия' },
      { status: 'superseded', issuedOn: '2023-01-10' },
    );
    await seedPerson(
      db,
      karaganda,
      { surname: 'Сейтқали', name: 'Әлия', iin: makeIin('1990-02-02' as never, 'female', 77)! },
      { status: 'replaced' },
    );
    await seedGroup(db, astana, '«Шапағат» діни тобы', { confession: 'orthodox', issuedOn: '2025-09-01' });
  });
  after(() => t.close());

  describe('names in any spelling', () => {
    for (const [query, expected] of RECALL)
      it(`«${query}» finds ${expected} in the top 5`, async () => {
        const r = await search(national, { name: query });
        const top = names(r.hits).slice(0, 5);
        assert.ok(top.includes(expected), `${query}: ${JSON.stringify(top)} of ${r.total}`);
      });

    it('whole-word matches come first and are marked exact; typos are marked close', async () => {
      const exact = await search(national, { name: 'Жумабаев Нурлан' });
      assert.equal(exact.hits[0]?.name, 'Жұмабаев Нұрлан');
      assert.equal(exact.hits[0]?.match, 'exact');
      const typo = await search(national, { name: 'Ахемтов Ерлан' });
      assert.equal(typo.hits[0]?.name, 'Ахметов Ерлан');
      assert.equal(typo.hits[0]?.match, 'close');
    });

    it('ranks typos by the names first and reads only the page: the same pages as reading every row', async () => {
      // `kind: person` holds for every one of them, but as a filter on the rows it takes the path that
      // reads every candidate's row before ranking: both paths must give the same pages and total.
      // 30 namesakes of one surname: a typo of it has more close matches than a page of 25.
      for (let i = 0; i < 30; i++)
        await seedPerson(get().database.db, astana, { surname: 'Тоқтаров', name: GIVEN[i % GIVEN.length]! });
      let paged = 0;
      for (const name of ['Ахемтов', 'Жумабеав', 'Токтраов', 'Серікабев Нұрлан']) {
        const pages = async (extra: RegistrySearchInput) => {
          const first = await search(national, { name, ...extra });
          const rest = [];
          for (let page = 2; page <= first.pages; page++)
            rest.push(...(await search(national, { name, page: String(page), ...extra })).hits);
          return { total: first.total, ids: [...first.hits, ...rest].map((h) => `${h.id} ${h.match}`) };
        };
        const rankFirst = await pages({});
        assert.ok(
          rankFirst.ids.some((h) => h.endsWith(' close')),
          `${name}: close matches`,
        );
        assert.deepEqual(rankFirst, await pages({ kind: 'person' }), name);
        if (rankFirst.total > 25) paged++;
      }
      assert.ok(paged > 0, 'a typo with more close matches than a page');
    });

    it('a name that is not there finds nothing, in any spelling', async () => {
      const r = await search(national, { name: 'Бекмұхамедов Дәурен' });
      assert.deepEqual(names(r.hits), []);
      assert.equal(r.total, 0);
    });

    it('pages a common surname: 14 Жұмабаевs on one page, a second page empty of them', async () => {
      const r = await search(national, { name: 'Zhumabayev' });
      const exact = r.hits.filter((h) => h.match === 'exact');
      assert.equal(exact.length, 14);
      assert.ok(exact.every((h) => h.name.startsWith('Жұмабаев')));
      assert.deepEqual(r.hits.slice(0, 14), exact, 'whole-word matches first');
      const many = await search(national, { regionCode: '35' });
      assert.ok(many.total > 25, String(many.total));
      assert.equal(many.pages, Math.ceil(many.total / 25));
      const second = await search(national, { regionCode: '35', page: '2' });
      assert.equal(second.hits.length, Math.min(25, many.total - 25));
      assert.deepEqual(
        new Set([...many.hits, ...second.hits].map((h) => h.id)).size,
        many.hits.length + second.hits.length,
        'no registrant on two pages',
      );
    });
  });

  describe('identifiers and criteria', () => {
    it('by IIN and by passport (typed with spaces and in lower case)', async () => {
      assert.deepEqual(names((await search(national, { iin: iin })).hits), ['Бекмұханов Дархан']);
      assert.deepEqual(names((await search(national, { passport: 'c4x 7z9-k21' })).hits), ['Шнайдер Петер']);
      assert.deepEqual(names((await search(national, { passport: 'C4X7Z9K22' })).hits), []);
    });

    it('by status of the current document: expired from the day after valid-until, and the stored ones', async () => {
      const by = async (status: string) => names((await search(national, { status, regionCode: '71' })).hits);
      assert.ok((await by('expired')).includes('Бекмұханов Дархан'));
      assert.ok(!(await by('valid')).includes('Бекмұханов Дархан'));
      assert.deepEqual(await by('annulled'), ['Шнайдер Петер']);
      const karagandaBy = async (status: string) =>
        (await search(national, { status, officeCode: karaganda.code })).hits.map((h) => h.document?.number);
      assert.equal((await karagandaBy('superseded')).length, 1);
      assert.equal((await karagandaBy('replaced')).length, 1);
    });

    it('by territory, office, kind and dates', async () => {
      assert.deepEqual(names((await search(national, { territory: 'Есіл', regionCode: '71' })).hits), [
        'Бекмұханов Дархан',
      ]);
      assert.deepEqual(names((await search(national, { kind: 'group', officeCode: astana.code })).hits), [
        '«Шапағат» діни тобы',
      ]);
      const dated = await search(national, {
        officeCode: astana.code,
        issuedFrom: '2024-01-01',
        issuedTo: '2024-12-31',
      });
      assert.deepEqual(names(dated.hits), ['Бекмұханов Дархан']);
      const until = await search(national, {
        regionCode: '71',
        validUntilFrom: '2025-01-01',
        validUntilTo: '2025-12-31',
      });
      assert.deepEqual(names(until.hits), ['Бекмұханов Дархан']);
      const office = await search(national, { name: 'Мюллер', officeCode: astana.code });
      assert.ok(office.hits.length > 0 && office.hits.every((h) => h.office.code === astana.code));
    });

    it('refuses what it cannot read, per field, and a search of the whole country by nothing', async () => {
      const fields = async (q: RegistrySearchInput) => {
        try {
          await search(national, q);
        } catch (e) {
          assert.ok(e instanceof DomainError);
          assert.equal(e.code, 'VALIDATION_FAILED');
          return e.fields;
        }
        assert.fail('accepted');
      };
      assert.deepEqual(await fields({ iin: '12345' }), { iin: 'iin_format' });
      assert.deepEqual(await fields({ status: 'lost' }), { status: 'status_unknown' });
      assert.deepEqual(await fields({ issuedFrom: '2025-13-01', regionCode: '71' }), {
        issuedFrom: 'date_invalid',
      });
      assert.deepEqual(await fields({ issuedFrom: '2025-02-01', issuedTo: '2025-01-01', regionCode: '71' }), {
        issuedTo: 'date_order',
      });
      assert.deepEqual(await fields({ status: 'valid' }), { name: 'narrow_required' });
      assert.deepEqual(await fields({ name: '123 !!' }), { name: 'name_no_letters' });
      assert.deepEqual(await fields({ officeCode: '35004' }), { officeCode: 'office_code_format' });
    });
  });

  describe('who sees what', () => {
    it("office staff find the whole country; another office's registrant is minimal, their own in full", async () => {
      const r = await search(karagandaClerk, { iin });
      assert.equal(r.hits.length, 1);
      const hit = r.hits[0]!;
      assert.equal(hit.visibility, 'minimal');
      assert.equal(hit.name, 'Бекмұханов Дархан');
      assert.ok(hit.document?.number.startsWith(astana.code));
      assert.equal(hit.document?.status, 'expired');
      assert.equal(hit.office.code, astana.code);
      assert.equal(hit.iin, undefined);
      assert.equal(hit.passportNumber, undefined);
      assert.equal(hit.document?.territory, null);
      assert.equal(hit.document?.validUntil, null);
      assert.equal(hit.confession, undefined);
      const own = (await search(astanaClerk, { iin })).hits[0]!;
      assert.equal(own.visibility, 'full');
      assert.equal(own.iin, iin);
      assert.equal(own.document?.territory, 'Астана қаласы, Есіл ауданы');
    });

    it('a regional supervisor finds the region only, in full; the national supervisor the country', async () => {
      const region = await search(regional, { name: 'Сейтқали' });
      assert.deepEqual(names(region.hits), [], 'Karaganda is another region');
      const mine = await search(regional, { iin });
      assert.equal(mine.hits[0]?.visibility, 'full');
      const country = await search(national, { name: 'Сейтқали' });
      assert.equal(country.hits.length, 2);
      assert.ok(country.hits.every((h) => h.visibility === 'full'));
      // The region is implied: a status alone is enough of a search for them.
      assert.ok(
        (await search(regional, { status: 'annulled' })).hits.some((h) => h.name === 'Шнайдер Петер'),
      );
    });

    it('religious affiliation: searchable and shown for the roles that may read it, on their own office only', async () => {
      const clerk = await search(astanaClerk, { confession: 'lutheran', officeCode: astana.code });
      assert.deepEqual(names(clerk.hits), ['Шнайдер Петер']);
      assert.equal(clerk.hits[0]?.confession, 'lutheran');
      assert.equal(clerk.affiliationAllowed, true);
      // Another office's confession is not searchable through the country-wide search.
      assert.deepEqual(
        names((await search(karagandaClerk, { confession: 'lutheran', name: 'Шнайдер' })).hits),
        [],
      );
      for (const who of [astanaRecords, regional, national]) {
        await assert.rejects(
          search(who, { confession: 'lutheran', officeCode: astana.code }),
          (e: unknown) =>
            e instanceof DomainError &&
            e.code === 'FORBIDDEN' &&
            e.fields.confession === 'affiliation_not_allowed',
        );
        const r = await search(who, { name: 'Шнайдер' });
        assert.equal(r.affiliationAllowed, false);
        assert.ok(r.hits.length > 0);
        assert.ok(r.hits.every((h) => h.confession === undefined));
        assert.ok(!JSON.stringify(r).includes('lutheran'));
      }
    });

    it('roles with no business in the registry are refused', async () => {
      await assert.rejects(
        search(akimatHead, { name: 'Мюллер' }),
        (e: unknown) => e instanceof DomainError && e.code === 'FORBIDDEN',
      );
    });
  });
});
