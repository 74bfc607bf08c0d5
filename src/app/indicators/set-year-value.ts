// §19: the yearly normative values and targets of the annex 9 indicators are set by the authorised
// body's order; the national supervisor enters them (policy 'indicators.enter'), for the country or
// for one office, citing the order. Each entry replaces the value of its indicator, year and
// organisation and is audited with what it replaced (domain.md §7).
import { findOrganisationByCode } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import { putYearValue } from '../../db/indicator-values-store.js';
import { nationalChain } from '../../domain/audit/chain-hash.js';
import { isIndicatorId } from '../../domain/indicators/annex9.js';
import { checkYearValue, type YearValue } from '../../domain/indicators/yearly-values.js';
import { isPlainDate, plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';

/** As typed on the form (strings) or sent to the API. */
export interface YearValueInput {
  indicator: string;
  year: string | number;
  /** An office code for the office's own value; empty for the national value. */
  office?: string | undefined;
  normative: string | number | null;
  target: string | number | null;
  orderNumber: string;
  orderDate: string;
}

const FIELD_ISSUE = {
  year_out_of_range: 'year_out_of_range',
  value_out_of_range: 'percent_range',
  value_precision: 'percent_precision',
  no_value: 'value_required',
  order_number_missing: 'required',
  order_date_after_today: 'date_in_future',
} as const;

/** A percent as typed: "95", "95.5" or "95,5"; empty is null; anything else NaN (refused). */
function percent(v: string | number | null): number | null {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  const t = v.trim().replace(',', '.');
  if (t === '') return null;
  return /^\d{1,3}(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

export async function setYearValue(
  deps: Deps,
  actor: Actor,
  origin: Origin,
  input: YearValueInput,
): Promise<YearValue> {
  authorize(actor, 'indicators.enter');
  const now = deps.now();
  const today = plainDateAt(now, 'Asia/Almaty');
  const fields: Record<string, string> = {};
  if (!isIndicatorId(input.indicator)) fields.indicator = 'required';
  const yearText = String(input.year).trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  const normative = percent(input.normative);
  const target = percent(input.target);
  const orderDate = input.orderDate.trim();
  if (!isPlainDate(orderDate)) fields.orderDate = 'date_invalid';
  const officeCode = (input.office ?? '').trim();
  const office = officeCode === '' ? null : await findOrganisationByCode(deps.database.db, officeCode);
  if (officeCode !== '' && (!office || office.kind !== 'service_office')) fields.office = 'scope_unknown';
  const value: YearValue = {
    indicator: input.indicator as YearValue['indicator'],
    year,
    organisationId: office?.id ?? null,
    normative,
    target,
    order: { number: input.orderNumber.trim().slice(0, 100), date: orderDate as PlainDate },
  };
  for (const { field, issue } of checkYearValue(
    value,
    isPlainDate(orderDate) ? today : ('9999-12-31' as PlainDate),
  ))
    fields[field] ??= FIELD_ISSUE[issue];
  if (Number.isNaN(normative)) fields.normative = 'percent_range';
  if (Number.isNaN(target)) fields.target = 'percent_range';
  if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);

  await deps.database.db.transaction(async (tx) => {
    const before = await putYearValue(tx, value, actor.accountId, now);
    await writeAudit(tx, nationalChain('audit'), actContext(actor, origin, now), {
      action: 'indicator.year_value_set',
      recordType: 'indicator_year_value',
      recordId: `${value.indicator}/${value.year}/${office?.code ?? 'national'}`,
      data: {
        indicator: value.indicator,
        year: value.year,
        office: office?.code ?? null,
        normative: value.normative,
        target: value.target,
        order: value.order,
        before: before && { normative: before.normative, target: before.target, order: before.order },
      },
    });
  });
  return value;
}
