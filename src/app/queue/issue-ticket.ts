// §9: the kiosk in the office's hall gives a ticket for a purpose — a live queue, no pre-booking —
// only while the office receives (its days and hours, not its break). The ticket's number is the next
// of the office's day series for its letter (domain.md §5), taken in the same transaction; a double
// tap carries the same idempotency key and gets the same ticket.
import { createHash } from 'node:crypto';
import { writeAudit } from '../../db/audit-trail.js';
import { once } from '../../db/idempotency.js';
import { DaySeriesFullError, findOfficeByKioskToken, takeDayNumber } from '../../db/queue-store.js';
import { insertTicket, waitingOfDay } from '../../db/queue-tickets-store.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { formatQueueTicket, type QueueLetter } from '../../domain/identifiers/queue-ticket.js';
import { kioskAvailability } from '../../domain/queue/index.js';
import type { QueuePurpose } from '../../domain/standard/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { queueOffice } from './queue-office.js';

export const KIOSK_TOKEN = /^[A-Za-z0-9_-]{43}$/;

const LETTER: Record<QueuePurpose, QueueLetter> = {
  'hand-in': 'A',
  collect: 'B',
  question: 'C',
  complaint: 'D',
};

export interface IssuedTicket {
  id: string;
  label: string;
  purpose: QueuePurpose;
  day: string;
  issuedAt: string;
  /** Tickets of the same purpose waiting before this one when it was issued. */
  ahead: number;
}

export const hashKioskToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** The office a kiosk token belongs to (NOT_FOUND for an unknown or replaced token). */
export async function kioskOffice(deps: Deps, token: string): Promise<string> {
  if (!KIOSK_TOKEN.test(token)) throw new DomainError('NOT_FOUND');
  const id = await findOfficeByKioskToken(deps.database.db, hashKioskToken(token));
  if (!id) throw new DomainError('NOT_FOUND');
  return id;
}

export async function issueTicket(
  deps: Deps,
  origin: Origin,
  p: { kioskToken: string; purpose: QueuePurpose; idempotencyKey: string },
): Promise<IssuedTicket> {
  const officeId = await kioskOffice(deps, p.kioskToken);
  // Read before the transaction: the calendar may be loaded from the database (on the embedded engine,
  // one connection, a read outside the open transaction would wait for it forever).
  const office = await queueOffice(deps, deps.database.db, officeId);
  return deps.database.db.transaction(async (tx) => {
    const { result } = await once(tx, p.idempotencyKey, `queue.kiosk.${officeId}`, null, async () => {
      const now = deps.now();
      const open = kioskAvailability(office.schedule, office.timeZone, now, office.calendar);
      if (!open.open)
        throw new DomainError(
          'QUEUE_CLOSED',
          {},
          { reason: open.reason, opensAt: open.opensAt?.toISOString() ?? null },
        );
      const day = plainDateAt(now, office.timeZone);
      let seq: number;
      try {
        seq = await takeDayNumber(tx, office.row.id, day, LETTER[p.purpose]);
      } catch (e) {
        if (e instanceof DaySeriesFullError) throw new DomainError('QUEUE_FULL');
        throw e;
      }
      const ahead = (await waitingOfDay(tx, office.row.id, day)).filter(
        (t) => t.purpose === p.purpose,
      ).length;
      const label = formatQueueTicket({ purpose: p.purpose, seq });
      const row = await insertTicket(tx, {
        organisationId: office.row.id,
        day,
        purpose: p.purpose,
        seq,
        label,
        issuedAt: now,
      });
      await writeAudit(tx, officeChain('audit', office.row.code), actContext(null, origin, now), {
        action: 'queue.ticket_issued',
        recordType: 'queue_ticket',
        recordId: row.id,
        data: { purpose: p.purpose, day, seq },
      });
      return { id: row.id, label, purpose: p.purpose, day, issuedAt: now.toISOString(), ahead };
    });
    return result;
  });
}
