// Issue 8: on the case page, the messages sent to the applicant and how their delivery went
// (queued, sent, failed, retried); and, after the end, the survey link to hand to the applicant.
import type { MessageKey } from '../../i18n/i18n.js';
import type { CaseMessagesView } from '../../app/notify/case-notices.js';
import type { ViewContext } from '../view-context.js';
import { localTime } from './case-timeline.js';

export function CaseMessages({
  ctx,
  view,
  timeZone,
}: {
  ctx: ViewContext;
  view: CaseMessagesView;
  timeZone: string;
}) {
  const t = ctx.t;
  const state = (m: CaseMessagesView['messages'][number]) => {
    if (m.status === 'queued' && m.attempts > 0)
      return t('notify.state.retried', { attempts: m.attempts + 1 });
    return t(`notify.state.${m.status}` as MessageKey);
  };
  return (
    <section class="case-messages" aria-labelledby="case-messages-title">
      <h2 id="case-messages-title">{t('notify.case.title')}</h2>
      {view.messages.length === 0 ? (
        <p>{t('notify.case.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('notify.case.col_event')}</th>
                <th scope="col">{t('notify.case.col_channel')}</th>
                <th scope="col">{t('notify.case.col_queued')}</th>
                <th scope="col">{t('notify.case.col_state')}</th>
              </tr>
            </thead>
            <tbody>
              {view.messages.map((m) => (
                <tr key={m.id} data-state={m.status}>
                  <td>{t(`notify.event.${m.event}` as MessageKey)}</td>
                  <td>{t(`notify.channel.${m.channel}` as MessageKey)}</td>
                  <td>{localTime(m.createdAt, timeZone)}</td>
                  <td>
                    {state(m)}
                    {m.sentAt ? ` (${localTime(m.sentAt, timeZone)})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view.surveyUrl && (
        <p class="survey-link">
          {t('notify.case.survey_link')} <a href={view.surveyUrl}>{view.surveyUrl}</a>
        </p>
      )}
    </section>
  );
}
