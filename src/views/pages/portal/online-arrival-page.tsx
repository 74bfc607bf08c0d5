// Issue 8, reaching the office: the clerk types the tracking code the applicant gives, sees the online
// application waiting at this office, opens it to check the originals and passport against it, and
// takes it in without retyping (then it goes to the records service for the §14 stamp).
import { href, type ViewContext } from '../../view-context.js';
import { CsrfInput, Field, Notice } from '../../components/form.js';

export interface OnlineArrivalProps {
  ctx: ViewContext;
  code: string;
  found: { caseId: string; version: number; trackingCode: string; kindName: string } | null;
  searched: boolean;
  takeInKey: string;
}

export function OnlineArrivalPage(props: OnlineArrivalProps) {
  const { ctx, found } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('portal.staff.title')}</h1>
      <p class="lead">{t('portal.staff.lead')}</p>
      <form method="get" action={href(ctx.lang, '/staff/cases/online')} class="form" novalidate>
        <Field name="code" label={t('portal.staff.code')} value={props.code} autocomplete="off" />
        <button type="submit" class="button">
          {t('portal.staff.find')}
        </button>
      </form>
      {props.searched && !found && (
        <Notice kind="warning">
          <p>{t('portal.staff.not_found')}</p>
        </Notice>
      )}
      {found && (
        <section aria-labelledby="arrival-title">
          <h2 id="arrival-title">
            {t('portal.staff.found', { code: found.trackingCode, kind: found.kindName })}
          </h2>
          <p>
            <a href={href(ctx.lang, `/staff/cases/${found.caseId}`)}>{t('portal.staff.open_case')}</a>
          </p>
          <form method="post" action={href(ctx.lang, '/staff/cases/online/take-in')} class="form">
            <CsrfInput ctx={ctx} />
            <input type="hidden" name="caseId" value={found.caseId} />
            <input type="hidden" name="version" value={String(found.version)} />
            <input type="hidden" name="key" value={props.takeInKey} />
            <button type="submit" class="button">
              {t('portal.staff.take_in')}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
