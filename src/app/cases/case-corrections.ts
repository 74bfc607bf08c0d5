// domain.md §4: "Corrections after registration need a reason and the head's approval and appear on
// the timeline." An officer proposes a new value for one field of the application, with a reason;
// the value passes the intake validators (annexes 7, 8) or is refused per field. The head or acting
// head approves it — the application changes and a 'correct' action (approvedBy) is appended to the
// log in the same transaction — or rejects it with a reason. Four eyes: whoever proposed a
// correction never decides it. Every step audited (ids and the field's path, never the values).
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { eq } from 'drizzle-orm';
import { cases } from '../../db/schema/index.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { actionsOf, appendAction, applicationOf, lockCase } from '../../db/case-store.js';
import {
  correctionsOf,
  decideCorrection as storeDecision,
  insertCorrection,
  lockCorrection,
  replaceApplication,
  type CorrectionRow,
} from '../../db/case-corrections-store.js';
import { once } from '../../db/idempotency.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { applyAction, checkAction, foldCase, type CorrectAction } from '../../domain/case/index.js';
import { correctableState, parseCorrection, valueAt, withValue } from '../../domain/case/correction.js';
import {
  RULE_VERSIONS,
  ruleVersionFor,
  validateGroupApplication,
  validateMissionaryApplication,
  type GroupApplicationInput,
  type MissionaryApplicationInput,
} from '../../domain/standard/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import { effectiveRoles, type Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';
import { auditCaseAction } from './case-audit.js';

type Application = MissionaryApplicationInput | GroupApplicationInput;

const CODES = {
  FIELD_NOT_CORRECTABLE: 'correction_field',
  VALUE_UNCHANGED: 'correction_unchanged',
  NUMBER_EXPECTED: 'correction_number',
  REASON_REQUIRED: 'reason_required',
} as const;

/** The intake validators' first error at `path` (or anywhere) for the application with the new value. */
function validatorError(application: Application, path: string, day: ReturnType<typeof plainDateAt>) {
  const version = ruleVersionFor(day, RULE_VERSIONS);
  const result = application.kind.startsWith('missionary')
    ? validateMissionaryApplication(application as MissionaryApplicationInput, version)
    : validateGroupApplication(application as GroupApplicationInput, version);
  const errors = result.errors.filter((e) => e.path === path || e.path.startsWith(`${path}.`));
  return (errors[0] ?? null)?.code ?? null;
}

async function officeCase(tx: Parameters<typeof lockCase>[0], actor: Actor, caseId: string) {
  const row = await lockCase(tx, caseId);
  // Another office's case is "not found" (§17).
  if (!row || row.organisationId !== actor.organisation.id) throw new DomainError('NOT_FOUND');
  const office = await findOrganisation(tx, row.organisationId);
  if (!office) throw new DomainError('NOT_FOUND');
  return { row, office };
}

export interface ProposeCorrectionInput {
  field: string;
  newValue: string;
  reason: string;
  /** The case's version the officer saw. */
  expectedVersion: number;
  idempotencyKey: string;
}

export async function proposeCorrection(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  caseId: string,
  input: ProposeCorrectionInput,
): Promise<{ id: string }> {
  return deps.database.db.transaction(async (tx) => {
    const { result } = await once(
      tx,
      input.idempotencyKey,
      `case.${caseId}.correction`,
      actor.accountId,
      async () => {
        const { row, office } = await officeCase(tx, actor, caseId);
        const target = { organisationId: office.id, regionCode: office.regionCode };
        authorize(actor, 'case.correction_propose', target);
        const snapshot = foldCase(await actionsOf(tx, caseId));
        if (!correctableState(snapshot.state))
          throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { reason: 'NOT_ALLOWED_IN_STATE' });
        if (row.version !== input.expectedVersion)
          throw new DomainError('CASE_CHANGED', {}, { version: row.version });
        const application = (await applicationOf(tx, caseId)) as Application | null;
        if (!application) throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { reason: 'PURGED' });
        const fields: Record<string, string> = {};
        if (input.reason.trim() === '') fields.reason = CODES.REASON_REQUIRED;
        const affiliation = can(actor, 'case.read_affiliation', target);
        const parsed = parseCorrection(application, input.field, input.newValue, { affiliation });
        const now = deps.now();
        if (!parsed.ok) {
          if (parsed.issue === 'FIELD_NOT_CORRECTABLE') fields.field = CODES.FIELD_NOT_CORRECTABLE;
          else fields.newValue = CODES[parsed.issue];
        } else {
          // The same validators as intake (annexes 7, 8), on the application as it would become.
          const code = validatorError(
            withValue(application, input.field, parsed.value),
            input.field,
            plainDateAt(now, office.timeZone),
          );
          if (code) fields.newValue = `intake:${code}`;
        }
        if (Object.keys(fields).length || !parsed.ok) throw new DomainError('VALIDATION_FAILED', fields);
        const id = await insertCorrection(tx, {
          id: randomUUID(),
          caseId,
          field: input.field,
          oldValue: valueAt(application, input.field),
          newValue: parsed.value,
          reason: input.reason.trim(),
          proposedBy: actor.accountId,
          proposedAt: now,
        });
        await writeAudit(tx, officeChain('audit', office.code), actContext(actor, origin, now), {
          action: 'case_correction.proposed',
          recordType: 'case_correction',
          recordId: id,
          data: { caseId, field: input.field },
        });
        return { id };
      },
    );
    return result;
  });
}

export interface DecideCorrectionInput {
  decision: 'approve' | 'reject';
  /** Required to reject. */
  reason?: string;
  expectedVersion: number;
  idempotencyKey: string;
}

export async function decideCorrection(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  caseId: string,
  correctionId: string,
  input: DecideCorrectionInput,
): Promise<{ status: 'approved' | 'rejected'; version: number }> {
  return deps.database.db.transaction(async (tx) => {
    const { result } = await once(
      tx,
      input.idempotencyKey,
      `case.${caseId}.correction.${correctionId}`,
      actor.accountId,
      async () => {
        const { row, office } = await officeCase(tx, actor, caseId);
        authorize(actor, 'case.correction_decide', {
          organisationId: office.id,
          regionCode: office.regionCode,
        });
        const correction = await lockCorrection(tx, correctionId);
        if (!correction || correction.caseId !== caseId) throw new DomainError('NOT_FOUND');
        // Two heads at once: the second learns it was decided already, nothing changes.
        if (correction.status !== 'proposed')
          throw new DomainError('CORRECTION_DECIDED', {}, { status: correction.status });
        // Four eyes (domain.md §3, §4): the one who proposed it may not decide it.
        if (correction.proposedBy === actor.accountId)
          throw new DomainError('FOUR_EYES', {}, { reason: 'PROPOSER_DECIDES' });
        if (row.version !== input.expectedVersion)
          throw new DomainError('CASE_CHANGED', {}, { version: row.version });
        const now = deps.now();
        const ctx = actContext(actor, origin, now);
        const chain = officeChain('audit', office.code);
        if (input.decision === 'reject') {
          const reason = input.reason?.trim() ?? '';
          if (reason === '') throw new DomainError('VALIDATION_FAILED', { reason: 'reason_required' });
          await storeDecision(tx, correctionId, {
            status: 'rejected',
            decidedBy: actor.accountId,
            decidedAt: now,
            decisionReason: reason,
          });
          await writeAudit(tx, chain, ctx, {
            action: 'case_correction.rejected',
            recordType: 'case_correction',
            recordId: correctionId,
            data: { caseId, field: correction.field },
          });
          return { status: 'rejected' as const, version: row.version };
        }
        const snapshot = foldCase(await actionsOf(tx, caseId));
        const application = (await applicationOf(tx, caseId)) as Application | null;
        // The field changed since it was proposed (another correction): decide on what is there now.
        if (!application || !isDeepStrictEqual(valueAt(application, correction.field), correction.oldValue))
          throw new DomainError('CASE_CHANGED', {}, { reason: 'FIELD_CHANGED' });
        const corrected = withValue(application, correction.field, correction.newValue as string | number);
        const code = validatorError(corrected, correction.field, plainDateAt(now, office.timeZone));
        if (code) throw new DomainError('VALIDATION_FAILED', { newValue: `intake:${code}` });
        const roles = effectiveRoles(actor);
        const signerRole = roles.includes('head') ? 'head' : 'acting_head';
        const action: CorrectAction = {
          kind: 'correct',
          at: now.toISOString(),
          actor: { accountId: actor.accountId, roles },
          field: correction.field,
          reason: correction.reason,
          approvedBy: { accountId: actor.accountId, role: signerRole },
        };
        const decision = checkAction(snapshot, action, { actorOfficeCode: office.code });
        if (!decision.ok)
          throw new DomainError(
            'CASE_ACTION_NOT_ALLOWED',
            {},
            { allowed: decision.allowed, reason: decision.code },
          );
        const seq = snapshot.actionCount + 1;
        await appendAction(tx, caseId, seq, action);
        const next = applyAction(snapshot, action);
        await replaceApplication(tx, caseId, corrected);
        await tx
          .update(cases)
          .set({ version: row.version + 1, updatedAt: now })
          .where(eq(cases.id, caseId));
        await storeDecision(tx, correctionId, {
          status: 'approved',
          decidedBy: actor.accountId,
          decidedAt: now,
          decisionReason: null,
        });
        await auditCaseAction(tx, office.code, ctx, caseId, 'correct', seq, next.state);
        await writeAudit(tx, chain, ctx, {
          action: 'case_correction.approved',
          recordType: 'case_correction',
          recordId: correctionId,
          data: { caseId, field: correction.field, seq },
        });
        return { status: 'approved' as const, version: row.version + 1 };
      },
    );
    return result;
  });
}

export { correctionsOf, type CorrectionRow };
