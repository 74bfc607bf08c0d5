// §9 at the desk: the office's queue (desks, who sits where, the waiting tickets with the §7.2 / §7.4
// warnings) and a desk's console (call next, recall, no-show, start, finish, link the case served,
// leave). Every act is a form (works without script); the console's script only refreshes the
// waiting list and its warnings.
import type { DeskView, TicketRow, WaitingView } from '../../../app/queue/read-queue.js';
import { actsAllowed } from '../../../domain/queue/index.js';
import { CsrfInput, Notice } from '../../components/form.js';
import { href, type ViewContext } from '../../view-context.js';
import { clockTime } from '../../queue-format.js';
import { NormWarnings, WaitingTable } from './waiting-list.js';

export interface DeskNames {
  [accountId: string]: string;
}

function Purposes({ ctx, desk }: { ctx: ViewContext; desk: DeskView }) {
  return <>{desk.purposes.map((p) => ctx.t(`queue.purpose.${p}`)).join(', ')}</>;
}

function PostButton(props: {
  ctx: ViewContext;
  action: string;
  label: string;
  formKey?: string;
  secondary?: boolean;
  name?: string;
}) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfInput ctx={props.ctx} />
      {props.formKey && <input type="hidden" name="key" value={props.formKey} />}
      <button type="submit" class={props.secondary ? 'button button-secondary' : 'button'} name={props.name}>
        {props.label}
      </button>
    </form>
  );
}

export function QueueOverviewPage(props: {
  ctx: ViewContext;
  desks: DeskView[];
  waiting: WaitingView[];
  names: DeskNames;
  myDeskId: string | null;
  timeZone: string;
  canConfigure: boolean;
  canFigures: boolean;
  boardUrl: string;
  notice: string | null;
}) {
  const { ctx } = props;
  const base = href(ctx.lang, '/staff/queue');
  return (
    <div data-refresh-seconds="15">
      <link rel="stylesheet" href="/static/queue.css" />
      <h1>{ctx.t('queue.title')}</h1>
      {props.notice && <Notice kind="info">{props.notice}</Notice>}
      <NormWarnings ctx={ctx} waiting={props.waiting} />
      <section aria-labelledby="desks-title" data-live-region="desks">
        <h2 id="desks-title">{ctx.t('queue.desks_title')}</h2>
        {props.desks.length === 0 ? (
          <p>{ctx.t('queue.no_desks')}</p>
        ) : (
          <div class="table-wrap">
            <table class="queue-table">
              <thead>
                <tr>
                  <th scope="col">{ctx.t('queue.col_desk')}</th>
                  <th scope="col">{ctx.t('queue.col_purposes')}</th>
                  <th scope="col">{ctx.t('queue.col_staffed')}</th>
                  <th scope="col">{ctx.t('queue.col_ticket')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{ctx.t('queue.col_actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.desks
                  .filter((d) => d.active)
                  .map((d) => (
                    <tr key={d.id}>
                      <td class="queue-label">{ctx.t('board.desk_n', { desk: d.number })}</td>
                      <td>
                        <Purposes ctx={ctx} desk={d} />
                      </td>
                      <td>{d.staffedToday ? (props.names[d.staffedToday] ?? '') : ctx.t('queue.free')}</td>
                      <td class="queue-label">{d.held?.label ?? ''}</td>
                      <td>
                        {d.id === props.myDeskId ? (
                          <a class="button" href={`${base}/desks/${d.id}`}>
                            {ctx.t('queue.open_console')}
                          </a>
                        ) : (
                          !d.staffedToday && (
                            <PostButton
                              ctx={ctx}
                              action={`${base}/desks/${d.id}/sit`}
                              label={ctx.t('queue.sit', { desk: d.number })}
                              secondary
                            />
                          )
                        )}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <WaitingTable ctx={ctx} waiting={props.waiting} timeZone={props.timeZone} />
      <ul class="link-list">
        <li>
          <a href={href(ctx.lang, '/staff/passes')}>{ctx.t('pass.order_link')}</a>
        </li>
        <li>
          <a href={props.boardUrl}>{ctx.t('queue.board_link')}</a>
        </li>
        {props.canFigures && (
          <li>
            <a href={`${base}/figures`}>{ctx.t('figures.link')}</a>
          </li>
        )}
        {props.canConfigure && (
          <li>
            <a href={`${base}/settings`}>{ctx.t('queue.settings_link')}</a>
          </li>
        )}
      </ul>
      <script src="/static/queue-desk.js" defer />
    </div>
  );
}

export interface ConsoleProps {
  ctx: ViewContext;
  desk: DeskView;
  held: TicketRow | null;
  /** The ticket this desk finished last today, if no case is linked to it yet. */
  lastUnlinked: TicketRow | null;
  waiting: WaitingView[];
  timeZone: string;
  keys: Record<string, string>;
  notice: string | null;
  error: string | null;
  linkError: string | null;
}

export function DeskConsolePage(props: ConsoleProps) {
  const { ctx, desk, held } = props;
  const base = href(ctx.lang, `/staff/queue/desks/${desk.id}`);
  const acts = held ? actsAllowed(held.status) : [];
  const linkFor = held?.status === 'serving' ? held : props.lastUnlinked;
  return (
    <div class="desk-console" data-refresh-seconds="15">
      <link rel="stylesheet" href="/static/queue.css" />
      <h1>{ctx.t('desk.title', { desk: desk.number })}</h1>
      <p class="hint">
        {ctx.t('desk.serves')} <Purposes ctx={ctx} desk={desk} />
      </p>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.error && (
        <div class="notice notice-warning" role="alert">
          {props.error}
        </div>
      )}
      <NormWarnings ctx={ctx} waiting={props.waiting} />
      <section class="desk-current" aria-labelledby="current-title">
        <h2 id="current-title">{ctx.t('desk.current')}</h2>
        {held ? (
          <>
            <p class="desk-ticket" data-ticket={held.label}>
              <span class="queue-label-big">{held.label}</span>{' '}
              <span>{ctx.t(`queue.purpose.${held.purpose}`)}</span>{' '}
              <span class="tag">{ctx.t(`desk.status.${held.status}`)}</span>
            </p>
            <p class="hint">
              {ctx.t('desk.called_at', { time: clockTime(held.calledAt, props.timeZone) })}
              {held.recalls > 0 && <> {ctx.t('desk.recalls', { count: held.recalls })}</>}
            </p>
            <div class="button-row">
              {acts.map((act) => (
                <PostButton
                  key={act}
                  ctx={ctx}
                  action={`${base}/tickets/${held.id}/${act}`}
                  label={ctx.t(`desk.act.${act}`)}
                  formKey={props.keys[act]}
                  secondary={act !== 'start' && act !== 'finish'}
                />
              ))}
            </div>
          </>
        ) : (
          <>
            <p>{ctx.t('desk.no_ticket')}</p>
            <PostButton
              ctx={ctx}
              action={`${base}/call`}
              label={ctx.t('desk.call_next')}
              formKey={props.keys.call}
            />
          </>
        )}
      </section>
      {linkFor && (
        <section aria-labelledby="link-title">
          <h2 id="link-title">{ctx.t('desk.link_title', { ticket: linkFor.label })}</h2>
          <form method="post" action={`${base}/tickets/${linkFor.id}/link`} novalidate>
            <CsrfInput ctx={ctx} />
            <div class={props.linkError ? 'field field-error' : 'field'}>
              <label for="trackingCode">{ctx.t('desk.tracking_code')}</label>
              <p class="hint" id="trackingCode-hint">
                {ctx.t('desk.tracking_code_hint')}
              </p>
              {props.linkError && (
                <p class="error-message" id="trackingCode-error">
                  {props.linkError}
                </p>
              )}
              <input
                id="trackingCode"
                name="trackingCode"
                autocomplete="off"
                maxlength={20}
                aria-invalid={props.linkError ? 'true' : undefined}
                aria-describedby={
                  props.linkError ? 'trackingCode-hint trackingCode-error' : 'trackingCode-hint'
                }
              />
            </div>
            <button type="submit" class="button button-secondary">
              {ctx.t('desk.link')}
            </button>
          </form>
        </section>
      )}
      <WaitingTable ctx={ctx} waiting={props.waiting} timeZone={props.timeZone} />
      <div class="button-row">
        <a class="button button-secondary" href={href(ctx.lang, '/staff/passes')}>
          {ctx.t('pass.order_link')}
        </a>
        <PostButton ctx={ctx} action={`${base}/leave`} label={ctx.t('desk.leave')} secondary />
      </div>
      <p>
        <a href={href(ctx.lang, '/staff/queue')}>{ctx.t('desk.back')}</a>
      </p>
      <script src="/static/queue-desk.js" defer />
    </div>
  );
}
