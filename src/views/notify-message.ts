// Issue 8: the text of a message to the applicant, in the application's language (kk or ru, domain.md
// §6), from the non-personal facts the outbox row carries. Short: it says what happened and what next.
import { translate, type MessageKey } from '../i18n/i18n.js';
import type { NotifyEvent } from '../domain/notify/notify.js';
import { isPlainDate } from '../domain/time/plain-date.js';
import { formatLegalDate } from './legal-date.js';

export interface RenderedMessage {
  subject: string;
  text: string;
}

const DATE_VARS = ['resultDue', 'refusalDue', 'validUntil'];

export function renderNotifyMessage(
  lang: 'kk' | 'ru',
  event: NotifyEvent,
  vars: Record<string, string>,
): RenderedMessage {
  const params: Record<string, string> = {
    trackingCode: '',
    incomingNumber: '',
    resultDue: '',
    documentNumber: '',
    outgoingNumber: '',
    refusalDue: '',
    validUntil: '',
    link: '',
    office: '',
  };
  for (const [k, v] of Object.entries(vars)) {
    params[k] = DATE_VARS.includes(k) && isPlainDate(v) ? formatLegalDate(v, lang) : v;
  }
  return {
    subject: translate(lang, `notify.msg.subject.${event}` as MessageKey, params),
    text: translate(lang, `notify.msg.body.${event}` as MessageKey, params),
  };
}
