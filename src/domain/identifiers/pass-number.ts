import { fail, ok, type ParseResult } from './parse-result.js';

// §10: entry by a one-time pass from the pass bureau; domain.md §5: numbered per office and
// day, four digits, `0031`.
export type PassNumberError = 'PASS_NUMBER_FORMAT';

export const MAX_PASS_SEQ = 9999;

export function parsePassNumber(input: string): ParseResult<number, PassNumberError> {
  const m = /^(\d{4})$/.exec(input.trim());
  if (!m) return fail('PASS_NUMBER_FORMAT');
  const seq = Number(m[1]);
  return seq < 1 ? fail('PASS_NUMBER_FORMAT') : ok(seq);
}

export function formatPassNumber(seq: number): string {
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_PASS_SEQ)
    throw new RangeError(`pass number out of range: ${seq}`);
  return String(seq).padStart(4, '0');
}
