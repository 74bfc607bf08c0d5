// domain.md §1, §13: the head moves the open cases of a changed territory to the competent office.
import { href, type ViewContext } from '../view-context.js';
import { CsrfInput, ErrorSummary, Notice, type FieldError } from '../components/form.js';
import type { MessageKey } from '../../i18n/catalogue.js';

export interface MoveCaseRow {
  id: string;
  trackingCode: string;
  kindName: string;
  incomingNumber: string | null;
  state: string;
  startDay: string | null;
}

export interface MoveOfficeGroup {
  region: string;
  offices: readonly { code: string; name: string }[];
}

export interface MoveReportRow {
  trackingCode: string | null;
  because: 'state' | 'changed' | 'not_found';
  state: string | null;
}

export interface CaseMovePageProps {
  ctx: ViewContext;
  cases: readonly MoveCaseRow[];
  groups: readonly MoveOfficeGroup[];
  formKey: string;
  values: { caseIds: readonly string[]; toOfficeCode: string; reason: string };
  errors: FieldError[];
  report: { moved: readonly string[]; left: readonly MoveReportRow[]; to: string } | null;
}

function Report({ ctx, report }: { ctx: ViewContext; report: NonNullable<CaseMovePageProps['report']> }) {
  const t = ctx.t;
  return (
    <section aria-labelledby="move-report">
      <h2 id="move-report">{t('move.report_title')}</h2>
      <Notice kind={report.left.length ? 'warning' : 'success'}>
        {t('move.report_summary', {
          moved: report.moved.length,
          left: report.left.length,
          office: report.to,
        })}
      </Notice>
      {report.moved.length > 0 && (
        <>
          <h3>{t('move.moved')}</h3>
          <ul>
            {report.moved.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.left.length > 0 && (
        <>
          <h3>{t('move.left')}</h3>
          <ul>
            {report.left.map((l, i) => (
              <li key={l.trackingCode ?? i}>
                <code>{l.trackingCode ?? '—'}</code>{' '}
                {t(`move.because.${l.because}` as MessageKey, {
                  state: l.state ? t(`case.state.${l.state}` as MessageKey) : '',
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function CaseMovePage(props: CaseMovePageProps) {
  const { ctx, values, errors } = props;
  const t = ctx.t;
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  const chosen = new Set(values.caseIds);
  return (
    <>
      <h1>{t('move.title')}</h1>
      <p>{t('move.intro')}</p>
      {props.report && <Report ctx={ctx} report={props.report} />}
      <ErrorSummary ctx={ctx} errors={errors} />
      {props.cases.length === 0 ? (
        <p>{t('move.none')}</p>
      ) : (
        <form method="post" action={href(ctx.lang, '/staff/cases/move')} class="form">
          <CsrfInput ctx={ctx} />
          <input type="hidden" name="key" value={props.formKey} />
          <fieldset id="caseIds" class={err('caseIds') ? 'field field-error' : 'field'}>
            <legend>{t('move.cases')}</legend>
            {err('caseIds') && <p class="error-message">{err('caseIds')}</p>}
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('move.choose')}</th>
                  <th scope="col">{t('cases.col.tracking')}</th>
                  <th scope="col">{t('cases.col.incoming')}</th>
                  <th scope="col">{t('move.kind')}</th>
                  <th scope="col">{t('move.state')}</th>
                  <th scope="col">{t('move.start_day')}</th>
                </tr>
              </thead>
              <tbody>
                {props.cases.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <input
                        type="checkbox"
                        name="caseIds"
                        value={c.id}
                        id={`case-${c.id}`}
                        checked={chosen.has(c.id)}
                        aria-label={t('move.choose_case', { code: c.trackingCode })}
                      />
                    </td>
                    <td>
                      <label for={`case-${c.id}`}>
                        <code>{c.trackingCode}</code>
                      </label>
                    </td>
                    <td>{c.incomingNumber ?? '—'}</td>
                    <td>{c.kindName}</td>
                    <td>{t(`case.state.${c.state}` as MessageKey)}</td>
                    <td>{c.startDay ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
          <div class={err('toOfficeCode') ? 'field field-error' : 'field'}>
            <label for="toOfficeCode">{t('move.to_office')}</label>
            {err('toOfficeCode') && (
              <p class="error-message" id="toOfficeCode-error">
                {err('toOfficeCode')}
              </p>
            )}
            <select
              id="toOfficeCode"
              name="toOfficeCode"
              aria-invalid={err('toOfficeCode') ? 'true' : undefined}
              aria-describedby={err('toOfficeCode') ? 'toOfficeCode-error' : undefined}
            >
              <option value="">{t('move.to_office_choose')}</option>
              {props.groups.map((g) => (
                <optgroup key={g.region} label={g.region}>
                  {g.offices.map((o) => (
                    <option key={o.code} value={o.code} selected={o.code === values.toOfficeCode}>
                      {`${o.code} ${o.name}`}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div class={err('reason') ? 'field field-error' : 'field'}>
            <label for="reason">{t('move.reason')}</label>
            <p class="hint" id="reason-hint">
              {t('move.reason_hint')}
            </p>
            {err('reason') && (
              <p class="error-message" id="reason-error">
                {err('reason')}
              </p>
            )}
            <textarea
              id="reason"
              name="reason"
              rows={3}
              aria-invalid={err('reason') ? 'true' : undefined}
              aria-describedby={err('reason') ? 'reason-hint reason-error' : 'reason-hint'}
            >
              {values.reason}
            </textarea>
          </div>
          <button type="submit" class="button">
            {t('move.submit')}
          </button>
        </form>
      )}
    </>
  );
}
