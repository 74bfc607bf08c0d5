// §20–25 on the portal: the complaint form (the case attached from the codes that prove it, or without
// a case the office and the scan of the applicant's copy, §24;
// routed to the office's head or the akimat's head, §21; the right to go to court stated, §23), the
// confirmation with the access code shown once, and the progress page by the complaint's own codes
// (with the 4.1 question once the answer is delivered).
import type { MessageKey } from '../../../i18n/catalogue.js';
import { COMPLAINT_ADDRESSEES, COMPLAINT_KINDS } from '../../../domain/complaint/index.js';
import { href, type ViewContext } from '../../view-context.js';
import { CsrfInput, ErrorSummary, Notice } from '../../components/form.js';
import { ComplaintField, fieldErrors, options, type FormState } from '../../components/complaint-fields.js';

export function PublicComplaintPage({ ctx, s }: { ctx: ViewContext; s: FormState }) {
  const t = ctx.t;
  const F = (spec: Parameters<typeof ComplaintField>[0]['spec']) => (
    <ComplaintField ctx={ctx} s={s} spec={spec} />
  );
  return (
    <>
      <h1>{t('complaint.public.title')}</h1>
      <p class="lead">{t('complaint.public.lead')}</p>
      <p class="hint">{t('complaint.court_right')}</p>
      <p>
        <a href={href(ctx.lang, '/complaints/track')}>{t('complaint.public.track_link')}</a>
      </p>
      <ErrorSummary ctx={ctx} errors={fieldErrors(ctx, s)} />
      <form
        method="post"
        action={href(ctx.lang, '/complaints')}
        class="form"
        enctype="multipart/form-data"
        novalidate
      >
        <CsrfInput ctx={ctx} />
        <h2>{t('complaint.public.case_title')}</h2>
        <p>{t('complaint.public.case_lead')}</p>
        {F({ name: 'trackingCode', kind: 'text' })}
        {F({ name: 'accessCode', kind: 'text' })}
        {F({ name: 'documentNumber', kind: 'text' })}
        <h2>{t('complaint.public.no_case_title')}</h2>
        <p>
          {t('complaint.public.no_case_lead')}{' '}
          <a href={href(ctx.lang, '/offices')}>{t('complaint.public.offices_link')}</a>
        </p>
        {F({ name: 'officeCode', kind: 'text' })}
        {F({ name: 'copyScan', kind: 'file', hint: true })}
        <h2>{t('complaint.public.about_title')}</h2>
        {F({ name: 'kind', kind: 'radio', options: options(ctx, COMPLAINT_KINDS, 'complaint.kind') })}
        {F({
          name: 'addressee',
          kind: 'radio',
          options: options(ctx, COMPLAINT_ADDRESSEES, 'complaint.addressee'),
        })}
        {F({ name: 'language', kind: 'select', options: options(ctx, ['kk', 'ru'], 'complaint.language') })}
        {F({ name: 'surname', kind: 'text', autocomplete: 'family-name' })}
        {F({ name: 'name', kind: 'text', autocomplete: 'given-name' })}
        {F({ name: 'patronymic', kind: 'text', autocomplete: 'additional-name' })}
        {F({ name: 'address', kind: 'text', autocomplete: 'street-address' })}
        {F({ name: 'phone', kind: 'tel', autocomplete: 'tel' })}
        {F({ name: 'text', kind: 'textarea' })}
        <button type="submit" class="button" id="do-file-complaint">
          {t('complaint.public.submit')}
        </button>
      </form>
    </>
  );
}

export interface FiledProps {
  ctx: ViewContext;
  incomingNumber: string;
  trackingCode: string;
  accessCode: string;
  dueOn: string;
}

export function ComplaintFiledPage(p: FiledProps) {
  const t = p.ctx.t;
  return (
    <>
      <h1>{t('complaint.public.filed_title')}</h1>
      <p>{t('complaint.public.filed_lead', { number: p.incomingNumber, due: p.dueOn })}</p>
      <dl class="facts">
        <dt>{t('complaint.public.f.complaint_tracking')}</dt>
        <dd id="filed-tracking">{p.trackingCode}</dd>
        <dt>{t('complaint.public.f.complaint_access')}</dt>
        <dd id="filed-access">{p.accessCode}</dd>
      </dl>
      <Notice kind="warning">
        <p>{t('complaint.public.access_warning')}</p>
      </Notice>
      <p class="hint">{t('complaint.court_right')}</p>
      <p>
        <a href={href(p.ctx.lang, '/complaints/track')} id="track-link">
          {t('complaint.public.track_link')}
        </a>
      </p>
    </>
  );
}

export interface ProgressView {
  trackingCode: string;
  accessCode: string;
  incomingNumber: string;
  state: string;
  registeredOn: string;
  dueOn: string;
  overdue: boolean;
  handler: string;
  phone: string | null;
  outcome: string | null;
  reasons: string | null;
  outgoingNumber: string | null;
  deliveredOn: string | null;
  mayAnswerSurvey: boolean;
}

export function ComplaintTrackPage(props: {
  ctx: ViewContext;
  s: FormState;
  notFound: boolean;
  progress: ProgressView | null;
  notice: string | null;
}) {
  const { ctx, s, progress: p } = props;
  const t = ctx.t;
  const survey: FormState = { form: 'survey', values: {}, errors: s.form === 'survey' ? s.errors : {} };
  return (
    <>
      <h1>{t('complaint.public.track_title')}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {p ? (
        <>
          <dl class="facts" id="progress">
            <dt>{t('complaint.col.number')}</dt>
            <dd>{p.incomingNumber}</dd>
            <dt>{t('complaint.col.state')}</dt>
            <dd id="progress-state">{t(`complaint.state.${p.state}` as MessageKey)}</dd>
            <dt>{t('complaint.col.registered')}</dt>
            <dd>{p.registeredOn}</dd>
            <dt>{t('complaint.col.due')}</dt>
            <dd>{p.dueOn}</dd>
            <dt>{t('complaint.d.handler')}</dt>
            <dd>{p.handler}</dd>
            {p.phone && (
              <>
                <dt>{t('complaint.d.phone')}</dt>
                <dd>{p.phone}</dd>
              </>
            )}
            {p.outcome && p.outgoingNumber && (
              <>
                <dt>{t('complaint.d.outcome')}</dt>
                <dd id="progress-answer">
                  {t('complaint.public.answer', {
                    outcome: t(`complaint.outcome.${p.outcome}` as MessageKey),
                    number: p.outgoingNumber,
                  })}
                </dd>
                <dt>{t('complaint.d.reasons')}</dt>
                <dd>{p.reasons ?? ''}</dd>
              </>
            )}
            {p.deliveredOn && (
              <>
                <dt>{t('complaint.d.delivered')}</dt>
                <dd>{p.deliveredOn}</dd>
              </>
            )}
          </dl>
          {p.overdue && (
            <Notice kind="warning">
              <p>{t('complaint.overdue_notice', { day: p.dueOn })}</p>
            </Notice>
          )}
          <p class="hint">{t('complaint.court_right')}</p>
          {p.mayAnswerSurvey && (
            <form
              method="post"
              action={href(ctx.lang, '/complaints/track/survey')}
              class="form"
              id="form-survey"
              novalidate
            >
              <h2>{t('complaint.survey_title')}</h2>
              <p>{t('complaint.survey_question')}</p>
              <ErrorSummary ctx={ctx} errors={fieldErrors(ctx, survey)} />
              <CsrfInput ctx={ctx} />
              <input type="hidden" name="trackingCode" value={p.trackingCode} />
              <input type="hidden" name="accessCode" value={p.accessCode} />
              <ComplaintField
                ctx={ctx}
                s={survey}
                spec={{
                  name: 'score',
                  kind: 'radio',
                  options: ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v })),
                }}
              />
              <button type="submit" class="button" id="do-survey">
                {t('complaint.survey_submit')}
              </button>
            </form>
          )}
        </>
      ) : (
        <>
          <p class="lead">{t('complaint.public.track_lead')}</p>
          {props.notFound && (
            <Notice kind="warning">
              <p id="track-not-found">{t('complaint.public.not_found')}</p>
            </Notice>
          )}
          <form method="post" action={href(ctx.lang, '/complaints/track')} class="form" novalidate>
            <CsrfInput ctx={ctx} />
            <ComplaintField
              ctx={ctx}
              s={s}
              spec={{ name: 'trackingCode', kind: 'text', label: 'complaint.public.f.complaint_tracking' }}
            />
            <ComplaintField
              ctx={ctx}
              s={s}
              spec={{ name: 'accessCode', kind: 'text', label: 'complaint.public.f.complaint_access' }}
            />
            <button type="submit" class="button" id="do-track">
              {t('complaint.public.track_submit')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
