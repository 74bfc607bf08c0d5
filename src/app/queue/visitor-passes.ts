// §10: the building is entered by a one-time pass, ordered by phone by the serving official. The
// official confirms it from the console — the visitor's name, the kind of identity document and only
// the last digits of its number (domain.md §8: no more personal data than the bureau needs); the
// bureau sees the day's passes, who ordered each, and marks entry and exit. Numbered per office and
// day (domain.md §5), kept a few days (queue_settings.pass_keep_days), then erased.
import { writeAccess, writeAudit } from '../../db/audit-trail.js';
import { once } from '../../db/idempotency.js';
import { DaySeriesFullError, takeDayNumber } from '../../db/queue-store.js';
import {
  insertPass,
  lockPass,
  passesOfDay,
  updatePass,
  type PassRow,
} from '../../db/visitor-passes-store.js';
import { PASS_DOCUMENT_KINDS } from '../../db/schema/index.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { formatPassNumber } from '../../domain/identifiers/pass-number.js';
import { isPlainDate } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { ownQueueOffice } from './queue-office.js';

export type PassDocumentKind = (typeof PASS_DOCUMENT_KINDS)[number];
export { PASS_DOCUMENT_KINDS };

export interface PassInput {
  visitorName: string;
  documentKind: string;
  lastDigits: string;
}

export function checkPassInput(input: PassInput): {
  visitorName: string;
  documentKind: PassDocumentKind;
  lastDigits: string;
} {
  const fields: Record<string, string> = {};
  const visitorName = input.visitorName.trim().replace(/\s+/g, ' ');
  if (!visitorName) fields.visitorName = 'pass_name_required';
  else if (visitorName.length > 200) fields.visitorName = 'pass_name_too_long';
  else if (!/\p{L}/u.test(visitorName)) fields.visitorName = 'pass_name_letters';
  if (!(PASS_DOCUMENT_KINDS as readonly string[]).includes(input.documentKind))
    fields.documentKind = 'pass_document_kind';
  const lastDigits = input.lastDigits.trim().toUpperCase();
  if (!/^[0-9A-Z]{2,4}$/.test(lastDigits)) fields.lastDigits = 'pass_last_digits';
  if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
  return { visitorName, documentKind: input.documentKind as PassDocumentKind, lastDigits };
}

export interface ConfirmedPass {
  id: string;
  number: string;
  day: string;
}

export async function confirmPass(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  input: PassInput,
  idempotencyKey: string,
): Promise<ConfirmedPass> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'pass.order');
  const checked = checkPassInput(input);
  return db.transaction(async (tx) => {
    const { result } = await once(tx, idempotencyKey, `pass.${office.row.id}`, actor.accountId, async () => {
      const now = deps.now();
      let seq: number;
      try {
        seq = await takeDayNumber(tx, office.row.id, office.today, 'P');
      } catch (e) {
        if (e instanceof DaySeriesFullError) throw new DomainError('QUEUE_FULL');
        throw e;
      }
      const row = await insertPass(tx, {
        organisationId: office.row.id,
        day: office.today,
        seq,
        visitorName: checked.visitorName,
        documentKind: checked.documentKind,
        documentLastDigits: checked.lastDigits,
        orderedBy: actor.accountId,
        orderedAt: now,
      });
      await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, now), {
        action: 'pass.confirmed',
        recordType: 'visitor_pass',
        recordId: row.id,
        data: { day: office.today, seq },
      });
      return { id: row.id, number: formatPassNumber(seq), day: office.today };
    });
    return result;
  });
}

/** The bureau marks the visitor in (entry) and out (exit); each once, exit after entry. */
export async function markPass(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  passId: string,
  mark: 'entered' | 'exited',
): Promise<void> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, 'pass.bureau');
  await db.transaction(async (tx) => {
    const pass = await lockPass(tx, passId);
    if (!pass || pass.organisationId !== office.row.id) throw new DomainError('NOT_FOUND');
    const now = deps.now();
    if (mark === 'entered') {
      if (pass.enteredAt) throw new DomainError('CONFLICT', {}, { reason: 'ALREADY_ENTERED' });
      await updatePass(tx, pass.id, { enteredAt: now, enteredMarkedBy: actor.accountId });
    } else {
      if (!pass.enteredAt) throw new DomainError('CONFLICT', {}, { reason: 'NOT_ENTERED' });
      if (pass.exitedAt) throw new DomainError('CONFLICT', {}, { reason: 'ALREADY_EXITED' });
      await updatePass(tx, pass.id, { exitedAt: now, exitedMarkedBy: actor.accountId });
    }
    await writeAudit(tx, officeChain('audit', office.row.code), actContext(actor, origin, now), {
      action: mark === 'entered' ? 'pass.entered' : 'pass.exited',
      recordType: 'visitor_pass',
      recordId: pass.id,
      data: {},
    });
  });
}

export type PassView = PassRow & { orderedByName: string; number: string };

/**
 * The passes of a day: the bureau sees all of them, an official those they ordered. The visitors'
 * names are personal data: each reading is written to the access log (§17).
 */
export async function readPasses(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  p: { scope: 'bureau' | 'mine'; day?: string },
): Promise<{ day: string; today: string; passes: PassView[] }> {
  const db = deps.database.db;
  const office = await ownQueueOffice(deps, db, actor, p.scope === 'bureau' ? 'pass.bureau' : 'pass.order');
  const day = p.day && isPlainDate(p.day) ? p.day : office.today;
  const rows = await passesOfDay(db, office.row.id, day, p.scope === 'mine' ? actor.accountId : undefined);
  // In a transaction: appending to a chain locks its head row until the record is written.
  if (rows.length)
    await db.transaction((tx) =>
      writeAccess(tx, officeChain('access', office.row.code), actContext(actor, origin, deps.now()), {
        recordType: 'visitor_passes',
        recordId: `${office.row.id}:${day}`,
        purpose: p.scope === 'bureau' ? 'pass bureau' : 'passes ordered',
      }),
    );
  return { day, today: office.today, passes: rows.map((r) => ({ ...r, number: formatPassNumber(r.seq) })) };
}
