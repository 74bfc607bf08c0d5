// domain.md §3: "the one who proposes may not sign" is a per-office setting, on by default; a division
// of one or two people may switch it off (cases decided so are marked).
import { eq } from 'drizzle-orm';
import { organisations } from '../../db/schema/index.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';

export async function setFourEyes(
  deps: Deps,
  by: Actor,
  origin: Origin,
  organisationId: string,
  fourEyes: boolean,
) {
  const org = await findOrganisation(deps.database.db, organisationId);
  if (!org || org.kind !== 'service_office') throw new DomainError('NOT_FOUND');
  authorize(by, 'organisation.settings', { organisationId: org.id, regionCode: org.regionCode });
  await deps.database.db.transaction(async (tx) => {
    await tx.update(organisations).set({ fourEyes }).where(eq(organisations.id, org.id));
    await writeAudit(tx, officeChain('audit', org.code), actContext(by, origin, deps.now()), {
      action: 'organisation.settings_changed',
      recordType: 'organisation',
      recordId: org.id,
      data: { fourEyes },
    });
  });
}
