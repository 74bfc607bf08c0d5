import type { PlainDate } from '../time/plain-date.js';
import type { IndicatorId } from './annex9.js';

// §19, domain.md §7: for each year the national supervisor enters, per indicator, the normative value
// and the target that apply to that year (stored under the year they apply to), citing the
// authorised body's order (number, date). An office may get its own values; the national value is
// the default. The annex 9 table for year Y shows Y's normative value, the target of Y + 1 (annex 9:
// "the target for the following year") and Y's current value.

export interface AuthorisingOrder {
  number: string;
  date: PlainDate;
}

export interface YearValue {
  indicator: IndicatorId;
  year: number;
  /** null: the national value; otherwise the office's own. */
  organisationId: string | null;
  /** Percent, 0–100, one decimal; null when the order sets none. */
  normative: number | null;
  target: number | null;
  order: AuthorisingOrder;
}

export interface ResolvedValue {
  value: number | null;
  from: 'office' | 'national' | null;
  order: AuthorisingOrder | null;
}

const NONE: ResolvedValue = { value: null, from: null, order: null };

function resolve(
  values: readonly YearValue[],
  indicator: IndicatorId,
  year: number,
  organisationId: string | null,
  field: 'normative' | 'target',
): ResolvedValue {
  const pick = (org: string | null) =>
    values.find(
      (v) => v.indicator === indicator && v.year === year && v.organisationId === org && v[field] !== null,
    );
  const own = organisationId === null ? undefined : pick(organisationId);
  if (own) return { value: own[field], from: 'office', order: own.order };
  const national = pick(null);
  if (national) return { value: national[field], from: 'national', order: national.order };
  return NONE;
}

/** The normative value of `year` and the target of `year + 1` for an office (or, with null, for a
 *  region or the country, which have only the national values). */
export function annex9Values(
  values: readonly YearValue[],
  indicator: IndicatorId,
  year: number,
  organisationId: string | null,
): { normative: ResolvedValue; nextTarget: ResolvedValue } {
  return {
    normative: resolve(values, indicator, year, organisationId, 'normative'),
    nextTarget: resolve(values, indicator, year + 1, organisationId, 'target'),
  };
}

export type YearValueIssue =
  | 'year_out_of_range'
  | 'value_out_of_range'
  | 'value_precision'
  | 'no_value'
  | 'order_number_missing'
  | 'order_date_after_today';

/** Checks one entry; the first year is that of the standard (2011), the last the year after today's. */
export function checkYearValue(
  v: Pick<YearValue, 'year' | 'normative' | 'target' | 'order'>,
  today: PlainDate,
): { field: 'year' | 'normative' | 'target' | 'orderNumber' | 'orderDate'; issue: YearValueIssue }[] {
  const issues: {
    field: 'year' | 'normative' | 'target' | 'orderNumber' | 'orderDate';
    issue: YearValueIssue;
  }[] = [];
  const thisYear = Number(today.slice(0, 4));
  if (!Number.isInteger(v.year) || v.year < 2011 || v.year > thisYear + 1)
    issues.push({ field: 'year', issue: 'year_out_of_range' });
  for (const field of ['normative', 'target'] as const) {
    const x = v[field];
    if (x === null) continue;
    if (!Number.isFinite(x) || x < 0 || x > 100) issues.push({ field, issue: 'value_out_of_range' });
    else if (Math.round(x * 10) !== x * 10) issues.push({ field, issue: 'value_precision' });
  }
  if (v.normative === null && v.target === null) issues.push({ field: 'normative', issue: 'no_value' });
  if (v.order.number.trim() === '') issues.push({ field: 'orderNumber', issue: 'order_number_missing' });
  if (v.order.date > today) issues.push({ field: 'orderDate', issue: 'order_date_after_today' });
  return issues;
}
