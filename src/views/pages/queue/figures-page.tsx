// §7.2–7.4 measured for an office's day: the share of tickets within each norm, the median and 90th
// percentile, the no-shows, and every ticket's wait and service (the break not counted in a wait).
import type { NormShare, QueueDayFigures } from '../../../domain/queue/index.js';
import { href, type ViewContext } from '../../view-context.js';
import { percent, wholeMinutes } from '../../queue-format.js';
import { Field } from '../../components/form.js';
import { DayChoice } from './day-choice.js';

function NormRow({ ctx, share, name }: { ctx: ViewContext; share: NormShare; name: string }) {
  return (
    <tr>
      <th scope="row">
        {name} <span class="code">{share.norm.clause}</span>
      </th>
      <td>{ctx.t('desk.minutes', { minutes: share.norm.minutes })}</td>
      <td>{share.counted}</td>
      <td>{share.within}</td>
      <td>{share.share === null ? ctx.t('figures.none') : percent(share.share)}</td>
      <td>{share.distribution.median ?? ''}</td>
      <td>{share.distribution.p90 ?? ''}</td>
    </tr>
  );
}

export function QueueFiguresPage(props: {
  ctx: ViewContext;
  officeName: string;
  officeCode: string;
  day: string;
  live: boolean;
  figures: QueueDayFigures;
  ownOffice: boolean;
}) {
  const { ctx, figures: f } = props;
  return (
    <>
      <link rel="stylesheet" href="/static/queue.css" />
      <h1>{ctx.t('figures.title')}</h1>
      <p>
        {props.officeName} <span class="code">{props.officeCode}</span>
      </p>
      <form method="get" action={href(ctx.lang, '/staff/queue/figures')} class="inline-form">
        {!props.ownOffice && <input type="hidden" name="office" value={props.officeCode} />}
        <DayChoice ctx={ctx} day={props.day} />
      </form>
      {props.live && <p class="hint">{ctx.t('figures.live')}</p>}
      <dl class="summary-list">
        <div>
          <dt>{ctx.t('figures.tickets')}</dt>
          <dd data-figure="tickets">{f.tickets}</dd>
        </div>
        <div>
          <dt>{ctx.t('figures.served')}</dt>
          <dd data-figure="served">{f.served}</dd>
        </div>
        <div>
          <dt>{ctx.t('figures.no_shows')}</dt>
          <dd data-figure="no-shows">{f.noShows}</dd>
        </div>
        <div>
          <dt>{ctx.t('figures.not_called')}</dt>
          <dd data-figure="not-called">{f.notCalled}</dd>
        </div>
        <div>
          <dt>{ctx.t('figures.wait_all')}</dt>
          <dd>{ctx.t('figures.median_p90', { median: f.wait.median ?? '—', p90: f.wait.p90 ?? '—' })}</dd>
        </div>
        <div>
          <dt>{ctx.t('figures.service_all')}</dt>
          <dd>
            {ctx.t('figures.median_p90', { median: f.service.median ?? '—', p90: f.service.p90 ?? '—' })}
          </dd>
        </div>
      </dl>
      <div class="table-wrap">
        <table class="queue-table" data-norms>
          <caption>{ctx.t('figures.norms_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{ctx.t('figures.col_norm')}</th>
              <th scope="col">{ctx.t('figures.col_limit')}</th>
              <th scope="col">{ctx.t('figures.col_counted')}</th>
              <th scope="col">{ctx.t('figures.col_within')}</th>
              <th scope="col">{ctx.t('figures.col_share')}</th>
              <th scope="col">{ctx.t('figures.col_median')}</th>
              <th scope="col">{ctx.t('figures.col_p90')}</th>
            </tr>
          </thead>
          <tbody>
            <NormRow ctx={ctx} share={f.norms.queueWait} name={ctx.t('figures.norm_wait')} />
            <NormRow ctx={ctx} share={f.norms.service} name={ctx.t('figures.norm_service')} />
            <NormRow ctx={ctx} share={f.norms.collectWait} name={ctx.t('figures.norm_collect')} />
          </tbody>
        </table>
      </div>
      <p class="hint">{ctx.t('figures.rules')}</p>
      <h2>{ctx.t('figures.tickets_title')}</h2>
      {f.perTicket.length === 0 ? (
        <p>{ctx.t('figures.no_tickets')}</p>
      ) : (
        <div class="table-wrap">
          <table class="queue-table" data-tickets>
            <thead>
              <tr>
                <th scope="col">{ctx.t('desk.col_ticket')}</th>
                <th scope="col">{ctx.t('desk.col_purpose')}</th>
                <th scope="col">{ctx.t('figures.col_status')}</th>
                <th scope="col">{ctx.t('queue.col_desk')}</th>
                <th scope="col">{ctx.t('figures.col_wait')}</th>
                <th scope="col">{ctx.t('figures.col_service')}</th>
              </tr>
            </thead>
            <tbody>
              {f.perTicket.map((t) => (
                <tr key={t.id}>
                  <td class="queue-label">{t.label}</td>
                  <td>{ctx.t(`queue.purpose.${t.purpose}`)}</td>
                  <td>{ctx.t(`desk.status.${t.status}`)}</td>
                  <td>{t.deskNumber ?? ''}</td>
                  <td class={t.waitWithin === false ? 'is-over' : undefined}>
                    {wholeMinutes(t.wait)}
                    {t.waitWithin === false && <span class="tag">{ctx.t('desk.tag_over')}</span>}
                  </td>
                  <td class={t.serviceWithin === false ? 'is-over' : undefined}>
                    {wholeMinutes(t.service)}
                    {t.serviceWithin === false && <span class="tag">{ctx.t('desk.tag_over')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** §7.2–7.4 for a supervisor: the office is named first (a supervisor has no queue of their own). */
export function QueueFiguresChooseOffice(props: { ctx: ViewContext; day: string }) {
  const { ctx } = props;
  return (
    <>
      <h1>{ctx.t('figures.title')}</h1>
      <p>{ctx.t('figures.choose_office')}</p>
      <form method="get" action={href(ctx.lang, '/staff/queue/figures')}>
        <Field name="office" label={ctx.t('figures.office')} value="" />
        <DayChoice ctx={ctx} day={props.day} primary />
      </form>
    </>
  );
}
