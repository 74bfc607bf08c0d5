import { href, type ViewContext } from '../view-context.js';
import { CsrfInput, ErrorSummary, Field, Notice, type FieldError } from '../components/form.js';

export interface CalendarYearRow {
  year: number;
  status: 'entered' | 'built_in' | 'provisional';
  enteredAt: string | null;
}

export const TRANSFER_ROWS = 6;

/** domain.md §9: the years of the national calendar and the form to enter one. */
export function CalendarPage({
  ctx,
  years,
  errors,
  notice,
  form,
}: {
  ctx: ViewContext;
  years: CalendarYearRow[];
  errors: FieldError[];
  notice: string | null;
  form: Record<string, string>;
}) {
  const v = (name: string) => form[name] ?? '';
  const error = (f: string) => errors.find((e) => e.field === f)?.message;
  return (
    <>
      <h1>{ctx.t('calendar.title')}</h1>
      <p class="lead">{ctx.t('calendar.lead')}</p>
      {notice && <Notice kind="success">{notice}</Notice>}
      <ErrorSummary ctx={ctx} errors={errors} />
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{ctx.t('calendar.years')}</caption>
          <thead>
            <tr>
              <th scope="col">{ctx.t('calendar.year')}</th>
              <th scope="col">{ctx.t('calendar.status')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>
                  {y.status === 'entered'
                    ? ctx.t('calendar.status_entered', { at: y.enteredAt ?? '' })
                    : y.status === 'built_in'
                      ? ctx.t('calendar.status_built_in')
                      : ctx.t('calendar.status_provisional')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{ctx.t('calendar.add')}</h2>
      <form method="post" action={href(ctx.lang, '/staff/admin/calendar')} class="form">
        <CsrfInput ctx={ctx} />
        <Field name="year" label={ctx.t('calendar.year')} value={v('year')} error={error('year')} required />
        <fieldset class="field">
          <legend>{ctx.t('calendar.kurban_act')}</legend>
          <Field
            name="kurbanDate"
            label={ctx.t('calendar.kurban_date')}
            type="date"
            value={v('kurbanDate')}
            required
          />
          <Field name="kurbanTitle" label={ctx.t('calendar.act_title')} value={v('kurbanTitle')} required />
          <Field
            name="kurbanSource"
            label={ctx.t('calendar.act_source')}
            value={v('kurbanSource')}
            required
          />
        </fieldset>
        <fieldset class="field">
          <legend>{ctx.t('calendar.transfers')}</legend>
          <p class="hint">{ctx.t('calendar.transfers_hint')}</p>
          {Array.from({ length: TRANSFER_ROWS }, (_, i) => (
            <div class="transfer-row" key={i}>
              <Field
                name={`working${i}`}
                label={ctx.t('calendar.transfer_working')}
                type="date"
                value={v(`working${i}`)}
              />
              <Field
                name={`off${i}`}
                label={ctx.t('calendar.transfer_off')}
                type="date"
                value={v(`off${i}`)}
              />
            </div>
          ))}
        </fieldset>
        <fieldset class="field">
          <legend>{ctx.t('calendar.transfer_act')}</legend>
          <div class="field">
            <label for="actKind">{ctx.t('calendar.act_kind')}</label>
            <select id="actKind" name="actKind">
              <option value="government-decree" selected={v('actKind') !== 'ministry-order'}>
                {ctx.t('calendar.kind_decree')}
              </option>
              <option value="ministry-order" selected={v('actKind') === 'ministry-order'}>
                {ctx.t('calendar.kind_order')}
              </option>
            </select>
          </div>
          <Field name="actTitle" label={ctx.t('calendar.act_title')} value={v('actTitle')} />
          <Field name="actNumber" label={ctx.t('calendar.act_number')} value={v('actNumber')} />
          <Field name="actDate" label={ctx.t('calendar.act_date')} type="date" value={v('actDate')} />
          <Field name="actSource" label={ctx.t('calendar.act_source')} value={v('actSource')} />
        </fieldset>
        <button type="submit" class="button">
          {ctx.t('calendar.submit')}
        </button>
      </form>
    </>
  );
}
