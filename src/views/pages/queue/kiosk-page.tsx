// §9: the kiosk in the office's hall — choose the purpose, get a ticket (domain.md §5). A live queue:
// no pre-booking and no fast lane, so the only choice is the purpose. One form with one idempotency
// key: a double tap sends the same key and gets the same ticket.
import { QUEUE_PURPOSES } from '../../../domain/identifiers/queue-ticket.js';
import type { KioskClosedReason } from '../../../domain/queue/index.js';
import type { QueuePurpose } from '../../../domain/standard/index.js';
import { CsrfInput } from '../../components/form.js';
import type { ViewContext } from '../../view-context.js';

export const KIOSK_PURPOSES: readonly QueuePurpose[] = ['hand-in', 'collect', 'question', 'complaint'];
/** The ticket's letter (domain.md §5), as printed on it: the same in every language. */
const LETTER_OF = Object.fromEntries(
  Object.entries(QUEUE_PURPOSES).map(([letter, p]) => [p, letter]),
) as Record<QueuePurpose, string>;

export interface KioskPageProps {
  ctx: ViewContext;
  officeName: string;
  action: string;
  formKey: string;
  closed: { reason: KioskClosedReason; opensAt: string | null } | null;
  error: string | null;
}

export function KioskPage({ ctx, officeName, action, formKey, closed, error }: KioskPageProps) {
  return (
    <div class="kiosk">
      <p class="kiosk-office">{officeName}</p>
      <h1>{ctx.t('kiosk.title')}</h1>
      {error && (
        <div class="notice notice-warning" role="alert">
          {error}
        </div>
      )}
      {closed ? (
        <div class="kiosk-closed" role="status">
          <p class="kiosk-closed-reason">{ctx.t(`kiosk.closed.${closed.reason}`)}</p>
          {closed.opensAt && <p>{ctx.t('kiosk.opens_at', { time: closed.opensAt })}</p>}
        </div>
      ) : (
        <form method="post" action={action} class="kiosk-form">
          <CsrfInput ctx={ctx} />
          <input type="hidden" name="key" value={formKey} />
          <p id="kiosk-choose">{ctx.t('kiosk.choose')}</p>
          <div class="kiosk-buttons" role="group" aria-labelledby="kiosk-choose">
            {KIOSK_PURPOSES.map((p) => (
              <button key={p} type="submit" name="purpose" value={p} class={`kiosk-button kiosk-${p}`}>
                <span class="kiosk-letter" aria-hidden="true">
                  {LETTER_OF[p]}
                </span>
                <span class="kiosk-purpose">{ctx.t(`queue.purpose.${p}`)}</span>
                <span class="kiosk-hint">{ctx.t(`kiosk.hint.${p}`)}</span>
              </button>
            ))}
          </div>
          <p class="kiosk-note">{ctx.t('kiosk.live_queue')}</p>
        </form>
      )}
    </div>
  );
}

export interface KioskTicketProps {
  ctx: ViewContext;
  officeName: string;
  label: string;
  purpose: QueuePurpose;
  issuedAt: string;
  day: string;
  ahead: number | null;
  back: string;
  waitNorm: number;
}

export function KioskTicketPage({
  ctx,
  officeName,
  label,
  purpose,
  issuedAt,
  day,
  ahead,
  back,
  waitNorm,
}: KioskTicketProps) {
  return (
    <div class="kiosk kiosk-ticket-page">
      <section class="ticket" aria-labelledby="ticket-label">
        <p class="ticket-office">{officeName}</p>
        <p class="ticket-caption">{ctx.t('kiosk.ticket_caption')}</p>
        <p class="ticket-label" id="ticket-label">
          {label}
        </p>
        <p class="ticket-purpose">{ctx.t(`queue.purpose.${purpose}`)}</p>
        <p class="ticket-time">{ctx.t('kiosk.issued_at', { time: issuedAt, day })}</p>
        {ahead !== null && <p class="ticket-ahead">{ctx.t('kiosk.ahead', { count: ahead })}</p>}
        <p class="ticket-norm">{ctx.t('kiosk.norm', { minutes: waitNorm })}</p>
        <p class="ticket-watch">{ctx.t('kiosk.watch_board')}</p>
      </section>
      <div class="kiosk-actions no-print">
        <button type="button" class="button" data-print hidden>
          {ctx.t('kiosk.print')}
        </button>
        <a class="button button-secondary" href={back}>
          {ctx.t('kiosk.done')}
        </a>
      </div>
    </div>
  );
}
