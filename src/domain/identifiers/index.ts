// Public API of the identifiers (domain.md §5, §2): every number tirkeu prints or reads.
export type { ParseResult } from './parse-result.js';
export { akimatOf, formatOfficeCode, parseOfficeCode, SEED_REGION_CODES } from './office-code.js';
export type { OfficeCode, OfficeCodeError } from './office-code.js';
export { formatRegisterNumber, parseRegisterNumber } from './register-number.js';
export type { RegisterNumber, RegisterNumberError } from './register-number.js';
export { formatCertificateNumber, parseCertificateNumber } from './certificate-number.js';
export type { CertificateNumber, CertificateNumberError, ResultDocumentKind } from './certificate-number.js';
export {
  CROCKFORD_ALPHABET,
  formatTrackingCodeGrouped,
  normalizeCrockford,
  parseTrackingCode,
  trackingCheckSymbol,
  trackingCodeFromBytes,
  TRACKING_CODE_LENGTH,
} from './tracking-code.js';
export type { TrackingCode, TrackingCodeError } from './tracking-code.js';
export { formatQueueTicket, MAX_QUEUE_SEQ, parseQueueTicket, QUEUE_PURPOSES } from './queue-ticket.js';
export type { QueueLetter, QueuePurpose, QueueTicket, QueueTicketError } from './queue-ticket.js';
export { formatPassNumber, MAX_PASS_SEQ, parsePassNumber } from './pass-number.js';
export type { PassNumberError } from './pass-number.js';
export { makeIin, parseIin } from './iin.js';
export type { Iin, IinError, IinInfo, Sex } from './iin.js';
export { parseBin } from './bin.js';
export type { Bin, BinError } from './bin.js';
export { mod11CheckDigit } from './mod11-check-digit.js';
