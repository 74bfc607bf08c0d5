import type { OutboxHandler } from './outbox-worker.js';
import { EXPIRY_REMINDER_KIND } from './expiry-reminders.js';

/** The senders of outbox messages by kind. Later parts add theirs (e-mail, SMS, document rendering);
 *  a message of a kind with no sender is retried and finally marked failed, never dropped silently. */
export function outboxHandlers(
  note: (line: string) => void = (line) => console.info(line),
): Record<string, OutboxHandler> {
  return {
    // Issue 6: the expiry reminder is queued and recorded on the timeline; its e-mail and SMS senders
    // come with the portal issue. Until then its delivery is noted as having no channel (by the
    // message's id only: no number, no name) and does not fail.
    [EXPIRY_REMINDER_KIND]: async (_payload, meta) => {
      note(`${EXPIRY_REMINDER_KIND} ${meta.messageId}: no channel yet`);
    },
  };
}
