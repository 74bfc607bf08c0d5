// The case as the API shows it to staff (domain.md §4, §5): the fold, its numbers and clocks, what this
// member of staff may do, the timeline of acts and the application — without religious affiliation,
// nor the names that state it, for the roles that may not see it (domain.md §8).
import type { CaseView } from '../../app/cases/read-case.js';
import type { ClockReading } from '../../domain/case/index.js';
import { STAFF_ACTION_KINDS, type CaseJson } from '../schemas/cases.js';

// A correction (domain.md §4) has no staff command yet: the API offers only what it can perform.
const OFFERED = new Set<string>(STAFF_ACTION_KINDS);

function clockJson(c: ClockReading) {
  return {
    clause: c.clause,
    due: c.due,
    provisional: c.provisional,
    status: c.status,
    stoppedOn: c.stoppedOn,
    workingDaysLeft: c.workingDaysLeft,
    overdue: c.overdue,
    late: c.late,
  };
}

/** A copy of the application without the affiliation and the associations' names. */
function applicationJson(view: CaseView): CaseJson['application'] {
  const copy = structuredClone(view.application) as unknown as Record<string, unknown>;
  if (!view.showAffiliation) {
    delete copy.affiliation;
    for (const party of ['sendingAssociation', 'invitingAssociation']) {
      const p = copy[party] as Record<string, unknown> | undefined;
      if (p) delete p.name;
    }
  }
  return copy as unknown as CaseJson['application'];
}

export function caseJson(view: CaseView): CaseJson {
  const { row, snapshot, clocks } = view;
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    kind: row.kind,
    language: row.language,
    state: snapshot.state,
    version: row.version,
    officeCode: view.officeCode,
    transferTo: snapshot.transferTo,
    incomingNumber: row.incomingNumber,
    startDay: row.startDay,
    resultDue: row.resultDue,
    refusalDue: row.refusalDue,
    clocks: clocks && {
      ruleVersionId: clocks.ruleVersionId,
      active: clocks.active,
      result: clockJson(clocks.result),
      refusal: clockJson(clocks.refusal),
    },
    checklist: snapshot.registration && {
      complete: snapshot.registration.checklist.complete,
      missingItemIds: [...snapshot.registration.checklist.missingItemIds],
    },
    missingItemIds: [...snapshot.missingItemIds],
    documentNumber: row.documentNumber,
    validUntil: row.validUntil,
    outgoingNumber: row.outgoingNumber,
    withoutFourEyes: row.withoutFourEyes,
    available: view.available.filter((a): a is (typeof STAFF_ACTION_KINDS)[number] => OFFERED.has(a)),
    timeline: view.actions.map((a, i) => ({ seq: i + 1, kind: a.kind, at: a.at })),
    affiliationShown: view.showAffiliation,
    application: applicationJson(view),
  };
}
