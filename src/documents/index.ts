// Public API of the official documents (domain.md §6): renderers from plain data to PDF, the
// integrity seal of the certificate's and reference's QR, and the samples.
export type {
  ApplicationCopy,
  DocumentLang,
  DocumentOptions,
  GroupApplicationData,
  Letterhead,
  MaterialItem,
  MissionaryApplicationData,
  Signatory,
} from './types.js';
export { renderCertificate, fullName } from './certificate.js';
export type { CertificateData, PersonName, SealSource } from './certificate.js';
export { renderReference } from './reference.js';
export type { ReferenceData } from './reference.js';
export { renderGroupApplication, renderMissionaryApplication } from './application-forms.js';
export { renderReceipt } from './receipt.js';
export type { IncomingStamp, ReceiptData } from './receipt.js';
export { renderRefusal } from './refusal.js';
export type { RefusalData } from './refusal.js';
export { renderComplaintAnswer } from './complaint-answer.js';
export type { ComplaintAnswerData } from './complaint-answer.js';
export { renderTalon } from './talon.js';
export type { TalonData } from './talon.js';
export { renderJournal } from './journal.js';
export { renderAnnex9Table } from './annex9-table.js';
export type { Annex9TableData, Annex9TableRow } from './annex9-table.js';
export type { JournalData, JournalEntry } from './journal.js';
export { DUPLICATE_MARK, REPRINT_MARK, UNOFFICIAL_MARK } from './render/marks.js';
export { standardCitation } from './render/legal-words.js';
export { checkUrlFor, parseSealQr, sealQrText, verifySeal } from './seal/seal.js';
export type { ParsedSeal, SealFields, SealProblem, SealVerdict } from './seal/seal.js';
export {
  Ed25519Signer,
  generateSealKeys,
  keyIdOf,
  publicKeyFromText,
  publicKeyToText,
} from './seal/signer.js';
export type { SealKeys, Signer } from './seal/signer.js';
export { SAMPLE_PUBLIC_URL, writeSamples } from './samples/write-samples.js';
