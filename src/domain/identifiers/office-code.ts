import { fail, ok, type ParseResult } from './parse-result.js';

// domain.md §1, §5: every service office has a stable code `RR-NNN` and every akimat `RR-NNN-A`
// (the akimat of the same territory as office RR-NNN). RR is the region's two-digit KATO code,
// NNN is 000 for the regional (or city) department and 001… for the divisions in seed order.
// Codes never change: renames and territorial reforms are dated changes on top, so the parser
// does not reject a region code for being "old" (South Kazakhstan 51 stays 51 for seed offices).
export interface OfficeCode {
  /** Two-digit KATO region code, e.g. '35' (Karaganda). */
  region: string;
  /** 0 for the regional / city department, 1… for the divisions. */
  seq: number;
  /** True for an akimat (`RR-NNN-A`), false for a service office. */
  isAkimat: boolean;
}

export type OfficeCodeError = 'OFFICE_CODE_FORMAT';

const OFFICE_CODE = /^(\d{2})-(\d{3})(-A)?$/;

export function parseOfficeCode(input: string): ParseResult<OfficeCode, OfficeCodeError> {
  const m = OFFICE_CODE.exec(input.trim().toUpperCase());
  if (!m) return fail('OFFICE_CODE_FORMAT');
  return ok({ region: m[1] as string, seq: Number(m[2]), isAkimat: m[3] !== undefined });
}

export function formatOfficeCode(code: OfficeCode): string {
  if (!/^\d{2}$/.test(code.region)) throw new RangeError(`region must be two digits: ${code.region}`);
  if (!Number.isInteger(code.seq) || code.seq < 0 || code.seq > 999) {
    throw new RangeError(`office sequence out of range: ${code.seq}`);
  }
  return `${code.region}-${String(code.seq).padStart(3, '0')}${code.isAkimat ? '-A' : ''}`;
}

/** The akimat paired with a service office (domain.md §1: `35-004-A` beside `35-004`). */
export function akimatOf(office: OfficeCode): OfficeCode {
  return { ...office, isAkimat: true };
}

/**
 * The region codes of the seed's sixteen regions and cities, as listed in domain.md §1
 * ("as commonly listed"; to be checked against the KATO classifier by the directory).
 */
export const SEED_REGION_CODES: Readonly<Record<string, string>> = {
  '11': 'Akmola',
  '15': 'Aktobe',
  '19': 'Almaty region',
  '23': 'Atyrau',
  '27': 'West Kazakhstan',
  '31': 'Zhambyl',
  '35': 'Karaganda',
  '39': 'Kostanay',
  '43': 'Kyzylorda',
  '47': 'Mangystau',
  '51': 'South Kazakhstan',
  '55': 'Pavlodar',
  '59': 'North Kazakhstan',
  '63': 'East Kazakhstan',
  '71': 'Astana',
  '75': 'Almaty city',
};
