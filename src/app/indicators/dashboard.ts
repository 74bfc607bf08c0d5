// Issue 10: the indicators' dashboard for an office, a region or the country and a year, read from
// the daily roll-ups (their freshness shown): each indicator by month, the offices ranked by one
// indicator, where the year's targets are missed, the queue figures by month (share within the
// §7.2–7.4 norms, median wait and service from the added histograms), and today's overdue cases and
// complaints per office with a drill-down for those allowed. Same readers and scopes as the table.
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/database.js';
import { ACTIVE_CLOCK } from '../../db/case-worklists.js';
import { officeFilter, type OfficeScope } from '../../db/indicator-counts.js';
import {
  lastRun,
  rolledUpCountsByMonth,
  rolledUpCountsByOffice,
  rolledUpFlags,
  rolledUpQueueByMonth,
} from '../../db/indicator-rollups.js';
import { findYearValues } from '../../db/indicator-values-store.js';
import {
  ANNEX_9,
  indicatorDefinition,
  isIndicatorId,
  type IndicatorDefinition,
  type IndicatorId,
} from '../../domain/indicators/annex9.js';
import { histogramDistribution } from '../../domain/indicators/histogram.js';
import {
  MIN_SURVEY_ANSWERS,
  shareValue,
  type ShareCounts,
  type ShareValue,
} from '../../domain/indicators/shares.js';
import { annex9Values } from '../../domain/indicators/yearly-values.js';
import type { Distribution } from '../../domain/queue/queue-figures.js';
import { fromParts, plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';
import { parseYear, resolveScope, type Freshness, type TableScope } from './annex9-table.js';

const LEGAL_ZONE = 'Asia/Almaty';

/** The indicators measured from events (3.2 is a declared flag: it has no monthly trend). */
export const TREND_INDICATORS: readonly IndicatorId[] = ['1.1', '2.1', '3.1', '4.1', '5.1'];

export interface MonthValue {
  month: string;
  value: ShareValue;
}

export interface OfficeValue {
  officeId: string;
  code: string;
  nameKk: string;
  nameRu: string | null;
  value: ShareValue;
}

export interface MissedTarget {
  code: string;
  nameKk: string;
  nameRu: string | null;
  indicator: IndicatorDefinition;
  current: ShareValue & { kind: 'value' };
  goal: number;
}

export interface QueueMonth {
  month: string;
  tickets: number;
  queueWait: ShareValue;
  service: ShareValue;
  collectWait: ShareValue;
  wait: Distribution;
  serviceTime: Distribution;
}

export interface OverdueRow {
  code: string;
  nameKk: string;
  nameRu: string | null;
  cases: number;
  complaints: number;
  /** Where the reader may open the cases behind the count (null: not allowed). */
  casesLink: string | null;
  complaintsLink: string | null;
}

export interface Dashboard {
  year: number;
  scope: TableScope;
  scopeValue: string;
  from: PlainDate;
  to: PlainDate;
  freshness: Freshness;
  rankBy: IndicatorDefinition;
  trends: { indicator: IndicatorDefinition; months: MonthValue[] }[];
  ranked: OfficeValue[];
  missed: MissedTarget[];
  queue: QueueMonth[];
  overdue: OverdueRow[];
}

const minimumOf = (id: IndicatorId) => (id === '1.1' || id === '3.2' ? 1 : MIN_SURVEY_ANSWERS);

function rankOrder(a: OfficeValue, b: OfficeValue): number {
  const score = (v: ShareValue) => (v.kind === 'value' ? v.percent : v.kind === 'too_few' ? -1 : -2);
  return score(b.value) - score(a.value) || a.code.localeCompare(b.code);
}

export async function indicatorDashboard(
  deps: Deps,
  actor: Actor,
  input: { scope: string; year: string; indicator: string },
): Promise<Dashboard> {
  if (!can(actor, 'indicators.read')) throw new DomainError('FORBIDDEN');
  const today = plainDateAt(deps.now(), LEGAL_ZONE);
  const year = parseYear(input.year, today);
  const scope = await resolveScope(deps, actor, input.scope);
  const rankBy = isIndicatorId(input.indicator) ? input.indicator : '1.1';
  const db = deps.database.db;
  const from = fromParts(year, 1, 1);
  const yearEnd = fromParts(year, 12, 31);
  const to = yearEnd < today ? yearEnd : today;
  const officeScope: OfficeScope =
    scope.kind === 'country'
      ? 'country'
      : scope.kind === 'region'
        ? { region: scope.code }
        : { office: scope.id };
  const scopeValue =
    scope.kind === 'country' ? 'country' : scope.kind === 'region' ? `region:${scope.code}` : scope.code;

  const offices = await queryRows<{
    id: string;
    code: string;
    name_kk: string;
    name_ru: string | null;
    region_code: string | null;
  }>(
    db,
    sql`select o.id, o.code, o.name_kk, o.name_ru, o.region_code from organisations o
        where ${officeFilter(officeScope)} and o.active order by o.code`,
  );
  const run = await lastRun(db);
  const [byMonth, byOffice, flags, queue, values, overdueCases, overdueComplaints] = await Promise.all([
    rolledUpCountsByMonth(db, officeScope, from, to),
    rolledUpCountsByOffice(db, officeScope, from, to),
    rolledUpFlags(db, officeScope),
    rolledUpQueueByMonth(db, officeScope, from, to),
    findYearValues(
      db,
      [year],
      offices.map((o) => o.id),
    ),
    // The worklists' rule (case-worklists.ts, registry figures): the running clock's due day passed.
    queryRows<{ organisation_id: string; n: number }>(
      db,
      sql`select c.organisation_id, count(*)::int as n from cases c join organisations o on o.id = c.organisation_id
          where ${officeFilter(officeScope)}
            and c.state in ('registered', 'transferred', 'under_review', 'proposed', 'refusal_drafted', 'refusal_signed')
            and (case ${ACTIVE_CLOCK} when 'refusal' then c.refusal_due when 'result' then c.result_due end)
                < (${deps.now().toISOString()}::timestamptz at time zone o.time_zone)::date
          group by 1`,
    ),
    // complaint.ts isComplaintOverdue: not delivered, and its due day is over.
    queryRows<{ organisation_id: string; n: number }>(
      db,
      sql`select k.handled_by as organisation_id, count(*)::int as n from complaints k
            join organisations o on o.id = k.handled_by
          where ${officeFilter(officeScope)} and k.state <> 'delivered' and k.delivered_on is null
            and k.due_on < ${today}::date
          group by 1`,
    ),
  ]);

  const months: string[] = [];
  for (let m = 1; m <= Number(to.slice(5, 7)); m++) months.push(`${year}-${String(m).padStart(2, '0')}`);
  const trends = TREND_INDICATORS.map((id) => ({
    indicator: indicatorDefinition(id),
    months: months.map((month) => ({
      month,
      value: shareValue(byMonth.get(month)?.get(id) ?? { hits: 0, total: 0 }, minimumOf(id)),
    })),
  }));

  const officeCounts = (officeId: string, id: IndicatorId): ShareCounts =>
    id === '3.2'
      ? flags.has(officeId)
        ? { hits: flags.get(officeId) ? 1 : 0, total: 1 }
        : { hits: 0, total: 0 }
      : (byOffice.get(officeId)?.get(id) ?? { hits: 0, total: 0 });
  const ranked = offices
    .map((o) => ({
      officeId: o.id,
      code: o.code,
      nameKk: o.name_kk,
      nameRu: o.name_ru,
      value: shareValue(officeCounts(o.id, rankBy), minimumOf(rankBy)),
    }))
    .sort(rankOrder);

  const missed: MissedTarget[] = [];
  for (const o of offices)
    for (const indicator of ANNEX_9) {
      const current = shareValue(officeCounts(o.id, indicator.id), minimumOf(indicator.id));
      const { normative } = annex9Values(values, indicator.id, year, o.id);
      const target = annex9Values(values, indicator.id, year - 1, o.id).nextTarget;
      const goal = target.value ?? normative.value;
      if (current.kind === 'value' && goal !== null && current.percent < goal)
        missed.push({ code: o.code, nameKk: o.name_kk, nameRu: o.name_ru, indicator, current, goal });
    }

  const queueMonths: QueueMonth[] = months
    .filter((m) => queue.has(m))
    .map((month) => {
      const q = queue.get(month)!;
      return {
        month,
        tickets: q.tickets,
        queueWait: shareValue(q.queueWait),
        service: shareValue(q.service),
        collectWait: shareValue(q.collectWait),
        wait: histogramDistribution(q.waitTenths),
        serviceTime: histogramDistribution(q.serviceTenths),
      };
    });

  const casesOf = new Map(overdueCases.map((r) => [r.organisation_id, r.n]));
  const complaintsOf = new Map(overdueComplaints.map((r) => [r.organisation_id, r.n]));
  const overdue: OverdueRow[] = offices
    .filter((o) => casesOf.has(o.id) || complaintsOf.has(o.id))
    .map((o) => {
      const own = o.id === actor.organisation.id;
      const supervised =
        can(actor, 'registry.figures') &&
        can(actor, 'case.read', { organisationId: o.id, regionCode: o.region_code });
      return {
        code: o.code,
        nameKk: o.name_kk,
        nameRu: o.name_ru,
        cases: casesOf.get(o.id) ?? 0,
        complaints: complaintsOf.get(o.id) ?? 0,
        // Drill-down into the existing lists: the office's own worklist, or the supervisors' list.
        casesLink: own
          ? `/staff/cases?list=overdue`
          : supervised
            ? `/staff/figures/overdue?office=${encodeURIComponent(o.code)}`
            : null,
        complaintsLink: own ? `/staff/complaints` : null,
      };
    })
    .sort((a, b) => b.cases + b.complaints - (a.cases + a.complaints) || a.code.localeCompare(b.code));

  return {
    year,
    scope,
    scopeValue,
    from,
    to,
    freshness: run ? { source: 'rollups', run } : { source: 'raw' },
    rankBy: indicatorDefinition(rankBy),
    trends,
    ranked,
    missed,
    queue: queueMonths,
    overdue,
  };
}
