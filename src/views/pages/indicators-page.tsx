// Annex 9 (§18–19, domain.md §7): the quality and efficiency indicators of an office, a region or the
// country for a year — normative value, next year's target, current value — as a page with the same
// table as CSV, XLSX and PDF; and the national supervisor's entry of the yearly values. GET forms and
// plain POST forms, no script.
import type { MessageKey } from '../../i18n/catalogue.js';
import type { Annex9Row, Annex9Table, ScopeChoice } from '../../app/indicators/annex9-table.js';
import { ANNEX_9, INDICATOR_IDS } from '../../domain/indicators/annex9.js';
import type { ShareValue } from '../../domain/indicators/shares.js';
import type { ResolvedValue, YearValue } from '../../domain/indicators/yearly-values.js';
import { CsrfInput, ErrorSummary, Field, Notice } from '../components/form.js';
import { organisationName } from '../organisation-name.js';
import { href, type ViewContext } from '../view-context.js';
import type { RollupRun } from '../../domain/indicators/rollup-run.js';
import { RollupFreshness } from '../components/rollup-freshness.js';

/** After a rebuild: how many office days, how long. */
export function RebuiltNotice({ ctx, run }: { ctx: ViewContext; run: RollupRun }) {
  return (
    <Notice kind="success">
      {ctx.t('rollups.rebuilt', {
        days: run.officeDays,
        ms: run.finishedAt.getTime() - run.startedAt.getTime(),
      })}
    </Notice>
  );
}

export function percentText(ctx: ViewContext, v: number | null): string {
  if (v === null) return ctx.t('indicators.not_set');
  return `${v.toLocaleString(ctx.lang === 'en' ? 'en-GB' : ctx.lang === 'ru' ? 'ru-RU' : 'kk-KZ', { maximumFractionDigits: 1 })} %`;
}

export function currentText(ctx: ViewContext, v: ShareValue): string {
  if (v.kind === 'none') return ctx.t('indicators.no_data');
  if (v.kind === 'too_few') return ctx.t('indicators.too_few', { n: v.total });
  return `${percentText(ctx, v.percent)} (${v.hits}/${v.total})`;
}

export function resolvedText(ctx: ViewContext, v: ResolvedValue): string {
  const text = percentText(ctx, v.value);
  return v.from === 'office' ? `${text} ${ctx.t('indicators.own_value')}` : text;
}

export function metText(ctx: ViewContext, row: Annex9Row): string {
  return row.met === null ? '—' : row.met ? ctx.t('indicators.met') : ctx.t('indicators.missed');
}

export function scopeTitle(ctx: ViewContext, table: Pick<Annex9Table, 'scope'>): string {
  const s = table.scope;
  if (s.kind === 'country') return ctx.t('indicators.scope_country');
  if (s.kind === 'region') return organisationName(ctx.lang, s);
  return `${organisationName(ctx.lang, s)} (${s.code})`;
}

export function indicatorTitle(ctx: ViewContext, row: Pick<Annex9Row, 'indicator'>): string {
  return `${row.indicator.printed}. ${row.indicator.title[ctx.lang]}`;
}

export function ScopeSelect({
  ctx,
  choices,
  value,
}: {
  ctx: ViewContext;
  choices: ScopeChoice[];
  value: string;
}) {
  return (
    <div class="field">
      <label for="scope">{ctx.t('indicators.scope')}</label>
      <select id="scope" name="scope">
        {choices.map((c) => (
          <option key={c.value} value={c.value} selected={c.value === value}>
            {c.kind === 'office'
              ? `— ${organisationName(ctx.lang, c)} (${c.value})`
              : c.kind === 'country'
                ? ctx.t('indicators.scope_country')
                : `${organisationName(ctx.lang, c)} (${c.value.slice('region:'.length)})`}
          </option>
        ))}
      </select>
    </div>
  );
}

export function IndicatorsPage({
  ctx,
  table,
  choices,
  values,
  errors,
  canEnter,
  canRebuild,
  rebuilt,
}: {
  ctx: ViewContext;
  table: Annex9Table | null;
  choices: ScopeChoice[];
  values: { scope: string; year: string };
  errors: Record<string, string>;
  canEnter: boolean;
  canRebuild: boolean;
  rebuilt: RollupRun | null;
}) {
  const t = ctx.t;
  const base = href(ctx.lang, '/staff/indicators');
  const query = table ? `scope=${encodeURIComponent(values.scope)}&year=${table.year}` : '';
  return (
    <>
      <h1>{t('indicators.title')}</h1>
      <p>{t('indicators.intro')}</p>
      {rebuilt && <RebuiltNotice ctx={ctx} run={rebuilt} />}
      <ErrorSummary
        ctx={ctx}
        errors={Object.entries(errors).map(([field, code]) => ({
          field,
          message: t(`indicators.error.${code}` as MessageKey),
        }))}
      />
      <form method="get" action={base}>
        <ScopeSelect ctx={ctx} choices={choices} value={values.scope} />
        <Field
          name="year"
          type="number"
          label={t('indicators.year')}
          value={values.year}
          error={errors.year && t(`indicators.error.${errors.year}` as MessageKey)}
        />
        <button type="submit">{t('indicators.show')}</button>
      </form>
      <ul class="links">
        <li>
          <a href={`${href(ctx.lang, '/staff/indicators/dashboard')}${query ? `?${query}` : ''}`}>
            {t('dashboard.nav')}
          </a>
        </li>
        {canEnter && (
          <li>
            <a href={href(ctx.lang, '/staff/indicators/values')}>{t('indicators.enter_values')}</a>
          </li>
        )}
      </ul>
      {table && (
        <RollupFreshness
          ctx={ctx}
          freshness={table.freshness}
          canRebuild={canRebuild}
          back={`${base}${query ? `?${query}` : ''}`}
        />
      )}
      {table && (
        <section aria-labelledby="annex9-title">
          <h2 id="annex9-title">
            {t('indicators.table_title', { scope: scopeTitle(ctx, table), year: table.year })}
          </h2>
          <p>{t('indicators.period', { from: table.from, to: table.to })}</p>
          <div class="table-wrap">
            <table>
              <caption>{t('indicators.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('indicators.col.indicator')}</th>
                  <th scope="col">{t('indicators.col.normative')}</th>
                  <th scope="col">{t('indicators.col.next_target')}</th>
                  <th scope="col">{t('indicators.col.current')}</th>
                  <th scope="col">{t('indicators.col.met')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.indicator.id}>
                    <th scope="row">
                      {indicatorTitle(ctx, row)}
                      {row.indicator.id === '3.2' && <sup>*</sup>}
                    </th>
                    <td>{resolvedText(ctx, row.normative)}</td>
                    <td>{resolvedText(ctx, row.nextTarget)}</td>
                    <td>{currentText(ctx, row.current)}</td>
                    <td>{metText(ctx, row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="hint">
            <sup>*</sup> {t('indicators.footnote_32')}
          </p>
          <p class="hint">{t('indicators.counting_note')}</p>
          <ul class="downloads">
            {(['pdf', 'xlsx', 'csv'] as const).map((f) => (
              <li key={f}>
                <a href={`${base}?${query}&format=${f}`} download>
                  {t(`indicators.download_${f}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export function IndicatorValuesPage({
  ctx,
  year,
  national,
  offices,
  form,
  errors,
  saved,
}: {
  ctx: ViewContext;
  year: number;
  national: YearValue[];
  offices: (YearValue & { officeCode: string })[];
  form: Record<string, string>;
  errors: Record<string, string>;
  saved: boolean;
}) {
  const t = ctx.t;
  const action = href(ctx.lang, '/staff/indicators/values');
  const fieldError = (f: string) => errors[f] && t(`indicators.error.${errors[f]}` as MessageKey);
  const rows = [...national.map((v) => ({ ...v, officeCode: '' })), ...offices];
  return (
    <>
      <h1>{t('indicators.values_title')}</h1>
      <p>{t('indicators.values_intro')}</p>
      {saved && <Notice kind="success">{t('indicators.saved')}</Notice>}
      <ErrorSummary
        ctx={ctx}
        errors={Object.keys(errors).map((field) => ({ field, message: fieldError(field) as string }))}
      />
      <form method="get" action={action}>
        <Field name="show_year" type="number" label={t('indicators.year')} value={String(year)} />
        <button type="submit">{t('indicators.show')}</button>
      </form>
      <h2>{t('indicators.values_of_year', { year })}</h2>
      {rows.length === 0 ? (
        <p>{t('indicators.no_values')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('indicators.col.indicator')}</th>
                <th scope="col">{t('indicators.col.applies_to')}</th>
                <th scope="col">{t('indicators.col.normative')}</th>
                <th scope="col">{t('indicators.col.target')}</th>
                <th scope="col">{t('indicators.col.order')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => (
                <tr key={`${v.indicator}-${v.officeCode}`}>
                  <th scope="row">{ANNEX_9.find((d) => d.id === v.indicator)?.title[ctx.lang]}</th>
                  <td>{v.officeCode || t('indicators.scope_country')}</td>
                  <td>{percentText(ctx, v.normative)}</td>
                  <td>{percentText(ctx, v.target)}</td>
                  <td>{t('indicators.order_text', { number: v.order.number, date: v.order.date })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('indicators.enter_title')}</h2>
      <form method="post" action={action} class="form" novalidate>
        <CsrfInput ctx={ctx} />
        <div class={errors.indicator ? 'field field-error' : 'field'}>
          <label for="indicator">{t('indicators.col.indicator')}</label>
          <select id="indicator" name="indicator" aria-invalid={errors.indicator ? 'true' : undefined}>
            {INDICATOR_IDS.map((id) => {
              const d = ANNEX_9.find((x) => x.id === id)!;
              return (
                <option key={id} value={id} selected={form.indicator === id}>
                  {`${d.id}. ${d.title[ctx.lang]}`}
                </option>
              );
            })}
          </select>
        </div>
        <Field
          name="year"
          type="number"
          label={t('indicators.year')}
          value={form.year ?? String(year)}
          error={fieldError('year')}
        />
        <Field
          name="office"
          label={t('indicators.office_code')}
          hint={t('indicators.office_code_hint')}
          value={form.office ?? ''}
          error={fieldError('office')}
        />
        <Field
          name="normative"
          label={t('indicators.col.normative')}
          hint={t('indicators.percent_hint')}
          value={form.normative ?? ''}
          error={fieldError('normative')}
        />
        <Field
          name="target"
          label={t('indicators.col.target')}
          hint={t('indicators.percent_hint')}
          value={form.target ?? ''}
          error={fieldError('target')}
        />
        <Field
          name="orderNumber"
          label={t('indicators.order_number')}
          value={form.orderNumber ?? ''}
          error={fieldError('orderNumber')}
        />
        <Field
          name="orderDate"
          type="date"
          label={t('indicators.order_date')}
          value={form.orderDate ?? ''}
          error={fieldError('orderDate')}
        />
        <button type="submit">{t('indicators.save')}</button>
      </form>
    </>
  );
}
