// A case's timeline: every action of its append-only log — when (in the office's time zone), who
// (staff see each other's names), what, and the facts the action recorded.
import type { ViewContext } from '../view-context.js';
import type { CaseAction } from '../../domain/case/index.js';
import { wallTimeAt } from '../../domain/calendar/index.js';

/** "2026-03-03 14:05" in the office's zone. */
export function localTime(iso: string | Date, timeZone: string): string {
  const w = wallTimeAt(typeof iso === 'string' ? new Date(iso) : iso, timeZone);
  const hh = String(Math.floor(w.minutes / 60)).padStart(2, '0');
  const mm = String(w.minutes % 60).padStart(2, '0');
  return `${w.date} ${hh}:${mm}`;
}

function details(ctx: ViewContext, a: CaseAction, itemName: (id: string) => string): string[] {
  const t = ctx.t;
  switch (a.kind) {
    case 'stamp':
      return [
        t('case.detail_incoming', { number: a.incomingNumber }),
        t(a.checklist.complete ? 'case.detail_complete' : 'case.detail_incomplete'),
      ];
    case 'receive_transfer':
      return [t('case.detail_incoming', { number: a.incomingNumber })];
    case 'transfer':
      return [
        t('case.detail_to_office', { code: a.toOfficeCode }),
        t('case.detail_reason', { reason: a.reason }),
      ];
    case 'send_back':
    case 'withdraw':
      return [t('case.detail_reason', { reason: a.reason })];
    case 'sign':
      return [
        t('case.detail_document', { number: a.documentNumber }),
        ...(a.validUntil ? [t('case.detail_valid_until', { date: a.validUntil })] : []),
        ...(a.signerRole === 'acting_head' ? [t('role.acting_head')] : []),
      ];
    case 'sign_refusal':
      return [t('case.detail_outgoing', { number: a.outgoingNumber })];
    case 'draft_refusal':
      return [t('case.detail_missing', { items: a.missingItemIds.map(itemName).join('; ') })];
    case 'hand_over':
      return [
        t(
          a.recipient === 'representative'
            ? 'case.detail_recipient_representative'
            : 'case.detail_recipient_applicant',
        ),
      ];
    case 'deliver_refusal':
      return [
        t(a.how === 'post' ? 'case.detail_post' : 'case.detail_in_person', {
          proof: a.proof.reference,
          day: a.on,
        }),
      ];
    case 'correct':
      return [t('case.detail_reason', { reason: a.reason })];
    case 'reopen':
      return [
        t(a.ground === 'court' ? 'complaint.reopen_court' : 'complaint.reopen_complaint', {
          day: a.startDay,
        }),
      ];
    default:
      return [];
  }
}

export function CaseTimeline(props: {
  ctx: ViewContext;
  actions: readonly CaseAction[];
  names: Readonly<Record<string, string>>;
  timeZone: string;
  itemName: (id: string) => string;
}) {
  const { ctx } = props;
  const who = (a: CaseAction) => {
    if (a.actor.accountId) return props.names[a.actor.accountId] ?? a.actor.accountId;
    return ctx.t(a.actor.roles.includes('applicant') ? 'case.actor_applicant' : 'case.actor_system');
  };
  return (
    <div class="table-wrap">
      <table class="case-timeline">
        <caption class="visually-hidden">{ctx.t('case.timeline_title')}</caption>
        <thead>
          <tr>
            <th scope="col">{ctx.t('case.timeline_when')}</th>
            <th scope="col">{ctx.t('case.timeline_what')}</th>
            <th scope="col">{ctx.t('case.timeline_who')}</th>
          </tr>
        </thead>
        <tbody>
          {props.actions.map((a, i) => (
            <tr key={i}>
              <td>
                <time dateTime={a.at}>{localTime(a.at, props.timeZone)}</time>
              </td>
              <th scope="row">
                {ctx.t(`case.event.${a.kind}`)}
                {details(ctx, a, props.itemName).map((d, j) => (
                  <span class="detail" key={j}>
                    {d}
                  </span>
                ))}
              </th>
              <td>{who(a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
