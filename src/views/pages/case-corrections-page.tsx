// domain.md §4: the corrections of one case after registration — each with its field, the value
// before and the value proposed, the reason, who proposed it and who decided it. An officer proposes;
// the head (or acting head) approves or rejects with a reason; whoever proposed one never decides it.
import { href, type ViewContext } from '../view-context.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { CsrfInput, ErrorSummary, Notice, type FieldError } from '../components/form.js';
import { fieldLabel, intakeMessage } from '../components/case-field-labels.js';
import { localTime } from '../components/case-timeline.js';

export interface CorrectionItem {
  id: string;
  field: string;
  oldValue: string;
  newValue: string;
  reason: string;
  status: 'proposed' | 'approved' | 'rejected';
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  /** The reader proposed it: they may not decide it (four eyes). */
  mine: boolean;
}

export interface CaseCorrectionsPageProps {
  ctx: ViewContext;
  caseId: string;
  trackingCode: string;
  version: number;
  timeZone: string;
  items: readonly CorrectionItem[];
  /** The fields that may be corrected, with their current values; empty when the reader may not propose. */
  fields: readonly { path: string; value: string }[];
  mayDecide: boolean;
  keys: { propose: string; decide: Readonly<Record<string, string>> };
  notice: string | null;
  /** A refused act: its code (error.*) and, for a form, its fields and what was sent. */
  refused: {
    code: string;
    form: string;
    fields: Readonly<Record<string, string>>;
    values: Readonly<Record<string, string>>;
  } | null;
}

const fieldMessage = (ctx: ViewContext, code: string) =>
  code.startsWith('intake:') ? intakeMessage(ctx.t, code.slice(7)) : ctx.t(`field.${code}` as MessageKey);

export function CaseCorrectionsPage(props: CaseCorrectionsPageProps) {
  const { ctx } = props;
  const t = ctx.t;
  const base = `/staff/cases/${props.caseId}`;
  const r = props.refused;
  const sent = (form: string, name: string) => (r?.form === form ? (r.values[name] ?? '') : '');
  const err = (form: string, name: string) => (r?.form === form ? r.fields[name] : undefined);
  const errors: FieldError[] = r
    ? Object.entries(r.fields).map(([name, code]) => ({
        field: `${r.form}-${name}`,
        message: `${t(`correction.f.${name}` as MessageKey)}: ${fieldMessage(ctx, code)}`,
      }))
    : [];
  const fieldError = (form: string, name: string) => {
    const code = err(form, name);
    return code ? (
      <p class="error-message" id={`${form}-${name}-error`}>
        {fieldMessage(ctx, code)}
      </p>
    ) : null;
  };
  const aria = (form: string, name: string): Record<string, string> =>
    err(form, name) ? { 'aria-invalid': 'true', 'aria-describedby': `${form}-${name}-error` } : {};
  return (
    <>
      <p class="back-link">
        <a href={href(ctx.lang, base)}>{t('correction.back', { code: props.trackingCode })}</a>
      </p>
      <h1>{t('correction.title', { code: props.trackingCode })}</h1>
      <p class="lead">{t('correction.lead')}</p>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {r && r.code !== 'VALIDATION_FAILED' && (
        <Notice kind="warning">
          <p class="refusal-message">{t(`error.${r.code}` as MessageKey)}</p>
          <p>
            <a href={href(ctx.lang, `${base}/corrections`)}>{t('case.reload')}</a>
          </p>
        </Notice>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      {props.items.length === 0 ? (
        <p>{t('correction.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="corrections">
            <caption class="visually-hidden">{t('correction.title', { code: props.trackingCode })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('correction.col.field')}</th>
                <th scope="col">{t('correction.col.old')}</th>
                <th scope="col">{t('correction.col.new')}</th>
                <th scope="col">{t('correction.col.reason')}</th>
                <th scope="col">{t('correction.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((c) => (
                <tr key={c.id} id={`correction-${c.id}`}>
                  <th scope="row">{fieldLabel(t, c.field)}</th>
                  <td>{c.oldValue}</td>
                  <td>{c.newValue}</td>
                  <td>
                    {c.reason}
                    <br />
                    <span class="hint">
                      {t('correction.proposed_by', {
                        name: c.proposedBy,
                        at: localTime(c.proposedAt, props.timeZone),
                      })}
                    </span>
                  </td>
                  <td>
                    <strong>{t(`correction.status.${c.status}` as MessageKey)}</strong>
                    {c.decidedBy && (
                      <>
                        <br />
                        <span class="hint">
                          {t('correction.decided_by', {
                            name: c.decidedBy,
                            at: localTime(c.decidedAt ?? '', props.timeZone),
                          })}
                        </span>
                      </>
                    )}
                    {c.decisionReason && (
                      <>
                        <br />
                        {c.decisionReason}
                      </>
                    )}
                    {c.status === 'proposed' && props.mayDecide && (
                      <Decide {...props} c={c} sent={sent} fieldError={fieldError} aria={aria} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.fields.length > 0 && (
        <form method="post" action={href(ctx.lang, `${base}/corrections`)} class="form case-action">
          <h2>{t('correction.propose_title')}</h2>
          <CsrfInput ctx={ctx} />
          <input type="hidden" name="version" value={String(props.version)} />
          <input type="hidden" name="key" value={props.keys.propose} />
          <div class={err('propose', 'field') ? 'field field-error' : 'field'}>
            <label for="propose-field">{t('correction.f.field')}</label>
            {fieldError('propose', 'field')}
            <select id="propose-field" name="field" {...aria('propose', 'field')}>
              <option value="">{t('case.form.choose')}</option>
              {props.fields.map((f) => (
                <option key={f.path} value={f.path} selected={sent('propose', 'field') === f.path}>
                  {`${fieldLabel(t, f.path)}: ${f.value}`}
                </option>
              ))}
            </select>
          </div>
          {(['newValue', 'reason'] as const).map((name) => (
            <div key={name} class={err('propose', name) ? 'field field-error' : 'field'}>
              <label for={`propose-${name}`}>{t(`correction.f.${name}`)}</label>
              {fieldError('propose', name)}
              <input
                id={`propose-${name}`}
                name={name}
                type="text"
                value={sent('propose', name)}
                autocomplete="off"
                {...aria('propose', name)}
              />
            </div>
          ))}
          <button type="submit" class="button" id="do-propose-correction">
            {t('correction.propose')}
          </button>
        </form>
      )}
    </>
  );
}

function Decide(
  props: CaseCorrectionsPageProps & {
    c: CorrectionItem;
    sent: (form: string, name: string) => string;
    fieldError: (form: string, name: string) => unknown;
    aria: (form: string, name: string) => Record<string, string>;
  },
) {
  const { ctx, c } = props;
  const t = ctx.t;
  const action = href(ctx.lang, `/staff/cases/${props.caseId}/corrections/${c.id}/decision`);
  const form = `reject-${c.id}`;
  if (c.mine) return <p class="hint">{t('correction.not_yours')}</p>;
  return (
    <div class="correction-decision">
      <form method="post" action={action} class="inline-action">
        <CsrfInput ctx={ctx} />
        <input type="hidden" name="version" value={String(props.version)} />
        <input type="hidden" name="key" value={props.keys.decide[`approve-${c.id}`] ?? ''} />
        <input type="hidden" name="decision" value="approve" />
        <button type="submit" class="button" id={`approve-${c.id}`}>
          {t('correction.approve')}
        </button>
      </form>
      <form method="post" action={action} class="form">
        <CsrfInput ctx={ctx} />
        <input type="hidden" name="version" value={String(props.version)} />
        <input type="hidden" name="key" value={props.keys.decide[`reject-${c.id}`] ?? ''} />
        <input type="hidden" name="decision" value="reject" />
        <div class="field">
          <label for={`${form}-reason`}>{t('correction.f.decisionReason')}</label>
          {props.fieldError(form, 'reason') as never}
          <input
            id={`${form}-reason`}
            name="reason"
            type="text"
            value={props.sent(form, 'reason')}
            autocomplete="off"
            {...props.aria(form, 'reason')}
          />
        </div>
        <button type="submit" class="button button-secondary" id={`reject-${c.id}`}>
          {t('correction.reject')}
        </button>
      </form>
    </div>
  );
}
