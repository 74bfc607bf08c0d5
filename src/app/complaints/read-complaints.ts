// §20–25: what staff read of complaints — the worklist of their organisation (open ones by due day,
// overdue marked; an akimat also sees its offices' overdue ones, §21) and one complaint with the
// talon (§25). Reading a complaint is a read of personal data: it goes to the access log (§17).
import { findAccount, findOrganisation, type OrganisationRow } from '../../db/accounts-store.js';
import { writeAccess } from '../../db/audit-trail.js';
import {
  complaintScanContent,
  complaintScanMeta,
  complaintsOf,
  findComplaint,
  overdueOfAkimatOffices,
  type ComplaintListRow,
  type ComplaintRow,
  type ComplaintScanMeta,
} from '../../db/complaints-store.js';
import { findCase } from '../../db/case-store.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { isComplaintOverdue, reviewTermFor, REVIEW_TERMS } from '../../domain/complaint/index.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';

export interface WorklistItem extends ComplaintListRow {
  overdue: boolean;
}

const withOverdue = (rows: ComplaintListRow[], today: PlainDate): WorklistItem[] =>
  rows.map((r) => ({
    ...r,
    overdue: isComplaintOverdue(
      { state: r.state, dueOn: r.dueOn as PlainDate, deliveredOn: r.deliveredOn as PlainDate | null },
      today,
    ),
  }));

export async function complaintWorklist(deps: Deps, actor: Actor) {
  const db = deps.database.db;
  const org = await findOrganisation(db, actor.organisation.id);
  if (!org) throw new DomainError('FORBIDDEN');
  authorize(actor, 'complaint.read', { organisationId: org.id, regionCode: org.regionCode });
  const today = plainDateAt(deps.now(), org.timeZone);
  const items = withOverdue(await complaintsOf(db, org.id), today);
  const offices =
    org.kind === 'akimat' ? withOverdue(await overdueOfAkimatOffices(db, org.code, today), today) : [];
  return {
    today,
    items,
    overdue: items.filter((i) => i.overdue),
    officesOverdue: offices,
    mayRegister: can(actor, 'complaint.register', { organisationId: org.id, regionCode: org.regionCode }),
  };
}

export interface ComplaintView {
  row: ComplaintRow;
  registeredIn: OrganisationRow;
  handler: OrganisationRow;
  office: OrganisationRow;
  caseTrackingCode: string | null;
  caseState: string | null;
  registeredByName: string | null;
  assignedToName: string | null;
  /** §24: the scan of the applicant's copy, without its content. */
  copyScan: ComplaintScanMeta | null;
  /** The name of who decided it (the answer letter's signer). */
  decidedByName: string | null;
  overdue: boolean;
  today: PlainDate;
  term: (typeof REVIEW_TERMS)[number];
  /** Which acts the reader may perform now. */
  may: { assign: boolean; answer: boolean; deliver: boolean; court: boolean; survey: boolean };
}

/** One complaint for the organisation that registered or handles it (another's: not found, §17). */
export async function readComplaint(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  id: string,
): Promise<ComplaintView> {
  const db = deps.database.db;
  const row = /^[0-9a-f-]{36}$/.test(id) ? await findComplaint(db, id) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  const [registeredIn, handler, office] = await Promise.all([
    findOrganisation(db, row.registeredIn),
    findOrganisation(db, row.handledBy),
    findOrganisation(db, row.officeId),
  ]);
  if (!registeredIn || !handler || !office) throw new DomainError('NOT_FOUND');
  const mine = actor.organisation.id === row.handledBy || actor.organisation.id === row.registeredIn;
  const target = {
    organisationId: mine ? actor.organisation.id : handler.id,
    regionCode: handler.regionCode,
  };
  if (!can(actor, 'complaint.read', target)) throw new DomainError('NOT_FOUND');
  const now = deps.now();
  await writeAccess(db, officeChain('access', handler.code), actContext(actor, origin, now), {
    recordType: 'complaint',
    recordId: row.id,
    purpose: 'complaint',
  });
  const linked = row.caseId ? await findCase(db, row.caseId) : null;
  const today = plainDateAt(now, handler.timeZone);
  const handling = actor.organisation.id === row.handledBy;
  const own = { organisationId: actor.organisation.id, regionCode: actor.organisation.regionCode };
  const name = async (accountId: string | null) =>
    accountId ? ((await findAccount(db, accountId))?.displayName ?? null) : null;
  return {
    row,
    registeredIn,
    handler,
    office,
    caseTrackingCode: linked?.trackingCode ?? null,
    caseState: linked?.state ?? null,
    registeredByName: await name(row.registeredBy),
    assignedToName: await name(row.assignedTo),
    copyScan: row.copyAttached ? await complaintScanMeta(db, row.id) : null,
    decidedByName: await name(row.decidedBy),
    overdue: isComplaintOverdue(
      { state: row.state, dueOn: row.dueOn as PlainDate, deliveredOn: row.deliveredOn as PlainDate | null },
      today,
    ),
    today,
    term: REVIEW_TERMS.find((t) => t.id === row.termId) ?? reviewTermFor(row.registeredOn as PlainDate),
    may: {
      assign:
        handling &&
        (row.state === 'registered' || row.state === 'assigned') &&
        can(actor, 'complaint.assign', own),
      answer:
        handling &&
        (row.state === 'registered' || row.state === 'assigned') &&
        can(actor, 'complaint.answer', own),
      deliver: mine && row.state === 'answered' && can(actor, 'complaint.deliver', own),
      court: handling && row.courtOutcome === null && can(actor, 'complaint.answer', own),
      survey:
        mine && row.state === 'delivered' && !row.surveyAnswered && can(actor, 'complaint.deliver', own),
    },
  };
}

/** §24: the copy's file for staff who may read the complaint; a read of personal data (§17). */
export async function readComplaintScan(deps: Deps, actor: Actor, origin: Origin, id: string) {
  // readComplaint decides who may read it (and logs the complaint's read).
  const view = await readComplaint(deps, actor, origin, id);
  const meta = view.copyScan;
  const content = meta && !meta.purged ? await complaintScanContent(deps.database.db, id) : null;
  // A purged copy (domain.md §8) has no content left to give.
  if (!meta || !content) throw new DomainError('NOT_FOUND');
  await writeAccess(
    deps.database.db,
    officeChain('access', view.handler.code),
    actContext(actor, origin, deps.now()),
    { recordType: 'complaint_scan', recordId: meta.id, purpose: 'scan download' },
  );
  return { fileName: meta.fileName, mediaType: meta.mediaType, content };
}
