// What printing a document of a case reads, after checking that the reader may print it and that
// the case has reached the step the document needs (domain.md §4, §6). Another office's case is
// "not found", as everywhere (§17); a print at the wrong step is refused naming the step, and
// nothing is recorded. Reading the record to print it goes to the access log (readCase).
import { findOrganisation, findOrganisationByCode, type OrganisationRow } from '../../db/accounts-store.js';
import { actionsOf, findCase } from '../../db/case-store.js';
import {
  findIssuedWithSealKey,
  staffNamesOf,
  type IssuedDocumentRow,
} from '../../db/document-print-store.js';
import { foldCase } from '../../domain/case/index.js';
import { printability, type CaseDocument } from '../../domain/case/printable-documents.js';
import type { MaterialInput, MissionaryApplicationInput } from '../../domain/standard/index.js';
import type { Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import { readCase, type CaseView } from '../cases/read-case.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';

export interface StaffMember {
  name: string;
  phone: string | null;
}

export interface CasePrintSource {
  document: CaseDocument;
  view: CaseView;
  /** The office holding the case: its staff print, its letterhead and audit chain. */
  office: OrganisationRow;
  /** The office whose records service stamped the hand-in (§14): the first office of the case. */
  stampingOffice: OrganisationRow;
  /** The office's akimat, where complaints about the result go (§21); null when unknown. */
  akimat: OrganisationRow | null;
  /** The regional department a division belongs to (its town when the division has none). */
  parent: OrganisationRow | null;
  /** Staff named on the documents (signer, executor, receiver), by account id. */
  staff: Readonly<Record<string, StaffMember>>;
  /** Annex 5 or 6 as issued, with the seal printed in its QR; null for other documents. */
  issued: (IssuedDocumentRow & { sealPublicKey: string | null }) | null;
  /** §11.1: the inventory rows when there are any, otherwise the materials listed on intake. */
  materials: readonly MaterialInput[];
}

/** Whether the actor may print documents of this office's records; throws as a read would. */
export function authorizePrint(actor: Actor, office: Pick<OrganisationRow, 'id' | 'regionCode'>): void {
  const target = { organisationId: office.id, regionCode: office.regionCode };
  if (can(actor, 'document.print', target)) return;
  // A reader of the case who may not print is told so; anyone else learns nothing of it.
  throw new DomainError(can(actor, 'case.read', target) ? 'FORBIDDEN' : 'NOT_FOUND');
}

export async function loadCasePrint(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  caseId: string,
  document: CaseDocument,
  /** A later document of the case (a duplicate, a reissue) instead of the one signed with it. */
  number?: string,
): Promise<CasePrintSource> {
  const db = deps.database.db;
  const row = await findCase(db, caseId);
  const office = row ? await findOrganisation(db, row.organisationId) : null;
  if (!row || !office) throw new DomainError('NOT_FOUND');
  authorizePrint(actor, office);
  const folded = foldCase(await actionsOf(db, caseId));
  refuseUnlessPrintable(printability(folded, document), document, folded.state);

  const view = await readCase(deps, actor, origin, caseId, `print ${document}`);
  // The case may have moved on between the two reads: judge the snapshot the document is made from.
  refuseUnlessPrintable(printability(view.snapshot, document), document, view.snapshot.state);

  const stampingOffice =
    row.firstOrganisationId === office.id ? office : await findOrganisation(db, row.firstOrganisationId);
  const akimat = office.akimatCode ? await findOrganisationByCode(db, office.akimatCode) : null;
  const parent = office.parentCode ? await findOrganisationByCode(db, office.parentCode) : null;

  const ids = new Set<string>();
  for (const a of view.actions) if (a.actor.accountId) ids.add(a.actor.accountId);
  const staff: Record<string, StaffMember> = {};
  for (const a of await staffNamesOf(db, [...ids])) staff[a.id] = { name: a.name, phone: a.phone };

  let issued: CasePrintSource['issued'] = null;
  if (document === 'certificate' || document === 'reference') {
    const wanted = number ?? view.snapshot.result!.documentNumber;
    issued = await findIssuedWithSealKey(db, caseId, wanted);
    // The QR carries the seal made when the head signed (domain.md §6); it is never made here.
    if (!issued || !issued.sealText || !issued.sealPublicKey)
      throw new DomainError('DOCUMENT_NOT_ISSUED', {}, { document, number: wanted });
  }

  // §11.1: the inventory rows written at intake; a case taken in before they existed lists its own.
  const rows = view.materials.map((m) => ({
    title: m.title,
    kind: m.kind,
    language: m.language,
    quantity: m.quantity,
  }));
  const listed = view.application.kind.startsWith('missionary')
    ? (view.application as MissionaryApplicationInput).materials
    : [];
  return {
    document,
    view,
    office,
    stampingOffice: stampingOffice ?? office,
    akimat,
    parent,
    staff,
    issued,
    materials: rows.length > 0 ? rows : listed,
  };
}

function refuseUnlessPrintable(
  p: ReturnType<typeof printability>,
  document: CaseDocument,
  state: string,
): void {
  if (p.ok) return;
  if (p.reason === 'not_of_this_case') throw new DomainError('NOT_FOUND');
  throw new DomainError('DOCUMENT_NOT_READY', {}, { document, needs: p.needs, state });
}
