import { fail, ok, type ParseResult } from './parse-result.js';
import { formatOfficeCode, parseOfficeCode, type OfficeCode } from './office-code.js';
import { checkYearAndSeq, padSeq } from './register-number.js';

// domain.md §5: certificate (annex 5) and reference (annex 6) numbers, per office, year and kind,
// gapless, unique in the country through the office code, the same in every language:
// `35-004/2026/1-0009` (1 = certificate), `35-004/2026/2-0003` (2 = reference).
export type ResultDocumentKind = 'certificate' | 'reference';

export interface CertificateNumber {
  office: OfficeCode;
  year: number;
  kind: ResultDocumentKind;
  seq: number;
}

export type CertificateNumberError = 'CERTIFICATE_NUMBER_FORMAT' | 'OFFICE_CODE_FORMAT';

const KIND_DIGIT: Record<ResultDocumentKind, string> = { certificate: '1', reference: '2' };
const CERTIFICATE_NUMBER = /^([0-9A-Z-]+)\/(\d{4})\/([12])-(\d{4,})$/;

export function parseCertificateNumber(
  input: string,
): ParseResult<CertificateNumber, CertificateNumberError> {
  const m = CERTIFICATE_NUMBER.exec(input.trim().toUpperCase());
  if (!m) return fail('CERTIFICATE_NUMBER_FORMAT');
  const office = parseOfficeCode(m[1] as string);
  if (!office.ok) return office;
  // Certificates and references are issued by service offices, never by akimats (§1, §5).
  if (office.value.isAkimat) return fail('CERTIFICATE_NUMBER_FORMAT');
  const seq = Number(m[4]);
  if (seq < 1 || (m[4] as string).length !== padSeq(seq).length) return fail('CERTIFICATE_NUMBER_FORMAT');
  const kind: ResultDocumentKind = m[3] === '1' ? 'certificate' : 'reference';
  return ok({ office: office.value, year: Number(m[2]), kind, seq });
}

export function formatCertificateNumber(n: CertificateNumber): string {
  checkYearAndSeq(n.year, n.seq);
  if (n.office.isAkimat) throw new RangeError('an akimat issues no certificates or references');
  return `${formatOfficeCode(n.office)}/${n.year}/${KIND_DIGIT[n.kind]}-${padSeq(n.seq)}`;
}
