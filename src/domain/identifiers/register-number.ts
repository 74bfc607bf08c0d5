import { fail, ok, type ParseResult } from './parse-result.js';
import { formatOfficeCode, parseOfficeCode, type OfficeCode } from './office-code.js';

// domain.md §5: incoming (§14) and outgoing registers, one per office (or akimat) and year,
// gapless: `35-004/2026/0042`, `35-004-A/2026/0017`. The sequence is printed with at least four
// digits; a busy register past 9999 simply grows a digit (never wraps, never truncates).
export interface RegisterNumber {
  office: OfficeCode;
  year: number;
  seq: number;
}

export type RegisterNumberError = 'REGISTER_NUMBER_FORMAT' | 'OFFICE_CODE_FORMAT';

const REGISTER_NUMBER = /^([0-9A-Z-]+)\/(\d{4})\/(\d{4,})$/;

export function parseRegisterNumber(input: string): ParseResult<RegisterNumber, RegisterNumberError> {
  const m = REGISTER_NUMBER.exec(input.trim().toUpperCase());
  if (!m) return fail('REGISTER_NUMBER_FORMAT');
  const office = parseOfficeCode(m[1] as string);
  if (!office.ok) return office;
  const seq = Number(m[3]);
  // A leading zero beyond the four-digit padding would give two spellings of one number.
  if (seq < 1 || (m[3] as string).length !== padSeq(seq).length) return fail('REGISTER_NUMBER_FORMAT');
  return ok({ office: office.value, year: Number(m[2]), seq });
}

export function formatRegisterNumber(n: RegisterNumber): string {
  checkYearAndSeq(n.year, n.seq);
  return `${formatOfficeCode(n.office)}/${n.year}/${padSeq(n.seq)}`;
}

export function padSeq(seq: number): string {
  return String(seq).padStart(4, '0');
}

export function checkYearAndSeq(year: number, seq: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`year out of range: ${year}`);
  if (!Number.isSafeInteger(seq) || seq < 1)
    throw new RangeError(`sequence must be a positive integer: ${seq}`);
}
