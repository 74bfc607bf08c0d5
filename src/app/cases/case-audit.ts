import { writeAudit, type ActContext } from '../../db/audit-trail.js';
import type { Executor } from '../../db/database.js';
import { officeChain } from '../../domain/audit/chain-hash.js';

/** Every case action is an audit event on the chain of the office holding the case (§17). */
export function auditCaseAction(
  tx: Executor,
  officeCode: string,
  ctx: ActContext,
  caseId: string,
  kind: string,
  seq: number,
  state: string,
) {
  return writeAudit(tx, officeChain('audit', officeCode), ctx, {
    action: 'case.action',
    recordType: 'case',
    recordId: caseId,
    data: { kind, seq, state },
  });
}
