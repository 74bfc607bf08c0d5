// §20–25: one complaint — what was registered (§25), the review term and its legal basis, the decision
// and its answer letter, delivery, a court decision (§23), the complainant's 4.1 score — and the forms
// the reader may use now. A refused form comes back with its errors and what was typed.
import type { MessageKey } from '../../../i18n/catalogue.js';
import {
  COMPLAINT_CONSEQUENCES,
  COMPLAINT_OUTCOMES,
  DELIVERY_WAYS,
} from '../../../domain/complaint/index.js';
import { href, type ViewContext } from '../../view-context.js';
import { CsrfInput, ErrorSummary, Notice } from '../../components/form.js';
import { ComplaintField, fieldErrors, options, type FormState } from '../../components/complaint-fields.js';

export interface ComplaintFacts {
  id: string;
  incomingNumber: string;
  trackingCode: string;
  kind: string;
  addressee: string;
  channel: string;
  language: string;
  state: string;
  registeredAt: string;
  registeredBy: string | null;
  registeredIn: string;
  handler: string;
  office: string;
  caseTrackingCode: string | null;
  caseId: string | null;
  copyAttached: boolean;
  /** §24: the copy's scan (its name; purged after the retention period). */
  copyScan: { fileName: string; purged: boolean } | null;
  complainant: string;
  address: string | null;
  phone: string | null;
  text: string;
  dueOn: string;
  overdue: boolean;
  term: { count: number; unit: string; acts: string; verified: string };
  assignedTo: string | null;
  outcome: string | null;
  reasons: string | null;
  consequence: string | null;
  outgoingNumber: string | null;
  answeredOn: string | null;
  delivered: { how: string; on: string; proof: string | null } | null;
  court: { outcome: string; reference: string; on: string; consequence: string } | null;
  surveyAnswered: boolean;
}

export interface ComplaintPageProps {
  ctx: ViewContext;
  c: ComplaintFacts;
  version: number;
  may: { assign: boolean; answer: boolean; deliver: boolean; court: boolean; survey: boolean };
  staff: readonly { id: string; name: string }[];
  keys: Readonly<Record<'assign' | 'answer' | 'deliver' | 'court' | 'survey', string>>;
  /** The refused form, if any. */
  refused: { code: string; s: FormState } | null;
  notice: string | null;
}

export function ComplaintPage(props: ComplaintPageProps) {
  const { ctx, c } = props;
  const t = ctx.t;
  const base = `/staff/complaints/${c.id}`;
  const state = (form: string): FormState =>
    props.refused?.s.form === form ? props.refused.s : { form, values: {}, errors: {} };
  const Row = ({ k, v, id }: { k: MessageKey; v: string | null; id?: string }) =>
    v === null ? null : (
      <>
        <dt>{t(k)}</dt>
        <dd id={id}>{v}</dd>
      </>
    );
  const Form = (p: {
    name: keyof ComplaintPageProps['keys'];
    heading: MessageKey;
    submit: MessageKey;
    children: unknown;
    lead?: MessageKey;
  }) => {
    const s = state(p.name);
    return (
      <form
        method="post"
        action={href(ctx.lang, `${base}/${p.name}`)}
        class="form case-action"
        id={`form-${p.name}`}
        novalidate
      >
        <h2>{t(p.heading)}</h2>
        {p.lead && <p>{t(p.lead)}</p>}
        <ErrorSummary ctx={ctx} errors={fieldErrors(ctx, s)} />
        <CsrfInput ctx={ctx} />
        <input type="hidden" name="version" value={String(props.version)} />
        <input type="hidden" name="key" value={props.keys[p.name]} />
        {p.children as never}
        <button type="submit" class="button" id={`do-${p.name}`}>
          {t(p.submit)}
        </button>
      </form>
    );
  };
  return (
    <>
      <p class="back-link">
        <a href={href(ctx.lang, '/staff/complaints')}>{t('complaint.back')}</a>
      </p>
      <h1>{t('complaint.title', { number: c.incomingNumber })}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.refused && props.refused.code !== 'VALIDATION_FAILED' && (
        <Notice kind="warning">
          <p class="refusal-message">{t(`error.${props.refused.code}` as MessageKey)}</p>
        </Notice>
      )}
      {c.overdue && (
        <Notice kind="warning">
          <p id="complaint-overdue">{t('complaint.overdue_notice', { day: c.dueOn })}</p>
        </Notice>
      )}
      <p>
        <a href={href(ctx.lang, `${base}/talon`)} id="talon-page">
          {t('complaint.talon_page')}
        </a>
        {' · '}
        <a href={href(ctx.lang, `${base}/talon.pdf`)} id="talon-pdf">
          {t('complaint.talon_pdf')}
        </a>
        {c.outgoingNumber && c.complainant !== '' && (
          <>
            {' · '}
            <a href={href(ctx.lang, `${base}/answer.pdf`)} id="answer-pdf">
              {t('complaint.answer_pdf')}
            </a>
          </>
        )}
      </p>
      <dl class="facts" id="complaint-facts">
        <Row k="complaint.d.tracking" v={c.trackingCode} id="complaint-tracking" />
        <Row k="complaint.col.state" v={t(`complaint.state.${c.state}` as MessageKey)} id="complaint-state" />
        <Row k="complaint.col.kind" v={t(`complaint.kind.${c.kind}` as MessageKey)} />
        <Row k="complaint.col.addressee" v={t(`complaint.addressee.${c.addressee}` as MessageKey)} />
        <Row k="complaint.f.channel" v={t(`complaint.channel.${c.channel}` as MessageKey)} />
        <Row k="complaint.f.language" v={t(`complaint.language.${c.language}` as MessageKey)} />
        <Row k="complaint.d.registered_at" v={c.registeredAt} />
        <Row
          k="complaint.d.registered_by"
          v={c.registeredBy ?? t('complaint.d.online_by_system')}
          id="complaint-registered-by"
        />
        <Row k="complaint.d.registered_in" v={c.registeredIn} />
        <Row k="complaint.d.handler" v={c.handler} id="complaint-handler" />
        <Row k="complaint.d.office" v={c.office} />
        <Row k="complaint.d.case" v={c.caseTrackingCode} id="complaint-case" />
        <Row k="complaint.d.copy" v={c.copyAttached && !c.copyScan ? '✓' : null} />
        {c.copyScan && (
          <>
            <dt>{t('complaint.d.copy_scan')}</dt>
            <dd id="complaint-copy-scan">
              {c.copyScan.purged ? (
                t('complaint.d.copy_purged')
              ) : (
                <a href={href(ctx.lang, `${base}/copy-scan`)} id="copy-scan-link">
                  {c.copyScan.fileName}
                </a>
              )}
            </dd>
          </>
        )}
        <Row k="complaint.d.complainant" v={c.complainant} />
        <Row k="complaint.d.address" v={c.address} />
        <Row k="complaint.d.phone" v={c.phone} />
        <Row k="complaint.d.due" v={c.dueOn} id="complaint-due" />
        <Row
          k="complaint.d.term"
          v={`${t('complaint.term_rule', { count: c.term.count, unit: t(`complaint.unit.${c.term.unit}` as MessageKey), act: c.term.acts })} (${t(`complaint.verified.${c.term.verified}` as MessageKey)})`}
        />
        <Row k="complaint.d.assigned" v={c.assignedTo} id="complaint-assigned" />
        <Row
          k="complaint.d.outcome"
          v={c.outcome ? t(`complaint.outcome.${c.outcome}` as MessageKey) : null}
          id="complaint-outcome"
        />
        <Row k="complaint.d.reasons" v={c.reasons} />
        <Row
          k="complaint.d.consequence"
          v={c.consequence ? t(`complaint.consequence.${c.consequence}` as MessageKey) : null}
        />
        <Row
          k="complaint.d.outgoing"
          v={c.outgoingNumber ? `${c.outgoingNumber} (${c.answeredOn ?? ''})` : null}
          id="complaint-outgoing"
        />
        <Row
          k="complaint.d.delivered"
          v={
            c.delivered
              ? `${t(`complaint.how.${c.delivered.how}` as MessageKey)}, ${c.delivered.on}${c.delivered.proof ? `, ${c.delivered.proof}` : ''}`
              : null
          }
          id="complaint-delivered"
        />
        <Row
          k="complaint.d.court"
          v={
            c.court
              ? `${t(`complaint.outcome.${c.court.outcome}` as MessageKey)}, ${c.court.reference}, ${c.court.on}; ${t(`complaint.consequence.${c.court.consequence}` as MessageKey)}`
              : null
          }
        />
        <Row k="complaint.survey_title" v={c.surveyAnswered ? t('complaint.survey_done') : null} />
      </dl>
      <h2>{t('complaint.d.text')}</h2>
      <p class="complaint-text">{c.text}</p>
      <p class="hint">{t('complaint.court_right')}</p>
      {props.may.assign && (
        <Form name="assign" heading="complaint.assign_title" submit="complaint.assign_submit">
          <ComplaintField
            ctx={ctx}
            s={state('assign')}
            spec={{
              name: 'accountId',
              kind: 'select',
              options: props.staff.map((s) => ({ value: s.id, label: s.name })),
            }}
          />
        </Form>
      )}
      {props.may.answer && (
        <Form
          name="answer"
          heading="complaint.answer_title"
          submit="complaint.answer_submit"
          lead="complaint.answer_lead"
        >
          <ComplaintField
            ctx={ctx}
            s={state('answer')}
            spec={{
              name: 'outcome',
              kind: 'radio',
              options: options(ctx, COMPLAINT_OUTCOMES, 'complaint.outcome'),
            }}
          />
          <ComplaintField ctx={ctx} s={state('answer')} spec={{ name: 'reasons', kind: 'textarea' }} />
          <ComplaintField
            ctx={ctx}
            s={state('answer')}
            spec={{
              name: 'consequence',
              kind: 'radio',
              options: options(ctx, COMPLAINT_CONSEQUENCES, 'complaint.consequence'),
            }}
          />
        </Form>
      )}
      {props.may.deliver && (
        <Form name="deliver" heading="complaint.deliver_title" submit="complaint.deliver_submit">
          <ComplaintField
            ctx={ctx}
            s={state('deliver')}
            spec={{ name: 'how', kind: 'radio', options: options(ctx, DELIVERY_WAYS, 'complaint.how') }}
          />
          <ComplaintField ctx={ctx} s={state('deliver')} spec={{ name: 'on', kind: 'date' }} />
          <ComplaintField ctx={ctx} s={state('deliver')} spec={{ name: 'proof', kind: 'text' }} />
        </Form>
      )}
      {props.may.survey && (
        <Form
          name="survey"
          heading="complaint.survey_title"
          submit="complaint.survey_submit"
          lead="complaint.survey_question"
        >
          <ComplaintField
            ctx={ctx}
            s={state('survey')}
            spec={{
              name: 'score',
              kind: 'radio',
              options: ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v })),
            }}
          />
        </Form>
      )}
      {props.may.court && (
        <Form name="court" heading="complaint.court_title" submit="complaint.court_submit">
          <ComplaintField
            ctx={ctx}
            s={state('court')}
            spec={{
              name: 'outcome',
              kind: 'radio',
              options: options(ctx, COMPLAINT_OUTCOMES, 'complaint.outcome'),
            }}
          />
          <ComplaintField ctx={ctx} s={state('court')} spec={{ name: 'reference', kind: 'text' }} />
          <ComplaintField
            ctx={ctx}
            s={state('court')}
            spec={{ name: 'on', kind: 'date', label: 'complaint.f.court_on' }}
          />
          <ComplaintField
            ctx={ctx}
            s={state('court')}
            spec={{
              name: 'consequence',
              kind: 'radio',
              options: options(ctx, COMPLAINT_CONSEQUENCES, 'complaint.consequence'),
            }}
          />
        </Form>
      )}
    </>
  );
}
