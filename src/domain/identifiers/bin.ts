import { mod11CheckDigit } from './mod11-check-digit.js';
import { fail, ok, type ParseResult } from './parse-result.js';

// The business identification number (БСН / БИН) of a legal entity — here the inviting
// religious association registered in Kazakhstan (§11.1, domain.md §2). 12 digits: YYMM of
// registration; the 5th digit the kind of entity (4 resident legal entity, 5 non-resident
// legal entity, 6 joint individual entrepreneurship); the 6th a sign of head office / branch /
// representative office; 7–11 a serial; the 12th the same two-pass mod-11 check digit as the IIN.
declare const binBrand: unique symbol;
export type Bin = string & { readonly [binBrand]: true };

export type BinError =
  'BIN_FORMAT' | 'BIN_MONTH' | 'BIN_ENTITY_KIND' | 'BIN_NEVER_ISSUED' | 'BIN_CHECK_DIGIT';

export function parseBin(input: string): ParseResult<Bin, BinError> {
  const bin = input.trim();
  if (!/^\d{12}$/.test(bin)) return fail('BIN_FORMAT');
  const month = Number(bin.slice(2, 4));
  if (month < 1 || month > 12) return fail('BIN_MONTH');
  if (!['4', '5', '6'].includes(bin[4] as string)) return fail('BIN_ENTITY_KIND');
  const check = mod11CheckDigit(bin.slice(0, 11));
  if (check === null) return fail('BIN_NEVER_ISSUED');
  if (check !== Number(bin[11])) return fail('BIN_CHECK_DIGIT');
  return ok(bin as Bin);
}
