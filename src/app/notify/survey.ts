// Issue 8, "rate the service" (domain.md §7: indicators 2.1, 3.1, 5.1). Reached by the link in the
// message or given at the counter; one answer per case (the invitation is marked used in the answer's
// transaction, so two tabs at once give one answer); the answer keeps the office and the legal day
// only, never the case, the person, the address or the instant (anonymous in reports).
import { findOrganisation } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { findSurveyInvitation, insertSurveyAnswer, useSurveyInvitation } from '../../db/notify-store.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { SURVEY_TOKEN, checkSurveyAnswer } from '../../domain/notify/notify.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { hashSurveyToken } from './case-notices.js';

export type SurveyStatus = 'open' | 'used' | 'invalid';

export async function surveyStatus(deps: Deps, token: string): Promise<SurveyStatus> {
  if (!SURVEY_TOKEN.test(token)) return 'invalid';
  const invitation = await findSurveyInvitation(deps.database.db, hashSurveyToken(token));
  if (!invitation) return 'invalid';
  return invitation.used ? 'used' : 'open';
}

/** Records the answer; bad scores come back per question (VALIDATION_FAILED), nothing stored. */
export async function answerSurvey(
  deps: Deps,
  token: string,
  posted: Record<string, string | undefined>,
): Promise<'answered' | 'used' | 'invalid'> {
  if (!SURVEY_TOKEN.test(token)) return 'invalid';
  const hash = hashSurveyToken(token);
  const invitation = await findSurveyInvitation(deps.database.db, hash);
  if (!invitation) return 'invalid';
  if (invitation.used) return 'used';
  const { scores, issues } = checkSurveyAnswer(posted);
  if (!scores) throw new DomainError('VALIDATION_FAILED', issues as Record<string, string>);
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    if (!(await useSurveyInvitation(tx, hash))) return 'used';
    const office = await findOrganisation(tx, invitation.organisationId);
    if (!office) throw new DomainError('NOT_FOUND');
    await insertSurveyAnswer(tx, office.id, plainDateAt(now, office.timeZone), scores);
    // Audited on the office's chain without the case, the client address or the request (anonymity).
    await writeAudit(
      tx,
      officeChain('audit', office.code),
      { actor: null, ip: null, requestId: null, now },
      { action: 'survey.answered', recordType: 'survey', recordId: office.code, data: {} },
    );
    return 'answered';
  });
}
