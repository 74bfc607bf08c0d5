// The annex 9 table (§18–19, domain.md §7) for an office, a region or the country and a year: each
// indicator's normative value for the year, the target for the following year and the year's current
// value, computed from the system's own events. Region and country values add the offices' counts.
// Who reads what: the head of an office its own office; a regional supervisor the region and its
// offices; the national supervisor everything (policy 'indicators.read').
import { sql } from 'drizzle-orm';
import { findOrganisationByCode } from '../../db/accounts-store.js';
import { queryRows } from '../../db/database.js';
import { declaredOnline, timelinessByOffice, type OfficeScope } from '../../db/indicator-counts.js';
import { findYearValues } from '../../db/indicator-values-store.js';
import { surveyCounts } from '../../db/indicator-survey-counts.js';
import {
  lastRun,
  rolledUpCountsByOffice,
  rolledUpFlags,
  type RollupRun,
} from '../../db/indicator-rollups.js';
import type { Executor } from '../../db/database.js';
import { ANNEX_9, type IndicatorDefinition, type IndicatorId } from '../../domain/indicators/annex9.js';
import {
  addCounts,
  MIN_SURVEY_ANSWERS,
  shareValue,
  type ShareCounts,
  type ShareValue,
} from '../../domain/indicators/shares.js';
import { annex9Values, type ResolvedValue } from '../../domain/indicators/yearly-values.js';
import { fromParts, plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';

export type TableScope =
  | { kind: 'country' }
  | { kind: 'region'; code: string; nameKk: string; nameRu: string | null }
  | {
      kind: 'office';
      id: string;
      code: string;
      nameKk: string;
      nameRu: string | null;
      regionCode: string | null;
    };

export interface Annex9Row {
  indicator: IndicatorDefinition;
  normative: ResolvedValue;
  /** The target set for this year (what "missed" is measured against). */
  yearTarget: ResolvedValue;
  nextTarget: ResolvedValue;
  current: ShareValue;
  /** The current value reaches the year's target (or, without one, the normative value); null when
   *  either side is missing. */
  met: boolean | null;
}

export interface Annex9Table {
  year: number;
  scope: TableScope;
  /** The period is the calendar year up to `asOf` (today, for the current year). */
  from: PlainDate;
  to: PlainDate;
  asOf: PlainDate;
  rows: Annex9Row[];
  /** Where the current values come from: the daily roll-ups as of their last run, or (before the
   *  first run, or when asked) the raw rows now. */
  freshness: Freshness;
}

export type Freshness = { source: 'rollups'; run: RollupRun } | { source: 'raw' };

/** The counts of the table: 1.1 and the surveys added over the offices, 3.2 over the flags. */
export interface TableCounts {
  timely: ShareCounts;
  online: ShareCounts;
  survey: Map<IndicatorId, ShareCounts>;
}

/** From the raw rows (indicator-counts.ts, indicator-survey-counts.ts), as of `asOf`. */
export async function rawTableCounts(
  db: Executor,
  scope: OfficeScope,
  from: PlainDate,
  to: PlainDate,
  asOf: PlainDate,
): Promise<TableCounts> {
  const [timely, online, survey] = await Promise.all([
    timelinessByOffice(db, scope, from, to, asOf),
    declaredOnline(db, scope),
    surveyCounts(db, scope, from, to),
  ]);
  return { timely: addCounts(timely.values()), online, survey };
}

/** From the daily roll-ups (db/indicator-rollups.ts), as of their last run. */
export async function rolledUpTableCounts(
  db: Executor,
  scope: OfficeScope,
  from: PlainDate,
  to: PlainDate,
): Promise<TableCounts> {
  const [byOffice, flags] = await Promise.all([
    rolledUpCountsByOffice(db, scope, from, to),
    rolledUpFlags(db, scope),
  ]);
  const sum = (id: IndicatorId) => addCounts([...byOffice.values()].map((m) => m.get(id)!));
  return {
    timely: sum('1.1'),
    online: { hits: [...flags.values()].filter(Boolean).length, total: flags.size },
    survey: new Map((['2.1', '3.1', '4.1', '5.1'] as const).map((id) => [id, sum(id)])),
  };
}

const LEGAL_ZONE = 'Asia/Almaty';

/** "country", "region:NN" or an office code; empty means the reader's widest scope. */
export async function resolveScope(deps: Deps, actor: Actor, raw: string): Promise<TableScope> {
  const text = raw.trim();
  if (text === '' || text === 'default') {
    if (can(actor, 'indicators.read', { organisationId: '', regionCode: '__none__' }))
      return { kind: 'country' };
    if (actor.organisation.kind === 'service_office')
      return resolveScope(deps, actor, actor.organisation.code);
    if (actor.organisation.regionCode)
      return resolveScope(deps, actor, `region:${actor.organisation.regionCode}`);
    throw new DomainError('FORBIDDEN');
  }
  if (text === 'country') {
    if (!can(actor, 'indicators.read', { organisationId: '', regionCode: '__none__' }))
      throw new DomainError('FORBIDDEN');
    return { kind: 'country' };
  }
  const region = /^region:(\d{2})$/.exec(text);
  if (region) {
    const code = region[1] as string;
    const [row] = await queryRows<{ kk: string; ru: string | null }>(
      deps.database.db,
      sql`select region_name_kk as kk, region_name_ru as ru from organisations
          where kind = 'service_office' and region_code = ${code} limit 1`,
    );
    if (!row) throw new DomainError('VALIDATION_FAILED', { scope: 'scope_unknown' });
    // A region is read by the national supervisor and by that region's supervisor.
    if (!can(actor, 'indicators.read', { organisationId: '', regionCode: code }))
      throw new DomainError('FORBIDDEN');
    return { kind: 'region', code, nameKk: row.kk, nameRu: row.ru };
  }
  const office = await findOrganisationByCode(deps.database.db, text);
  if (!office || office.kind !== 'service_office')
    throw new DomainError('VALIDATION_FAILED', { scope: 'scope_unknown' });
  if (!can(actor, 'indicators.read', { organisationId: office.id, regionCode: office.regionCode }))
    throw new DomainError('FORBIDDEN');
  return {
    kind: 'office',
    id: office.id,
    code: office.code,
    nameKk: office.nameKk,
    nameRu: office.nameRu,
    regionCode: office.regionCode,
  };
}

export function parseYear(raw: string, today: PlainDate): number {
  const thisYear = Number(today.slice(0, 4));
  if (raw.trim() === '') return thisYear;
  const year = /^\d{4}$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!(year >= 2011 && year <= thisYear))
    throw new DomainError('VALIDATION_FAILED', { year: 'year_out_of_range' });
  return year;
}

export async function annex9Table(
  deps: Deps,
  actor: Actor,
  input: { scope: string; year: string },
  opts: { source?: 'rollups' | 'raw' } = {},
): Promise<Annex9Table> {
  if (!can(actor, 'indicators.read')) throw new DomainError('FORBIDDEN');
  const today = plainDateAt(deps.now(), LEGAL_ZONE);
  const year = parseYear(input.year, today);
  const scope = await resolveScope(deps, actor, input.scope);
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

  const run = opts.source === 'raw' ? null : await lastRun(db);
  const freshness: Freshness = run ? { source: 'rollups', run } : { source: 'raw' };
  const [counts, values] = await Promise.all([
    run ? rolledUpTableCounts(db, officeScope, from, to) : rawTableCounts(db, officeScope, from, to, today),
    findYearValues(db, [year, year + 1], scope.kind === 'office' ? [scope.id] : []),
  ]);
  const { timely, online, survey } = counts;
  const orgId = scope.kind === 'office' ? scope.id : null;

  const rows = ANNEX_9.map((indicator): Annex9Row => {
    let current: ShareValue;
    switch (indicator.source) {
      case 'clocks':
        current = shareValue(timely);
        break;
      case 'declared':
        current = shareValue(online);
        break;
      default:
        current = shareValue(survey.get(indicator.id) ?? { hits: 0, total: 0 }, MIN_SURVEY_ANSWERS);
    }
    const { normative, nextTarget } = annex9Values(values, indicator.id, year, orgId);
    const yearTarget = annex9Values(values, indicator.id, year - 1, orgId).nextTarget;
    const goal = yearTarget.value ?? normative.value;
    const met = current.kind === 'value' && goal !== null ? current.percent >= goal : null;
    return { indicator, normative, yearTarget, nextTarget, current, met };
  });
  return { year, scope, from, to, asOf: run ? run.asOf : today, rows, freshness };
}

export interface ScopeChoice {
  value: string;
  kind: 'country' | 'region' | 'office';
  nameKk: string;
  nameRu: string | null;
}

/** The scopes the reader may choose: the country, the regions and the offices within reach. */
export async function scopeChoices(deps: Deps, actor: Actor): Promise<ScopeChoice[]> {
  if (!can(actor, 'indicators.read')) return [];
  const national = can(actor, 'indicators.read', { organisationId: '', regionCode: '__none__' });
  const region = actor.organisation.regionCode;
  const regional =
    !national && region !== null && can(actor, 'indicators.read', { organisationId: '', regionCode: region });
  const offices = await queryRows<{
    code: string;
    region_code: string;
    name_kk: string;
    name_ru: string | null;
    region_kk: string;
    region_ru: string | null;
  }>(
    deps.database.db,
    sql`select code, region_code, name_kk, name_ru, region_name_kk as region_kk, region_name_ru as region_ru
        from organisations
        where kind = 'service_office' and active
          and (${national} or (${regional} and region_code = ${region ?? ''}) or id = ${actor.organisation.id})
        order by region_code, code`,
  );
  const choices: ScopeChoice[] = [];
  if (national)
    choices.push({
      value: 'country',
      kind: 'country',
      nameKk: 'Қазақстан Республикасы',
      nameRu: 'Республика Казахстан',
    });
  const seen = new Set<string>();
  for (const o of offices) {
    if ((national || regional) && !seen.has(o.region_code)) {
      seen.add(o.region_code);
      choices.push({
        value: `region:${o.region_code}`,
        kind: 'region',
        nameKk: o.region_kk,
        nameRu: o.region_ru,
      });
    }
    choices.push({ value: o.code, kind: 'office', nameKk: o.name_kk, nameRu: o.name_ru });
  }
  return choices;
}
