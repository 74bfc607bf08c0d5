// The expiry reminder (issue 6; domain.md §4 "after the end"): once a day the worker queues, for
// every valid missionary certificate within 30 days of its «valid until» (the office's legal day),
// one reminder in the outbox and records it on the registrant's timeline as 'expiry_reminder'. One
// reminder per document: the registration event is the record (a second run, or a second worker
// at once, queues nothing more: an advisory lock, the event's absence and the outbox's dedupe key).
// The message carries the document's number and the registrant's id only; the e-mail and SMS
// senders come with the portal issue (outbox-handlers.ts answers "no channel yet" until then).
// Group references never expire and get none.
import { sql } from 'drizzle-orm';
import { writeAudit } from '../db/audit-trail.js';
import { queryRows, type Database } from '../db/database.js';
import { enqueue } from '../db/outbox-store.js';
import { insertRegistrationEvent } from '../db/registry-store.js';
import { nationalChain } from '../domain/audit/chain-hash.js';
import { EXPIRY_WINDOW_DAYS } from '../domain/certificate/expiry.js';

export const EXPIRY_REMINDER_KIND = 'registry.expiry_reminder';
const LOCK_KEY = 7_406_061;

/** Queues the reminders due at `now`; returns how many were queued. */
export async function runExpiryReminders(database: Database, now: Date, batch = 5_000): Promise<number> {
  return database.db.transaction(async (tx) => {
    const [lock] = await queryRows<{ ok: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${LOCK_KEY}) as ok`,
    );
    if (!lock?.ok) return 0;
    const at = now.toISOString();
    const due = await queryRows<{
      number: string;
      registrant_id: string;
      organisation_id: string;
      valid_until: string;
    }>(
      tx,
      sql`select d.number, d.registrant_id, d.organisation_id, d.valid_until::text as valid_until
          from issued_documents d join organisations o on o.id = d.organisation_id
          where d.kind = 'certificate' and d.status = 'valid' and d.registrant_id is not null
            and d.valid_until >= (${at}::timestamptz at time zone o.time_zone)::date
            and d.valid_until <= (${at}::timestamptz at time zone o.time_zone)::date + ${EXPIRY_WINDOW_DAYS}::int
            and not exists (select 1 from registration_events e
                            where e.document_number = d.number and e.kind = 'expiry_reminder')
          order by d.valid_until, d.number
          limit ${batch}`,
    );
    for (const d of due) {
      await enqueue(tx, {
        kind: EXPIRY_REMINDER_KIND,
        payload: { documentNumber: d.number, registrantId: d.registrant_id, validUntil: d.valid_until },
        dedupeKey: `expiry-reminder:${d.number}`,
      });
      await insertRegistrationEvent(tx, {
        registrantId: d.registrant_id,
        kind: 'expiry_reminder',
        documentNumber: d.number,
        at: now,
        organisationId: d.organisation_id,
        data: { validUntil: d.valid_until },
      });
    }
    if (due.length > 0)
      await writeAudit(
        tx,
        nationalChain('audit'),
        { actor: null, ip: null, requestId: null, now },
        {
          action: 'registry.expiry_reminders_queued',
          recordType: 'registry',
          recordId: 'expiry_reminders',
          data: { count: due.length },
        },
      );
    return due.length;
  });
}

/** Runs the reminders shortly after start and then once a day until stopped. */
export function startExpiryTimer(database: Database, everyMs = 24 * 3_600_000, onError?: (e: Error) => void) {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runExpiryReminders(database, new Date()).catch((e: Error) => onError?.(e));
  };
  const first = setTimeout(tick, 15_000);
  const timer = setInterval(tick, everyMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}

/** Several timed jobs stopped together. */
export function together(...timers: { stop(): Promise<void> }[]): { stop(): Promise<void> } {
  return { stop: async () => void (await Promise.all(timers.map((t) => t.stop()))) };
}
