// domain.md §7, indicator 4.1: after the answer was delivered the complainant is asked "how satisfied
// are you with the complaint procedure?" (1–5). Once per complaint; the answer itself is stored apart
// and anonymous (the office concerned and the day only), so reports never tie it to a person. Asked
// by the records service by phone (§25) or answered on the complaint's progress page.
import { writeAudit } from '../../db/audit-trail.js';
import { findOrganisation } from '../../db/accounts-store.js';
import {
  insertSurveyAnswer,
  lockComplaint,
  surveyCounts,
  updateComplaint,
} from '../../db/complaints-store.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { isSurveyScore } from '../../domain/complaint/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';

/** `actor` null: the complainant on the progress page (already identified by tracking and access code). */
export async function answerComplaintSurvey(
  deps: Deps,
  actor: Actor | null,
  origin: Origin,
  complaintId: string,
  score: number,
): Promise<void> {
  if (!isSurveyScore(score)) throw new DomainError('VALIDATION_FAILED', { score: 'choice' });
  await deps.database.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, complaintId);
    if (!row) throw new DomainError('NOT_FOUND');
    if (actor) {
      if (actor.organisation.id !== row.handledBy && actor.organisation.id !== row.registeredIn)
        throw new DomainError('NOT_FOUND');
      authorize(actor, 'complaint.deliver', {
        organisationId: actor.organisation.id,
        regionCode: actor.organisation.regionCode,
      });
    }
    if (row.state !== 'delivered') throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { state: row.state });
    if (row.surveyAnswered) throw new DomainError('CONFLICT');
    const office = (await findOrganisation(tx, row.officeId))!;
    const now = deps.now();
    await insertSurveyAnswer(tx, {
      organisationId: office.id,
      answeredOn: plainDateAt(now, office.timeZone),
      score,
    });
    await updateComplaint(tx, row.id, { surveyAnswered: true, updatedAt: now });
    const handler = (await findOrganisation(tx, row.handledBy))!;
    await writeAudit(tx, officeChain('audit', handler.code), actContext(actor, origin, now), {
      action: 'complaint.survey_answered',
      recordType: 'complaint',
      recordId: row.id,
      data: {},
    });
  });
}

/** Indicator 4.1 for an office and period: the counts, and the share only from 5 answers (domain.md §7). */
export async function complaintSatisfaction(deps: Deps, officeId: string, from: string, to: string) {
  const c = await surveyCounts(deps.database.db, officeId, from, to);
  return { ...c, share: c.answers >= 5 ? Math.round((1000 * c.satisfied) / c.answers) / 10 : null };
}
