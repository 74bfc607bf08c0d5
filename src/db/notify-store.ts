// Issue 8: the messages of a case (outbox rows tagged in case_messages) and the survey's invitations
// and anonymous answers.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { NotifyChannel, NotifyEvent, SurveyScores } from '../domain/notify/notify.js';
import type { PlainDate } from '../domain/time/plain-date.js';
import { queryRows, type Executor } from './database.js';
import { caseMessages, outbox, surveyAnswers, surveyInvitations } from './schema/index.js';

export const NOTIFY_KIND = 'notify.message';

/** What a notify outbox row carries: ids and the non-personal facts of the message, never an address. */
export interface NotifyPayload {
  caseId: string;
  event: NotifyEvent;
  channel: NotifyChannel;
  lang: 'kk' | 'ru';
  /** Tracking code, incoming number, due day, document number, valid until… (nothing personal). */
  vars: Record<string, string>;
  [key: string]: unknown;
}

/** Queues one message of a case; a second call for the same case, event and channel is a no-op. */
export async function enqueueCaseMessage(
  tx: Executor,
  payload: NotifyPayload,
  dedupe: string,
): Promise<boolean> {
  const [row] = await tx
    .insert(outbox)
    .values({
      kind: NOTIFY_KIND,
      payload,
      dedupeKey: `notify:${payload.caseId}:${dedupe}:${payload.channel}`,
    })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  if (!row) return false;
  await tx.insert(caseMessages).values({
    outboxId: row.id,
    caseId: payload.caseId,
    event: payload.event,
    channel: payload.channel,
  });
  return true;
}

export interface CaseMessageRow {
  id: number;
  event: NotifyEvent;
  channel: NotifyChannel;
  status: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
}

export async function caseMessagesOf(ex: Executor, caseId: string): Promise<CaseMessageRow[]> {
  const rows = await ex
    .select({
      id: outbox.id,
      event: caseMessages.event,
      channel: caseMessages.channel,
      status: outbox.status,
      attempts: outbox.attempts,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      nextAttemptAt: outbox.nextAttemptAt,
    })
    .from(caseMessages)
    .innerJoin(outbox, eq(outbox.id, caseMessages.outboxId))
    .where(eq(caseMessages.caseId, caseId))
    .orderBy(asc(outbox.id));
  return rows;
}

/** The case, office and language of a case, for the messages of an expiry reminder. */
export async function caseOfDocument(
  ex: Executor,
  documentNumber: string,
): Promise<{ caseId: string; trackingCode: string } | null> {
  const [row] = await queryRows<{ case_id: string; tracking_code: string }>(
    ex,
    sql`select d.case_id, c.tracking_code from issued_documents d join cases c on c.id = d.case_id
        where d.number = ${documentNumber} limit 1`,
  );
  return row ? { caseId: row.case_id, trackingCode: row.tracking_code } : null;
}

export async function createSurveyInvitation(
  tx: Executor,
  caseId: string,
  organisationId: string,
  tokenHash: string,
): Promise<void> {
  await tx.insert(surveyInvitations).values({ tokenHash, caseId, organisationId }).onConflictDoNothing();
}

export async function hasSurveyInvitation(ex: Executor, caseId: string): Promise<boolean> {
  const [row] = await ex
    .select({ used: surveyInvitations.used })
    .from(surveyInvitations)
    .where(eq(surveyInvitations.caseId, caseId));
  return !!row;
}

export async function findSurveyInvitation(
  ex: Executor,
  tokenHash: string,
): Promise<{ organisationId: string; used: boolean } | null> {
  const [row] = await ex
    .select({ organisationId: surveyInvitations.organisationId, used: surveyInvitations.used })
    .from(surveyInvitations)
    .where(eq(surveyInvitations.tokenHash, tokenHash));
  return row ?? null;
}

/** Marks the invitation used, once: false when it was used already (or meanwhile, by a second tab). */
export async function useSurveyInvitation(tx: Executor, tokenHash: string): Promise<boolean> {
  const rows = await tx
    .update(surveyInvitations)
    .set({ used: true })
    .where(and(eq(surveyInvitations.tokenHash, tokenHash), eq(surveyInvitations.used, false)))
    .returning({ caseId: surveyInvitations.caseId });
  return rows.length === 1;
}

export async function insertSurveyAnswer(
  tx: Executor,
  organisationId: string,
  answeredOn: PlainDate,
  scores: SurveyScores,
): Promise<void> {
  await tx.insert(surveyAnswers).values({ organisationId, answeredOn, ...scores });
}
