// Issue 8, "be told": the messages an act of a case sends to the applicant who left a contact, queued
// in the outbox in the act's own transaction (so a rollback sends nothing and a crash loses nothing),
// one row per channel, in the application's language (domain.md §6). The address is never copied: the
// sender reads it from case_contacts at delivery. With no contact nothing is queued.
import { createHash, createHmac } from 'node:crypto';
import { findCaseContact } from '../../db/case-contacts-store.js';
import type { Executor } from '../../db/database.js';
import { installationSecret } from '../../db/installation-secret.js';
import {
  caseMessagesOf,
  createSurveyInvitation,
  enqueueCaseMessage,
  hasSurveyInvitation,
  type CaseMessageRow,
} from '../../db/notify-store.js';
import type { NotifyChannel, NotifyEvent } from '../../domain/notify/notify.js';

export async function queueCaseNotices(
  tx: Executor,
  input: { caseId: string; event: NotifyEvent; vars: Record<string, string>; dedupe?: string },
): Promise<number> {
  const contact = await findCaseContact(tx, input.caseId);
  if (!contact) return 0;
  const channels: NotifyChannel[] = [];
  if (contact.email) channels.push('email');
  if (contact.phone) channels.push('sms');
  let queued = 0;
  for (const channel of channels)
    if (
      await enqueueCaseMessage(
        tx,
        { caseId: input.caseId, event: input.event, channel, lang: contact.lang, vars: input.vars },
        input.dedupe ?? input.event,
      )
    )
      queued++;
  return queued;
}

const SECRET_KEY = 'survey_secret';

/**
 * The survey token of a case: an HMAC of the case id under the installation's own secret, so it is
 * as unguessable as a random one, is never stored (only its hash is) and can be shown again on the
 * counter's page and put in the message at delivery without keeping it anywhere.
 */
export async function surveyToken(ex: Executor, caseId: string): Promise<string> {
  const secret = await installationSecret(ex, SECRET_KEY);
  return createHmac('sha256', secret).update(`survey:${caseId}`).digest('base64url');
}

export const hashSurveyToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** domain.md §7: after hand-over or refusal delivered, the case is invited to rate the service. */
export async function inviteToSurvey(
  tx: Executor,
  input: { caseId: string; organisationId: string; trackingCode: string },
): Promise<void> {
  const token = await surveyToken(tx, input.caseId);
  await createSurveyInvitation(tx, input.caseId, input.organisationId, hashSurveyToken(token));
  await queueCaseNotices(tx, {
    caseId: input.caseId,
    event: 'survey',
    vars: { trackingCode: input.trackingCode },
  });
}

export interface CaseMessagesView {
  messages: CaseMessageRow[];
  /** The survey's address for this case, once invited (after hand-over or refusal delivered). */
  surveyUrl: string | null;
}

/** Issue 8: the messages of a case and their delivery state, for staff who may read the case (the
 *  caller has checked that with readCase); and the survey link to hand to the applicant. */
export async function caseMessagesView(
  ex: Executor,
  caseId: string,
  lang: string,
  publicUrl: string,
): Promise<CaseMessagesView> {
  const messages = await caseMessagesOf(ex, caseId);
  const surveyUrl = (await hasSurveyInvitation(ex, caseId))
    ? `${publicUrl}/${lang}/survey/${await surveyToken(ex, caseId)}`
    : null;
  return { messages, surveyUrl };
}
