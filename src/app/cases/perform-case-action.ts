// One act of staff on a case (domain.md §4): load the case under a row lock, check the version the
// member of staff saw (two people acting at once: the second is told, nothing changes), fold its log,
// let the one state table decide, append the action, update the cached fold and write the audit
// event — all in one transaction. A refused action names what is allowed instead.
import { eq } from 'drizzle-orm';
import { cases } from '../../db/schema/index.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { actionsOf, appendAction, applicationOf, lockCase } from '../../db/case-store.js';
import { once } from '../../db/idempotency.js';
import { builtInCalendar } from '../../domain/calendar/index.js';
import {
  applyAction,
  caseDueDays,
  checkAction,
  foldCase,
  type ActionIssue,
  type CaseSnapshot,
} from '../../domain/case/index.js';
import {
  RULE_VERSIONS,
  caseRuleVersion,
  type GroupApplicationInput,
  type MissionaryApplicationInput,
} from '../../domain/standard/index.js';
import { actContext, type Origin } from '../act-context.js';
import { effectiveRoles, type Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';
import { recordIssuedDocument } from '../documents/record-issued-document.js';
import { supersedeOnHandOver } from '../registry/re-registration.js';
import { buildCaseAction, type StaffCommand } from './build-case-action.js';
import { auditCaseAction } from './case-audit.js';
import { eventOfAction } from '../../domain/notify/notify.js';
import { inviteToSurvey, queueCaseNotices } from '../notify/case-notices.js';

// The issues a member of staff can fix, by the form field they concern; the rest are the system's.
const ISSUE_FIELDS: Partial<Record<ActionIssue, [field: string, code: string]>> = {
  REASON_REQUIRED: ['reason', 'reason_required'],
  IDENTITY_DOCUMENT_REQUIRED: ['identityDocumentId', 'identity_document_required'],
  POWER_OF_ATTORNEY_REQUIRED: ['powerOfAttorneyId', 'power_of_attorney_required'],
  PROOF_REQUIRED: ['proofReference', 'proof_required'],
  MISSING_ITEMS_REQUIRED: ['missingItemIds', 'missing_items_required'],
  DATE_FORMAT: ['on', 'date_format'],
  DELIVERED_BEFORE_SIGNED: ['on', 'delivered_before_signed'],
  TRANSFER_TO_SAME_OFFICE: ['toOfficeCode', 'transfer_same_office'],
  OFFICE_CODE_FORMAT: ['toOfficeCode', 'office_code_format'],
};

function issueFields(issues: readonly ActionIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const [field, code] = ISSUE_FIELDS[issue] ?? ['action', 'action_invalid'];
    fields[field] ??= code;
  }
  return fields;
}

export interface CaseActionResult {
  state: string;
  version: number;
}

export async function performCaseAction(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  caseId: string,
  expectedVersion: number,
  command: StaffCommand,
  idempotencyKey: string,
): Promise<CaseActionResult> {
  const calendar = (await deps.calendar?.get()) ?? builtInCalendar();
  let notified = false;
  const done = await deps.database.db.transaction(async (tx) => {
    const { result } = await once(
      tx,
      idempotencyKey,
      `case.${caseId}.${command.kind}`,
      actor.accountId,
      async () => {
        const row = await lockCase(tx, caseId);
        if (!row) throw new DomainError('NOT_FOUND');
        const snapshot: CaseSnapshot = foldCase(await actionsOf(tx, caseId));
        // Staff act on their own office's cases; the competent office receives a transfer sent to it.
        const receiving =
          command.kind === 'receive_transfer' && snapshot.transferTo === actor.organisation.code;
        if (row.organisationId !== actor.organisation.id && !receiving) throw new DomainError('NOT_FOUND');
        // §17: one of the office who may not read its cases (the pass bureau, an administrator) is
        // refused before anything of the case is told: not its version, nor the actions its state allows.
        if (!receiving && !can(actor, 'case.read', { organisationId: row.organisationId, regionCode: null }))
          throw new DomainError('FORBIDDEN');
        if (row.version !== expectedVersion)
          throw new DomainError('CASE_CHANGED', {}, { version: row.version });
        const office = await findOrganisation(tx, actor.organisation.id);
        if (!office) throw new DomainError('FORBIDDEN');
        const roles = effectiveRoles(actor);
        const now = deps.now();
        const application = (await applicationOf(tx, caseId)) as
          MissionaryApplicationInput | GroupApplicationInput;
        const action = await buildCaseAction(
          {
            tx,
            now,
            actor: { accountId: actor.accountId, roles },
            office,
            row,
            snapshot,
            application,
            calendar,
            signerRole: roles.includes('head') ? 'head' : 'acting_head',
          },
          command,
        );
        const decision = checkAction(snapshot, action, { actorOfficeCode: office.code });
        if (!decision.ok) {
          const details = { allowed: decision.allowed, available: decision.available, reason: decision.code };
          if (decision.code === 'FOUR_EYES') throw new DomainError('FOUR_EYES', {}, details);
          if (decision.code === 'ROLE_NOT_ALLOWED' || decision.code === 'WRONG_OFFICE')
            throw new DomainError('FORBIDDEN', {}, details);
          if (decision.code === 'INVALID_ACTION')
            throw new DomainError('VALIDATION_FAILED', issueFields(decision.issues ?? []), details);
          throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, details);
        }
        const seq = snapshot.actionCount + 1;
        await appendAction(tx, caseId, seq, action);
        const next = applyAction(snapshot, action);
        const update: Partial<typeof cases.$inferInsert> = {
          state: next.state,
          version: row.version + 1,
          updatedAt: now,
        };
        if (action.kind === 'stamp' || action.kind === 'receive_transfer') {
          const startDay = next.startDay!;
          const version = caseRuleVersion(startDay, RULE_VERSIONS);
          const due = caseDueDays(startDay, version, calendar);
          Object.assign(update, {
            incomingNumber: action.incomingNumber,
            startDay,
            resultDue: due.resultDue,
            refusalDue: due.refusalDue,
            ruleVersionId: version.id,
          });
          if (action.kind === 'stamp') {
            update.stampedAt = now;
            // §16: cached for the worklists' active clock (db/case-worklists.ts).
            update.stampedIncomplete = !action.checklist.complete;
          }
          if (receiving) update.organisationId = office.id;
        }
        if (action.kind === 'sign') {
          // domain.md §4, §6: the document enters the registry, sealed, in the same transaction.
          await recordIssuedDocument(tx, actContext(actor, origin, now), {
            caseId,
            caseKind: row.kind,
            office,
            application,
            action,
            publicUrl: deps.publicUrl,
          });
          Object.assign(update, {
            documentNumber: action.documentNumber,
            validUntil: action.validUntil,
            stoppedAt: now,
            withoutFourEyes: decision.fourEyesWaived,
          });
        }
        if (action.kind === 'sign_refusal')
          Object.assign(update, {
            outgoingNumber: action.outgoingNumber,
            withoutFourEyes: row.withoutFourEyes || decision.fourEyesWaived,
          });
        if (action.kind === 'deliver_refusal') update.stoppedAt = now;
        // domain.md §4: a re-registration's hand-over supersedes the registrant's former document.
        if (action.kind === 'hand_over' && snapshot.result)
          await supersedeOnHandOver(tx, actContext(actor, origin, now), {
            caseId,
            caseKind: row.kind,
            documentNumber: snapshot.result.documentNumber,
            officeCode: office.code,
            officeId: office.id,
          });
        await tx.update(cases).set(update).where(eq(cases.id, caseId));
        // Issue 8: the applicant who left a contact is told in this transaction, through the outbox
        // (§14 registered, §7.1/§15 ready, §16 refused); after the end, the survey (domain.md §7).
        const event = eventOfAction(action.kind);
        if (event === 'survey') {
          await inviteToSurvey(tx, { caseId, organisationId: office.id, trackingCode: row.trackingCode });
          notified = true;
        } else if (event) {
          const vars: Record<string, string> = { trackingCode: row.trackingCode };
          if (action.kind === 'stamp') {
            vars.incomingNumber = action.incomingNumber;
            if (update.resultDue) vars.resultDue = update.resultDue;
          }
          if (action.kind === 'sign') vars.documentNumber = action.documentNumber;
          if (action.kind === 'sign_refusal') {
            vars.outgoingNumber = action.outgoingNumber;
            if (row.refusalDue) vars.refusalDue = row.refusalDue;
          }
          notified = (await queueCaseNotices(tx, { caseId, event, vars })) > 0;
        }
        await auditCaseAction(
          tx,
          office.code,
          actContext(actor, origin, now),
          caseId,
          action.kind,
          seq,
          next.state,
        );
        return { state: next.state, version: row.version + 1 };
      },
    );
    return result;
  });
  if (notified) deps.afterOutbox?.();
  return done;
}
