// Issue 10: the run that keeps the daily roll-ups of the annex 9 counts and the queue figures
// (db/indicator-rollups.ts). Incremental by default: only the office days marked by the triggers since
// the last run (late survey answers, reopened or transferred cases, tickets), and the days on which
// unfinished cases may have turned late since the last run's day. A rebuild recomputes everything
// (`tirkeu indicators rebuild`, or the national supervisor's button). Several workers may run it; an
// advisory lock lets one at a time work.
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Executor } from '../../db/database.js';
import {
  claimDays,
  analyzeRollups,
  clearDirtyDays,
  lastRun,
  queueDaysToRecompute,
  recomputeCaseCounts,
  recordRun,
  snapshotOfficeFlags,
  writeQueueDays,
  type QueueDayRow,
  type RollupDays,
  type RollupRun,
} from '../../db/indicator-rollups.js';
import { tenthsOf } from '../../domain/indicators/histogram.js';
import type { TicketStatus } from '../../domain/queue/desk-acts.js';
import { queueDayFigures, type TicketFacts } from '../../domain/queue/queue-figures.js';
import { breakOfDay, hoursOfDay } from '../../domain/queue/ticket-times.js';
import { RULE_VERSIONS, ruleVersionFor, type RuleVersion } from '../../domain/standard/index.js';
import type { QueuePurpose } from '../../domain/standard/time-limits/queue-norms.js';
import { addDays, comparePlainDates, plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { USUAL_SCHEDULE, type WeeklySchedule } from '../../domain/time/weekly-schedule.js';

const LOCK_KEY = 7_342_019_610;
/** The legal day of the indicators (annex9-table.ts): unfinished cases are judged late by it. */
const LEGAL_ZONE = 'Asia/Almaty';

export interface RollupOptions {
  rebuild?: boolean;
  /** The account that asked for a rebuild (the supervisor's button), if any. */
  requestedBy?: string | null;
  /** Wait for a run in progress instead of skipping (the rebuild on demand waits). */
  wait?: boolean;
}

/** One run; null when another worker holds the lock (and `wait` is not set). */
export async function runIndicatorRollups(
  database: Database,
  now: Date,
  opts: RollupOptions = {},
): Promise<RollupRun | null> {
  // The run's times are on the caller's clock (the app's, which tests set); its length on the real one.
  const began = performance.now();
  const startedAt = now;
  return database.db.transaction(async (tx) => {
    if (opts.wait) await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEY})`);
    else {
      const [lock] = await queryRows<{ ok: boolean }>(
        tx,
        sql`select pg_try_advisory_xact_lock(${LOCK_KEY}) as ok`,
      );
      if (!lock?.ok) return null;
    }
    const asOf = plainDateAt(now, LEGAL_ZONE);
    const previous = await lastRun(tx);
    const rebuild = opts.rebuild === true || previous === null;
    let days: RollupDays;
    let officeDays: number;
    if (rebuild) {
      await clearDirtyDays(tx);
      days = 'all';
    } else {
      // The day before the last run's day too: an office east of the legal zone may be a day ahead.
      const from = addDays(previous.asOf, -1);
      officeDays = await claimDays(tx, comparePlainDates(from, asOf) <= 0 ? from : asOf, asOf);
      days = 'listed';
    }
    const caseDays = await recomputeCaseCounts(tx, days, asOf);
    const queueDays = await recomputeQueueFigures(tx, days, now);
    officeDays = rebuild ? caseDays + queueDays : officeDays!;
    await snapshotOfficeFlags(tx, asOf);
    // A rebuild rewrites the tables whole: fresh statistics, or the planner reads a year of the
    // country as a few hundred rows (and sorts them on disk instead of hashing them).
    if (rebuild) await analyzeRollups(tx);
    const run: RollupRun = {
      kind: rebuild ? 'rebuild' : 'incremental',
      startedAt,
      finishedAt: new Date(now.getTime() + Math.round(performance.now() - began)),
      asOf,
      officeDays,
    };
    await recordRun(tx, run, opts.requestedBy ?? null);
    return run;
  });
}

interface OfficeRow {
  id: string;
  time_zone: string;
  schedule: WeeklySchedule | null;
}

interface TicketRowRaw {
  id: string;
  day: string;
  label: string;
  purpose: QueuePurpose;
  status: TicketStatus;
  issued_at: string | Date;
  called_at: string | Date | null;
  started_at: string | Date | null;
  finished_at: string | Date | null;
  desk_number: number | null;
}

const instant = (v: string | Date | null) => (v === null ? null : new Date(v));

/** The office's closing, break and rules of a day: the same for every office of a zone and schedule,
 *  so kept once per run (the zone arithmetic is the costly part of a rebuild). */
function dayFrameCache() {
  const seen = new Map<
    string,
    { closing: Date; dayBreak: ReturnType<typeof breakOfDay>; version: RuleVersion }
  >();
  return (schedule: WeeklySchedule, day: PlainDate, timeZone: string) => {
    const key = `${timeZone}|${day}|${JSON.stringify(schedule)}`;
    let frame = seen.get(key);
    if (!frame) {
      frame = {
        closing: hoursOfDay(schedule, day, timeZone).end,
        dayBreak: breakOfDay(schedule, day, timeZone),
        version: ruleVersionFor(day, RULE_VERSIONS),
      };
      seen.set(key, frame);
    }
    return frame;
  };
}

/** §7.2–7.4 per office and day, by the same rules as the day's figures page (read-queue.ts):
 *  unfinished waits and services counted up to now for the office's today, to closing for a past day. */
async function recomputeQueueFigures(tx: Executor, days: RollupDays, now: Date): Promise<number> {
  const dayFrame = dayFrameCache();
  const targets = await queueDaysToRecompute(tx, days);
  const byOffice = new Map<string, string[]>();
  for (const t of targets)
    byOffice.set(t.organisation_id, [...(byOffice.get(t.organisation_id) ?? []), t.day]);
  let written = 0;
  for (const [officeId, officeDays] of byOffice) {
    const [office] = await queryRows<OfficeRow>(
      tx,
      sql`select id, time_zone, schedule from organisations where id = ${officeId}`,
    );
    if (!office) continue;
    const tickets = await queryRows<TicketRowRaw>(
      tx,
      sql`select t.id, t.day::text as day, t.label, t.purpose, t.status, t.issued_at, t.called_at, t.started_at,
            t.finished_at, d.number as desk_number
          from queue_tickets t left join queue_desks d on d.id = t.desk_id
          where t.organisation_id = ${officeId}
            ${days === 'all' ? sql`` : sql`and t.day in (select day from rollup_days where organisation_id = ${officeId})`}`,
    );
    const ofDay = new Map<string, TicketFacts[]>();
    for (const t of tickets) {
      const list = ofDay.get(t.day) ?? [];
      list.push({
        id: t.id,
        label: t.label,
        purpose: t.purpose,
        status: t.status,
        issuedAt: new Date(t.issued_at),
        calledAt: instant(t.called_at),
        startedAt: instant(t.started_at),
        finishedAt: instant(t.finished_at),
        deskNumber: t.desk_number,
      });
      ofDay.set(t.day, list);
    }
    const schedule = office.schedule ?? USUAL_SCHEDULE;
    const today = plainDateAt(now, office.time_zone);
    const rows: QueueDayRow[] = [];
    for (const day of officeDays as PlainDate[]) {
      const list = ofDay.get(day);
      if (!list?.length) continue;
      const { closing, dayBreak, version } = dayFrame(schedule, day, office.time_zone);
      const f = queueDayFigures({
        tickets: list,
        dayBreak,
        version,
        until: comparePlainDates(day, today) < 0 ? closing : now,
      });
      rows.push({
        organisationId: officeId,
        day,
        tickets: f.tickets,
        served: f.served,
        noShows: f.noShows,
        queueWaitCounted: f.norms.queueWait.counted,
        queueWaitWithin: f.norms.queueWait.within,
        serviceCounted: f.norms.service.counted,
        serviceWithin: f.norms.service.within,
        collectWaitCounted: f.norms.collectWait.counted,
        collectWaitWithin: f.norms.collectWait.within,
        // The same values queue-figures.ts takes its wait and service distributions from.
        waitTenths: tenthsOf(f.perTicket.filter((_, i) => list[i]!.calledAt !== null).map((p) => p.wait)),
        serviceTenths: tenthsOf(
          f.perTicket.filter((_, i) => list[i]!.finishedAt !== null).map((p) => p.service ?? 0),
        ),
      });
    }
    await writeQueueDays(tx, rows);
    written += rows.length;
  }
  return written;
}
