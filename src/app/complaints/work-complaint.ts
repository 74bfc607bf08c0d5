// §21, §23, §25: the work on a registered complaint, each act in one transaction with its audit event:
// the handling organisation's head assigns it and decides it (upheld, partly, rejected, with reasons) —
// the answer is an outgoing letter of that organisation (number, date, signer, domain.md §5); the
// records service records the answer's delivery (the review term stops there). An upheld complaint
// about a result reopens the case for a new review with a new term, or annuls the registration; a
// court decision (§23) is recorded the same way.
import { eq } from 'drizzle-orm';
import { accountRoles, accounts, cases } from '../../db/schema/index.js';
import { findOrganisation, type OrganisationRow } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { actionsOf, appendAction, lockCase } from '../../db/case-store.js';
import { lockComplaint, updateComplaint, type ComplaintRow } from '../../db/complaints-store.js';
import type { Executor } from '../../db/database.js';
import { IDEMPOTENCY_KEY, once } from '../../db/idempotency.js';
import { issuedDocumentsOfCase } from '../../db/issued-documents-store.js';
import { takeNumber } from '../../db/register-numbers.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { builtInCalendar } from '../../domain/calendar/index.js';
import type { NationalCalendar } from '../../domain/calendar/index.js';
import {
  applyAction,
  caseDueDays,
  checkAction,
  foldCase,
  type ReopenAction,
} from '../../domain/case/index.js';
import {
  DELIVERY_WAYS,
  checkDecision,
  deliveredLate,
  type ComplaintConsequence,
  type ComplaintOutcome,
  type DeliveryWay,
} from '../../domain/complaint/index.js';
import { formatRegisterNumber, parseOfficeCode } from '../../domain/identifiers/index.js';
import { RULE_VERSIONS, caseRuleVersion } from '../../domain/standard/index.js';
import {
  comparePlainDates,
  isPlainDate,
  plainDateAt,
  toParts,
  type PlainDate,
} from '../../domain/time/plain-date.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import { effectiveRoles, type Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { recordAnnulment } from '../registry/document-life.js';
import type { PolicyAction } from '../policies/policy.js';

type Tx = Executor;

/** Loads the complaint under a row lock; another organisation's complaint is "not found" (§17). */
async function handled(tx: Tx, actor: Actor, id: string, act: PolicyAction, version: number) {
  const row = await lockComplaint(tx, id);
  if (!row || row.handledBy !== actor.organisation.id) {
    // The registering records service records the delivery of what it registered, too.
    if (!(row && act === 'complaint.deliver' && row.registeredIn === actor.organisation.id))
      throw new DomainError('NOT_FOUND');
  }
  const org = (await findOrganisation(tx, actor.organisation.id))!;
  authorize(actor, act, { organisationId: org.id, regionCode: org.regionCode });
  if (row.version !== version) throw new DomainError('CASE_CHANGED', {}, { version: row.version });
  return { row, org };
}

function frame<T>(
  deps: Deps,
  actor: Actor,
  key: string,
  scope: string,
  work: (tx: Tx, now: Date) => Promise<T>,
) {
  if (!IDEMPOTENCY_KEY.test(key)) throw new DomainError('VALIDATION_FAILED');
  return deps.database.db.transaction(async (tx) => {
    const { result } = await once(tx, key, scope, actor.accountId, () => work(tx, deps.now()));
    return result;
  });
}

export async function assignComplaint(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  id: string,
  input: { accountId: string; version: number; idempotencyKey: string },
): Promise<{ version: number }> {
  return frame(deps, actor, input.idempotencyKey, `complaint.${id}.assign`, async (tx, now) => {
    const { row, org } = await handled(tx, actor, id, 'complaint.assign', input.version);
    if (row.state !== 'registered' && row.state !== 'assigned')
      throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { state: row.state });
    // Only a member of the handling organisation's staff.
    const [staff] = /^[0-9a-f-]{36}$/.test(input.accountId)
      ? await tx
          .select({ id: accounts.id, org: accounts.organisationId, active: accounts.active })
          .from(accounts)
          .where(eq(accounts.id, input.accountId))
      : [];
    if (!staff || staff.org !== org.id || !staff.active)
      throw new DomainError('VALIDATION_FAILED', { accountId: 'staff_unknown' });
    await updateComplaint(tx, id, {
      state: 'assigned',
      assignedTo: staff.id,
      version: row.version + 1,
      updatedAt: now,
    });
    await writeAudit(tx, officeChain('audit', org.code), actContext(actor, origin, now), {
      action: 'complaint.assigned',
      recordType: 'complaint',
      recordId: id,
      data: { assignedTo: staff.id },
    });
    return { version: row.version + 1 };
  });
}

/** The staff of an organisation who may be assigned a complaint (any active account of it). */
export async function assignableStaff(db: Executor, organisationId: string) {
  const rows = await db
    .selectDistinct({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .innerJoin(accountRoles, eq(accountRoles.accountId, accounts.id))
    .where(eq(accounts.organisationId, organisationId));
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

export interface DecideInput {
  outcome: string;
  reasons: string;
  consequence: string;
  version: number;
  idempotencyKey: string;
}

/** The decision and its answer letter, signed by the head of the handling organisation (§21). */
export async function answerComplaint(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  id: string,
  input: DecideInput,
): Promise<{ version: number; outgoingNumber: string }> {
  const calendar = (await deps.calendar?.get()) ?? builtInCalendar();
  return frame(deps, actor, input.idempotencyKey, `complaint.${id}.answer`, async (tx, now) => {
    const { row, org } = await handled(tx, actor, id, 'complaint.answer', input.version);
    if (row.state === 'answered' || row.state === 'delivered')
      throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { state: row.state });
    const caseInfo = await caseFacts(tx, row.caseId);
    const fields = checkDecision(input, { kind: row.kind, ...caseInfo });
    if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
    const today = plainDateAt(now, org.timeZone);
    const year = toParts(today).year;
    const code = parseOfficeCode(org.code);
    if (!code.ok) throw new Error(`bad organisation code ${org.code}`);
    const seq = await takeNumber(tx, org.id, 'outgoing', year);
    const outgoingNumber = formatRegisterNumber({ office: code.value, year, seq });
    const consequence = input.consequence as ComplaintConsequence;
    await consequenceOnCase(tx, actor, origin, now, calendar, row, consequence, 'complaint');
    const roles = effectiveRoles(actor);
    await updateComplaint(tx, id, {
      state: 'answered',
      outcome: input.outcome as ComplaintOutcome,
      reasons: input.reasons.trim(),
      consequence,
      decidedBy: actor.accountId,
      decidedAt: now,
      outgoingNumber,
      answeredOn: today,
      signerRole: roles.includes('head')
        ? 'head'
        : roles.includes('akimat_head')
          ? 'akimat_head'
          : 'acting_head',
      version: row.version + 1,
      updatedAt: now,
    });
    await writeAudit(tx, officeChain('audit', org.code), actContext(actor, origin, now), {
      action: 'complaint.answered',
      recordType: 'complaint',
      recordId: id,
      data: { outcome: input.outcome, consequence, outgoingNumber, caseId: row.caseId },
    });
    return { version: row.version + 1, outgoingNumber };
  });
}

/** The answer handed over or dispatched (§25): the review term stops on that day. */
export async function deliverAnswer(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  id: string,
  input: { how: string; on: string; proof: string; version: number; idempotencyKey: string },
): Promise<{ version: number }> {
  return frame(deps, actor, input.idempotencyKey, `complaint.${id}.deliver`, async (tx, now) => {
    const { row, org } = await handled(tx, actor, id, 'complaint.deliver', input.version);
    if (row.state !== 'answered') throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { state: row.state });
    const fields: Record<string, string> = {};
    if (!(DELIVERY_WAYS as readonly string[]).includes(input.how)) fields.how = 'choice';
    const on = input.on.trim();
    const today = plainDateAt(now, org.timeZone);
    if (!isPlainDate(on)) fields.on = 'date_invalid';
    else if (comparePlainDates(on, today) > 0) fields.on = 'in_future';
    else if (row.answeredOn && comparePlainDates(on, row.answeredOn as PlainDate) < 0)
      fields.on = 'before_answer';
    const proof = input.proof.trim();
    // By post: the postal receipt's number; in person: the complainant's signature on the copy (noted).
    if (input.how === 'post' && proof === '') fields.proof = 'required';
    if (proof.length > 200) fields.proof = 'too_long';
    if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
    const late = deliveredLate(row.dueOn as PlainDate, on as PlainDate);
    await updateComplaint(tx, id, {
      state: 'delivered',
      deliveredHow: input.how as DeliveryWay,
      deliveredOn: on,
      deliveryProof: proof || null,
      version: row.version + 1,
      updatedAt: now,
    });
    await writeAudit(tx, officeChain('audit', org.code), actContext(actor, origin, now), {
      action: 'complaint.delivered',
      recordType: 'complaint',
      recordId: id,
      data: { how: input.how, on, late },
    });
    return { version: row.version + 1 };
  });
}

/** §23: a court's decision on the matter, recorded by the handling organisation's head. */
export async function recordCourtDecision(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  id: string,
  input: {
    outcome: string;
    reference: string;
    on: string;
    consequence: string;
    version: number;
    idempotencyKey: string;
  },
): Promise<{ version: number }> {
  const calendar = (await deps.calendar?.get()) ?? builtInCalendar();
  return frame(deps, actor, input.idempotencyKey, `complaint.${id}.court`, async (tx, now) => {
    const { row, org } = await handled(tx, actor, id, 'complaint.answer', input.version);
    if (row.courtOutcome) throw new DomainError('CASE_ACTION_NOT_ALLOWED', {}, { state: 'court_recorded' });
    const caseInfo = await caseFacts(tx, row.caseId);
    const fields = checkDecision({ ...input, reasons: input.reference }, { kind: row.kind, ...caseInfo });
    if (fields.reasons) fields.reference = fields.reasons;
    delete fields.reasons;
    const on = input.on.trim();
    if (!isPlainDate(on)) fields.on = 'date_invalid';
    else if (comparePlainDates(on, plainDateAt(now, org.timeZone)) > 0) fields.on = 'in_future';
    if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
    const consequence = input.consequence as ComplaintConsequence;
    await consequenceOnCase(tx, actor, origin, now, calendar, row, consequence, 'court');
    await updateComplaint(tx, id, {
      courtOutcome: input.outcome as ComplaintOutcome,
      courtReference: input.reference.trim(),
      courtDecidedOn: on,
      courtConsequence: consequence,
      version: row.version + 1,
      updatedAt: now,
    });
    await writeAudit(tx, officeChain('audit', org.code), actContext(actor, origin, now), {
      action: 'complaint.court_recorded',
      recordType: 'complaint',
      recordId: id,
      data: { outcome: input.outcome, consequence, on },
    });
    return { version: row.version + 1 };
  });
}

async function caseFacts(tx: Tx, caseId: string | null) {
  if (!caseId) return { caseState: null, caseHasDocument: false };
  const [c] = await tx.select({ state: cases.state }).from(cases).where(eq(cases.id, caseId));
  const docs = await issuedDocumentsOfCase(tx, caseId);
  return { caseState: c?.state ?? null, caseHasDocument: docs.some((d) => d.status === 'valid') };
}

/** domain.md §4: a new review with a new term (a `reopen` action), or the registration annulled. */
async function consequenceOnCase(
  tx: Tx,
  actor: Actor,
  origin: Origin,
  now: Date,
  calendar: NationalCalendar,
  complaint: ComplaintRow,
  consequence: ComplaintConsequence,
  ground: 'complaint' | 'court',
): Promise<void> {
  if (consequence === 'none' || !complaint.caseId) return;
  const caseRow = await lockCase(tx, complaint.caseId);
  if (!caseRow) throw new DomainError('NOT_FOUND');
  const office = (await findOrganisation(tx, caseRow.organisationId)) as OrganisationRow;
  const ctx = actContext(actor, origin, now);
  if (consequence === 'annul') {
    const doc = (await issuedDocumentsOfCase(tx, caseRow.id)).find((d) => d.status === 'valid');
    if (!doc) throw new DomainError('VALIDATION_FAILED', { consequence: 'consequence_annul_document' });
    const reason = ground === 'court' ? 'court_decision' : 'registering_body_decision';
    const annulGround = ground === 'court' ? 'court_decision' : 'upheld_complaint';
    await recordAnnulment(tx, ctx, office, doc, {
      reason,
      ground: annulGround,
      decisionNumber: complaint.incomingNumber,
      decisionDate: plainDateAt(now, office.timeZone),
    });
    return;
  }
  // reopen: S is the decision day if a working day, else the next one; the due days follow from it.
  const snapshot = foldCase(await actionsOf(tx, caseRow.id));
  const startDay = calendar.addWorkingDays(plainDateAt(now, office.timeZone), 0);
  const action: ReopenAction = {
    kind: 'reopen',
    at: now.toISOString(),
    actor: { accountId: actor.accountId, roles: effectiveRoles(actor) },
    complaintId: complaint.id,
    ground,
    startDay,
  };
  const decision = checkAction(snapshot, action);
  if (!decision.ok) throw new DomainError('VALIDATION_FAILED', { consequence: 'consequence_reopen_state' });
  const seq = snapshot.actionCount + 1;
  await appendAction(tx, caseRow.id, seq, action);
  const next = applyAction(snapshot, action);
  const version = caseRuleVersion(startDay, RULE_VERSIONS);
  const due = caseDueDays(startDay, version, calendar);
  await tx
    .update(cases)
    .set({
      state: next.state,
      version: caseRow.version + 1,
      startDay,
      resultDue: due.resultDue,
      refusalDue: due.refusalDue,
      ruleVersionId: version.id,
      stoppedAt: null,
      updatedAt: now,
    })
    .where(eq(cases.id, caseRow.id));
  await writeAudit(tx, officeChain('audit', office.code), ctx, {
    action: 'case.action',
    recordType: 'case',
    recordId: caseRow.id,
    data: { kind: 'reopen', seq, state: next.state },
  });
}
