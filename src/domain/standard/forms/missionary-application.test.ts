import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeIin, plainDate } from '../deps.js';
import { STANDARD_2011 } from '../versions/standard-2011.js';
import {
  missionaryChecklistAnswers,
  validateMissionaryApplication,
  type MissionaryApplicationInput,
} from './missionary-application.js';

const valid: MissionaryApplicationInput = {
  kind: 'missionary-registration',
  officeCode: '35-004',
  applicationDate: '2026-03-02',
  applicant: {
    surname: 'Смит',
    name: 'Джон',
    citizenship: 'USA',
    latinSurname: 'SMITH',
    latinGivenNames: 'JOHN PAUL',
    birthDate: '1980-05-17',
    identityDocument: {
      kind: 'foreign-passport',
      number: '123456789',
      issueDate: '2020-01-10',
      expiryDate: '2030-01-09',
      issuer: 'U.S. Department of State',
      country: 'US',
    },
    migrationRegistration: { number: 'MR-123', date: '2026-02-20', validUntil: '2026-12-31' },
  },
  address: 'Қарағанды қ., Бұқар жырау даңғылы, 1',
  affiliation: { confession: 'evangelical-baptist' },
  term: { from: '2026-03-10', to: '2026-12-31' },
  territory: 'Қарағанды облысы',
  sendingAssociation: {
    name: 'First Baptist Church',
    country: 'US',
    registrationDocument: { title: 'Certificate of incorporation', number: 'C-1', date: '1990-01-01' },
  },
  mandate: { title: 'Letter of mission', date: '2026-01-15', validUntil: '2027-01-15' },
  invitingAssociation: { name: 'Қарағанды баптистер қауымы', bin: '100140000013' },
  materials: [{ title: 'Інжіл', kind: 'book', language: 'kk', quantity: 10 }],
};

type Patch = (a: MissionaryApplicationInput) => MissionaryApplicationInput;
const check = (patch: Patch = (a) => a) =>
  validateMissionaryApplication(patch(structuredClone(valid)), STANDARD_2011);
const errors = (patch: Patch) => check(patch).errors.map((e) => `${e.path}:${e.code}`);
const warnings = (patch: Patch) => check(patch).warnings.map((e) => `${e.path}:${e.code}`);

describe('annex 7 — a complete application', () => {
  it('has no errors and no warnings', () => {
    assert.deepEqual(check(), { errors: [], warnings: [] });
  });

  it('derives the checklist answers from the application', () => {
    assert.deepEqual(missionaryChecklistAnswers(valid), { representative: 'no', religiousMaterials: 'yes' });
    assert.deepEqual(missionaryChecklistAnswers({ ...valid, materials: [] }), {
      representative: 'no',
      religiousMaterials: 'no',
    });
  });
});

describe('annex 7 — term of activity', () => {
  it('warns (never errs) when the term runs past the migration registration or the maximum', () => {
    const p: Patch = (a) => ({ ...a, term: { from: '2026-03-10', to: '2027-06-01' } });
    assert.deepEqual(errors(p), []);
    // the maximum: one year from 10 March 2026 → 10 March 2027
    assert.deepEqual(warnings(p), [
      'term.to:TERM_EXCEEDS_MAXIMUM',
      'term.to:TERM_PAST_MIGRATION_REGISTRATION',
    ]);
  });

  it('warns when the term runs past the passport', () => {
    const p: Patch = (a) => {
      a.applicant.identityDocument!.expiryDate = '2026-06-30';
      return a;
    };
    assert.deepEqual(warnings(p), ['term.to:TERM_PAST_PASSPORT_EXPIRY']);
  });

  it('errs on a term ending before it starts or before the application', () => {
    assert.deepEqual(
      errors((a) => ({ ...a, term: { from: '2026-05-01', to: '2026-04-01' } })),
      ['term.to:DATE_ORDER'],
    );
    assert.deepEqual(
      errors((a) => ({ ...a, term: { from: '2026-01-01', to: '2026-02-01' } })),
      ['term.to:TERM_ENDS_BEFORE_APPLICATION'],
    );
    assert.deepEqual(
      warnings((a) => ({ ...a, term: { from: '2026-02-01', to: '2026-12-01' } })),
      ['term.from:TERM_STARTS_BEFORE_APPLICATION'],
    );
  });
});

describe('annex 7 — the applicant', () => {
  it('wants Cyrillic names and the MRZ spelling of a foreign passport', () => {
    assert.deepEqual(
      errors((a) => ({ ...a, applicant: { ...a.applicant, surname: 'Smith' } })),
      ['applicant.surname:NAME_NOT_CYRILLIC'],
    );
    assert.deepEqual(
      errors((a) => ({ ...a, applicant: { ...a.applicant, latinSurname: 'MÜLLER' } })),
      ['applicant.latinSurname:LATIN_NAME_NOT_MRZ'],
    );
    assert.deepEqual(
      errors((a) => ({ ...a, applicant: { ...a.applicant, latinGivenNames: 'john<paul' } })),
      [],
    );
    assert.deepEqual(
      errors((a) => ({ ...a, applicant: { ...a.applicant, latinGivenNames: '' } })),
      ['applicant.latinGivenNames:REQUIRED'],
    );
  });

  it('accepts Kazakh letters, hyphens and apostrophes in Cyrillic names', () => {
    const p: Patch = (a) => ({
      ...a,
      applicant: { ...a.applicant, surname: 'Әбілқайыр-Ұлы', name: 'Д’Арк', patronymic: 'Іңкәрұлы' },
    });
    assert.deepEqual(errors(p), []);
  });

  it('checks the citizenship and the passport country against ISO 3166', () => {
    assert.deepEqual(
      errors((a) => ({ ...a, applicant: { ...a.applicant, citizenship: 'XY' } })),
      ['applicant.citizenship:COUNTRY_UNKNOWN'],
    );
    const p: Patch = (a) => {
      a.applicant.identityDocument!.country = 'ZZZ';
      return a;
    };
    assert.deepEqual(errors(p), ['applicant.identityDocument.country:COUNTRY_UNKNOWN']);
  });

  it('flags a missing or expired migration registration as a warning only', () => {
    assert.deepEqual(
      check((a) => ({ ...a, applicant: { ...a.applicant, migrationRegistration: undefined } })),
      {
        errors: [],
        warnings: [{ path: 'applicant.migrationRegistration', code: 'MIGRATION_REGISTRATION_MISSING' }],
      },
    );
    const expired = warnings((a) => ({
      ...a,
      applicant: {
        ...a.applicant,
        migrationRegistration: { number: 'MR-1', date: '2025-01-01', validUntil: '2025-12-31' },
      },
    }));
    assert.ok(expired.includes('applicant.migrationRegistration.validUntil:MIGRATION_REGISTRATION_EXPIRED'));
    assert.ok(expired.includes('term.to:TERM_PAST_MIGRATION_REGISTRATION'));
  });

  it('asks a citizen for a valid IIN that agrees with the birth date', () => {
    const iin = makeIin(plainDate('1980-05-17'), 'male', 42) as string;
    const citizen: Patch = (a) => ({
      ...a,
      applicant: {
        surname: 'Ахметов',
        name: 'Нұрлан',
        citizenship: 'KZ',
        birthDate: '1980-05-17',
        iin,
        identityDocument: {
          kind: 'kz-id-card',
          number: '012345678',
          issueDate: '2020-01-10',
          expiryDate: '2030-01-09',
          issuer: 'ІІМ',
        },
      },
    });
    assert.deepEqual(check(citizen), { errors: [], warnings: [] });
    const withoutIin: Patch = (a) => {
      const c = citizen(a);
      return { ...c, applicant: { ...c.applicant, iin: '' } };
    };
    assert.deepEqual(errors(withoutIin), ['applicant.iin:IIN_REQUIRED_FOR_CITIZEN']);
    const otherBirth: Patch = (a) => {
      const c = citizen(a);
      return { ...c, applicant: { ...c.applicant, birthDate: '1980-05-18' } };
    };
    assert.deepEqual(errors(otherBirth), ['applicant.iin:IIN_BIRTH_DATE_MISMATCH']);
    const badCheck: Patch = (a) => {
      const c = citizen(a);
      return { ...c, applicant: { ...c.applicant, iin: iin.slice(0, 11) + ((Number(iin[11]) + 1) % 10) } };
    };
    assert.deepEqual(errors(badCheck), ['applicant.iin:IIN_CHECK_DIGIT']);
  });

  it('requires the identity document and its issuer (annex 7)', () => {
    assert.deepEqual(
      errors((a) => ({ ...a, applicant: { ...a.applicant, identityDocument: undefined } })),
      ['applicant.identityDocument:REQUIRED'],
    );
    const noIssuer: Patch = (a) => {
      a.applicant.identityDocument!.issuer = ' ';
      return a;
    };
    assert.deepEqual(errors(noIssuer), ['applicant.identityDocument.issuer:REQUIRED']);
  });
});

describe('annex 7 — parties and other fields', () => {
  it('checks the inviting association’s BIN', () => {
    assert.deepEqual(
      errors((a) => ({ ...a, invitingAssociation: { name: 'X', bin: '100140000014' } })),
      ['invitingAssociation.bin:BIN_CHECK_DIGIT'],
    );
  });

  it('needs free text for "other" and a listed confession otherwise', () => {
    assert.deepEqual(
      errors((a) => ({ ...a, affiliation: { confession: 'other' } })),
      ['affiliation:CONFESSION_TEXT_REQUIRED'],
    );
    assert.deepEqual(
      errors((a) => ({ ...a, affiliation: { confession: 'other', otherText: 'Тәңіршілдік' } })),
      [],
    );
    assert.deepEqual(
      errors((a) => ({ ...a, affiliation: { confession: 'pastafarian' } })),
      ['affiliation:CONFESSION_UNKNOWN'],
    );
  });

  it('takes a service office code, not an akimat', () => {
    assert.deepEqual(
      errors((a) => ({ ...a, officeCode: '35-004-A' })),
      ['officeCode:OFFICE_CODE_FORMAT'],
    );
  });

  it('takes 1 to 10,000 pieces of an item, as the inventory records them (§11.1)', () => {
    const withQuantity = (quantity: number) =>
      errors((a) => ({ ...a, materials: [{ title: 'Інжіл', kind: 'book', language: 'kk', quantity }] }));
    assert.deepEqual(withQuantity(1), []);
    assert.deepEqual(withQuantity(10_000), []);
    assert.deepEqual(withQuantity(10_001), ['materials.0.quantity:COUNT_INVALID']);
    assert.deepEqual(withQuantity(2.5), ['materials.0.quantity:COUNT_INVALID']);
  });

  it('checks the listed materials and the representative', () => {
    assert.deepEqual(
      errors((a) => ({ ...a, materials: [{ title: 'Інжіл', kind: 'book', language: 'kk', quantity: 0 }] })),
      ['materials.0.quantity:COUNT_INVALID'],
    );
    const rep: Patch = (a) => ({
      ...a,
      representative: {
        person: {
          surname: 'Иванов',
          name: 'Пётр',
          citizenship: 'RU',
          identityDocument: {
            kind: 'foreign-passport',
            number: '7512345',
            issueDate: '2019-01-01',
            expiryDate: '2029-01-01',
            country: 'RUS',
          },
          latinSurname: 'IVANOV',
          latinGivenNames: 'PETR',
        },
        powerOfAttorney: {
          number: '1-234',
          date: '2026-02-01',
          notary: 'Нотариус Сейітова А.',
          validUntil: '2026-02-28',
        },
      },
    });
    assert.deepEqual(errors(rep), []);
    assert.deepEqual(warnings(rep), ['representative.powerOfAttorney.validUntil:POWER_OF_ATTORNEY_EXPIRED']);
    assert.deepEqual(missionaryChecklistAnswers(rep(structuredClone(valid))).representative, 'yes');
  });

  it('stops at an invalid application date: nothing dated can be judged', () => {
    assert.deepEqual(
      errors((a) => ({ ...a, applicationDate: '2026-02-30' })),
      ['applicationDate:DATE_INVALID'],
    );
  });
});
