// Supervisors' figures (issue 6; domain.md §8): the registrations valid on a date by one dimension,
// groups by confession and office, overdue cases by office with a drill-down; small cells shown as
// "fewer than 5". A GET form without script; CSV and XLSX of the same tables.
import type { MessageKey } from '../../i18n/catalogue.js';
import { FIGURE_DIMENSIONS, type OverdueCase, type RegistryFigures } from '../../app/registry/figures.js';
import type { ShownCell } from '../../domain/registry/figure-cells.js';
import { ErrorSummary, Field } from '../components/form.js';
import { href, type ViewContext } from '../view-context.js';
import { confessionName } from './registry-page.js';

/** A cell's key in words: a confession by its name, a term bucket by its words, else as is. */
export function figureKey(ctx: ViewContext, by: string, key: string): string {
  if (key === 'unknown') return ctx.t('regfigures.unknown');
  if (by === 'confession') return confessionName(ctx, key);
  if (by === 'term') return ctx.t(`regfigures.term.${key}` as MessageKey);
  if (by === 'groups') {
    const [confession, office] = key.split(' · ');
    return `${confession === 'unknown' ? ctx.t('regfigures.unknown') : confessionName(ctx, confession)} · ${office}`;
  }
  return key;
}

export function cellText(ctx: ViewContext, c: ShownCell): string {
  return c.suppressed ? ctx.t('regfigures.suppressed') : String(c.count);
}

function Table({
  ctx,
  by,
  title,
  cells,
  total,
}: {
  ctx: ViewContext;
  by: string;
  title: string;
  cells: ShownCell[];
  total: number;
}) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{ctx.t('regfigures.col.key')}</th>
              <th scope="col">{ctx.t('regfigures.col.count')}</th>
            </tr>
          </thead>
          <tbody>
            {cells.map((c) => (
              <tr key={c.key}>
                <th scope="row">{figureKey(ctx, by, c.key)}</th>
                <td>{cellText(ctx, c)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{ctx.t('regfigures.total')}</th>
              <td>{total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

export function FiguresPage({
  ctx,
  figures,
  values,
  errors,
}: {
  ctx: ViewContext;
  figures: RegistryFigures | null;
  values: { on: string; by: string };
  errors: Record<string, string>;
}) {
  const t = ctx.t;
  const base = href(ctx.lang, '/staff/figures');
  const query = `on=${encodeURIComponent(values.on)}&by=${encodeURIComponent(values.by)}`;
  return (
    <>
      <h1>{t('regfigures.title')}</h1>
      <p>{t('regfigures.intro')}</p>
      <ErrorSummary
        ctx={ctx}
        errors={Object.entries(errors).map(([field, code]) => ({
          field,
          message: t(`regfigures.error.${field}.${code}` as MessageKey),
        }))}
      />
      <form method="get" action={base}>
        <Field
          name="on"
          type="date"
          label={t('regfigures.on')}
          value={values.on}
          error={errors.on && t(`regfigures.error.on.${errors.on}` as MessageKey)}
        />
        <div class="field">
          <label for="by">{t('regfigures.by')}</label>
          <select id="by" name="by">
            {FIGURE_DIMENSIONS.map((d) => (
              <option key={d} value={d} selected={d === values.by}>
                {t(`regfigures.by.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('regfigures.show')}</button>
      </form>
      {figures && (
        <>
          <p>
            {figures.region === null
              ? t('regfigures.scope_national')
              : t('regfigures.scope_region', { region: figures.region })}{' '}
            <a href={`${base}?${query}&format=csv`}>{ctx.t('regfigures.format_csv')}</a> ·{' '}
            <a href={`${base}?${query}&format=xlsx`}>{ctx.t('regfigures.format_xlsx')}</a>
          </p>
          <Table
            ctx={ctx}
            by={figures.by}
            title={t('regfigures.registrations', { date: figures.on, by: t(`regfigures.by.${figures.by}`) })}
            cells={figures.registrations.cells}
            total={figures.registrations.total}
          />
          <Table
            ctx={ctx}
            by="groups"
            title={t('regfigures.groups', { date: figures.on })}
            cells={figures.groups.cells}
            total={figures.groups.total}
          />
          <section aria-labelledby="overdue-title">
            <h2 id="overdue-title">{t('regfigures.overdue')}</h2>
            {figures.overdue.length === 0 ? (
              <p>{t('expiry.none')}</p>
            ) : (
              <ul>
                {figures.overdue.map((o) => (
                  <li key={o.officeCode}>
                    {o.drill ? (
                      <a href={href(ctx.lang, `/staff/figures/overdue?office=${o.officeCode}`)} class="code">
                        {o.officeCode}
                      </a>
                    ) : (
                      <span class="code">{o.officeCode}</span>
                    )}
                    : {o.count}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

export function OverdueCasesPage({
  ctx,
  officeCode,
  cases,
}: {
  ctx: ViewContext;
  officeCode: string;
  cases: OverdueCase[];
}) {
  const t = ctx.t;
  return (
    <>
      <p class="back-link">
        <a href={href(ctx.lang, '/staff/figures')}>{t('regfigures.title')}</a>
      </p>
      <h1>
        {t('regfigures.overdue')} <span class="code">{officeCode}</span>
      </h1>
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            <a href={href(ctx.lang, `/staff/cases/${c.id}`)} class="code">
              {c.trackingCode}
            </a>{' '}
            {t(`case.state.${c.state}` as MessageKey)} — {c.due}
          </li>
        ))}
      </ul>
    </>
  );
}
