// Issue 8: how messages to applicants leave the system. E-mail goes by SMTP (nodemailer, SMTP_URL);
// SMS through a pluggable gateway — one HTTP implementation (SMS_GATEWAY_URL) — and, when none is
// configured, a logging stand-in for development that notes the message id and length only: never an
// address, a phone or the text (§17, domain.md §8).
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable across retries, so that a repeated delivery can be recognised by the receiver. */
  messageId: string;
  lang: 'kk' | 'ru';
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}

export interface OutgoingSms {
  to: string;
  text: string;
  messageId: string;
}

/** An SMS gateway: sends one text or throws (the outbox retries it later). */
export interface SmsGateway {
  send(sms: OutgoingSms): Promise<void>;
}

export function smtpMailSender(smtpUrl: string, from: string, host: string): MailSender {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.messageId}@${host}>`,
        headers: { 'Content-Language': mail.lang },
      });
    },
  };
}

/** Posts `{ id, to, text }` as JSON; any answer but 2xx (or no answer within 10 s) is a failure. */
export function httpSmsGateway(url: string, timeoutMs = 10_000): SmsGateway {
  return {
    async send(sms) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': sms.messageId },
        body: JSON.stringify({ id: sms.messageId, to: sms.to, text: sms.text }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

/** Development: no gateway or SMTP server configured — the message is noted, not sent. */
export function loggingSender(note: (line: string) => void): MailSender & SmsGateway {
  return {
    async send(message: OutgoingMail | OutgoingSms) {
      const channel = 'subject' in message ? 'e-mail' : 'sms';
      note(
        `${channel} ${message.messageId}: ${message.text.length} characters, not sent (no ${channel} channel configured)`,
      );
    },
  };
}
