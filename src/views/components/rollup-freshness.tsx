// Issue 10: every page that reads the daily roll-ups says as of when, and the national supervisor
// may rebuild them from the records (a plain POST form, no script).
import type { Freshness } from '../../app/indicators/annex9-table.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { formatLegalDate } from '../legal-date.js';
import { clockTime } from '../queue-format.js';
import { href, type ViewContext } from '../view-context.js';
import { CsrfInput } from './form.js';

const LEGAL_ZONE = 'Asia/Almaty';

export function freshnessText(ctx: ViewContext, freshness: Freshness): string {
  if (freshness.source === 'raw') return ctx.t('rollups.freshness_raw');
  const at = freshness.run.finishedAt;
  return ctx.t('rollups.freshness', {
    date: formatLegalDate(plainDateAt(at, LEGAL_ZONE), ctx.lang),
    time: clockTime(at, LEGAL_ZONE),
  });
}

export function RollupFreshness({
  ctx,
  freshness,
  canRebuild,
  back,
}: {
  ctx: ViewContext;
  freshness: Freshness;
  canRebuild: boolean;
  /** The page to come back to after a rebuild (its path and query). */
  back: string;
}) {
  return (
    <div class="freshness">
      <p>{freshnessText(ctx, freshness)}</p>
      {canRebuild && (
        <form method="post" action={href(ctx.lang, '/staff/indicators/rollups')}>
          <CsrfInput ctx={ctx} />
          <input type="hidden" name="back" value={back} />
          <button type="submit" class="button button-secondary">
            {ctx.t('rollups.rebuild')}
          </button>
          <p class="hint">{ctx.t('rollups.rebuild_hint')}</p>
        </form>
      )}
    </div>
  );
}
