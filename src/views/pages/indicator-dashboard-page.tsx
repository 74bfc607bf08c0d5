// Issue 10: the indicators' dashboard — each indicator by month, the offices ranked, where targets
// are missed, the queue figures by month and today's overdue cases and complaints. Every chart is a
// server-drawn SVG hidden from screen readers, with the table of its values beside it; a GET form,
// no script.
import type { Dashboard } from '../../app/indicators/dashboard.js';
import type { ScopeChoice } from '../../app/indicators/annex9-table.js';
import type { RollupRun } from '../../domain/indicators/rollup-run.js';
import { ANNEX_9 } from '../../domain/indicators/annex9.js';
import type { ShareValue } from '../../domain/indicators/shares.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { ErrorSummary, Field } from '../components/form.js';
import { RollupFreshness } from '../components/rollup-freshness.js';
import { BarChart, ColumnChart } from '../components/svg-chart.js';
import { organisationName } from '../organisation-name.js';
import { href, type ViewContext } from '../view-context.js';
import {
  currentText,
  indicatorTitle,
  percentText,
  RebuiltNotice,
  ScopeSelect,
  scopeTitle,
} from './indicators-page.js';

const percentOf = (v: ShareValue) => (v.kind === 'value' ? v.percent : null);
const minutes = (ctx: ViewContext, v: number | null) =>
  v === null ? '—' : v.toLocaleString(ctx.lang === 'en' ? 'en-GB' : ctx.lang === 'ru' ? 'ru-RU' : 'kk-KZ');

export function IndicatorDashboardPage({
  ctx,
  dashboard,
  choices,
  values,
  errors,
  canRebuild,
  rebuilt,
}: {
  ctx: ViewContext;
  dashboard: Dashboard | null;
  choices: ScopeChoice[];
  values: { scope: string; year: string; indicator: string };
  errors: Record<string, string>;
  canRebuild: boolean;
  rebuilt: RollupRun | null;
}) {
  const t = ctx.t;
  const base = href(ctx.lang, '/staff/indicators/dashboard');
  const d = dashboard;
  const query = d ? `scope=${encodeURIComponent(d.scopeValue)}&year=${d.year}&indicator=${d.rankBy.id}` : '';
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.intro')}</p>
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
        <div class="field">
          <label for="indicator">{t('dashboard.indicator')}</label>
          <select id="indicator" name="indicator">
            {ANNEX_9.map((i) => (
              <option key={i.id} value={i.id} selected={i.id === values.indicator}>
                {indicatorTitle(ctx, { indicator: i })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('indicators.show')}</button>
      </form>
      <p>
        <a
          href={`${href(ctx.lang, '/staff/indicators')}${d ? `?scope=${encodeURIComponent(d.scopeValue)}&year=${d.year}` : ''}`}
        >
          {t('indicators.nav')}
        </a>
      </p>
      {d && (
        <RollupFreshness
          ctx={ctx}
          freshness={d.freshness}
          canRebuild={canRebuild}
          back={`${base}?${query}`}
        />
      )}
      {d && (
        <>
          <h2>{t('indicators.table_title', { scope: scopeTitle(ctx, d), year: d.year })}</h2>
          <p>{t('indicators.period', { from: d.from, to: d.to })}</p>
          {d.trends.map((trend, n) => (
            <section key={trend.indicator.id} aria-labelledby={`trend-${n}`}>
              <h3 id={`trend-${n}`}>
                {t('dashboard.trend_title', { indicator: indicatorTitle(ctx, trend) })}
              </h3>
              <div class="chart-pair">
                <ColumnChart
                  items={trend.months.map((m) => ({ label: m.month.slice(5), value: percentOf(m.value) }))}
                />
                <div class="table-wrap">
                  <table>
                    <caption>{t('dashboard.trend_caption', { indicator: trend.indicator.printed })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('dashboard.col.month')}</th>
                        <th scope="col">{t('dashboard.col.value')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {trend.months.map((m) => (
                        <tr key={m.month}>
                          <th scope="row">{m.month}</th>
                          <td>{currentText(ctx, m.value)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            </section>
          ))}

          <section aria-labelledby="ranked-title">
            <h2 id="ranked-title">
              {t('dashboard.ranked_title', { indicator: indicatorTitle(ctx, { indicator: d.rankBy }) })}
            </h2>
            <div class="chart-pair">
              <BarChart items={d.ranked.map((o) => ({ label: o.code, value: percentOf(o.value) }))} />
              <div class="table-wrap">
                <table>
                  <caption>{t('dashboard.ranked_caption', { indicator: d.rankBy.printed })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.col.rank')}</th>
                      <th scope="col">{t('dashboard.col.office')}</th>
                      <th scope="col">{t('dashboard.col.value')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.ranked.map((o, i) => (
                      <tr key={o.code}>
                        <td>{o.value.kind === 'value' ? i + 1 : '—'}</td>
                        <th scope="row">
                          {organisationName(ctx.lang, o)} ({o.code})
                        </th>
                        <td>{currentText(ctx, o.value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </section>

          <section aria-labelledby="missed-title">
            <h2 id="missed-title">{t('dashboard.missed_title')}</h2>
            {d.missed.length === 0 ? (
              <p>{t('dashboard.missed_none')}</p>
            ) : (
              <div class="table-wrap">
                <table>
                  <caption>{t('dashboard.missed_caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.col.office')}</th>
                      <th scope="col">{t('dashboard.col.indicator')}</th>
                      <th scope="col">{t('dashboard.col.current')}</th>
                      <th scope="col">{t('dashboard.col.goal')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.missed.map((m) => (
                      <tr key={`${m.code}-${m.indicator.id}`}>
                        <th scope="row">
                          {organisationName(ctx.lang, m)} ({m.code})
                        </th>
                        <td>{indicatorTitle(ctx, m)}</td>
                        <td>{currentText(ctx, m.current)}</td>
                        <td>{percentText(ctx, m.goal)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="queue-title">
            <h2 id="queue-title">{t('dashboard.queue_title')}</h2>
            <p class="hint">{t('dashboard.queue_chart')}</p>
            <div class="chart-pair">
              <ColumnChart
                items={d.queue.map((q) => ({ label: q.month.slice(5), value: percentOf(q.queueWait) }))}
              />
              <div class="table-wrap">
                <table>
                  <caption>{t('dashboard.queue_caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.col.month')}</th>
                      <th scope="col">{t('dashboard.col.tickets')}</th>
                      <th scope="col">{t('dashboard.col.queue_wait')}</th>
                      <th scope="col">{t('dashboard.col.service')}</th>
                      <th scope="col">{t('dashboard.col.collect_wait')}</th>
                      <th scope="col">{t('dashboard.col.wait_median')}</th>
                      <th scope="col">{t('dashboard.col.service_median')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.queue.map((q) => (
                      <tr key={q.month}>
                        <th scope="row">{q.month}</th>
                        <td>{q.tickets}</td>
                        <td>{currentText(ctx, q.queueWait)}</td>
                        <td>{currentText(ctx, q.service)}</td>
                        <td>{currentText(ctx, q.collectWait)}</td>
                        <td>{minutes(ctx, q.wait.median)}</td>
                        <td>{minutes(ctx, q.serviceTime.median)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </section>

          <section aria-labelledby="overdue-title">
            <h2 id="overdue-title">{t('dashboard.overdue_title')}</h2>
            {d.overdue.length === 0 ? (
              <p>{t('dashboard.overdue_none')}</p>
            ) : (
              <div class="chart-pair">
                <BarChart
                  max={Math.max(...d.overdue.map((o) => o.cases + o.complaints))}
                  items={d.overdue.map((o) => ({
                    label: o.code,
                    value: o.cases + o.complaints,
                    missed: true,
                  }))}
                />
                <div class="table-wrap">
                  <table>
                    <caption>{t('dashboard.overdue_caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('dashboard.col.office')}</th>
                        <th scope="col">{t('dashboard.col.overdue_cases')}</th>
                        <th scope="col">{t('dashboard.col.overdue_complaints')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.overdue.map((o) => (
                        <tr key={o.code}>
                          <th scope="row">
                            {organisationName(ctx.lang, o)} ({o.code})
                          </th>
                          <td>
                            {o.casesLink && o.cases > 0 ? (
                              <a
                                href={href(ctx.lang, o.casesLink)}
                                aria-label={t('dashboard.open_cases', { office: o.code })}
                              >
                                {o.cases}
                              </a>
                            ) : (
                              o.cases
                            )}
                          </td>
                          <td>
                            {o.complaintsLink && o.complaints > 0 ? (
                              <a
                                href={href(ctx.lang, o.complaintsLink)}
                                aria-label={t('dashboard.open_complaints')}
                              >
                                {o.complaints}
                              </a>
                            ) : (
                              o.complaints
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}
