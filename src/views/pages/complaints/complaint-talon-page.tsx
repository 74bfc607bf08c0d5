// §25: the talon as a page — date and time of registration, the surname and name of the person who
// accepted the complaint, its number and tracking code, and how to follow its progress.
import { href, type ViewContext } from '../../view-context.js';

export interface ComplaintTalonPageProps {
  ctx: ViewContext;
  id: string;
  body: string;
  incomingNumber: string;
  trackingCode: string;
  registeredOn: string;
  registeredAt: string;
  acceptedBy: string;
  phone: string;
  checkUrl: string;
}

export function ComplaintTalonPage(p: ComplaintTalonPageProps) {
  const t = p.ctx.t;
  return (
    <>
      <p class="back-link">
        <a href={href(p.ctx.lang, `/staff/complaints/${p.id}`)}>
          {t('complaint.title', { number: p.incomingNumber })}
        </a>
      </p>
      <h1>{t('complaint.talon_title')}</h1>
      <p>{p.body}</p>
      <dl class="facts" id="talon">
        <dt>{t('complaint.col.number')}</dt>
        <dd id="talon-number">{p.incomingNumber}</dd>
        <dt>{t('complaint.d.tracking')}</dt>
        <dd id="talon-tracking">{p.trackingCode}</dd>
        <dt>{t('complaint.col.registered')}</dt>
        <dd id="talon-date">{p.registeredOn}</dd>
        <dt>{t('complaint.d.registered_at')}</dt>
        <dd id="talon-time">{p.registeredAt}</dd>
        <dt>{t('complaint.talon.accepted_by')}</dt>
        <dd id="talon-accepted-by">{p.acceptedBy}</dd>
      </dl>
      <p>{t('complaint.talon.progress', { phone: p.phone })}</p>
      <p>{t('complaint.talon.online', { url: p.checkUrl })}</p>
      <p class="hint">{t('complaint.court_right')}</p>
      <p>
        <a href={href(p.ctx.lang, `/staff/complaints/${p.id}/talon.pdf`)} id="talon-pdf">
          {t('complaint.talon_pdf')}
        </a>
      </p>
    </>
  );
}
