// domain.md §1, §13: when an office's territory changes (a region split, a district passed to another
// region), its open cases go to the office now competent for them — in bulk, as transfers, each with
// the reason (the change and its act). Every case moves through the one state table and the same
// use-case as a single transfer, so each is audited and keeps its first hand-in's clocks; a case the
// state table does not let go (already under review, proposed, refused) stays, and the report says
// why, so the head decides it by hand.
import { and, eq } from 'drizzle-orm';
import { findCasesOfOffice } from '../../db/case-moves.js';
import { organisations } from '../../db/schema/index.js';
import { parseOfficeCode } from '../../domain/identifiers/office-code.js';
import { authorize, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { performCaseAction } from './perform-case-action.js';

export const BULK_MOVE_MAX = 500;
export const MOVE_REASON_MAX = 1000;

export interface BulkMove {
  caseIds: readonly string[];
  toOfficeCode: string;
  reason: string;
  /** The form's idempotency key: a resubmitted move transfers no case twice. */
  key: string;
}

export type LeftBecause = 'state' | 'changed' | 'not_found';

export interface BulkMoveReport {
  moved: { id: string; trackingCode: string }[];
  left: { id: string; trackingCode: string | null; state: string | null; because: LeftBecause }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function moveOpenCases(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  move: BulkMove,
): Promise<BulkMoveReport> {
  authorize(actor, 'case.move_bulk', { organisationId: actor.organisation.id, regionCode: null });
  const fields: Record<string, string> = {};
  const ids = [...new Set(move.caseIds)];
  if (ids.length === 0) fields.caseIds = 'cases_required';
  else if (ids.length > BULK_MOVE_MAX || ids.some((id) => !UUID.test(id))) fields.caseIds = 'cases_invalid';
  const reason = move.reason.trim();
  if (reason === '') fields.reason = 'reason_required';
  else if (reason.length > MOVE_REASON_MAX) fields.reason = 'text_too_long';
  const to = move.toOfficeCode.trim().toUpperCase();
  const parsed = parseOfficeCode(to);
  if (!parsed.ok || parsed.value.isAkimat) fields.toOfficeCode = 'office_code_format';
  else if (to === actor.organisation.code) fields.toOfficeCode = 'transfer_same_office';
  else {
    const [office] = await deps.database.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          eq(organisations.code, to),
          eq(organisations.kind, 'service_office'),
          eq(organisations.active, true),
        ),
      );
    if (!office) fields.toOfficeCode = 'office_unknown';
  }
  if (Object.keys(fields).length > 0) throw new DomainError('VALIDATION_FAILED', fields);

  const found = new Map(
    (await findCasesOfOffice(deps.database.db, actor.organisation.id, ids)).map((c) => [c.id, c]),
  );
  const report: BulkMoveReport = { moved: [], left: [] };
  for (const id of ids) {
    const c = found.get(id);
    if (!c) {
      report.left.push({ id, trackingCode: null, state: null, because: 'not_found' });
      continue;
    }
    try {
      // One transaction per case: a case that cannot move never holds back the others.
      await performCaseAction(
        deps,
        actor,
        origin,
        id,
        c.version,
        { kind: 'transfer', toOfficeCode: to, reason },
        `${move.key}:${id}`,
      );
      report.moved.push({ id, trackingCode: c.trackingCode });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const because: LeftBecause =
        e.code === 'CASE_CHANGED' ? 'changed' : e.code === 'NOT_FOUND' ? 'not_found' : 'state';
      if (e.code !== 'CASE_CHANGED' && e.code !== 'CASE_ACTION_NOT_ALLOWED' && e.code !== 'NOT_FOUND')
        throw e;
      report.left.push({ id, trackingCode: c.trackingCode, state: c.state, because });
    }
  }
  return report;
}
