// §20–25: the complaints worklist of an office or an akimat — overdue ones first, apart (domain.md §4:
// clocks never pause), then all of them by due day; an akimat also sees its offices' overdue ones (§21).
import type { MessageKey } from '../../../i18n/catalogue.js';
import { href, type ViewContext } from '../../view-context.js';
import { Notice } from '../../components/form.js';

export interface ComplaintListItem {
  id: string;
  incomingNumber: string;
  trackingCode: string;
  kind: string;
  addressee: string;
  state: string;
  registeredOn: string;
  dueOn: string;
  officeCode: string;
  overdue: boolean;
  /** Only the organisations that registered or handle it open it. */
  linked: boolean;
}

export interface ComplaintsListPageProps {
  ctx: ViewContext;
  items: readonly ComplaintListItem[];
  overdue: readonly ComplaintListItem[];
  officesOverdue: readonly ComplaintListItem[];
  mayRegister: boolean;
  notice: string | null;
  /** §25: the tracking code asked about by phone, and whether it was not found here. */
  asked: string;
  notFound: boolean;
}

function Table({
  ctx,
  items,
  caption,
  id,
}: {
  ctx: ViewContext;
  items: readonly ComplaintListItem[];
  caption: string;
  id: string;
}) {
  const t = ctx.t;
  if (items.length === 0) return <p>{t('complaint.none')}</p>;
  return (
    <div class="table-wrap">
      <table class="complaints" id={id}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('complaint.col.number')}</th>
            <th scope="col">{t('complaint.col.tracking')}</th>
            <th scope="col">{t('complaint.col.office')}</th>
            <th scope="col">{t('complaint.col.kind')}</th>
            <th scope="col">{t('complaint.col.addressee')}</th>
            <th scope="col">{t('complaint.col.state')}</th>
            <th scope="col">{t('complaint.col.registered')}</th>
            <th scope="col">{t('complaint.col.due')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} class={c.overdue ? 'overdue' : undefined} data-complaint={c.trackingCode}>
              <th scope="row">
                {c.linked ? (
                  <a href={href(ctx.lang, `/staff/complaints/${c.id}`)}>{c.incomingNumber}</a>
                ) : (
                  c.incomingNumber
                )}
              </th>
              <td>{c.trackingCode}</td>
              <td>{c.officeCode}</td>
              <td>{t(`complaint.kind.${c.kind}` as MessageKey)}</td>
              <td>{t(`complaint.addressee.${c.addressee}` as MessageKey)}</td>
              <td>{t(`complaint.state.${c.state}` as MessageKey)}</td>
              <td>{c.registeredOn}</td>
              <td>
                {c.dueOn}
                {c.overdue && (
                  <>
                    {' '}
                    <strong class="badge badge-warning">{t('complaint.overdue_badge')}</strong>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ComplaintsListPage(props: ComplaintsListPageProps) {
  const { ctx } = props;
  const t = ctx.t;
  return (
    <>
      <h1>{t('complaint.list_title')}</h1>
      <p class="lead">{t('complaint.list_lead')}</p>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.mayRegister && (
        <p>
          <a class="button" href={href(ctx.lang, '/staff/complaints/new')} id="register-complaint">
            {t('complaint.register_link')}
          </a>
        </p>
      )}
      <form
        method="get"
        action={href(ctx.lang, '/staff/complaints')}
        class="form inline-form"
        id="phone-desk"
      >
        <h2>{t('complaint.phone_desk_title')}</h2>
        <p class="hint">{t('complaint.phone_desk_lead')}</p>
        {props.notFound && (
          <p class="error-message" id="phone-code-error">
            {t('complaint.public.not_found')}
          </p>
        )}
        <label for="phone-code">{t('complaint.d.tracking')}</label>
        <input id="phone-code" name="code" type="text" value={props.asked} autocomplete="off" />
        <button type="submit" class="button button-secondary">
          {t('complaint.phone_desk_submit')}
        </button>
      </form>
      <h2>{t('complaint.overdue_title')}</h2>
      <Table ctx={ctx} items={props.overdue} caption={t('complaint.overdue_title')} id="complaints-overdue" />
      {props.officesOverdue.length > 0 && (
        <>
          <h2>{t('complaint.offices_overdue_title')}</h2>
          <Table
            ctx={ctx}
            items={props.officesOverdue}
            caption={t('complaint.offices_overdue_title')}
            id="complaints-offices-overdue"
          />
        </>
      )}
      <h2>{t('complaint.all_title')}</h2>
      <Table ctx={ctx} items={props.items} caption={t('complaint.all_title')} id="complaints-all" />
    </>
  );
}
