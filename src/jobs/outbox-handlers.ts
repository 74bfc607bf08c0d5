import type { OutboxHandler } from './outbox-worker.js';
import { EXPIRY_REMINDER_KIND } from './expiry-reminders.js';
import type { Database } from '../db/database.js';
import { findCaseContact } from '../db/case-contacts-store.js';
import { NOTIFY_KIND, caseOfDocument, type NotifyPayload } from '../db/notify-store.js';
import type { NotifyEvent } from '../domain/notify/notify.js';
import { queueCaseNotices, surveyToken } from '../app/notify/case-notices.js';
import { loggingSender, type MailSender, type SmsGateway } from './notify-senders.js';

/** A sender's error without the recipient: the address as given, any e-mail address, any long number. */
export function scrubAddresses(text: string, to: string): string {
  return text
    .split(to)
    .join('<recipient>')
    .replace(/[^\s<>"']+@[^\s<>"']+/gu, '<address>')
    .replace(/\+?\d[\d\s()-]{6,}\d/gu, '<number>');
}

export interface NotifyChannels {
  database: Database;
  /** The message's text in the application's language (views/notify-message.ts). */
  render: (
    lang: 'kk' | 'ru',
    event: NotifyEvent,
    vars: Record<string, string>,
  ) => { subject: string; text: string };
  /** Where the survey link points (PUBLIC_URL). */
  publicUrl: string;
  mail?: MailSender;
  sms?: SmsGateway;
}

/** The senders of outbox messages by kind. A message of a kind with no sender is retried and finally
 *  marked failed, never dropped silently. */
export function outboxHandlers(
  channels: NotifyChannels,
  note: (line: string) => void = (line) => console.info(line),
): Record<string, OutboxHandler> {
  const dev = loggingSender(note);
  const mail = channels.mail ?? dev;
  const sms = channels.sms ?? dev;
  const db = channels.database.db;
  return {
    // Issue 8: one message of a case on one channel. The address is read now from case_contacts (a
    // contact withdrawn or purged meanwhile means nothing to send); the text is made from the row's
    // non-personal facts in the application's language. A throw leaves the row to be retried.
    [NOTIFY_KIND]: async (raw, meta) => {
      const payload = raw as NotifyPayload;
      const contact = await findCaseContact(db, payload.caseId);
      const to = payload.channel === 'email' ? contact?.email : contact?.phone;
      if (!to) {
        note(`${NOTIFY_KIND} ${meta.messageId}: no contact on this channel any more, nothing sent`);
        return;
      }
      const vars = { ...payload.vars };
      // The track page, where the tracking code and the access code of the confirmation page open it.
      if (payload.event === 'received') vars.link = `${channels.publicUrl}/${payload.lang}/track`;
      if (payload.event === 'survey')
        vars.link = `${channels.publicUrl}/${payload.lang}/survey/${await surveyToken(db, payload.caseId)}`;
      const message = channels.render(payload.lang, payload.event, vars);
      try {
        if (payload.channel === 'email')
          await mail.send({
            to,
            subject: message.subject,
            text: message.text,
            messageId: meta.messageId,
            lang: payload.lang,
          });
        else await sms.send({ to, text: message.text, messageId: meta.messageId });
      } catch (e) {
        // The error goes to the outbox row and the log: never with the address in it (§17).
        throw new Error(scrubAddresses(String((e as Error).message ?? e), to));
      }
    },
    // Issue 6 queues one reminder per certificate; issue 8 tells the applicant of the case that issued
    // it, on each channel they left (deduplicated by the document, so a retry queues nothing twice).
    [EXPIRY_REMINDER_KIND]: async (payload, meta) => {
      const documentNumber = String(payload.documentNumber);
      const found = await caseOfDocument(db, documentNumber);
      const queued = found
        ? await channels.database.db.transaction((tx) =>
            queueCaseNotices(tx, {
              caseId: found.caseId,
              event: 'expiry',
              vars: {
                trackingCode: found.trackingCode,
                documentNumber,
                validUntil: String(payload.validUntil),
              },
              dedupe: `expiry:${documentNumber}`,
            }),
          )
        : 0;
      note(`${EXPIRY_REMINDER_KIND} ${meta.messageId}: ${queued} message(s) queued`);
    },
  };
}
