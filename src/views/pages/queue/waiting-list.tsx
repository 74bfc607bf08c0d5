// The waiting tickets with their wait so far (the break not counted) and the §7.2 / §7.4 warning
// when one nears its norm or has passed it. The same list the desk console's script refreshes.
import type { WaitingView } from '../../../app/queue/read-queue.js';
import type { ViewContext } from '../../view-context.js';
import { clockTime, wholeMinutes } from '../../queue-format.js';

export function NormWarnings({ ctx, waiting }: { ctx: ViewContext; waiting: WaitingView[] }) {
  const alerts = waiting.filter((w) => w.warning.alert !== 'none');
  return (
    <div class="queue-alerts" data-alerts data-live-region="alerts" aria-live="polite">
      {alerts.length > 0 && (
        <div class="notice notice-warning queue-alert" role="alert">
          <p>{ctx.t('desk.alert_title')}</p>
          <ul>
            {alerts.map((w) => (
              <li key={w.id} data-alert={w.warning.alert}>
                {ctx.t(w.warning.alert === 'over' ? 'desk.alert_over' : 'desk.alert_near', {
                  ticket: w.label,
                  minutes: wholeMinutes(w.waited),
                  norm: w.warning.normMinutes,
                  clause: w.warning.clause,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function WaitingTable({
  ctx,
  waiting,
  timeZone,
}: {
  ctx: ViewContext;
  waiting: WaitingView[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby="waiting-title" data-live-region="waiting">
      <h2 id="waiting-title">{ctx.t('desk.waiting_title', { count: waiting.length })}</h2>
      {waiting.length === 0 ? (
        <p data-waiting-empty>{ctx.t('desk.waiting_none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="queue-table" data-waiting>
            <thead>
              <tr>
                <th scope="col">{ctx.t('desk.col_ticket')}</th>
                <th scope="col">{ctx.t('desk.col_purpose')}</th>
                <th scope="col">{ctx.t('desk.col_issued')}</th>
                <th scope="col">{ctx.t('desk.col_waited')}</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((w) => (
                <tr key={w.id} class={w.warning.alert !== 'none' ? `is-${w.warning.alert}` : undefined}>
                  <td class="queue-label">{w.label}</td>
                  <td>{ctx.t(`queue.purpose.${w.purpose}`)}</td>
                  <td>{clockTime(w.issuedAt, timeZone)}</td>
                  <td>
                    {ctx.t('desk.minutes', { minutes: wholeMinutes(w.waited) })}
                    {w.warning.alert !== 'none' && (
                      <span class="tag">
                        {ctx.t(w.warning.alert === 'over' ? 'desk.tag_over' : 'desk.tag_near')}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
