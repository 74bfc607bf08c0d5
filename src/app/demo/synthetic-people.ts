// Synthetic people and the numbers they carry (domain.md §2): citizens with an IIN whose check digit
// is valid (makeIin) and an ID card, foreigners with a passport, its MRZ spelling and a migration
// registration; also BINs of associations and postal receipt numbers of refusals sent by post.
import { makeIin, mod11CheckDigit } from '../../domain/identifiers/index.js';
import type { PersonInput } from '../../domain/standard/index.js';
import { addDays, daysInMonth, fromParts, toParts, type PlainDate } from '../../domain/time/plain-date.js';
import {
  KAZAKH_FEMALE,
  KAZAKH_MALE,
  KAZAKH_SURNAMES,
  RUSSIAN_FEMALE,
  RUSSIAN_MALE,
  RUSSIAN_SURNAMES,
  type ForeignCountry,
} from './synthetic-names.js';
import type { SyntheticRandom } from './synthetic-random.js';

export type Origin = 'kazakh' | 'russian';

interface Names {
  surname: string;
  name: string;
  patronymic?: string;
}

/** A Kazakh or Russian name, by sex; most Kazakh patronymics are «…ұлы» / «…қызы». */
export function localNames(rng: SyntheticRandom, origin: Origin, male: boolean): Names {
  if (origin === 'kazakh') {
    const base = rng.pick(KAZAKH_SURNAMES);
    const father = rng.pick(KAZAKH_MALE);
    const names: Names = {
      surname: male ? base : `${base}а`,
      name: male ? rng.pick(KAZAKH_MALE) : rng.pick(KAZAKH_FEMALE),
    };
    // Some Kazakhs write no patronymic at all (it is optional on the forms).
    if (rng.chance(0.9)) names.patronymic = `${father}${male ? 'ұлы' : 'қызы'}`;
    return names;
  }
  const [m, f] = rng.pick(RUSSIAN_SURNAMES);
  const [, pm, pf] = rng.pick(RUSSIAN_MALE);
  return {
    surname: male ? m : f,
    name: male ? rng.pick(RUSSIAN_MALE)[0] : rng.pick(RUSSIAN_FEMALE),
    patronymic: male ? pm : pf,
  };
}

/** "Surname Name Patronymic", as staff names are printed on talons and letters. */
export function staffDisplayName(rng: SyntheticRandom): string {
  const n = localNames(rng, rng.chance(0.75) ? 'kazakh' : 'russian', rng.chance(0.5));
  return [n.surname, n.name, n.patronymic].filter(Boolean).join(' ');
}

/** A birth date between `minAge` and `maxAge` full years before `on`. */
export function birthDateFor(rng: SyntheticRandom, on: PlainDate, minAge: number, maxAge: number): PlainDate {
  const { year, month, day } = toParts(on);
  const age = rng.int(minAge, maxAge);
  // Born after `on`'s day of the year (age + 1) years ago, or on or before it `age` years ago.
  const y = year - age - (rng.chance(0.5) ? 0 : 1);
  const m = rng.int(1, 12);
  const d = rng.int(1, daysInMonth(y, m));
  let birth = fromParts(y, m, d);
  const latest = fromParts(year - age, month, Math.min(day, daysInMonth(year - age, month)));
  const earliest = addDays(
    fromParts(year - age - 1, month, Math.min(day, daysInMonth(year - age - 1, month))),
    1,
  );
  if (birth > latest) birth = latest;
  if (birth < earliest) birth = earliest;
  return birth;
}

/** An IIN for the birth date and sex that no one else in `used` has (domain.md §2). */
export function iinFor(rng: SyntheticRandom, birthDate: PlainDate, male: boolean, used: Set<string>): string {
  for (;;) {
    // makeIin answers null for a serial whose check gives 10 twice: such an IIN is never issued.
    const iin = makeIin(birthDate, male ? 'male' : 'female', rng.int(0, 9999));
    if (iin !== null && !used.has(iin)) {
      used.add(iin);
      return iin;
    }
  }
}

export interface LocalPersonOptions {
  on: PlainDate;
  origin: Origin;
  minAge: number;
  maxAge: number;
  usedIins: Set<string>;
  language: 'kk' | 'ru';
}

/** A citizen of Kazakhstan with an IIN and an ID card (or, now and then, a passport). */
export function citizen(rng: SyntheticRandom, o: LocalPersonOptions): PersonInput {
  const male = rng.chance(0.5);
  const birthDate = birthDateFor(rng, o.on, o.minAge, o.maxAge);
  const sixteen = fromParts(toParts(birthDate).year + 16, toParts(birthDate).month, 1);
  // ID cards are issued from 16 and are valid for ten years.
  const lastIssue = addDays(o.on, -rng.int(20, 3400));
  const issueDate = lastIssue < sixteen ? addDays(o.on, -rng.int(1, 19)) : lastIssue;
  const passport = rng.chance(0.08);
  return {
    ...localNames(rng, o.origin, male),
    citizenship: 'KAZ',
    birthDate,
    iin: iinFor(rng, birthDate, male, o.usedIins),
    identityDocument: {
      kind: passport ? 'kz-passport' : 'kz-id-card',
      number: passport ? rng.code('N########') : `0${rng.digits(8)}`,
      issueDate,
      expiryDate: addDays(issueDate, 3652),
      issuer: o.language === 'kk' ? 'ҚР ІІМ' : 'МВД РК',
    },
  };
}

/** A foreigner: the Cyrillic spelling, the passport's MRZ spelling, passport and migration registration. */
export function foreigner(
  rng: SyntheticRandom,
  country: ForeignCountry,
  on: PlainDate,
  opts: { minAge: number; maxAge: number; migration: boolean },
): PersonInput {
  const male = rng.chance(0.6);
  const [surnameM, surnameF] = rng.pick(country.surnames);
  const surname = male ? surnameM : surnameF;
  const given = rng.pick(male ? country.male : country.female);
  const issueDate = addDays(on, -rng.int(60, 3000));
  const person: PersonInput = {
    surname: surname[0],
    name: given[0],
    latinSurname: surname[1],
    latinGivenNames: given[1],
    citizenship: country.alpha3,
    birthDate: birthDateFor(rng, on, opts.minAge, opts.maxAge),
    identityDocument: {
      kind: 'foreign-passport',
      number: rng.code(country.passport),
      issueDate,
      expiryDate: addDays(issueDate, 3652),
      issuer: country.issuer,
      country: country.alpha2,
    },
  };
  if (country.alpha3 === 'RUS') {
    const [, pm, pf] = rng.pick(RUSSIAN_MALE);
    person.patronymic = male ? pm : pf;
  }
  if (opts.migration) {
    const date = addDays(on, -rng.int(1, 25));
    person.migrationRegistration = {
      number: rng.digits(10),
      date,
      validUntil: addDays(date, rng.int(120, 365)),
    };
  }
  return person;
}

/** A BIN of a resident legal entity's head office registered in the month of `registered`. */
export function binFor(rng: SyntheticRandom, registered: PlainDate): string {
  const { year, month } = toParts(registered);
  const head = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}40`;
  for (;;) {
    const first11 = head + rng.digits(5);
    // Same two-pass mod-11 check digit as the IIN; a number whose check gives 10 twice is never issued.
    const check = mod11CheckDigit(first11);
    if (check !== null) return first11 + String(check);
  }
}

// UPU standard S10 (identification of postal items; as described in Wikipedia, "S10 (UPU standard)"):
// service indicator RA–RZ for a registered letter, 8 digits, a check digit with
// weights 8 6 4 2 3 5 9 7 (11 − sum mod 11; 10 → 0, 11 → 5), the country's alpha-2 code.
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/** A registered letter's number, as printed on the postal receipt (`RR123456785KZ`). */
export function postalReceiptNumber(rng: SyntheticRandom): string {
  const serial = rng.digits(8);
  const sum = [...serial].reduce((s, d, i) => s + Number(d) * (S10_WEIGHTS[i] as number), 0);
  const c = 11 - (sum % 11);
  const check = c === 10 ? 0 : c === 11 ? 5 : c;
  return `RR${serial}${check}KZ`;
}
