// Applies the retention periods (domain.md §8): deletes what has been kept long enough, each purge
// audited with its count. Several app servers may run it; an advisory lock lets one at a time work.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { queryRows } from '../db/database.js';
import { PURGERS } from '../db/retention-purge.js';
import { writeAudit } from '../db/audit-trail.js';
import { nationalChain } from '../domain/audit/chain-hash.js';
import { RETENTION_PERIODS, cutoff, type RetentionPeriod } from '../domain/retention/retention-periods.js';

const LOCK_KEY = 7_342_019_512;

export interface PurgeReport {
  recordType: string;
  count: number;
}

export async function runRetention(
  database: Database,
  now: Date,
  periods: readonly RetentionPeriod[] = RETENTION_PERIODS,
): Promise<PurgeReport[]> {
  return database.db.transaction(async (tx) => {
    const [lock] = await queryRows<{ ok: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${LOCK_KEY}) as ok`,
    );
    if (!lock?.ok) return [];
    const report: PurgeReport[] = [];
    for (const period of periods) {
      const purge = PURGERS[period.recordType];
      if (!purge) throw new Error(`no purge for record type ${period.recordType}`);
      const before = cutoff(period, now);
      const count = await purge(tx, before, now);
      report.push({ recordType: period.recordType, count });
      if (count > 0) {
        await writeAudit(
          tx,
          nationalChain('audit'),
          { actor: null, ip: null, requestId: null, now },
          {
            action: 'retention.purged',
            recordType: 'retention',
            recordId: period.recordType,
            data: { recordType: period.recordType, count, before: before.toISOString() },
          },
        );
      }
    }
    return report;
  });
}

/** Runs the purge now and then every `everyMs` until stopped. */
export function startRetentionTimer(
  database: Database,
  everyMs = 6 * 3_600_000,
  onError?: (e: Error) => void,
) {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runRetention(database, new Date()).catch((e: Error) => onError?.(e));
  };
  const first = setTimeout(tick, 10_000);
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
