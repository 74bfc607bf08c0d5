// The registry's search page (issue 6; domain.md §4, §8, §17): a GET form that works without script,
// a table of registrants and pages of it. Another office's registrant shows its number, name, status
// and office only; religious affiliation appears (and can be asked for) only for the roles that may.
import type { ComponentChildren } from 'preact';
import { href, type ViewContext } from '../view-context.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { RegistryHit } from '../../app/registry/search-registry.js';
import { CONFESSIONS_2011 } from '../../domain/standard/confessions.js';
import { REGISTRY_KINDS, REGISTRY_STATUSES } from '../../domain/registry/registry-search.js';
import { ErrorSummary, Field, type FieldError } from '../components/form.js';
import { organisationName } from '../organisation-name.js';

export const REGISTRY_FIELDS = [
  'name',
  'iin',
  'passport',
  'confession',
  'territory',
  'officeCode',
  'regionCode',
  'status',
  'kind',
  'issuedFrom',
  'issuedTo',
  'validUntilFrom',
  'validUntilTo',
] as const;
export type RegistryField = (typeof REGISTRY_FIELDS)[number];

export interface RegistryPageProps {
  ctx: ViewContext;
  /** The form's values as typed. */
  values: Partial<Record<RegistryField, string>>;
  errors: Partial<Record<string, string>>;
  affiliationAllowed: boolean;
  /** Null before any search. */
  result: { hits: readonly RegistryHit[]; total: number; page: number; pages: number } | null;
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

export function registryStatusText(ctx: ViewContext, status: string): string {
  return ctx.t(`registry.status.${status}` as MessageKey);
}

export function confessionName(ctx: ViewContext, id: string | null | undefined): string {
  if (!id) return '—';
  return CONFESSIONS_2011.find((c) => c.id === id)?.name[ctx.lang] ?? id;
}

function Identity({ ctx, hit }: { ctx: ViewContext; hit: RegistryHit }): ComponentChildren {
  if (hit.visibility === 'minimal') return <span class="hint">{ctx.t('registry.minimal')}</span>;
  if (hit.iin) return ctx.t('registry.iin_value', { iin: hit.iin });
  if (hit.passportNumber)
    return ctx.t('registry.passport_value', { country: hit.citizenship ?? '', number: hit.passportNumber });
  return '—';
}

export function RegistryPage(props: RegistryPageProps) {
  const { ctx, values, errors } = props;
  const t = ctx.t;
  const err = (f: string) => (errors[f] ? t(`registry.error.${errors[f]}` as MessageKey) : undefined);
  const summary: FieldError[] = Object.keys(errors).map((f) => ({ field: f, message: err(f)! }));
  const base = href(ctx.lang, '/staff/registry');
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    for (const f of REGISTRY_FIELDS) if (values[f]) q.set(f, values[f]);
    if (page > 1) q.set('page', String(page));
    return `${base}?${q.toString()}`;
  };
  const r = props.result;
  return (
    <>
      <h1>{t('registry.title')}</h1>
      <p>{t('registry.intro')}</p>
      <p>
        <a href={href(ctx.lang, '/staff/expiring')}>{t('expiry.link')}</a>
      </p>
      <ErrorSummary ctx={ctx} errors={summary} />
      <form method="get" action={base} class="registry-search" novalidate>
        <Field
          name="name"
          label={t('registry.form.name')}
          hint={t('registry.form.name_hint')}
          value={values.name ?? ''}
          error={err('name')}
        />
        <Field name="iin" label={t('registry.form.iin')} value={values.iin ?? ''} error={err('iin')} />
        <Field
          name="passport"
          label={t('registry.form.passport')}
          value={values.passport ?? ''}
          error={err('passport')}
        />
        {props.affiliationAllowed && (
          <Select
            name="confession"
            label={t('registry.form.confession')}
            value={values.confession}
            error={err('confession')}
            options={[
              { value: '', label: t('registry.form.any') },
              ...CONFESSIONS_2011.map((c) => ({ value: c.id, label: c.name[ctx.lang] })),
            ]}
          />
        )}
        <Field
          name="territory"
          label={t('registry.form.territory')}
          value={values.territory ?? ''}
          error={err('territory')}
        />
        <Field
          name="officeCode"
          label={t('registry.form.office')}
          hint={t('registry.form.office_hint')}
          value={values.officeCode ?? ''}
          error={err('officeCode')}
        />
        <Field
          name="regionCode"
          label={t('registry.form.region')}
          hint={t('registry.form.region_hint')}
          value={values.regionCode ?? ''}
          error={err('regionCode')}
        />
        <Select
          name="status"
          label={t('registry.form.status')}
          value={values.status}
          error={err('status')}
          options={[
            { value: '', label: t('registry.form.any') },
            ...REGISTRY_STATUSES.map((s) => ({ value: s, label: registryStatusText(ctx, s) })),
          ]}
        />
        <Select
          name="kind"
          label={t('registry.form.kind')}
          value={values.kind}
          error={err('kind')}
          options={[
            { value: '', label: t('registry.form.any') },
            ...REGISTRY_KINDS.map((k) => ({ value: k, label: t(`registry.kind.${k}`) })),
          ]}
        />
        <fieldset>
          <legend>{t('registry.form.issued')}</legend>
          <Field
            name="issuedFrom"
            type="date"
            label={t('registry.form.from')}
            value={values.issuedFrom ?? ''}
            error={err('issuedFrom')}
          />
          <Field
            name="issuedTo"
            type="date"
            label={t('registry.form.to')}
            value={values.issuedTo ?? ''}
            error={err('issuedTo')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('registry.form.valid_until')}</legend>
          <Field
            name="validUntilFrom"
            type="date"
            label={t('registry.form.from')}
            value={values.validUntilFrom ?? ''}
            error={err('validUntilFrom')}
          />
          <Field
            name="validUntilTo"
            type="date"
            label={t('registry.form.to')}
            value={values.validUntilTo ?? ''}
            error={err('validUntilTo')}
          />
        </fieldset>
        <button type="submit">{t('registry.form.submit')}</button>
      </form>
      {r && (
        <section aria-labelledby="registry-results-title">
          <h2 id="registry-results-title">{t('registry.results', { n: r.total })}</h2>
          {r.hits.length === 0 ? (
            <p>{t('registry.none')}</p>
          ) : (
            <div class="table-wrap">
              <table class="registry">
                <caption class="visually-hidden">{t('registry.results', { n: r.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('registry.col.name')}</th>
                    <th scope="col">{t('registry.col.identity')}</th>
                    <th scope="col">{t('registry.col.document')}</th>
                    <th scope="col">{t('registry.col.status')}</th>
                    <th scope="col">{t('registry.col.office')}</th>
                    {props.affiliationAllowed && <th scope="col">{t('registry.col.confession')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {r.hits.map((h) => (
                    <tr key={h.id}>
                      <th scope="row">
                        <a href={href(ctx.lang, `/staff/registry/${h.id}`)}>{h.name}</a>
                        {h.latinName && <span class="detail">{h.latinName}</span>}
                        <span class="detail">
                          {t(`registry.kind.${h.kind}`)}
                          {h.match === 'close' && ` · ${t('registry.match_close')}`}
                        </span>
                      </th>
                      <td>
                        <Identity ctx={ctx} hit={h} />
                      </td>
                      <td>
                        {h.document ? (
                          <span class="code">{h.document.number}</span>
                        ) : (
                          t('registry.no_document')
                        )}
                        {h.document?.validUntil && (
                          <span class="detail">
                            {t('registry.valid_until', { date: h.document.validUntil })}
                          </span>
                        )}
                        {h.document?.source === 'paper' && (
                          <span class="detail">{t('registry.source_paper')}</span>
                        )}
                      </td>
                      <td>{h.document ? registryStatusText(ctx, h.document.status) : '—'}</td>
                      <td>
                        {organisationName(ctx.lang, h.office)} <span class="code">{h.office.code}</span>
                      </td>
                      {props.affiliationAllowed && <td>{confessionName(ctx, h.confession)}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {r.pages > 1 && (
            <nav class="pager" aria-label={t('registry.pages', { page: r.page, pages: r.pages })}>
              <p>{t('registry.pages', { page: r.page, pages: r.pages })}</p>
              <ul class="link-list">
                {r.page > 1 && (
                  <li>
                    <a href={pageHref(r.page - 1)} rel="prev">
                      {t('registry.page_prev')}
                    </a>
                  </li>
                )}
                {r.page < r.pages && (
                  <li>
                    <a href={pageHref(r.page + 1)} rel="next">
                      {t('registry.page_next')}
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </section>
      )}
    </>
  );
}
