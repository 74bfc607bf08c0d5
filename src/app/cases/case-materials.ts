// §11.1, §14, §15 (domain.md §4): the religious materials handed in are listed at intake and tracked
// until returned. Staff of the counter or the records service record each item (or all) handed back
// to the applicant: who and when, audited by the items' positions.
import { writeAccess, writeAudit } from '../../db/audit-trail.js';
import {
  caseMaterialsOf,
  heldMaterialsOfEndedCases,
  markMaterialsReturned,
} from '../../db/case-materials-store.js';
import { once } from '../../db/idempotency.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';
import { caseForAct } from './case-scans.js';

export interface ReturnedMaterials {
  /** The positions this act marked returned (those already returned are left as they were). */
  returned: number[];
}

export async function returnMaterials(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  caseId: string,
  positions: readonly number[] | 'all',
  /** Marking returned is idempotent by itself (an item keeps its first return); a key makes a retry
   *  answer what the first request did. */
  idempotencyKey?: string,
): Promise<ReturnedMaterials> {
  const { office } = await caseForAct(deps, actor, caseId, 'case.return_materials');
  if (positions !== 'all' && positions.length === 0)
    throw new DomainError('VALIDATION_FAILED', { positions: 'materials_required' });
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    const work = async () => {
      const known = new Set((await caseMaterialsOf(tx, caseId)).map((m) => m.position));
      if (known.size === 0) throw new DomainError('VALIDATION_FAILED', { positions: 'materials_none' });
      if (positions !== 'all' && positions.some((p) => !known.has(p)))
        throw new DomainError('VALIDATION_FAILED', { positions: 'materials_unknown' });
      const returned = await markMaterialsReturned(tx, caseId, positions, actor.accountId, now);
      if (returned.length)
        await writeAudit(tx, officeChain('audit', office.code), actContext(actor, origin, now), {
          action: 'case_materials.returned',
          recordType: 'case',
          recordId: caseId,
          data: { positions: returned },
        });
      return { returned };
    };
    if (!idempotencyKey) return work();
    const key = `case.${caseId}.materials_return`;
    return (await once(tx, idempotencyKey, key, actor.accountId, work)).result;
  });
}

/** §11.1: the inventory of a case, for staff who may read it (access-logged). */
export async function listMaterials(deps: Deps, actor: Actor, origin: Origin, caseId: string) {
  const { office } = await caseForAct(deps, actor, caseId, 'case.read');
  await writeAccess(
    deps.database.db,
    officeChain('access', office.code),
    actContext(actor, origin, deps.now()),
    {
      recordType: 'case',
      recordId: caseId,
      purpose: 'materials list',
    },
  );
  return caseMaterialsOf(deps.database.db, caseId);
}

/**
 * domain.md §4 "tracked until returned": the ended cases of the actor's office that still hold items,
 * so nothing is kept silently. Tracking codes and counts only (no personal data).
 */
export async function heldMaterials(deps: Deps, actor: Actor) {
  const office = actor.organisation;
  if (
    office.kind !== 'service_office' ||
    !can(actor, 'case.read', { organisationId: office.id, regionCode: office.regionCode })
  )
    throw new DomainError('FORBIDDEN');
  return heldMaterialsOfEndedCases(deps.database.db, office.id);
}
