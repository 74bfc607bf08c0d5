// Issue 10: the national supervisor rebuilds the daily roll-ups on demand (the page's button; the
// same as `tirkeu indicators rebuild`). The run is recorded with who asked for it; it waits for a
// run in progress rather than skipping.
import { runIndicatorRollups } from './rollups.js';
import type { RollupRun } from '../../db/indicator-rollups.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';

export async function rebuildRollups(deps: Deps, actor: Actor): Promise<RollupRun> {
  if (!can(actor, 'indicators.rebuild', { organisationId: '', regionCode: '__none__' }))
    throw new DomainError('FORBIDDEN');
  const run = await runIndicatorRollups(deps.database, deps.now(), {
    rebuild: true,
    wait: true,
    requestedBy: actor.accountId,
  });
  if (!run) throw new Error('the roll-ups were not rebuilt');
  return run;
}
