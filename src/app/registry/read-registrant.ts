// One registrant's whole history (issue 6; domain.md §4 "after the end"): its cases with their states,
// its certificates and references with their public status, the events of their life and the audit
// timeline of its cases. Opening it is a read of a person's record: an access-log entry (§17,
// domain.md §8). A reader who may not read it in full (another office's staff) sees the number,
// name, status and office only — enough to start a re-registration or a transfer.
import { writeAccess } from '../../db/audit-trail.js';
import {
  auditOfCases,
  casesOfRegistrant,
  documentsOfRegistrant,
  eventsOfRegistrant,
  findRegistrant,
  type AuditLine,
  type RegistrantCase,
  type RegistrantEvent,
  type RegistrantRow,
} from '../../db/registrant-history.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { complaintsOfCases, type ComplaintListRow } from '../../db/complaints-store.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { publicDocumentStatus, type PublicDocumentStatus } from '../../domain/certificate/public-status.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can, type PolicyTarget } from '../policies/policy.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface RegistrantDocumentView {
  number: string;
  kind: 'certificate' | 'reference';
  caseId: string | null;
  officeCode: string;
  source: 'system' | 'paper';
  issuedOn: PlainDate;
  validUntil: PlainDate | null;
  holder: string;
  territory: string;
  status: PublicDocumentStatus;
  statusReason: string | null;
  successorNumber: string | null;
  duplicateOf: string | null;
}

export interface RegistrantCaseView extends Omit<RegistrantCase, 'confession'> {
  /** Shown only to the roles that may read it at the case's office (domain.md §8). */
  confession: string | null;
  /** May the reader open the case's own page. */
  readable: boolean;
}

interface Office {
  code: string;
  nameKk: string;
  nameRu: string | null;
  timeZone: string;
}

export type RegistrantView =
  | {
      visibility: 'minimal';
      id: string;
      kind: 'person' | 'group';
      name: string;
      current: { number: string; status: PublicDocumentStatus } | null;
      office: Office;
    }
  | {
      visibility: 'full';
      registrant: RegistrantRow;
      current: { number: string; status: PublicDocumentStatus } | null;
      office: Office;
      cases: RegistrantCaseView[];
      documents: RegistrantDocumentView[];
      events: RegistrantEvent[];
      timeline: AuditLine[];
      /** §20–25: the complaints about its cases (issue 9: they join the registry's history). */
      complaints: ComplaintListRow[];
    };

export async function readRegistrant(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  id: string,
): Promise<RegistrantView> {
  const db = deps.database.db;
  if (!can(actor, 'registry.search')) throw new DomainError('FORBIDDEN');
  const registrant = UUID.test(id) ? await findRegistrant(db, id) : null;
  if (!registrant) throw new DomainError('NOT_FOUND');
  const [cases, docs] = await Promise.all([casesOfRegistrant(db, id), documentsOfRegistrant(db, id)]);
  const now = deps.now();
  const currentDoc = docs.at(-1) ?? null;
  const homeId = currentDoc?.organisationId ?? cases.at(-1)?.organisationId ?? registrant.organisationId;
  const home = homeId ? await findOrganisation(db, homeId) : null;
  if (!home) throw new DomainError('NOT_FOUND');
  const targets: PolicyTarget[] = [
    { organisationId: home.id, regionCode: home.regionCode },
    ...cases.map((c) => ({ organisationId: c.organisationId, regionCode: c.regionCode })),
    ...docs.map((d) => ({ organisationId: d.organisationId, regionCode: d.regionCode })),
  ];
  // Out of the reader's reach altogether (another region's, for a regional supervisor): not found (§17).
  if (!targets.some((t) => can(actor, 'registry.search', t))) throw new DomainError('NOT_FOUND');
  const full = targets.some((t) => can(actor, 'registry.read', t));
  const statusOf = (d: (typeof docs)[number]) =>
    publicDocumentStatus({ status: d.status, validUntil: d.validUntil }, plainDateAt(now, d.timeZone));
  const current = currentDoc ? { number: currentDoc.number, status: statusOf(currentDoc) } : null;
  const office = { code: home.code, nameKk: home.nameKk, nameRu: home.nameRu, timeZone: home.timeZone };
  // domain.md §8: the opening is logged on the chain of the office the record stands at.
  await writeAccess(db, officeChain('access', home.code), actContext(actor, origin, now), {
    recordType: 'registrant',
    recordId: id,
    purpose: full ? 'registry' : 'registry_minimal',
  });
  if (!full)
    return {
      visibility: 'minimal',
      id,
      kind: registrant.kind,
      name: registrant.displayName,
      current,
      office,
    };
  return {
    visibility: 'full',
    registrant,
    current,
    office,
    complaints: await complaintsOfCases(
      db,
      cases.map((c) => c.id),
    ),
    cases: cases.map((c) => {
      const target = { organisationId: c.organisationId, regionCode: c.regionCode };
      return {
        ...c,
        confession: can(actor, 'case.read_affiliation', target) ? c.confession : null,
        readable: can(actor, 'case.read', target),
      };
    }),
    documents: docs.map((d) => ({
      number: d.number,
      kind: d.kind,
      caseId: d.caseId,
      officeCode: d.officeCode,
      source: d.source,
      issuedOn: d.issuedOn,
      validUntil: d.validUntil,
      holder: d.holder,
      territory: d.territory,
      status: statusOf(d),
      statusReason: d.statusReason,
      successorNumber: d.successorNumber,
      duplicateOf: d.duplicateOf,
    })),
    events: await eventsOfRegistrant(db, id),
    timeline: await auditOfCases(
      db,
      cases.map((c) => c.id),
    ),
  };
}
