// The life of an issued certificate (annex 5) or reference (annex 6) after hand-over (issue 6;
// domain.md §4 "after the end", §6): a head (or acting head) of the issuing office
//  - issues a duplicate of a lost or damaged document: a new number, sealed, printed «ТЕЛНҰСҚА» /
//    «ДУБЛИКАТ», the original 'replaced' naming it;
//  - reissues an erroneous one: a corrected document under a new number, the old 'replaced' with the
//    reason 'erroneous';
//  - annuls a registration by a signed decision (the office's, a court's with its number and date, or
//    an upheld complaint's), the public reason given as a code (no free text reaches the public check).
// Each act in one transaction with its registration event (on the registrant's timeline) and an audit
// event carrying ids and codes only (domain.md §8); a double submit replays the first result.
import { eq, or, sql } from 'drizzle-orm';
import { findOrganisation, type OrganisationRow } from '../../db/accounts-store.js';
import { writeAccess, writeAudit, type ActContext } from '../../db/audit-trail.js';
import type { Executor } from '../../db/database.js';
import { IDEMPOTENCY_KEY, IdempotencyKeyReusedError, once } from '../../db/idempotency.js';
import {
  DocumentStatusError,
  findIssuedDocument,
  insertIssuedDocument,
  setIssuedDocumentStatus,
  type IssuedDocumentRow,
} from '../../db/issued-documents-store.js';
import { takeNumber } from '../../db/register-numbers.js';
import { insertRegistrationEvent, registrantIdOfCase } from '../../db/registry-store.js';
import { issuedDocuments, registrationEvents } from '../../db/schema/index.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import {
  ANNULMENT_REASONS,
  isAnnulmentReason,
  publicDocumentStatus,
  type AnnulmentReason,
  type PublicDocumentStatus,
} from '../../domain/certificate/public-status.js';
import {
  formatCertificateNumber,
  parseCertificateNumber,
} from '../../domain/identifiers/certificate-number.js';
import { parseOfficeCode } from '../../domain/identifiers/office-code.js';
import {
  comparePlainDates,
  isPlainDate,
  plainDateAt,
  toParts,
  type PlainDate,
} from '../../domain/time/plain-date.js';
import { sealQrText } from '../../documents/seal/seal.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { activeSealSigner } from '../documents/seal-keys.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';
import { materialsRequestsOf, type MaterialsRequest } from './further-materials.js';

export const DUPLICATE_GROUNDS = ['lost', 'damaged'] as const;
export type DuplicateGround = (typeof DUPLICATE_GROUNDS)[number];
/** What an annulment rests on (the decision itself is kept by its number and date). */
export const ANNULMENT_GROUNDS = ['office_decision', 'court_decision', 'upheld_complaint'] as const;
export type AnnulmentGround = (typeof ANNULMENT_GROUNDS)[number];
export { ANNULMENT_REASONS };

export const DECISION_NUMBER_MAX = 60;
export const HOLDER_MAX = 300;
export const TERRITORY_MAX = 500;

export interface DocumentEvent {
  id: number;
  kind: string;
  documentNumber: string | null;
  at: Date;
  reason: string | null;
  data: Record<string, unknown>;
}

export interface DocumentView {
  doc: IssuedDocumentRow;
  status: PublicDocumentStatus;
  office: OrganisationRow;
  events: DocumentEvent[];
  /** May the reader issue a duplicate, reissue or annul it (the office's head or acting head). */
  mayAmend: boolean;
  /** May the reader start a re-registration from it (the office's clerk). */
  mayReRegister: boolean;
  /** May the reader print it (a document issued on a case of this system). */
  mayPrint: boolean;
  /** §11.1: the further materials requested under a certificate, with their decisions. */
  materials: MaterialsRequest[];
}

const target = (o: OrganisationRow) => ({ organisationId: o.id, regionCode: o.regionCode });

/** The document and its office, or NOT_FOUND for a reader who may not read the office's registry (§17). */
async function documentInReach(
  db: Executor,
  actor: Actor,
  number: string,
): Promise<{ doc: IssuedDocumentRow; office: OrganisationRow }> {
  const parsed = parseCertificateNumber(number);
  const doc = parsed.ok ? await findIssuedDocument(db, number.trim().toUpperCase()) : null;
  const office = doc ? await findOrganisation(db, doc.organisationId) : null;
  if (!doc || !office || !can(actor, 'registry.read', target(office))) throw new DomainError('NOT_FOUND');
  return { doc, office };
}

function statusOn(doc: IssuedDocumentRow, office: OrganisationRow, now: Date): PublicDocumentStatus {
  return publicDocumentStatus(
    { status: doc.status, validUntil: doc.validUntil as PlainDate | null },
    plainDateAt(now, office.timeZone),
  );
}

/** The events of one document's life: its own, and the one naming it as a successor. */
async function eventsOfDocument(db: Executor, number: string): Promise<DocumentEvent[]> {
  const rows = await db
    .select()
    .from(registrationEvents)
    .where(
      or(
        eq(registrationEvents.documentNumber, number),
        sql`${registrationEvents.data}->>'successor' = ${number}`,
      ),
    )
    .orderBy(registrationEvents.at, registrationEvents.id);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    documentNumber: r.documentNumber,
    at: r.at,
    reason: r.reason,
    data: r.data as Record<string, unknown>,
  }));
}

/** The document page's content; opening it is a read of a person's record (access log, §17). */
export async function readIssuedDocument(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  number: string,
): Promise<DocumentView> {
  const db = deps.database.db;
  const { doc, office } = await documentInReach(db, actor, number);
  const now = deps.now();
  await writeAccess(db, officeChain('access', office.code), actContext(actor, origin, now), {
    recordType: 'issued_document',
    recordId: doc.number,
    purpose: 'registry_document',
  });
  return {
    doc,
    status: statusOn(doc, office, now),
    office,
    events: await eventsOfDocument(db, doc.number),
    mayAmend: can(actor, 'registry.amend', target(office)),
    mayReRegister: can(actor, 'case.intake', target(office)),
    mayPrint: doc.caseId !== null && can(actor, 'document.print', target(office)),
    materials: doc.kind === 'certificate' ? await materialsRequestsOf(db, doc.number) : [],
  };
}

function checkKey(key: string): void {
  if (!IDEMPOTENCY_KEY.test(key)) throw new DomainError('VALIDATION_FAILED', { idempotencyKey: 'invalid' });
}

/**
 * The frame of every act: the reader must reach the document and amend it (FORBIDDEN otherwise), the
 * row is locked, and it must be valid now (not superseded, annulled, replaced — nor expired, unless
 * `expiredToo`): DOCUMENT_NOT_VALID otherwise, nothing changed. One transaction, once per key.
 */
async function amend<T extends object>(
  deps: Deps,
  actor: Actor,
  number: string,
  idempotencyKey: string,
  act: string,
  expiredToo: boolean,
  work: (tx: Executor, doc: IssuedDocumentRow, office: OrganisationRow, now: Date) => Promise<T>,
): Promise<T> {
  const db = deps.database.db;
  const { doc, office } = await documentInReach(db, actor, number);
  if (!can(actor, 'registry.amend', target(office))) throw new DomainError('FORBIDDEN');
  checkKey(idempotencyKey);
  const now = deps.now();
  try {
    return await db.transaction(async (tx) => {
      const { result } = await once(tx, idempotencyKey, `${act}:${doc.number}`, actor.accountId, async () => {
        const [locked] = await tx
          .select()
          .from(issuedDocuments)
          .where(eq(issuedDocuments.number, doc.number))
          .for('update');
        const status = statusOn(locked!, office, now);
        if (status !== 'valid' && !(expiredToo && status === 'expired'))
          throw new DomainError('DOCUMENT_NOT_VALID', {}, { status });
        return work(tx, locked!, office, now);
      });
      return result;
    });
  } catch (e) {
    if (e instanceof IdempotencyKeyReusedError) throw new DomainError('CONFLICT');
    if (e instanceof DocumentStatusError)
      throw new DomainError('DOCUMENT_NOT_VALID', {}, { problem: e.problem });
    throw e;
  }
}

/** A new document of the same kind at the same office, numbered and sealed today (domain.md §5, §6). */
async function issueSuccessor(
  tx: Executor,
  deps: Deps,
  actor: Actor,
  origin: Origin,
  now: Date,
  office: OrganisationRow,
  old: IssuedDocumentRow,
  fields: { holder: string; territory: string; duplicateOf: string | null },
): Promise<string> {
  const today = plainDateAt(now, office.timeZone);
  const year = toParts(today).year;
  const code = parseOfficeCode(office.code);
  if (!code.ok) throw new Error(`bad office code ${office.code}`);
  const seq = await takeNumber(tx, office.id, old.kind, year);
  const number = formatCertificateNumber({ office: code.value, year, kind: old.kind, seq });
  const ctx = actContext(actor, origin, now);
  const signer = await activeSealSigner(tx, ctx);
  const validUntil = old.validUntil as PlainDate | null;
  const sealText = await sealQrText(
    { number, holder: fields.holder, territory: fields.territory, issued: today, validUntil },
    signer,
    deps.publicUrl,
  );
  await insertIssuedDocument(tx, {
    number,
    kind: old.kind,
    caseId: old.caseId,
    organisationId: office.id,
    registrantId: old.registrantId,
    source: 'system',
    issuedOn: today,
    validUntil,
    holder: fields.holder,
    territory: fields.territory,
    status: 'valid',
    duplicateOf: fields.duplicateOf,
    sealKeyId: signer.keyId,
    sealText,
    createdAt: now,
  });
  return number;
}

async function registrantOf(tx: Executor, doc: IssuedDocumentRow): Promise<string | null> {
  return doc.registrantId ?? (doc.caseId ? await registrantIdOfCase(tx, doc.caseId) : null);
}

/**
 * domain.md §4: a registration annulled by a signed decision — the document's status, the
 * registrant's history and the audit record, in the caller's transaction. One rule for the registry's
 * annulment and for the consequence of an upheld complaint or a court decision (§21–23).
 */
export async function recordAnnulment(
  tx: Executor,
  ctx: ActContext,
  office: Pick<OrganisationRow, 'id' | 'code'>,
  doc: IssuedDocumentRow,
  decision: {
    reason: AnnulmentReason;
    ground: AnnulmentGround;
    decisionNumber: string;
    decisionDate: string;
  },
): Promise<void> {
  const { reason, ground, decisionNumber, decisionDate } = decision;
  await setIssuedDocumentStatus(tx, doc.number, { status: 'annulled', reason }, ctx.now);
  const registrantId = await registrantOf(tx, doc);
  if (registrantId)
    await insertRegistrationEvent(tx, {
      registrantId,
      kind: 'annulled',
      documentNumber: doc.number,
      at: ctx.now,
      actorAccountId: ctx.actor?.accountId ?? null,
      organisationId: office.id,
      reason,
      data: { ground, decisionNumber, decisionDate },
    });
  await writeAudit(tx, officeChain('audit', office.code), ctx, {
    action: 'registry.registration_annulled',
    recordType: 'issued_document',
    recordId: doc.number,
    data: { reason, ground },
  });
}

/** (a) A duplicate of a lost or damaged document: the original becomes 'replaced' naming it. */
export async function issueDuplicate(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  number: string,
  input: { ground: string; idempotencyKey: string },
): Promise<{ number: string }> {
  const ground = input.ground as DuplicateGround;
  if (!(DUPLICATE_GROUNDS as readonly string[]).includes(ground))
    throw new DomainError('VALIDATION_FAILED', { ground: 'required' });
  return amend(
    deps,
    actor,
    number,
    input.idempotencyKey,
    'registry.duplicate',
    false,
    async (tx, doc, office, now) => {
      const successor = await issueSuccessor(tx, deps, actor, origin, now, office, doc, {
        holder: doc.holder,
        territory: doc.territory,
        duplicateOf: doc.number,
      });
      await setIssuedDocumentStatus(tx, doc.number, { status: 'replaced', successorNumber: successor }, now);
      const registrantId = await registrantOf(tx, doc);
      if (registrantId)
        await insertRegistrationEvent(tx, {
          registrantId,
          kind: 'replaced',
          documentNumber: doc.number,
          at: now,
          actorAccountId: actor.accountId,
          organisationId: office.id,
          reason: ground,
          data: { successor, duplicate: true },
        });
      await writeAudit(tx, officeChain('audit', office.code), actContext(actor, origin, now), {
        action: 'registry.duplicate_issued',
        recordType: 'issued_document',
        recordId: successor,
        data: { original: doc.number, ground },
      });
      return { number: successor };
    },
  );
}

/** (b) An erroneous document reissued corrected: the old 'replaced' with the reason 'erroneous'. */
export async function reissueDocument(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  number: string,
  input: { holder: string; territory: string; idempotencyKey: string },
): Promise<{ number: string }> {
  const holder = input.holder.trim().replace(/\s+/g, ' ');
  const territory = input.territory.trim().replace(/\s+/g, ' ');
  const fields: Record<string, string> = {};
  if (holder === '') fields.holder = 'required';
  else if (holder.length > HOLDER_MAX) fields.holder = 'too_long';
  if (territory === '') fields.territory = 'required';
  else if (territory.length > TERRITORY_MAX) fields.territory = 'too_long';
  if (Object.keys(fields).length > 0) throw new DomainError('VALIDATION_FAILED', fields);
  return amend(
    deps,
    actor,
    number,
    input.idempotencyKey,
    'registry.reissue',
    false,
    async (tx, doc, office, now) => {
      const changed = [
        ...(holder !== doc.holder ? ['holder'] : []),
        ...(territory !== doc.territory ? ['territory'] : []),
      ];
      // A reissue corrects something: the same words again would only be a duplicate.
      if (changed.length === 0) throw new DomainError('VALIDATION_FAILED', { holder: 'unchanged' });
      const successor = await issueSuccessor(tx, deps, actor, origin, now, office, doc, {
        holder,
        territory,
        duplicateOf: null,
      });
      await setIssuedDocumentStatus(tx, doc.number, { status: 'replaced', successorNumber: successor }, now);
      await tx
        .update(issuedDocuments)
        .set({ statusReason: 'erroneous' })
        .where(eq(issuedDocuments.number, doc.number));
      const registrantId = await registrantOf(tx, doc);
      if (registrantId)
        await insertRegistrationEvent(tx, {
          registrantId,
          kind: 'reissued',
          documentNumber: doc.number,
          at: now,
          actorAccountId: actor.accountId,
          organisationId: office.id,
          reason: 'erroneous',
          data: { successor, corrected: changed },
        });
      await writeAudit(tx, officeChain('audit', office.code), actContext(actor, origin, now), {
        action: 'registry.document_reissued',
        recordType: 'issued_document',
        recordId: successor,
        data: { original: doc.number, corrected: changed },
      });
      return { number: successor };
    },
  );
}

/** (c) A registration annulled by a signed decision (domain.md §4): shown at once by the public check. */
export async function annulRegistration(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  number: string,
  input: {
    reason: string;
    ground: string;
    decisionNumber: string;
    decisionDate: string;
    idempotencyKey: string;
  },
): Promise<{ number: string }> {
  const decisionNumber = input.decisionNumber.trim();
  const decisionDate = input.decisionDate.trim();
  const fields: Record<string, string> = {};
  if (!isAnnulmentReason(input.reason)) fields.reason = 'required';
  if (!(ANNULMENT_GROUNDS as readonly string[]).includes(input.ground)) fields.ground = 'required';
  if (decisionNumber === '') fields.decisionNumber = 'required';
  else if (decisionNumber.length > DECISION_NUMBER_MAX) fields.decisionNumber = 'too_long';
  if (!isPlainDate(decisionDate)) fields.decisionDate = 'date_invalid';
  // A court's decision is worded as such on the public check; an office's or a complaint's is not a court's.
  if (
    !fields.reason &&
    !fields.ground &&
    (input.ground === 'court_decision') !== (input.reason === 'court_decision')
  )
    fields.reason = 'ground_mismatch';
  if (Object.keys(fields).length > 0) throw new DomainError('VALIDATION_FAILED', fields);
  const reason = input.reason as AnnulmentReason;
  const ground = input.ground as AnnulmentGround;
  // An expired certificate's registration may still be annulled (the decision says more than the calendar).
  return amend(
    deps,
    actor,
    number,
    input.idempotencyKey,
    'registry.annul',
    true,
    async (tx, doc, office, now) => {
      if (comparePlainDates(decisionDate as PlainDate, plainDateAt(now, office.timeZone)) > 0)
        throw new DomainError('VALIDATION_FAILED', { decisionDate: 'in_future' });
      await recordAnnulment(tx, actContext(actor, origin, now), office, doc, {
        reason,
        ground,
        decisionNumber,
        decisionDate,
      });
      return { number: doc.number };
    },
  );
}
