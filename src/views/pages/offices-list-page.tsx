import { href, type ViewContext } from '../view-context.js';
import type { OfficeSummary, RegionGroup, RegionSummary } from '../../app/organisations/find-offices.js';
import { inLang } from './offices-parts.js';

function OfficeItem({
  ctx,
  office,
  showRegion,
}: {
  ctx: ViewContext;
  office: OfficeSummary;
  showRegion: boolean;
}) {
  const town = office.town ? inLang(ctx.lang, office.town) : null;
  const details = [showRegion ? inLang(ctx.lang, office.region.name) : null, town].filter(
    (x): x is string => x !== null,
  );
  return (
    <li>
      <a href={href(ctx.lang, `/offices/${office.code}`)}>{inLang(ctx.lang, office.name)}</a>
      {details.length > 0 && <span class="hint"> ({[...new Set(details)].join(', ')})</span>}
    </li>
  );
}

/** §1, annexes 1–2: the offices by region, or the offices a search found (sorted in the page's language). */
export function OfficesListPage({
  ctx,
  total,
  query,
  regionCode,
  regions,
  found,
  groups,
}: {
  ctx: ViewContext;
  total: number;
  query: string;
  regionCode: string;
  regions: RegionSummary[];
  /** The search's results when a query was given; otherwise null and `groups` lists every office. */
  found: OfficeSummary[] | null;
  groups: RegionGroup[];
}) {
  return (
    <>
      <h1>{ctx.t('offices.title')}</h1>
      <p class="lead">{ctx.t('offices.lead', { count: total })}</p>
      <form method="get" action={href(ctx.lang, '/offices')} class="form compact-form" role="search">
        <div class="field">
          <label for="q">{ctx.t('offices.search_label')}</label>
          <p class="hint" id="q-hint">
            {ctx.t('offices.search_hint')}
          </p>
          <input id="q" name="q" type="text" value={query} maxLength={100} aria-describedby="q-hint" />
        </div>
        <div class="field">
          <label for="region">{ctx.t('offices.region_label')}</label>
          <select id="region" name="region">
            <option value="" selected={regionCode === ''}>
              {ctx.t('offices.region_all')}
            </option>
            {regions.map((r) => (
              <option key={r.code} value={r.code} selected={r.code === regionCode}>
                {inLang(ctx.lang, r.name)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          {ctx.t('offices.search_submit')}
        </button>
      </form>
      {found !== null ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{ctx.t('offices.results', { count: found.length })}</h2>
          {found.length === 0 ? (
            <p>{ctx.t('offices.no_results')}</p>
          ) : (
            <ul class="link-list">
              {found.map((o) => (
                <OfficeItem key={o.code} ctx={ctx} office={o} showRegion />
              ))}
            </ul>
          )}
        </section>
      ) : (
        groups.map((g) => (
          <section key={g.region.code} aria-labelledby={`region-${g.region.code}`}>
            <h2 id={`region-${g.region.code}`}>{inLang(ctx.lang, g.region.name)}</h2>
            <ul class="link-list">
              {g.offices.map((o) => (
                <OfficeItem key={o.code} ctx={ctx} office={o} showRegion={false} />
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
