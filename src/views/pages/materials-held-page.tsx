// domain.md §4: the §11.1 items are "tracked until returned" — the office's ended cases (handed over,
// refusal delivered, withdrawn, abandoned) that still hold items handed in, the longest-held first,
// each linked to its inventory on the case page. Nothing is kept silently.
import type { MessageKey } from '../../i18n/catalogue.js';
import { href, type ViewContext } from '../view-context.js';
import { localTime } from '../components/case-timeline.js';

export interface HeldMaterialsLine {
  caseId: string;
  trackingCode: string;
  state: string;
  endedAt: Date;
  items: number;
  pieces: number;
}

export function MaterialsHeldPage(props: {
  ctx: ViewContext;
  rows: readonly HeldMaterialsLine[];
  timeZone: string;
}) {
  const { ctx, rows } = props;
  const t = ctx.t;
  return (
    <>
      <p class="back-link">
        <a href={href(ctx.lang, '/staff/cases')}>{t('case.back_to_list')}</a>
      </p>
      <h1>{t('materials.held_title')}</h1>
      <p class="lead">{t('materials.held_lead')}</p>
      {rows.length === 0 ? (
        <p>{t('materials.held_none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="materials-held">
            <thead>
              <tr>
                <th scope="col">{t('case.tracking')}</th>
                <th scope="col">{t('case.state')}</th>
                <th scope="col">{t('materials.col.ended')}</th>
                <th scope="col">{t('materials.col.held')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.caseId}>
                  <td>
                    <a href={`${href(ctx.lang, `/staff/cases/${r.caseId}`)}#materials-title`}>
                      {r.trackingCode}
                    </a>
                  </td>
                  <td>{t(`case.state.${r.state}` as MessageKey)}</td>
                  <td>{localTime(r.endedAt, props.timeZone)}</td>
                  <td>{t('materials.held_count', { items: r.items, pieces: r.pieces })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
