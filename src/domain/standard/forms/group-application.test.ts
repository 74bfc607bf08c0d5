import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, makeIin, plainDate, type PlainDate } from '../deps.js';
import { STANDARD_2011 } from '../versions/standard-2011.js';
import {
  groupChecklistAnswers,
  isAdultOn,
  validateGroupApplication,
  type GroupApplicationInput,
} from './group-application.js';
import type { PersonInput } from './person.js';

let serial = 0;
function citizen(birth: string, surname = 'Сейітов'): PersonInput {
  const iin =
    makeIin(plainDate(birth), 'male', ++serial) ?? (makeIin(plainDate(birth), 'male', ++serial) as string);
  return {
    surname,
    name: 'Асқар',
    citizenship: 'KZ',
    iin,
    identityDocument: { kind: 'kz-id-card', number: '012345678', issueDate: '2020-01-10' },
  };
}
const foreigner: PersonInput = {
  surname: 'Ким',
  name: 'Мин Су',
  latinSurname: 'KIM',
  latinGivenNames: 'MIN SU',
  citizenship: 'KOR',
  birthDate: '1990-09-09',
  identityDocument: {
    kind: 'foreign-passport',
    number: 'M12345678',
    issueDate: '2019-05-05',
    expiryDate: '2029-05-04',
    country: 'KR',
  },
};

function valid(): GroupApplicationInput {
  return {
    kind: 'group-registration',
    officeCode: '71-000',
    applicationDate: '2026-03-02',
    groupName: '«Нұр» діни тобы',
    affiliation: { confession: 'bahai' },
    leader: citizen('1975-04-02', 'Әлиев'),
    // two adults, one minor, one foreign adult → with the leader, 4 adults
    members: [citizen('1980-01-01'), citizen('1999-12-31'), citizen('2010-06-15'), foreigner],
    adultMemberCount: 4,
    location: 'Астана қ., Жеңіс даңғылы, 5, 12-пәтер',
    religiousBuilding: { has: false },
    territory: 'Астана қаласы',
    premises: {
      documentKind: 'lease-contract',
      documentNumber: '17',
      documentDate: '2025-12-01',
      owner: { kind: 'natural-person', person: { surname: 'Жұмабаева', name: 'Гүлнар', citizenship: 'KZ' } },
      consentDate: '2026-02-25',
    },
  };
}
const codes = (a: GroupApplicationInput) =>
  validateGroupApplication(a, STANDARD_2011).errors.map((e) => `${e.path}:${e.code}`);

describe('annex 8 — group application', () => {
  it('accepts a complete application', () => {
    assert.deepEqual(validateGroupApplication(valid(), STANDARD_2011), { errors: [], warnings: [] });
  });

  it('requires the adult count to equal the adults listed, the leader included', () => {
    assert.deepEqual(codes({ ...valid(), adultMemberCount: 5 }), ['adultMemberCount:ADULT_COUNT_MISMATCH']);
    assert.deepEqual(codes({ ...valid(), adultMemberCount: 3 }), ['adultMemberCount:ADULT_COUNT_MISMATCH']);
    assert.deepEqual(codes({ ...valid(), adultMemberCount: -1 }), ['adultMemberCount:COUNT_INVALID']);
    assert.deepEqual(codes({ ...valid(), adultMemberCount: 2.5 }), ['adultMemberCount:COUNT_INVALID']);
  });

  it('counts a member from the eighteenth birthday on', () => {
    const turning = (birth: string) => ({ ...valid(), members: [citizen(birth)], adultMemberCount: 2 });
    assert.deepEqual(codes(turning('2008-03-02')), []); // 18 on the application day
    assert.deepEqual(codes(turning('2008-03-03')), ['adultMemberCount:ADULT_COUNT_MISMATCH']); // 18 tomorrow
  });

  it('cannot count a member whose birth date is unknown, and says so', () => {
    const noBirth = { ...foreigner, birthDate: undefined };
    assert.deepEqual(codes({ ...valid(), members: [noBirth], adultMemberCount: 2 }), [
      'members.0.birthDate:BIRTH_DATE_REQUIRED',
    ]);
  });

  it('rejects a person listed twice', () => {
    const a = valid();
    const twice = { ...a, members: [...a.members, a.members[0] as PersonInput], adultMemberCount: 5 };
    assert.deepEqual(codes(twice), ['members.4.iin:DUPLICATE_PERSON']);
  });

  it('needs the religious building’s address when there is one', () => {
    assert.deepEqual(codes({ ...valid(), religiousBuilding: { has: true, address: '' } }), [
      'religiousBuilding.address:REQUIRED',
    ]);
  });

  it('checks the premises owner and consent dates', () => {
    const a = valid();
    assert.deepEqual(codes({ ...a, premises: { ...a.premises, consentDate: '2026-03-03' } }), [
      'premises.consentDate:DATE_IN_FUTURE',
    ]);
    const legal = {
      ...a,
      premises: {
        ...a.premises,
        owner: { kind: 'legal-entity' as const, name: 'ЖШС «Үй»', bin: '100140000014' },
      },
    };
    assert.deepEqual(codes(legal), ['premises.owner.bin:BIN_CHECK_DIGIT']);
  });

  it('derives the checklist answers from the application', () => {
    assert.deepEqual(groupChecklistAnswers(valid()), {
      representative: 'no',
      premisesOwner: 'natural-person',
    });
  });

  it('counts adults exactly as an independent age computation does', () => {
    const appDate = plainDate('2026-03-02');
    const dayOffset = fc.integer({ min: -40 * 366, max: -1 });
    fc.assert(
      fc.property(fc.array(dayOffset, { maxLength: 8 }), (offsets) => {
        const births = offsets.map((o) => addDays(appDate, o));
        // independent: 18 or older when (y+18, m, d) <= appDate, comparing strings after padding
        const adultIndep = (b: PlainDate) => `${Number(b.slice(0, 4)) + 18}${b.slice(4)}` <= appDate;
        const expected = 1 + births.filter(adultIndep).length; // the leader is an adult
        const members = births.map((b) => ({ ...foreigner, birthDate: b }));
        assert.deepEqual(codes({ ...valid(), members, adultMemberCount: expected }), []);
      }),
    );
  });

  it('treats 29 February birthdays as of age on 28 February', () => {
    assert.equal(isAdultOn(plainDate('2008-02-29'), plainDate('2026-02-28'), 18), true);
    assert.equal(isAdultOn(plainDate('2008-02-29'), plainDate('2026-02-27'), 18), false);
  });
});
