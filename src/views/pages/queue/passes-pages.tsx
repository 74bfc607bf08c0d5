// §10: the official confirms a visitor's one-time pass (the name, the kind of document, its last
// digits only); the pass bureau sees the day's passes and marks entry and exit.
import { PASS_DOCUMENT_KINDS, type PassView } from '../../../app/queue/visitor-passes.js';
import { CsrfInput, ErrorSummary, Field, type FieldError, Notice } from '../../components/form.js';
import { href, type ViewContext } from '../../view-context.js';
import { clockTime } from '../../queue-format.js';
import { DayChoice } from './day-choice.js';

export function PassOrderPage(props: {
  ctx: ViewContext;
  formKey: string;
  errors: FieldError[];
  values: { visitorName?: string; documentKind?: string; lastDigits?: string };
  mine: PassView[];
  timeZone: string;
  confirmed: string | null;
}) {
  const { ctx } = props;
  const err = (f: string) => props.errors.find((e) => e.field === f)?.message;
  return (
    <>
      <link rel="stylesheet" href="/static/queue.css" />
      <h1>{ctx.t('pass.order_title')}</h1>
      <p>{ctx.t('pass.order_lead')}</p>
      {props.confirmed && (
        <Notice kind="success">{ctx.t('pass.confirmed', { number: props.confirmed })}</Notice>
      )}
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <form method="post" action={href(ctx.lang, '/staff/passes')} novalidate>
        <CsrfInput ctx={ctx} />
        <input type="hidden" name="key" value={props.formKey} />
        <Field
          name="visitorName"
          label={ctx.t('pass.visitor_name')}
          value={props.values.visitorName}
          error={err('visitorName')}
          autocomplete="off"
          required
        />
        <div class={err('documentKind') ? 'field field-error' : 'field'}>
          <label for="documentKind">{ctx.t('pass.document_kind')}</label>
          {err('documentKind') && (
            <p class="error-message" id="documentKind-error">
              {err('documentKind')}
            </p>
          )}
          <select
            id="documentKind"
            name="documentKind"
            aria-invalid={err('documentKind') ? 'true' : undefined}
            aria-describedby={err('documentKind') ? 'documentKind-error' : undefined}
          >
            {PASS_DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k} selected={props.values.documentKind === k}>
                {ctx.t(`pass.doc.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <Field
          name="lastDigits"
          label={ctx.t('pass.last_digits')}
          hint={ctx.t('pass.last_digits_hint')}
          value={props.values.lastDigits}
          error={err('lastDigits')}
          autocomplete="off"
          required
        />
        <button type="submit" class="button">
          {ctx.t('pass.confirm')}
        </button>
      </form>
      <h2>{ctx.t('pass.mine_title')}</h2>
      <PassTable ctx={ctx} passes={props.mine} timeZone={props.timeZone} bureau={false} />
    </>
  );
}

function PassTable(props: { ctx: ViewContext; passes: PassView[]; timeZone: string; bureau: boolean }) {
  const { ctx } = props;
  if (props.passes.length === 0) return <p>{ctx.t('pass.none')}</p>;
  const base = href(ctx.lang, '/staff/pass-bureau');
  return (
    <div class="table-wrap">
      <table class="queue-table" data-passes>
        <thead>
          <tr>
            <th scope="col">{ctx.t('pass.col_number')}</th>
            <th scope="col">{ctx.t('pass.col_visitor')}</th>
            <th scope="col">{ctx.t('pass.col_document')}</th>
            <th scope="col">{ctx.t('pass.col_ordered_by')}</th>
            <th scope="col">{ctx.t('pass.col_ordered_at')}</th>
            <th scope="col">{ctx.t('pass.col_entered')}</th>
            <th scope="col">{ctx.t('pass.col_exited')}</th>
          </tr>
        </thead>
        <tbody>
          {props.passes.map((p) => (
            <tr key={p.id}>
              <td class="queue-label">{p.number}</td>
              <td>{p.visitorName}</td>
              <td>
                {ctx.t('pass.document_value', {
                  kind: ctx.t(`pass.doc.${p.documentKind}`),
                  digits: p.documentLastDigits,
                })}
              </td>
              <td>{p.orderedByName}</td>
              <td>{clockTime(p.orderedAt, props.timeZone)}</td>
              <td>
                {p.enteredAt
                  ? clockTime(p.enteredAt, props.timeZone)
                  : props.bureau && (
                      <form method="post" action={`${base}/${p.id}/entered`} class="inline-form">
                        <CsrfInput ctx={ctx} />
                        <button type="submit" class="button button-secondary">
                          {ctx.t('pass.mark_entered', { number: p.number })}
                        </button>
                      </form>
                    )}
              </td>
              <td>
                {p.exitedAt
                  ? clockTime(p.exitedAt, props.timeZone)
                  : props.bureau &&
                    p.enteredAt && (
                      <form method="post" action={`${base}/${p.id}/exited`} class="inline-form">
                        <CsrfInput ctx={ctx} />
                        <button type="submit" class="button button-secondary">
                          {ctx.t('pass.mark_exited', { number: p.number })}
                        </button>
                      </form>
                    )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PassBureauPage(props: {
  ctx: ViewContext;
  day: string;
  today: string;
  passes: PassView[];
  timeZone: string;
  notice: string | null;
}) {
  const { ctx } = props;
  return (
    <div data-refresh-seconds={props.day === props.today ? '20' : undefined}>
      <link rel="stylesheet" href="/static/queue.css" />
      <h1>{ctx.t('pass.bureau_title')}</h1>
      <p>{ctx.t('pass.bureau_day', { day: props.day })}</p>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <form method="get" action={href(ctx.lang, '/staff/pass-bureau')} class="inline-form">
        <DayChoice ctx={ctx} day={props.day} />
      </form>
      <div data-live-region="passes">
        <PassTable
          ctx={ctx}
          passes={props.passes}
          timeZone={props.timeZone}
          bureau={props.day === props.today}
        />
      </div>
      <script src="/static/queue-desk.js" defer />
    </div>
  );
}
