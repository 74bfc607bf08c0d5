// One case as staff see it: the application, the folded state, the clocks and what this member of
// staff may do next. Reading a person's record writes an access-log entry (§17, domain.md §8).
import { writeAccess } from '../../db/audit-trail.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { actionsOf, applicationOf, findCase, type CaseRow } from '../../db/case-store.js';
import { caseFilesOf, type CaseFileMeta } from '../../db/case-files-store.js';
import { caseMaterialsOf, type CaseMaterialRow } from '../../db/case-materials-store.js';
import { purgedApplication } from './purged-application.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { builtInCalendar } from '../../domain/calendar/index.js';
import {
  allowedActions,
  caseClocks,
  foldCase,
  type CaseAction,
  type CaseActionKind,
  type CaseClocks,
  type CaseSnapshot,
} from '../../domain/case/index.js';
import {
  RULE_VERSIONS,
  caseRuleVersion,
  type GroupApplicationInput,
  type MissionaryApplicationInput,
} from '../../domain/standard/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import { effectiveRoles, type Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';

export interface CaseView {
  row: CaseRow;
  officeCode: string;
  application: MissionaryApplicationInput | GroupApplicationInput;
  /** Religious affiliation is special-category data: shown only to roles that need it (domain.md §8). */
  showAffiliation: boolean;
  snapshot: CaseSnapshot;
  actions: CaseAction[];
  clocks: CaseClocks | null;
  /** What this member of staff may do now (the buttons to draw). */
  available: CaseActionKind[];
  /** domain.md §8: the personal data were purged after the retention period (the application is blank). */
  applicationPurged: boolean;
  /** §11: the scans on file (without their content). */
  files: CaseFileMeta[];
  /** §11.1: the inventory of materials handed in, with what was returned. */
  materials: CaseMaterialRow[];
  /** May attach and remove scans / record materials returned (the office's clerk or records). */
  mayAttachScans: boolean;
  mayReturnMaterials: boolean;
}

export async function readCase(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  caseId: string,
  purpose: string,
): Promise<CaseView> {
  const row = await findCase(deps.database.db, caseId);
  const office = row ? await findOrganisation(deps.database.db, row.organisationId) : null;
  if (!row || !office) throw new DomainError('NOT_FOUND');
  const holder = { organisationId: office.id, regionCode: office.regionCode };
  const actions = await actionsOf(deps.database.db, caseId);
  const snapshot = foldCase(actions);
  // §1, §13: a case in transit may also be read by the office it was sent to (to receive it), by
  // the staff who would read it there; nothing else of another office's cases.
  const mine = { organisationId: actor.organisation.id, regionCode: actor.organisation.regionCode };
  const destination =
    snapshot.state === 'transferred' &&
    snapshot.transferTo === actor.organisation.code &&
    can(actor, 'case.read', mine);
  // Another office's case is "not found", not "forbidden": nothing tells it exists (§17).
  if (!destination && !can(actor, 'case.read', holder)) throw new DomainError('NOT_FOUND');
  const now = deps.now();
  const calendar = (await deps.calendar?.get()) ?? builtInCalendar();
  const today = plainDateAt(now, office.timeZone);
  const clocks = snapshot.startDay
    ? caseClocks(snapshot, caseRuleVersion(snapshot.startDay, RULE_VERSIONS), calendar, today)
    : null;
  const stored = (await applicationOf(deps.database.db, caseId)) as
    MissionaryApplicationInput | GroupApplicationInput | null;
  const application = stored ?? purgedApplication(row.kind, office.code);
  await writeAccess(deps.database.db, officeChain('access', office.code), actContext(actor, origin, now), {
    recordType: 'case',
    recordId: caseId,
    purpose,
  });
  const available =
    office.id === actor.organisation.id || destination
      ? allowedActions(snapshot, {
          actorRoles: effectiveRoles(actor),
          actorAccountId: actor.accountId,
          fourEyes: office.fourEyes,
          actorOfficeCode: actor.organisation.code,
        })
      : [];
  const target = { organisationId: office.id, regionCode: office.regionCode };
  return {
    row,
    officeCode: office.code,
    application,
    applicationPurged: stored === null,
    files: await caseFilesOf(deps.database.db, caseId),
    materials: await caseMaterialsOf(deps.database.db, caseId),
    mayAttachScans: can(actor, 'case.attach_scans', target),
    mayReturnMaterials: can(actor, 'case.return_materials', target),
    showAffiliation: can(actor, 'case.read_affiliation', destination ? mine : holder),
    snapshot,
    actions,
    clocks,
    available,
  };
}
