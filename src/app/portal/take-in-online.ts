// Issue 8, reaching the office (domain.md §4: submitted_online → take_in → at_counter): the applicant
// comes to the competent office with the originals and the passport (§11 — the registered passport is
// shown in person); the clerk finds the online application by its tracking code, checks the papers
// against it and takes it in without retyping. From there it is a counter case: the records service
// stamps it (§14) and the clocks start as for any other.
import { eq } from 'drizzle-orm';
import { findOrganisation } from '../../db/accounts-store.js';
import { actionsOf, appendAction, applicationOf, lockCase } from '../../db/case-store.js';
import { insertCaseMaterials } from '../../db/case-materials-store.js';
import { once } from '../../db/idempotency.js';
import { cases } from '../../db/schema/index.js';
import { applyAction, checkAction, foldCase, type TakeInAction } from '../../domain/case/index.js';
import { parseTrackingCode } from '../../domain/identifiers/index.js';
import type { GroupApplicationInput, MissionaryApplicationInput } from '../../domain/standard/index.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import { effectiveRoles, type Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { auditCaseAction } from '../cases/case-audit.js';
import { linkCaseToRegistrant } from '../registry/link-registrant.js';

export interface OnlineArrival {
  caseId: string;
  version: number;
  trackingCode: string;
  kind: string;
}

/** The office's online application with this tracking code, waiting to be taken in; null if none. */
export async function findOnlineArrival(
  deps: Deps,
  actor: Actor,
  trackingCode: string,
): Promise<OnlineArrival | null> {
  const office = await findOrganisation(deps.database.db, actor.organisation.id);
  if (!office || office.kind !== 'service_office') throw new DomainError('FORBIDDEN');
  authorize(actor, 'case.intake', { organisationId: office.id, regionCode: office.regionCode });
  const parsed = parseTrackingCode(trackingCode);
  if (!parsed.ok) return null;
  const [row] = await deps.database.db
    .select({
      caseId: cases.id,
      version: cases.version,
      trackingCode: cases.trackingCode,
      kind: cases.kind,
      state: cases.state,
      organisationId: cases.organisationId,
    })
    .from(cases)
    .where(eq(cases.trackingCode, parsed.value));
  if (!row || row.organisationId !== office.id || row.state !== 'submitted_online') return null;
  return { caseId: row.caseId, version: row.version, trackingCode: row.trackingCode, kind: row.kind };
}

export async function takeInOnlineApplication(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  caseId: string,
  expectedVersion: number,
  idempotencyKey: string,
): Promise<{ state: string; version: number }> {
  const office = await findOrganisation(deps.database.db, actor.organisation.id);
  if (!office || office.kind !== 'service_office') throw new DomainError('FORBIDDEN');
  authorize(actor, 'case.intake', { organisationId: office.id, regionCode: office.regionCode });
  return deps.database.db.transaction(async (tx) => {
    const { result } = await once(tx, idempotencyKey, `case.${caseId}.take_in`, actor.accountId, async () => {
      const row = await lockCase(tx, caseId);
      if (!row || row.organisationId !== office.id) throw new DomainError('NOT_FOUND');
      if (row.version !== expectedVersion)
        throw new DomainError('CASE_CHANGED', {}, { version: row.version });
      const snapshot = foldCase(await actionsOf(tx, caseId));
      const now = deps.now();
      const action: TakeInAction = {
        kind: 'take_in',
        at: now.toISOString(),
        actor: { accountId: actor.accountId, roles: effectiveRoles(actor) },
        officeCode: office.code,
        applicationKind: row.kind,
      };
      const decision = checkAction(snapshot, action, { actorOfficeCode: office.code });
      if (!decision.ok) throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { allowed: decision.allowed });
      const next = applyAction(snapshot, action);
      const seq = snapshot.actionCount + 1;
      await appendAction(tx, caseId, seq, action);
      await tx
        .update(cases)
        .set({ state: next.state, version: row.version + 1, updatedAt: now })
        .where(eq(cases.id, caseId));
      const application = (await applicationOf(tx, caseId)) as
        MissionaryApplicationInput | GroupApplicationInput;
      // As at the counter: the case joins its registrant, and the §11.1 materials are listed.
      await linkCaseToRegistrant(tx, {
        caseId,
        caseKind: row.kind,
        organisationId: office.id,
        application,
        now,
      });
      if ('materials' in application && application.materials?.length)
        await insertCaseMaterials(tx, caseId, application.materials);
      await auditCaseAction(
        tx,
        office.code,
        actContext(actor, origin, now, 'clerk'),
        caseId,
        'take_in',
        seq,
        next.state,
      );
      return { state: next.state, version: row.version + 1 };
    });
    return result;
  });
}
