// The office's expiry worklist (issue 6; domain.md §4 "after the end"): certificates expiring within
// 30 days and those expired, each linked to its document page (where re-registration starts).
import type { ExpiryWorklist, ExpiryRow } from '../../app/registry/expiry-worklist.js';
import { Field } from '../components/form.js';
import { organisationName } from '../organisation-name.js';
import { href, type ViewContext } from '../view-context.js';
import { documentPath } from './document-page.js';

function Rows({
  ctx,
  rows,
  caption,
  id,
}: {
  ctx: ViewContext;
  rows: ExpiryRow[];
  caption: string;
  id: string;
}) {
  const t = ctx.t;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {caption} <span class="count">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p>{t('expiry.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registry.col.document')}</th>
                <th scope="col">{t('docpage.holder')}</th>
                <th scope="col">{t('registry.col.valid_until')}</th>
                <th scope="col">{t('expiry.col.days')}</th>
                <th scope="col">{t('expiry.col.reminder')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.number}>
                  <th scope="row">
                    <a class="code" href={href(ctx.lang, documentPath(r.number))}>
                      {r.number}
                    </a>
                  </th>
                  <td>{r.holder}</td>
                  <td>{r.validUntil}</td>
                  <td>
                    {r.daysLeft >= 0
                      ? t('expiry.days_left', { n: r.daysLeft })
                      : t('expiry.days_ago', { n: -r.daysLeft })}
                  </td>
                  <td>{r.reminded ? t('expiry.reminded') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ExpiryWorklistPage({
  ctx,
  list,
  officeCode,
}: {
  ctx: ViewContext;
  list: ExpiryWorklist | null;
  /** Shown to supervisors, who name the office. */
  officeCode: string | null;
}) {
  const t = ctx.t;
  return (
    <>
      <p class="back-link">
        <a href={href(ctx.lang, '/staff/registry')}>{t('registry.back')}</a>
      </p>
      <h1>{t('expiry.title')}</h1>
      {officeCode !== null && (
        <form method="get" action={href(ctx.lang, '/staff/expiring')}>
          <Field name="office" label={t('expiry.office')} value={officeCode} />
          <button type="submit">{t('expiry.show')}</button>
        </form>
      )}
      {list && <List ctx={ctx} list={list} />}
    </>
  );
}

function List({ ctx, list }: { ctx: ViewContext; list: ExpiryWorklist }) {
  const t = ctx.t;
  return (
    <>
      <p>
        {organisationName(ctx.lang, list.office)} <span class="code">{list.office.code}</span> —{' '}
        {t('expiry.today', { date: list.today })}
      </p>
      <Rows ctx={ctx} rows={list.expiring} caption={t('expiry.expiring')} id="expiring-title" />
      <Rows ctx={ctx} rows={list.expired} caption={t('expiry.expired')} id="expired-title" />
    </>
  );
}
