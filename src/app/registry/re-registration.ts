// Re-registration (issue 6; domain.md §4 "after the end"): started by the office's clerk from the
// registrant's current certificate or reference, a new case of kind missionary-re-registration or
// group-re-registration whose intake form is pre-filled from the last registration's application
// (the clerk reviews and changes it; the intake's own validation applies). The new case joins the
// same registrant at intake (link-registrant.ts); when its document is handed over, the one it
// replaces becomes 'superseded' naming it and the old paper is recorded as surrendered — in the
// hand-over's transaction (perform-case-action.ts calls supersedeOnHandOver).
import { and, eq, isNull, ne, or } from 'drizzle-orm';
import { writeAudit, type ActContext } from '../../db/audit-trail.js';
import type { Executor } from '../../db/database.js';
import { findIssuedDocument, setIssuedDocumentStatus } from '../../db/issued-documents-store.js';
import { insertRegistrationEvent } from '../../db/registry-store.js';
import { issuedDocuments } from '../../db/schema/index.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { publicDocumentStatus } from '../../domain/certificate/public-status.js';
import { parseCertificateNumber } from '../../domain/identifiers/certificate-number.js';
import type {
  ApplicationKind,
  GroupApplicationInput,
  MissionaryApplicationInput,
} from '../../domain/standard/index.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import type { Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import { readCase } from '../cases/read-case.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';

export interface ReRegistrationDraft {
  kind: Extract<ApplicationKind, 'missionary-re-registration' | 'group-re-registration'>;
  language: 'kk' | 'ru';
  /** The form's fields by their dotted names, as the intake form posts them. */
  values: Record<string, string>;
  members: number;
  from: string;
}

/** The application as the intake form's fields: nested objects and rows by dotted paths. */
export function applicationFormValues(application: object): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    else if (typeof value === 'boolean') {
      if (value) out[path] = 'on';
    } else out[path] = String(value);
  };
  walk(application, '');
  // The form's checkbox for a representative acting (the input has the representative or not).
  if ('representative' in application && (application as { representative?: unknown }).representative)
    out['representative.acts'] = 'on';
  return out;
}

/**
 * The intake form of a re-registration from the document `number`: the clerk's own office's current
 * (valid or expired) certificate or reference issued on a case here. Reading the old application is
 * a read of the person's record (readCase writes the access log).
 */
export async function reRegistrationDraft(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  number: string,
  today: PlainDate,
): Promise<ReRegistrationDraft> {
  const db = deps.database.db;
  const wanted = number.trim().toUpperCase();
  const doc = parseCertificateNumber(wanted).ok ? await findIssuedDocument(db, wanted) : null;
  const office = doc ? await findOrganisation(db, doc.organisationId) : null;
  if (
    !doc ||
    !office ||
    !can(actor, 'registry.read', { organisationId: office.id, regionCode: office.regionCode })
  )
    throw new DomainError('NOT_FOUND');
  if (!can(actor, 'case.intake', { organisationId: office.id, regionCode: office.regionCode }))
    throw new DomainError('FORBIDDEN');
  const status = publicDocumentStatus(
    { status: doc.status, validUntil: doc.validUntil as PlainDate | null },
    plainDateAt(deps.now(), office.timeZone),
  );
  if (status !== 'valid' && status !== 'expired') throw new DomainError('DOCUMENT_NOT_VALID', {}, { status });
  // A paper registration has no application here: the clerk takes the new one in from blank.
  if (!doc.caseId) throw new DomainError('DOCUMENT_NOT_ISSUED', {}, { number: doc.number });
  const view = await readCase(deps, actor, origin, doc.caseId, 're-registration');
  const missionary = doc.kind === 'certificate';
  const application = view.application as MissionaryApplicationInput | GroupApplicationInput;
  const {
    kind: _kind,
    officeCode: _office,
    ...rest
  } = application as MissionaryApplicationInput & { officeCode: string };
  const values = applicationFormValues(rest);
  // A re-registration brings its own §11.1 materials (if any), dated today.
  for (const k of Object.keys(values)) if (k.startsWith('materials.')) delete values[k];
  values.applicationDate = today;
  values.language = view.row.language === 'ru' ? 'ru' : 'kk';
  return {
    kind: missionary ? 'missionary-re-registration' : 'group-re-registration',
    language: values.language as 'kk' | 'ru',
    values,
    members: missionary ? 0 : (application as GroupApplicationInput).members.length,
    from: doc.number,
  };
}

/**
 * At the hand-over of a re-registration's document (domain.md §4): the registrant's former current
 * documents of the same kind (valid, or expired by the calendar) become 'superseded' naming the new
 * one, and the old paper is recorded as surrendered. In the hand-over's transaction.
 */
export async function supersedeOnHandOver(
  tx: Executor,
  ctx: ActContext,
  input: { caseId: string; caseKind: string; documentNumber: string; officeCode: string; officeId: string },
): Promise<string[]> {
  if (!input.caseKind.endsWith('re-registration')) return [];
  const fresh = await findIssuedDocument(tx, input.documentNumber);
  if (!fresh?.registrantId) return [];
  const former = await tx
    .select({ number: issuedDocuments.number })
    .from(issuedDocuments)
    .where(
      and(
        eq(issuedDocuments.registrantId, fresh.registrantId),
        eq(issuedDocuments.kind, fresh.kind),
        eq(issuedDocuments.status, 'valid'),
        ne(issuedDocuments.number, fresh.number),
        // Only what was issued before this one: a later document is not superseded by an older one.
        or(isNull(issuedDocuments.caseId), ne(issuedDocuments.caseId, input.caseId)),
      ),
    )
    .orderBy(issuedDocuments.issuedOn);
  const superseded: string[] = [];
  for (const { number } of former) {
    const old = await findIssuedDocument(tx, number);
    if (!old || old.createdAt > fresh.createdAt) continue;
    await setIssuedDocumentStatus(
      tx,
      number,
      { status: 'superseded', successorNumber: fresh.number },
      ctx.now,
    );
    for (const kind of ['superseded', 'surrendered'] as const)
      await insertRegistrationEvent(tx, {
        registrantId: fresh.registrantId,
        kind,
        documentNumber: number,
        at: ctx.now,
        actorAccountId: ctx.actor?.accountId ?? null,
        organisationId: input.officeId,
        data: { successor: fresh.number, caseId: input.caseId },
      });
    await writeAudit(tx, officeChain('audit', input.officeCode), ctx, {
      action: 'registry.document_superseded',
      recordType: 'issued_document',
      recordId: number,
      data: { successor: fresh.number, caseId: input.caseId },
    });
    superseded.push(number);
  }
  return superseded;
}
