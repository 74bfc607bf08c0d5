// domain.md §3: a head's powers delegated to a named person for dated days; documents signed on
// those days print "м.а." / "и.о.".
import { actingDelegations } from '../../db/schema/index.js';
import { findAccount, findOrganisation } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { isPlainDate } from '../../domain/time/plain-date.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';

export async function delegateActingHead(
  deps: Deps,
  by: Actor | null,
  origin: Origin,
  input: { accountId: string; fromDate: string; toDate: string; reason: string },
): Promise<string> {
  const fields: Record<string, string> = {};
  if (!isPlainDate(input.fromDate)) fields.fromDate = 'date_format';
  if (!isPlainDate(input.toDate)) fields.toDate = 'date_format';
  else if (isPlainDate(input.fromDate) && input.toDate < input.fromDate) fields.toDate = 'date_before_start';
  if (input.reason.trim().length < 3) fields.reason = 'reason_required';
  if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
  const account = await findAccount(deps.database.db, input.accountId);
  if (!account) throw new DomainError('NOT_FOUND');
  const org = await findOrganisation(deps.database.db, account.organisationId);
  if (!org) throw new DomainError('NOT_FOUND');
  authorize(by, 'account.manage', { organisationId: org.id, regionCode: org.regionCode });
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(actingDelegations)
      .values({
        organisationId: org.id,
        accountId: account.id,
        fromDate: input.fromDate,
        toDate: input.toDate,
        reason: input.reason.trim(),
        createdBy: by?.accountId ?? null,
        createdAt: now,
      })
      .returning({ id: actingDelegations.id });
    await writeAudit(tx, officeChain('audit', org.code), actContext(by, origin, now), {
      action: 'delegation.created',
      recordType: 'delegation',
      recordId: row!.id,
      data: { accountId: account.id, fromDate: input.fromDate, toDate: input.toDate },
    });
    return row!.id;
  });
}
