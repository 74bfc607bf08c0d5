// domain.md §4 "after the end": every case belongs to a registrant, found or made at intake in the
// intake's transaction — a citizen by IIN, a foreigner by citizenship and passport, a group by its
// office and name — and the certificate or reference issued at signing carries the same registrant.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { groupApplication, officeWithStaff, signedCase, type Office } from '../helpers/signed-cases.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { queryRows } from '../../src/db/database.js';
import { findIssuedDocument } from '../../src/db/issued-documents-store.js';
import { findRegistrant } from '../../src/db/registrant-history.js';
import { makeIin } from '../../src/domain/identifiers/index.js';
import { nameTokens } from '../../src/domain/registry/name-key.js';
import type { GroupApplicationInput, MissionaryApplicationInput } from '../../src/domain/standard/index.js';

const origin = { ip: null, requestId: 'test' };
const passport = () => `P${randomInt(10_000_000, 99_999_999)}`;
const SYLLABLES = ['ба', 'ке', 'мұ', 'ра', 'сы', 'тө', 'лі', 'жа', 'ны', 'қо', 'ғұ', 'ңа', 'шә', 'зү'];
/** A made-up word no other test uses (digits would vanish from a name's skeleton). */
const word = () =>
  Array.from({ length: 4 }, () => SYLLABLES[randomInt(0, SYLLABLES.length)])
    .join('')
    .replace(/^./, (c) => c.toUpperCase());
const russianSpelling = (s: string) => s.replace(/[әіңғүұқөһ]/g, (c) => 'аингуукох'['әіңғүұқөһ'.indexOf(c)]!);

/** A foreign missionary with a passport of their own (the helper's sentinel passport is shared). */
function foreigner(number: string, over: Partial<MissionaryApplicationInput['applicant']> = {}) {
  const a = missionaryApplication();
  a.applicant = {
    ...a.applicant,
    identityDocument: { ...a.applicant.identityDocument!, number },
    ...over,
  };
  return a;
}

function citizenMissionary(iin: string, surname: string, name: string): MissionaryApplicationInput {
  const a = missionaryApplication();
  a.applicant = {
    surname,
    name,
    citizenship: 'KZ',
    iin,
    identityDocument: { kind: 'kz-id-card', number: '045678912', issueDate: '2019-05-05', issuer: 'ҚР ІІМ' },
  };
  a.affiliation = { confession: 'islam' };
  return a;
}

describeEachDatabase('linking cases to registrants at intake (domain.md §4)', (get) => {
  let t: TestApp;
  let office: Office;
  let other: Office;
  before(async () => {
    t = await buildTestApp(get().database);
    office = await officeWithStaff(t.deps);
    other = await officeWithStaff(t.deps);
  });
  after(() => t.close());

  const open = (at: Office, kind: string, application: MissionaryApplicationInput | GroupApplicationInput) =>
    openCaseAtCounter(t.deps, at.staff.clerk, origin, {
      kind: kind as 'missionary-registration',
      language: 'kk',
      application,
      consent: true,
      idempotencyKey: newIdempotencyKey(),
    });
  const caseRow = async (id: string) =>
    (
      await queryRows<{ registrant_id: string | null; confession: string | null }>(
        get().database.db,
        sql`select registrant_id, confession from cases where id = ${id}`,
      )
    )[0]!;

  it('a citizen twice, in two spellings and at two offices: one registrant with both spellings', async () => {
    const iin = makeIin('1984-03-15' as never, 'male', randomInt(0, 9000))!;
    const first = await open(office, 'missionary-registration', citizenMissionary(iin, 'Жұмабаев', 'Нұрлан'));
    const second = await open(
      other,
      'missionary-re-registration',
      citizenMissionary(iin, 'Жумабаев', 'Нурлан'),
    );
    const a = await caseRow(first.id);
    const b = await caseRow(second.id);
    assert.ok(a.registrant_id);
    assert.equal(b.registrant_id, a.registrant_id);
    assert.equal(a.confession, 'islam');
    const r = await findRegistrant(get().database.db, a.registrant_id);
    assert.equal(r?.kind, 'person');
    assert.equal(r?.iin, iin);
    assert.equal(r?.passportNumber, null, 'a person with an IIN is known by it alone');
    // Both spellings fold to one skeleton: nothing new to add, and the name is the latest one.
    assert.deepEqual(r?.nameTokens, ['jumabav', 'nurlan']);
    assert.equal(r?.displayName, 'Жумабаев Нурлан');
    const [row] = await queryRows<{ search_text: string }>(
      get().database.db,
      sql`select search_text from registrants where id = ${a.registrant_id}`,
    );
    assert.equal(row?.search_text, 'jumabav nurlan');
  });

  it('a foreigner by citizenship and passport; a new spelling joins the tokens; another passport is another person', async () => {
    const number = passport();
    const first = await open(office, 'missionary-registration', foreigner(number));
    // The same passport typed with a space and in lower case, the Latin name now spelt MULLER.
    const again = await open(
      office,
      'missionary-re-registration',
      foreigner(`${number.slice(0, 3).toLowerCase()} ${number.slice(3)}`, {
        citizenship: 'DE',
        latinSurname: 'MULLER',
        latinGivenNames: 'JOHANNES',
      }),
    );
    const stranger = await open(office, 'missionary-registration', foreigner(passport()));
    const [a, b, c] = await Promise.all([first, again, stranger].map((x) => caseRow(x.id)));
    assert.equal(b!.registrant_id, a!.registrant_id);
    assert.notEqual(c!.registrant_id, a!.registrant_id);
    const r = await findRegistrant(get().database.db, a!.registrant_id!);
    assert.equal(r?.iin, null);
    assert.equal(r?.citizenship, 'DE', 'DEU and DE are one citizenship');
    assert.equal(r?.passportNumber, number);
    assert.equal(r?.latinName, 'MULLER JOHANNES');
    // Мюллер / MUELLER / MULLER are one skeleton; JOHANNES is a new word and is kept beside JOHANN.
    for (const word of nameTokens('Мюллер Иоганн MUELLER JOHANN JOHANNES'))
      assert.ok(r?.nameTokens.includes(word), `${word} in ${JSON.stringify(r?.nameTokens)}`);
    assert.equal(r?.nameTokens.filter((w) => w === 'muler').length, 1);
  });

  it('two intakes of one new person at the same moment make one registrant', async () => {
    const number = passport();
    const opened = await Promise.all(
      Array.from({ length: 4 }, () => open(office, 'missionary-registration', foreigner(number))),
    );
    const ids = new Set((await Promise.all(opened.map((o) => caseRow(o.id)))).map((r) => r.registrant_id));
    assert.equal(ids.size, 1);
    const [count] = await queryRows<{ n: number }>(
      get().database.db,
      sql`select count(*)::int as n from registrants where passport_number = ${number}`,
    );
    assert.equal(count?.n, 1);
  });

  it('a group by office and name: «Нұр» and «Нур» are one group, the same name at another office another', async () => {
    const w = word();
    const name = `«${w}» діни тобы`;
    const kazakh = { ...groupApplication(), groupName: name };
    const russian = {
      ...groupApplication(),
      groupName: `Религиозная группа «${russianSpelling(w)}»`,
    };
    const elsewhere = { ...groupApplication(), groupName: name };
    const opened = await Promise.all([
      open(office, 'group-registration', kazakh),
      open(office, 'group-re-registration', russian),
      open(other, 'group-registration', elsewhere),
    ]);
    const [a, b, c] = await Promise.all(opened.map((o) => caseRow(o.id)));
    assert.equal(b!.registrant_id, a!.registrant_id);
    assert.notEqual(c!.registrant_id, a!.registrant_id);
    assert.equal(a!.confession, 'bahai');
    const r = await findRegistrant(get().database.db, a!.registrant_id!);
    assert.equal(r?.kind, 'group');
    assert.equal(r?.organisationId, office.id);
    assert.equal(r?.iin, null);
    // Both spellings' words are searchable.
    for (const token of nameTokens(kazakh.groupName, russian.groupName))
      assert.ok(r?.nameTokens.includes(token), `${token} in ${JSON.stringify(r?.nameTokens)}`);
  });

  it('a group re-registering under a new name is found by its leader', async () => {
    const first = { ...groupApplication(), groupName: `«${word()}» діни тобы` };
    const renamed: GroupApplicationInput = {
      ...groupApplication(),
      groupName: `«${word()}» діни тобы`,
      leader: first.leader,
      members: first.members,
    };
    const a = await open(office, 'group-registration', first);
    const b = await open(office, 'group-re-registration', renamed);
    // A new registration under another name with the same leader is a new group (leaders may lead two).
    const c = await open(office, 'group-registration', { ...renamed, groupName: `«${word()}» тобы` });
    const [ra, rb, rc] = await Promise.all([a, b, c].map((x) => caseRow(x.id)));
    assert.equal(rb!.registrant_id, ra!.registrant_id);
    assert.notEqual(rc!.registrant_id, ra!.registrant_id);
  });

  it('the document issued at signing carries the registrant of its case', async () => {
    const number = passport();
    const signed = await signedCase(t.deps, office, 'missionary', foreigner(number));
    const doc = await findIssuedDocument(get().database.db, signed.number);
    const c = await caseRow(signed.caseId);
    assert.ok(c.registrant_id);
    assert.equal(doc?.registrantId, c.registrant_id);
    assert.equal(doc?.source, 'system');
    const group = await signedCase(t.deps, office, 'group', {
      ...groupApplication(),
      groupName: `«${word()}» діни тобы`,
    });
    const gdoc = await findIssuedDocument(get().database.db, group.number);
    assert.equal(gdoc?.registrantId, (await caseRow(group.caseId)).registrant_id);
  });
});
