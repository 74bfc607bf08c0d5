// The head's queue settings (§9, §10): the desks and what each serves, the kiosk's address (a new one
// is shown once), the board's address, and the days the passes are kept.
import type { DeskRow } from '../../../app/queue/read-queue.js';
import { PASS_KEEP_DAYS } from '../../../domain/queue/index.js';
import { CsrfInput, ErrorSummary, type FieldError, Notice } from '../../components/form.js';
import { href, type ViewContext } from '../../view-context.js';
import { KIOSK_PURPOSES } from './kiosk-page.js';

export interface QueueSettingsProps {
  ctx: ViewContext;
  desks: (DeskRow & { staffedToday: string | null })[];
  names: Record<string, string>;
  kioskSetAt: string | null;
  /** The kiosk addresses just made (shown once), by language. */
  newKiosk: { lang: string; url: string }[] | null;
  boardUrls: { lang: string; url: string }[];
  passKeepDays: number;
  errors: FieldError[];
  values: { number?: string; purposes?: string[] };
  notice: string | null;
}

function PurposeChecks({
  ctx,
  idPrefix,
  chosen,
}: {
  ctx: ViewContext;
  idPrefix: string;
  chosen: readonly string[];
}) {
  return (
    <>
      {KIOSK_PURPOSES.map((p) => (
        <div class="check" key={p}>
          <input
            type="checkbox"
            id={`${idPrefix}-${p}`}
            name="purposes"
            value={p}
            checked={chosen.includes(p)}
          />
          <label for={`${idPrefix}-${p}`}>{ctx.t(`queue.purpose.${p}`)}</label>
        </div>
      ))}
    </>
  );
}

export function QueueSettingsPage(props: QueueSettingsProps) {
  const { ctx } = props;
  const base = href(ctx.lang, '/staff/queue/settings');
  const err = (f: string) => props.errors.find((e) => e.field === f)?.message;
  return (
    <>
      <link rel="stylesheet" href="/static/queue.css" />
      <h1>{ctx.t('queue.settings_title')}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <section aria-labelledby="desks-title">
        <h2 id="desks-title">{ctx.t('queue.desks_title')}</h2>
        {props.desks.map((d) => (
          <form method="post" action={`${base}/desks/${d.id}`} class="desk-settings" key={d.id}>
            <CsrfInput ctx={ctx} />
            <fieldset>
              <legend>{ctx.t('board.desk_n', { desk: d.number })}</legend>
              <PurposeChecks ctx={ctx} idPrefix={`desk-${d.number}`} chosen={d.purposes} />
              <div class="check">
                <input
                  type="checkbox"
                  id={`desk-${d.number}-active`}
                  name="active"
                  value="on"
                  checked={d.active}
                />
                <label for={`desk-${d.number}-active`}>{ctx.t('queue.desk_active')}</label>
              </div>
              {d.staffedToday && (
                <p class="hint">{ctx.t('queue.staffed_by', { name: props.names[d.staffedToday] ?? '' })}</p>
              )}
              <button type="submit" class="button button-secondary">
                {ctx.t('queue.save_desk')}
              </button>
            </fieldset>
          </form>
        ))}
        {props.desks
          .filter((d) => d.staffedBy)
          .map((d) => (
            <form
              method="post"
              action={href(ctx.lang, `/staff/queue/desks/${d.id}/leave`)}
              class="inline-form"
              key={`free-${d.id}`}
            >
              <CsrfInput ctx={ctx} />
              <button type="submit" class="button button-secondary">
                {ctx.t('queue.free_desk', { desk: d.number })}
              </button>
            </form>
          ))}
        <form method="post" action={`${base}/desks`} novalidate>
          <CsrfInput ctx={ctx} />
          <fieldset>
            <legend>{ctx.t('queue.add_desk')}</legend>
            <div class={err('number') ? 'field field-error' : 'field'}>
              <label for="number">{ctx.t('queue.desk_number')}</label>
              {err('number') && (
                <p class="error-message" id="number-error">
                  {err('number')}
                </p>
              )}
              <input
                id="number"
                name="number"
                inputmode="numeric"
                value={props.values.number ?? ''}
                aria-invalid={err('number') ? 'true' : undefined}
                aria-describedby={err('number') ? 'number-error' : undefined}
              />
            </div>
            <div id="purposes" class={err('purposes') ? 'field field-error' : 'field'} tabindex={-1}>
              <p>{ctx.t('queue.desk_purposes')}</p>
              {err('purposes') && <p class="error-message">{err('purposes')}</p>}
              <PurposeChecks ctx={ctx} idPrefix="new" chosen={props.values.purposes ?? []} />
            </div>
            <button type="submit" class="button">
              {ctx.t('queue.add_desk_submit')}
            </button>
          </fieldset>
        </form>
      </section>
      <section aria-labelledby="kiosk-title">
        <h2 id="kiosk-title">{ctx.t('queue.kiosk_title')}</h2>
        <p>{ctx.t('queue.kiosk_explain')}</p>
        {props.newKiosk ? (
          <div class="notice notice-success" role="status">
            <p>{ctx.t('queue.kiosk_new')}</p>
            <ul>
              {props.newKiosk.map((k) => (
                <li key={k.lang}>
                  <code class="kiosk-url" lang={k.lang}>
                    {k.url}
                  </code>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p>
            {props.kioskSetAt
              ? ctx.t('queue.kiosk_set', { when: props.kioskSetAt })
              : ctx.t('queue.kiosk_none')}
          </p>
        )}
        <form method="post" action={`${base}/kiosk`}>
          <CsrfInput ctx={ctx} />
          <button type="submit" class="button button-secondary">
            {ctx.t(props.kioskSetAt ? 'queue.kiosk_replace' : 'queue.kiosk_make')}
          </button>
        </form>
      </section>
      <section aria-labelledby="board-title">
        <h2 id="board-title">{ctx.t('queue.board_title')}</h2>
        <p>{ctx.t('queue.board_explain')}</p>
        <ul>
          {props.boardUrls.map((b) => (
            <li key={b.lang}>
              <a href={b.url} lang={b.lang}>
                {b.url}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="passes-title">
        <h2 id="passes-title">{ctx.t('queue.passes_title')}</h2>
        <form method="post" action={`${base}/passes`} novalidate>
          <CsrfInput ctx={ctx} />
          <div class={err('passKeepDays') ? 'field field-error' : 'field'}>
            <label for="passKeepDays">{ctx.t('queue.pass_keep_days')}</label>
            <p class="hint" id="passKeepDays-hint">
              {ctx.t('queue.pass_keep_days_hint', { min: PASS_KEEP_DAYS.min, max: PASS_KEEP_DAYS.max })}
            </p>
            {err('passKeepDays') && (
              <p class="error-message" id="passKeepDays-error">
                {err('passKeepDays')}
              </p>
            )}
            <input
              id="passKeepDays"
              name="passKeepDays"
              inputmode="numeric"
              value={String(props.passKeepDays)}
              aria-invalid={err('passKeepDays') ? 'true' : undefined}
              aria-describedby={
                err('passKeepDays') ? 'passKeepDays-hint passKeepDays-error' : 'passKeepDays-hint'
              }
            />
          </div>
          <button type="submit" class="button button-secondary">
            {ctx.t('queue.save')}
          </button>
        </form>
      </section>
    </>
  );
}
