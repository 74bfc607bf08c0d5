// Issue 8, track: two plain forms — the tracking code with the access code of an online application,
// or the tracking code of a counter receipt with the applicant's document number — and the answer:
// the state in words, the incoming number and date (§14), the due day and its clause (§7.1 or §16),
// and what to bring to collect (§15). Nothing is shown without both codes; a wrong pair is told so
// without saying which half was wrong.
import { href, type ViewContext } from '../../view-context.js';
import { CsrfInput, ErrorSummary, Field, Notice } from '../../components/form.js';
import { formatLegalDate } from '../../legal-date.js';
import type { MessageKey } from '../../../i18n/catalogue.js';
import type { PlainDate } from '../../../domain/time/plain-date.js';

export type TrackFormError = 'code_required' | 'access_required' | 'document_required' | 'no_match';

export interface TrackForms {
  /** Which form was sent: its values and errors. */
  by?: 'access' | 'document';
  trackingCode?: string;
  errors?: Partial<Record<'trackingCode' | 'accessCode' | 'documentNumber' | 'form', TrackFormError>>;
}

const ERROR_KEY: Record<TrackFormError, MessageKey> = {
  code_required: 'portal.track.e.code_required',
  access_required: 'portal.track.e.access_required',
  document_required: 'portal.track.e.document_required',
  no_match: 'portal.track.e.no_match',
};

export function TrackPage({ ctx, forms }: { ctx: ViewContext; forms: TrackForms }) {
  const t = ctx.t;
  const errs = forms.errors ?? {};
  const prefix = forms.by === 'document' ? 'd-' : 'a-';
  const summary = Object.entries(errs).map(([field, code]) => ({
    field: field === 'form' ? `${prefix}trackingCode` : `${prefix}${field}`,
    message: t(ERROR_KEY[code as TrackFormError]),
  }));
  const err = (by: 'access' | 'document', field: keyof NonNullable<TrackForms['errors']>) =>
    forms.by === by && errs[field] ? t(ERROR_KEY[errs[field]!]) : undefined;
  const code = (by: 'access' | 'document') => (forms.by === by ? forms.trackingCode : undefined);
  return (
    <>
      <h1>{t('portal.track.title')}</h1>
      <p class="lead">{t('portal.track.lead')}</p>
      <ErrorSummary ctx={ctx} errors={summary} />
      <section aria-labelledby="track-online">
        <h2 id="track-online">{t('portal.track.online_title')}</h2>
        <form method="post" action={href(ctx.lang, '/track')} class="form" novalidate>
          <CsrfInput ctx={ctx} />
          <input type="hidden" name="by" value="access" />
          <Field
            name="a-trackingCode"
            label={t('portal.track.f.tracking_code')}
            hint={t('portal.track.hint.tracking_code')}
            value={code('access')}
            error={err('access', 'trackingCode') ?? err('access', 'form')}
            autocomplete="off"
          />
          <Field
            name="a-accessCode"
            label={t('portal.track.f.access_code')}
            hint={t('portal.track.hint.access_code')}
            error={err('access', 'accessCode')}
            autocomplete="off"
          />
          <button type="submit" class="button">
            {t('portal.track.submit')}
          </button>
        </form>
      </section>
      <section aria-labelledby="track-counter">
        <h2 id="track-counter">{t('portal.track.counter_title')}</h2>
        <form method="post" action={href(ctx.lang, '/track')} class="form" novalidate>
          <CsrfInput ctx={ctx} />
          <input type="hidden" name="by" value="document" />
          <Field
            name="d-trackingCode"
            label={t('portal.track.f.tracking_code')}
            hint={t('portal.track.hint.receipt_code')}
            value={code('document')}
            error={err('document', 'trackingCode') ?? err('document', 'form')}
            autocomplete="off"
          />
          <Field
            name="d-documentNumber"
            label={t('portal.track.f.document_number')}
            hint={t('portal.track.hint.document_number')}
            error={err('document', 'documentNumber')}
            autocomplete="off"
          />
          <button type="submit" class="button">
            {t('portal.track.submit')}
          </button>
        </form>
      </section>
    </>
  );
}

export interface TrackStatus {
  trackingCode: string;
  kind: string;
  kindName: string;
  state: string;
  office: { code: string; name: string; address: string | null; phones: readonly string[] };
  incoming: { number: string; date: PlainDate } | null;
  /** The clock that runs (or ran): §7.1 for the result, §16 for a refusal. */
  due: { day: PlainDate; clause: 'result' | 'refusal'; provisional: boolean } | null;
  /** The result is signed and waits (§15). */
  ready: { certificate: boolean } | null;
  /** The online application is waiting to be handed in at the office. */
  awaitingVisit: boolean;
  refusalSigned: boolean;
}

export function TrackResultPage({ ctx, s }: { ctx: ViewContext; s: TrackStatus }) {
  const t = ctx.t;
  const stateKey = `portal.state.${s.state}` as MessageKey;
  return (
    <>
      <h1>{t('portal.track.result_title', { code: s.trackingCode })}</h1>
      <Notice kind={s.ready ? 'success' : 'info'}>
        <p id="track-state">
          <strong>{t(stateKey)}</strong>
        </p>
      </Notice>
      <dl class="summary-list">
        <div>
          <dt>{t('portal.track.f.kind')}</dt>
          <dd>{s.kindName}</dd>
        </div>
        <div>
          <dt>{t('portal.track.f.office')}</dt>
          <dd>{s.office.name}</dd>
        </div>
        {s.incoming && (
          <div>
            <dt>{t('portal.track.f.incoming')}</dt>
            <dd id="track-incoming">
              {t('portal.track.incoming_value', {
                number: s.incoming.number,
                date: formatLegalDate(s.incoming.date, ctx.lang),
              })}
            </dd>
          </div>
        )}
        {s.due && (
          <div>
            <dt>
              {t(s.due.clause === 'result' ? 'portal.track.f.due_result' : 'portal.track.f.due_refusal')}
            </dt>
            <dd id="track-due">
              {formatLegalDate(s.due.day, ctx.lang)}
              {s.due.provisional ? ` (${t('portal.track.provisional')})` : ''}
            </dd>
          </div>
        )}
      </dl>
      {s.awaitingVisit && (
        <>
          <h2>{t('portal.track.visit_title')}</h2>
          <p>{t('portal.sent.next_bring')}</p>
        </>
      )}
      {s.ready && (
        <>
          <h2>{t('portal.track.collect_title')}</h2>
          <ul id="track-collect">
            <li>{t('portal.track.collect_identity')}</li>
            <li>{t('portal.track.collect_representative')}</li>
            <li>
              {t(s.ready.certificate ? 'portal.track.collect_certificate' : 'portal.track.collect_reference')}
            </li>
          </ul>
        </>
      )}
      {s.refusalSigned && <p>{t('portal.track.refusal_collect')}</p>}
      {s.office.address && <p>{t('portal.sent.address', { address: s.office.address })}</p>}
      {s.office.phones.length > 0 && <p>{t('portal.sent.phones', { phones: s.office.phones.join(', ') })}</p>}
      <p>
        <a href={href(ctx.lang, '/track')}>{t('portal.track.another')}</a>
      </p>
    </>
  );
}
