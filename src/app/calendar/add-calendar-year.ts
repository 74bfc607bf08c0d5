// domain.md §9: an administrator enters a year's Kurban Ait date and transfers of days off, each
// citing its act. The year stops being provisional, and due dates already stored that depend on it are
// recomputed in the same transaction, with an audit event.
import { writeAudit } from '../../db/audit-trail.js';
import { saveCalendarYear } from '../../db/calendar-store.js';
import type { Executor } from '../../db/database.js';
import { nationalChain } from '../../domain/audit/chain-hash.js';
import {
  builtInCalendar,
  validateYearData,
  type CalendarYearData,
  type NationalCalendar,
} from '../../domain/calendar/index.js';
import { loadCalendarYears } from '../../db/calendar-store.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';

/** Recomputes stored due dates that fall in or depend on `year`; returns how many changed.
 *  The case lifecycle registers its recomputation here (cases store their §7.1 / §16 due days). */
export type DueDateRecomputer = (tx: Executor, calendar: NationalCalendar, year: number) => Promise<number>;
export const DUE_DATE_RECOMPUTERS: DueDateRecomputer[] = [];

export async function addCalendarYear(deps: Deps, by: Actor | null, origin: Origin, data: CalendarYearData) {
  authorize(by, 'calendar.manage');
  const shape = data as Partial<CalendarYearData> | null;
  if (
    !shape ||
    typeof shape !== 'object' ||
    typeof shape.kurbanAit?.date !== 'string' ||
    typeof shape.kurbanAit.act !== 'object' ||
    !Array.isArray(shape.transfers)
  ) {
    throw new DomainError('VALIDATION_FAILED', {
      year: 'expected { year, kurbanAit: { date, act }, transfers: [{ workingDay, dayOff, act }] }',
    });
  }
  try {
    validateYearData(data);
  } catch (e) {
    throw new DomainError('VALIDATION_FAILED', { year: (e as Error).message });
  }
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    const replaced = await saveCalendarYear(tx, data, by?.accountId ?? null, now);
    let calendar = builtInCalendar();
    for (const y of await loadCalendarYears(tx)) calendar = calendar.withYear(y);
    const ctx = actContext(by, origin, now);
    await writeAudit(tx, nationalChain('audit'), ctx, {
      action: 'calendar.year_entered',
      recordType: 'calendar_year',
      recordId: String(data.year),
      data: { year: data.year, replaced, transfers: data.transfers.length },
    });
    let recomputed = 0;
    for (const recompute of DUE_DATE_RECOMPUTERS) recomputed += await recompute(tx, calendar, data.year);
    if (recomputed > 0) {
      await writeAudit(tx, nationalChain('audit'), ctx, {
        action: 'calendar.due_dates_recomputed',
        recordType: 'calendar_year',
        recordId: String(data.year),
        data: { year: data.year, count: recomputed },
      });
    }
    deps.calendar?.invalidate();
    return { replaced, recomputed };
  });
}
