// One issued certificate or reference (issue 6; domain.md §4 "after the end"): what it says, its
// status as the public check shows it, the events of its life, and the acts its office's head may
// take on it — a duplicate of a lost or damaged one, a corrected reissue, an annulment by a signed
// decision. Every form works without script, carries the CSRF token and its own idempotency key.
import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../i18n/catalogue.js';
import { MATERIAL_KINDS, MATERIAL_ROWS } from '../../app/registry/further-materials.js';
import {
  ANNULMENT_GROUNDS,
  ANNULMENT_REASONS,
  DUPLICATE_GROUNDS,
  type DocumentView,
} from '../../app/registry/document-life.js';
import { localTime } from '../components/case-timeline.js';
import { CsrfInput, ErrorSummary, Field, Notice } from '../components/form.js';
import { organisationName } from '../organisation-name.js';
import { href, type ViewContext } from '../view-context.js';
import { registryStatusText } from './registry-page.js';

export type DocumentForm = 'duplicate' | 'reissue' | 'annul' | 'materials' | 'decide';

export interface DocumentPageProps {
  ctx: ViewContext;
  view: DocumentView;
  keys: Readonly<Record<DocumentForm, string>>;
  /** The form refused, its values and per-field error codes. */
  failed: { form: DocumentForm; values: Record<string, string>; errors: Record<string, string> } | null;
}

/** /staff/documents/OFFICE/YEAR/SEQ: a document number is OFFICE/YEAR/K-SEQ (domain.md §5). */
export function documentPath(number: string): string {
  return `/staff/documents/${number}`;
}

function Select(props: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
}) {
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label for={props.name}>{props.label}</label>
      {props.error && (
        <p class="error-message" id={`${props.name}-error`}>
          {props.error}
        </p>
      )}
      <select
        id={props.name}
        name={props.name}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${props.name}-error` : undefined}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === (props.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function DocumentPage({ ctx, view, keys, failed }: DocumentPageProps) {
  const t = ctx.t;
  const { doc } = view;
  const action = (form: DocumentForm) => href(ctx.lang, `${documentPath(doc.number)}/${form}`);
  const errorsOf = (form: DocumentForm) => (failed?.form === form ? failed.errors : {});
  const valuesOf = (form: DocumentForm) => (failed?.form === form ? failed.values : {});
  const message = (field: string, code: string | undefined) =>
    code
      ? t(
          `docpage.error.${field.startsWith('items.') ? `item_${field.split('.')[2]}` : field}.${code}` as MessageKey,
        )
      : undefined;
  const summary = failed
    ? Object.entries(failed.errors).map(([field, code]) => ({
        field: failed.form === 'duplicate' && field === 'ground' ? 'duplicateGround' : field,
        message: message(field, code)!,
      }))
    : [];
  const acting = view.status === 'valid' || view.status === 'expired';
  const printPath =
    doc.caseId && `/staff/cases/${doc.caseId}/documents/${doc.kind}?number=${encodeURIComponent(doc.number)}`;
  return (
    <>
      <p class="back-link">
        {doc.registrantId ? (
          <a href={href(ctx.lang, `/staff/registry/${doc.registrantId}`)}>{t('docpage.to_registrant')}</a>
        ) : (
          <a href={href(ctx.lang, '/staff/registry')}>{t('registry.back')}</a>
        )}
      </p>
      <h1>
        {t(`registry.document.${doc.kind}`)} <span class="code">{doc.number}</span>
      </h1>
      <ErrorSummary ctx={ctx} errors={summary} />
      {doc.duplicateOf && (
        <Notice kind="info">{t('registry.duplicate_of', { number: doc.duplicateOf })}</Notice>
      )}
      <dl class="summary-list">
        <Row label={t('docpage.holder')}>{doc.holder}</Row>
        <Row label={t('registry.col.territory')}>{doc.territory}</Row>
        <Row label={t('registry.col.issued')}>{doc.issuedOn}</Row>
        <Row label={t('registry.col.valid_until')}>{doc.validUntil ?? t('registry.no_expiry')}</Row>
        <Row label={t('registry.field.office')}>
          {organisationName(ctx.lang, view.office)} <span class="code">{view.office.code}</span>
        </Row>
        <Row label={t('registry.col.status')}>
          <span id="document-status">{registryStatusText(ctx, view.status)}</span>
          {doc.statusReason && (
            <span class="detail">{t(`docpage.reason.${doc.statusReason}` as MessageKey)}</span>
          )}
          {doc.successorNumber && (
            <span class="detail">
              <a href={href(ctx.lang, documentPath(doc.successorNumber))}>
                {t('registry.successor', { number: doc.successorNumber })}
              </a>
            </span>
          )}
        </Row>
      </dl>
      <ul class="links">
        {doc.caseId && (
          <li>
            <a href={href(ctx.lang, `/staff/cases/${doc.caseId}`)}>{t('docpage.to_case')}</a>
          </li>
        )}
        {view.mayPrint && printPath && (
          <li>
            <a href={href(ctx.lang, printPath)}>{t('docpage.print')}</a>
          </li>
        )}
        <li>
          <a href={`/${ctx.lang}/check/${doc.number}`}>{t('docpage.public_check')}</a>
        </li>
        {view.mayReRegister && acting && doc.caseId && (
          <li>
            <a
              class="button"
              href={href(ctx.lang, `/staff/cases/new?from=${encodeURIComponent(doc.number)}`)}
            >
              {t('docpage.re_register')}
            </a>
          </li>
        )}
      </ul>

      <section aria-labelledby="doc-events-title">
        <h2 id="doc-events-title">{t('registry.section.events')}</h2>
        {view.events.length === 0 ? (
          <p>{t('registry.no_events')}</p>
        ) : (
          <ul class="events">
            {view.events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.at.toISOString()}>{localTime(e.at, view.office.timeZone)}</time>{' '}
                {t(`registry.event.${e.kind}` as MessageKey)}
                {e.documentNumber && <span class="code">{` ${e.documentNumber}`}</span>}
                {typeof e.data.successor === 'string' && (
                  <span class="detail">{t('registry.successor', { number: e.data.successor })}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {doc.kind === 'certificate' && (
        <section aria-labelledby="materials-title">
          <h2 id="materials-title">{t('docpage.materials.title')}</h2>
          {view.materials.length === 0 && <p>{t('docpage.materials.none')}</p>}
          {view.materials.map((r) => (
            <div class="materials-request" key={r.id}>
              <ul>
                {r.items.map((i, n) => (
                  <li key={n}>
                    {i.title} — {t(`intake.material_kind.${i.kind}` as MessageKey)}, {i.language},{' '}
                    {i.quantity}
                  </li>
                ))}
              </ul>
              {r.decision ? (
                <p>
                  {t(`docpage.materials.${r.decision.decision}`)}
                  {r.decision.reason && <span class="detail">{r.decision.reason}</span>}
                </p>
              ) : view.mayAmend && view.status === 'valid' ? (
                <form method="post" action={action('decide')}>
                  <CsrfInput ctx={ctx} />
                  <input type="hidden" name="key" value={keys.decide} />
                  <input type="hidden" name="requestId" value={String(r.id)} />
                  <Select
                    name="decision"
                    label={t('docpage.materials.decision')}
                    value={valuesOf('decide').decision}
                    error={message('decision', errorsOf('decide').decision)}
                    options={[
                      { value: '', label: t('intake.choose') },
                      { value: 'agreed', label: t('docpage.materials.agreed') },
                      { value: 'refused', label: t('docpage.materials.refused') },
                    ]}
                  />
                  <Field
                    name="decisionReason"
                    label={t('docpage.materials.reason')}
                    value={valuesOf('decide').decisionReason}
                    error={message('decisionReason', errorsOf('decide').decisionReason)}
                  />
                  <button type="submit">{t('docpage.materials.decide')}</button>
                </form>
              ) : (
                <p>{t('docpage.materials.pending')}</p>
              )}
            </div>
          ))}
          {view.mayReRegister && view.status === 'valid' && (
            <form method="post" action={action('materials')}>
              <CsrfInput ctx={ctx} />
              <input type="hidden" name="key" value={keys.materials} />
              <h3>{t('docpage.materials.request')}</h3>
              {Array.from({ length: MATERIAL_ROWS }, (_, i) => (
                <fieldset key={i}>
                  <legend>{t('docpage.materials.item', { n: i + 1 })}</legend>
                  <Field
                    name={`items.${i}.title`}
                    label={t('docpage.materials.item_title')}
                    value={valuesOf('materials')[`items.${i}.title`]}
                    error={message(`items.${i}.title`, errorsOf('materials')[`items.${i}.title`])}
                  />
                  <Select
                    name={`items.${i}.kind`}
                    label={t('docpage.materials.item_kind')}
                    value={valuesOf('materials')[`items.${i}.kind`]}
                    error={message(`items.${i}.kind`, errorsOf('materials')[`items.${i}.kind`])}
                    options={MATERIAL_KINDS.map((k) => ({
                      value: k,
                      label: t(`intake.material_kind.${k}` as MessageKey),
                    }))}
                  />
                  <Field
                    name={`items.${i}.language`}
                    label={t('docpage.materials.item_language')}
                    value={valuesOf('materials')[`items.${i}.language`]}
                    error={message(`items.${i}.language`, errorsOf('materials')[`items.${i}.language`])}
                  />
                  <Field
                    name={`items.${i}.quantity`}
                    label={t('docpage.materials.item_quantity')}
                    value={valuesOf('materials')[`items.${i}.quantity`]}
                    error={message(`items.${i}.quantity`, errorsOf('materials')[`items.${i}.quantity`])}
                  />
                </fieldset>
              ))}
              <button type="submit">{t('docpage.materials.submit')}</button>
            </form>
          )}
        </section>
      )}

      {view.mayAmend && !acting && <Notice kind="info">{t('docpage.no_acts')}</Notice>}
      {view.mayAmend && acting && (
        <>
          {view.status === 'valid' && (
            <section aria-labelledby="duplicate-title">
              <h2 id="duplicate-title">{t('docpage.duplicate.title')}</h2>
              <p class="hint">{t('docpage.duplicate.hint')}</p>
              <form method="post" action={action('duplicate')}>
                <CsrfInput ctx={ctx} />
                <input type="hidden" name="key" value={keys.duplicate} />
                <Select
                  name="duplicateGround"
                  label={t('docpage.duplicate.ground')}
                  value={valuesOf('duplicate').ground}
                  error={message('ground', errorsOf('duplicate').ground)}
                  options={DUPLICATE_GROUNDS.map((g) => ({ value: g, label: t(`docpage.ground.${g}`) }))}
                />
                <button type="submit">{t('docpage.duplicate.submit')}</button>
              </form>
            </section>
          )}
          {view.status === 'valid' && (
            <section aria-labelledby="reissue-title">
              <h2 id="reissue-title">{t('docpage.reissue.title')}</h2>
              <p class="hint">{t('docpage.reissue.hint')}</p>
              <form method="post" action={action('reissue')}>
                <CsrfInput ctx={ctx} />
                <input type="hidden" name="key" value={keys.reissue} />
                <Field
                  name="holder"
                  label={t('docpage.holder')}
                  value={valuesOf('reissue').holder ?? doc.holder}
                  error={message('holder', errorsOf('reissue').holder)}
                />
                <Field
                  name="territory"
                  label={t('registry.col.territory')}
                  value={valuesOf('reissue').territory ?? doc.territory}
                  error={message('territory', errorsOf('reissue').territory)}
                />
                <button type="submit">{t('docpage.reissue.submit')}</button>
              </form>
            </section>
          )}
          <section aria-labelledby="annul-title">
            <h2 id="annul-title">{t('docpage.annul.title')}</h2>
            <p class="hint">{t('docpage.annul.hint')}</p>
            <form method="post" action={action('annul')}>
              <CsrfInput ctx={ctx} />
              <input type="hidden" name="key" value={keys.annul} />
              <Select
                name="ground"
                label={t('docpage.annul.ground')}
                value={valuesOf('annul').ground}
                error={message('ground', errorsOf('annul').ground)}
                options={[
                  { value: '', label: t('intake.choose') },
                  ...ANNULMENT_GROUNDS.map((g) => ({ value: g, label: t(`docpage.ground.${g}`) })),
                ]}
              />
              <Select
                name="reason"
                label={t('docpage.annul.reason')}
                value={valuesOf('annul').reason}
                error={message('reason', errorsOf('annul').reason)}
                options={[
                  { value: '', label: t('intake.choose') },
                  ...ANNULMENT_REASONS.map((r) => ({ value: r, label: t(`check.reason.${r}`) })),
                ]}
              />
              <Field
                name="decisionNumber"
                label={t('docpage.annul.decision_number')}
                value={valuesOf('annul').decisionNumber}
                error={message('decisionNumber', errorsOf('annul').decisionNumber)}
              />
              <Field
                name="decisionDate"
                type="date"
                label={t('docpage.annul.decision_date')}
                value={valuesOf('annul').decisionDate}
                error={message('decisionDate', errorsOf('annul').decisionDate)}
              />
              <button type="submit" class="button-warning">
                {t('docpage.annul.submit')}
              </button>
            </form>
          </section>
        </>
      )}
    </>
  );
}
