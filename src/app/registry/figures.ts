// Supervisors' figures (issue 6; domain.md §8, §19): registrations (missionaries' certificates) valid
// on a date by citizenship, confession, region, office or term; groups' references valid on the date
// by confession and office (the district); overdue cases across offices with a drill-down to the
// cases for those the policy lets read them. Counts only, small cells suppressed (figure-cells.ts):
// a confession is special-category data and is only ever shown as such an aggregate. A regional
// supervisor sees the region, the national supervisor the country.
import { sql, type SQL } from 'drizzle-orm';
import { findOrganisationByCode } from '../../db/accounts-store.js';
import { writeAccess } from '../../db/audit-trail.js';
import { ACTIVE_CLOCK } from '../../db/case-worklists.js';
import { queryRows } from '../../db/database.js';
import { nationalChain } from '../../domain/audit/chain-hash.js';
import { suppressSmallCells, tableTotal, type ShownCell } from '../../domain/registry/figure-cells.js';
import { isPlainDate, plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { can } from '../policies/policy.js';

export const FIGURE_DIMENSIONS = ['citizenship', 'confession', 'region', 'office', 'term'] as const;
export type FigureDimension = (typeof FIGURE_DIMENSIONS)[number];

export interface OverdueRow {
  officeCode: string;
  count: number;
  /** May the reader open the office's overdue cases. */
  drill: boolean;
}

export interface RegistryFigures {
  on: PlainDate;
  by: FigureDimension;
  /** null: the whole country. */
  region: string | null;
  registrations: { cells: ShownCell[]; total: number };
  groups: { cells: ShownCell[]; total: number };
  overdue: OverdueRow[];
}

const KEY: Record<FigureDimension, SQL> = {
  citizenship: sql`coalesce(r.citizenship, case when r.iin is not null then 'KZ' end, 'unknown')`,
  confession: sql`coalesce(c.confession, 'unknown')`,
  region: sql`coalesce(o.region_code, 'unknown')`,
  office: sql`o.code`,
  term: sql`case when d.valid_until - d.issued_on <= 183 then 'up_to_6_months'
                 when d.valid_until - d.issued_on <= 366 then 'up_to_1_year' else 'over_1_year' end`,
};

/** The reader's scope: a regional supervisor's region, or null for the country; else FORBIDDEN. */
function scopeOf(actor: Actor): string | null {
  if (!can(actor, 'registry.figures')) throw new DomainError('FORBIDDEN');
  return can(actor, 'registry.figures', { organisationId: '', regionCode: '__none__' })
    ? null
    : actor.organisation.regionCode;
}

/** Valid on `on`: issued by then, not expired by then, and no later decision had ended it by then. */
function validOn(on: PlainDate): SQL {
  return sql`d.issued_on <= ${on}::date
    and (d.valid_until is null or d.valid_until >= ${on}::date)
    and (d.status = 'valid' or d.status_at >= (${on}::date + 1)::timestamptz)`;
}

export async function registryFigures(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  input: { on?: string; by?: string },
): Promise<RegistryFigures> {
  const region = scopeOf(actor);
  const db = deps.database.db;
  const now = deps.now();
  const today = plainDateAt(now, 'Asia/Almaty');
  const fields: Record<string, string> = {};
  const on = (input.on ?? '') === '' ? today : (input.on as string);
  if (!isPlainDate(on)) fields.on = 'date_invalid';
  const by = (input.by ?? '') === '' ? 'office' : (input.by as FigureDimension);
  if (!(FIGURE_DIMENSIONS as readonly string[]).includes(by)) fields.by = 'required';
  if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
  const inScope = region === null ? sql`true` : sql`o.region_code = ${region}`;
  const count = (kind: 'certificate' | 'reference', key: SQL) =>
    queryRows<{ key: string; count: number }>(
      db,
      sql`select ${key} as key, count(*)::int as count
          from issued_documents d
          join organisations o on o.id = d.organisation_id
          left join registrants r on r.id = d.registrant_id
          left join cases c on c.id = d.case_id
          where d.kind = ${kind} and ${validOn(on as PlainDate)} and ${inScope}
          group by 1 order by 1`,
    );
  const [registrations, groups, overdue] = await Promise.all([
    count('certificate', KEY[by]),
    count('reference', sql`coalesce(c.confession, 'unknown') || ' · ' || o.code`),
    queryRows<{ office_code: string; region_code: string | null; office_id: string; count: number }>(
      db,
      sql`select o.code as office_code, o.region_code, o.id as office_id, count(*)::int as count
          from cases c join organisations o on o.id = c.organisation_id
          where c.state in ('registered', 'transferred', 'under_review', 'proposed',
                            'refusal_drafted', 'refusal_signed')
            and (case ${ACTIVE_CLOCK} when 'refusal' then c.refusal_due when 'result' then c.result_due end)
                < ${today}::date
            and ${inScope}
          group by o.code, o.region_code, o.id order by count(*) desc, o.code`,
    ),
  ]);
  // domain.md §8: the figures are read like a record (who looked at which scope, when).
  await writeAccess(db, nationalChain('access'), actContext(actor, origin, now), {
    recordType: 'registry_figures',
    recordId: region ?? 'national',
    purpose: `figures:${by}`,
  });
  return {
    on: on as PlainDate,
    by,
    region,
    registrations: { cells: suppressSmallCells(registrations), total: tableTotal(registrations) },
    groups: { cells: suppressSmallCells(groups), total: tableTotal(groups) },
    overdue: overdue.map((r) => ({
      officeCode: r.office_code,
      count: r.count,
      drill: can(actor, 'case.read', { organisationId: r.office_id, regionCode: r.region_code }),
    })),
  };
}

export interface OverdueCase {
  id: string;
  trackingCode: string;
  kind: string;
  state: string;
  due: string;
}

/** The drill-down: one office's overdue cases, for a reader allowed to read its cases. */
export async function overdueCasesOf(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  officeCode: string,
): Promise<{ officeCode: string; cases: OverdueCase[] }> {
  scopeOf(actor);
  const db = deps.database.db;
  const office = await findOrganisationByCode(db, officeCode.trim().toUpperCase());
  if (!office || !can(actor, 'case.read', { organisationId: office.id, regionCode: office.regionCode }))
    throw new DomainError('NOT_FOUND');
  const now = deps.now();
  const today = plainDateAt(now, office.timeZone);
  const rows = await queryRows<{
    id: string;
    tracking_code: string;
    kind: string;
    state: string;
    due: string;
  }>(
    db,
    sql`select * from (
          select c.id, c.tracking_code, c.kind, c.state,
            (case ${ACTIVE_CLOCK} when 'refusal' then c.refusal_due when 'result' then c.result_due end)::text as due
          from cases c where c.organisation_id = ${office.id}
            and c.state in ('registered', 'transferred', 'under_review', 'proposed',
                            'refusal_drafted', 'refusal_signed')) x
        where x.due < ${today} order by x.due, x.tracking_code limit 1000`,
  );
  await writeAccess(db, nationalChain('access'), actContext(actor, origin, now), {
    recordType: 'organisation',
    recordId: office.id,
    purpose: 'figures:overdue_cases',
  });
  return {
    officeCode: office.code,
    cases: rows.map((r) => ({
      id: r.id,
      trackingCode: r.tracking_code,
      kind: r.kind,
      state: r.state,
      due: r.due,
    })),
  };
}
