import type { OutboxHandler } from './outbox-worker.js';

/** The senders of outbox messages by kind. Later parts add theirs (e-mail, SMS, document rendering);
 *  a message of a kind with no sender is retried and finally marked failed, never dropped silently. */
export function outboxHandlers(): Record<string, OutboxHandler> {
  return {};
}
