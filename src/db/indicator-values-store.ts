import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from './database.js';
import { indicatorYearValues, organisations } from './schema/index.js';
import type { IndicatorId } from '../domain/indicators/annex9.js';
import type { YearValue } from '../domain/indicators/yearly-values.js';
import type { PlainDate } from '../domain/time/plain-date.js';

type Row = typeof indicatorYearValues.$inferSelect;

const toValue = (r: Row): YearValue => ({
  indicator: r.indicator as IndicatorId,
  year: r.year,
  organisationId: r.organisationId,
  normative: r.normative,
  target: r.target,
  order: { number: r.orderNumber, date: r.orderDate as PlainDate },
});

/** The national values of the years, and those of the offices given (their own). */
export async function findYearValues(
  ex: Executor,
  years: readonly number[],
  organisationIds: readonly string[] = [],
): Promise<YearValue[]> {
  const rows = await ex
    .select()
    .from(indicatorYearValues)
    .where(
      and(
        inArray(indicatorYearValues.year, [...years]),
        organisationIds.length
          ? or(
              isNull(indicatorYearValues.organisationId),
              inArray(indicatorYearValues.organisationId, [...organisationIds]),
            )
          : isNull(indicatorYearValues.organisationId),
      ),
    );
  return rows.map(toValue);
}

/** Every office's own values of a year, with the office's code (for the national supervisor's list). */
export async function findOfficeYearValues(
  ex: Executor,
  year: number,
): Promise<(YearValue & { officeCode: string })[]> {
  const rows = await ex
    .select({ v: indicatorYearValues, code: organisations.code })
    .from(indicatorYearValues)
    .innerJoin(organisations, eq(organisations.id, indicatorYearValues.organisationId))
    .where(eq(indicatorYearValues.year, year))
    .orderBy(organisations.code, indicatorYearValues.indicator);
  return rows.map((r) => ({ ...toValue(r.v), officeCode: r.code }));
}

/** Sets one value (replacing the row of the same indicator, year and organisation); returns the one
 *  it replaced, for the audit record. The row is locked first so two entries never interleave. */
export async function putYearValue(
  tx: Executor,
  v: YearValue,
  by: string,
  at: Date,
): Promise<YearValue | null> {
  const where = and(
    eq(indicatorYearValues.indicator, v.indicator),
    eq(indicatorYearValues.year, v.year),
    v.organisationId === null
      ? isNull(indicatorYearValues.organisationId)
      : eq(indicatorYearValues.organisationId, v.organisationId),
  );
  const [before] = await tx.select().from(indicatorYearValues).where(where).for('update');
  const values = {
    normative: v.normative,
    target: v.target,
    orderNumber: v.order.number,
    orderDate: v.order.date,
    enteredBy: by,
    enteredAt: at,
  };
  if (before) await tx.update(indicatorYearValues).set(values).where(eq(indicatorYearValues.id, before.id));
  else
    await tx
      .insert(indicatorYearValues)
      .values({ indicator: v.indicator, year: v.year, organisationId: v.organisationId, ...values })
      .onConflictDoUpdate({
        target: [indicatorYearValues.indicator, indicatorYearValues.year, indicatorYearValues.organisationId],
        set: values,
      });
  return before ? toValue(before) : null;
}
