// The purge of each record type whose retention period has run out (src/domain/retention).
import { erasePassesKeptEnough } from './visitor-passes-store.js';
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import {
  caseApplications,
  caseCorrections,
  caseFiles,
  caseMaterials,
  cases,
  onlineApplications,
  complaintScans,
  complaints,
  outbox,
  sessions,
} from './schema/index.js';
import { queryRows, type Executor } from './database.js';
import { END_STATES, applyAction, foldCase, type DiscardAction } from '../domain/case/index.js';
import { actionsOf, appendAction } from './case-store.js';

/** `now` is the purge's moment, for record types whose keeping depends on each office's settings. */
export type Purger = (tx: Executor, before: Date, now: Date) => Promise<number>;

export const PURGERS: Record<string, Purger> = {
  async session(tx, before) {
    return (await tx.delete(sessions).where(lt(sessions.expiresAt, before)).returning({ id: sessions.id }))
      .length;
  },
  async outbox_message(tx, before) {
    const rows = await tx
      .delete(outbox)
      .where(and(eq(outbox.status, 'sent'), lt(outbox.sentAt, before)))
      .returning({ id: outbox.id });
    return rows.length;
  },
  // §10: each office's passes after its own keeping days (the period's days are the default).
  async visitor_pass(tx, before, now) {
    return erasePassesKeptEnough(tx, now, Math.round((now.getTime() - before.getTime()) / 86_400_000));
  },
  // domain.md §8: an ended case's personal data, all together: the application row, the scans'
  // content and names (their ids, types, sizes and SHA-256 stay, as the audit events name them), the
  // inventory of materials, and the values of its corrections. Counted by applications purged.
  // Issue 8 (domain/portal/drafts.ts): drafts untouched since before the cutoff, discarded by the
  // system with their answers and scans erased. Counted by drafts discarded.
  async online_draft(tx, before, now) {
    let count = 0;
    for (;;) {
      const n = await discardStaleDrafts(tx, before, now, 200);
      count += n;
      if (n < 200) return count;
    }
  },
  async case_application(tx, before) {
    let count = 0;
    for (;;) {
      const n = await purgeEndedCases(tx, before, 500);
      count += n;
      if (n < 500) return count;
    }
  },
  // §20–25, domain.md §8: a delivered complaint's personal data; the register's record stays (numbers,
  // dates, kind, outcome) and so does the copy's row (id, type, size, SHA-256), as the audit names it.
  async complaint(tx, before) {
    const beforeDay = before.toISOString().slice(0, 10);
    const ended = await queryRows<{ id: string }>(
      tx,
      sql`select id from complaints
            where state = 'delivered' and delivered_on < ${beforeDay}
              and updated_at < ${before.toISOString()}
              and (surname is not null or body is not null or address is not null or phone is not null)
            for update`,
    );
    const ids = ended.map((r) => r.id);
    if (ids.length === 0) return 0;
    await tx
      .update(complaintScans)
      .set({ content: null, fileName: '' })
      .where(and(inArray(complaintScans.complaintId, ids), isNotNull(complaintScans.content)));
    const purged = await tx
      .update(complaints)
      .set({
        surname: null,
        name: null,
        patronymic: null,
        address: null,
        phone: null,
        body: null,
        reasons: null,
        deliveryProof: null,
      })
      .where(inArray(complaints.id, ids))
      .returning({ id: complaints.id });
    return purged.length;
  },
};

/** One batch of drafts whose last save is older than `before`: the `discard` action in each case's
 *  log by the system, the answers (and the draft token's hash) and the scans removed. */
async function discardStaleDrafts(tx: Executor, before: Date, now: Date, batch: number): Promise<number> {
  const stale = await queryRows<{ id: string; version: number }>(
    tx,
    sql`select c.id, c.version from cases c join online_applications o on o.case_id = c.id
          where c.state = 'draft' and o.updated_at < ${before.toISOString()}
          order by c.id
          limit ${batch}
          for update of c`,
  );
  const ids = stale.map((r) => r.id);
  if (ids.length === 0) return 0;
  for (const { id, version } of stale) {
    const log = await actionsOf(tx, id);
    const action: DiscardAction = {
      kind: 'discard',
      at: now.toISOString(),
      actor: { accountId: null, roles: ['system'] },
    };
    const snapshot = applyAction(foldCase(log), action);
    await appendAction(tx, id, log.length + 1, action);
    await tx
      .update(cases)
      .set({ state: snapshot.state, version: Number(version) + 1, updatedAt: now })
      .where(eq(cases.id, id));
  }
  // The scans were the applicant's alone (no member of staff has seen a draft): gone with it.
  await tx.delete(caseFiles).where(inArray(caseFiles.caseId, ids));
  await tx.delete(onlineApplications).where(inArray(onlineApplications.caseId, ids));
  return ids.length;
}

/** One batch of ended cases past the cutoff, locked, purged; returns how many. */
async function purgeEndedCases(tx: Executor, before: Date, batch: number): Promise<number> {
  const beforeDay = before.toISOString().slice(0, 10);
  const ended = await queryRows<{ id: string }>(
    tx,
    sql`select c.id from cases c join case_applications a on a.case_id = c.id
          where c.state in (${sql.join(
            END_STATES.map((s) => sql`${s}`),
            sql`, `,
          )})
            and c.updated_at < ${before.toISOString()}
            and (c.valid_until is null or c.valid_until < ${beforeDay})
          order by c.id
          limit ${batch}
          for update of c`,
  );
  const ids = ended.map((r) => r.id);
  if (ids.length === 0) return 0;
  await tx
    .update(caseFiles)
    .set({ content: null, fileName: '' })
    .where(and(inArray(caseFiles.caseId, ids), isNotNull(caseFiles.content)));
  await tx.delete(caseMaterials).where(inArray(caseMaterials.caseId, ids));
  await tx
    .update(caseCorrections)
    .set({ oldValue: null, newValue: null })
    .where(inArray(caseCorrections.caseId, ids));
  const purged = await tx
    .delete(caseApplications)
    .where(inArray(caseApplications.caseId, ids))
    .returning({ id: caseApplications.caseId });
  return purged.length;
}
