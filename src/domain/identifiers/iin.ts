import { fromParts, isPlainDate, type PlainDate } from '../time/plain-date.js';
import { mod11CheckDigit } from './mod11-check-digit.js';
import { fail, ok, type ParseResult } from './parse-result.js';

// The individual identification number (ЖСН / ИИН), domain.md §2: 12 digits —
// YYMMDD birth date; the 7th digit gives century and sex (1/2: 1800s, 3/4: 1900s, 5/6: 2000s;
// odd male, even female); digits 8–11 a serial; the 12th the two-pass mod-11 check digit
// (see mod11-check-digit.ts). An IIN whose check gives 10 twice is never issued.
declare const iinBrand: unique symbol;
export type Iin = string & { readonly [iinBrand]: true };

export type Sex = 'male' | 'female';

export interface IinInfo {
  iin: Iin;
  birthDate: PlainDate;
  sex: Sex;
}

export type IinError =
  'IIN_FORMAT' | 'IIN_CENTURY_SEX' | 'IIN_BIRTH_DATE' | 'IIN_NEVER_ISSUED' | 'IIN_CHECK_DIGIT';

const CENTURY_OF: Record<string, number> = {
  '1': 1800,
  '2': 1800,
  '3': 1900,
  '4': 1900,
  '5': 2000,
  '6': 2000,
};

export function parseIin(input: string): ParseResult<IinInfo, IinError> {
  const iin = input.trim();
  if (!/^\d{12}$/.test(iin)) return fail('IIN_FORMAT');
  const centuryDigit = iin[6] as string;
  const century = CENTURY_OF[centuryDigit];
  if (century === undefined) return fail('IIN_CENTURY_SEX');
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const iso = `${year}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
  if (!isPlainDate(iso)) return fail('IIN_BIRTH_DATE');
  const check = mod11CheckDigit(iin.slice(0, 11));
  if (check === null) return fail('IIN_NEVER_ISSUED');
  if (check !== Number(iin[11])) return fail('IIN_CHECK_DIGIT');
  return ok({
    iin: iin as Iin,
    birthDate: fromParts(year, month, day),
    sex: Number(centuryDigit) % 2 === 1 ? 'male' : 'female',
  });
}

/** Builds the IIN for a birth date, sex and serial; null when that serial is never issued. */
export function makeIin(birthDate: PlainDate, sex: Sex, serial: number): Iin | null {
  const year = Number(birthDate.slice(0, 4));
  if (year < 1800 || year > 2099) throw new RangeError(`no IIN century digit for ${year}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 9999)
    throw new RangeError(`serial out of range: ${serial}`);
  const centuryDigit = (Math.floor(year / 100) - 18) * 2 + (sex === 'male' ? 1 : 2);
  const first11 =
    birthDate.slice(2, 4) +
    birthDate.slice(5, 7) +
    birthDate.slice(8, 10) +
    centuryDigit +
    String(serial).padStart(4, '0');
  const check = mod11CheckDigit(first11);
  return check === null ? null : ((first11 + check) as Iin);
}
