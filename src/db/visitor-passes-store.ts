// §10: the one-time passes of an office's day. The visitor's name is personal data: the bureau's list
// is read under the access log, and the retention job erases the passes a few days after their day.
import { and, asc, eq, sql } from 'drizzle-orm';
import { accounts, visitorPasses } from './schema/index.js';
import { queryRows, type Executor } from './database.js';

export type PassRow = typeof visitorPasses.$inferSelect;

export async function insertPass(tx: Executor, values: typeof visitorPasses.$inferInsert): Promise<PassRow> {
  const [row] = await tx.insert(visitorPasses).values(values).returning();
  return row!;
}

export async function lockPass(tx: Executor, id: string): Promise<PassRow | null> {
  const [row] = await tx.select().from(visitorPasses).where(eq(visitorPasses.id, id)).for('update');
  return row ?? null;
}

export async function updatePass(
  tx: Executor,
  id: string,
  set: Partial<Pick<PassRow, 'enteredAt' | 'enteredMarkedBy' | 'exitedAt' | 'exitedMarkedBy'>>,
): Promise<void> {
  await tx.update(visitorPasses).set(set).where(eq(visitorPasses.id, id));
}

/** The passes of an office's day with the name of the official who ordered each. */
export async function passesOfDay(
  db: Executor,
  organisationId: string,
  day: string,
  orderedBy?: string,
): Promise<(PassRow & { orderedByName: string })[]> {
  const rows = await db
    .select({ p: visitorPasses, name: accounts.displayName })
    .from(visitorPasses)
    .innerJoin(accounts, eq(accounts.id, visitorPasses.orderedBy))
    .where(
      and(
        eq(visitorPasses.organisationId, organisationId),
        eq(visitorPasses.day, day),
        orderedBy ? eq(visitorPasses.orderedBy, orderedBy) : undefined,
      ),
    )
    .orderBy(asc(visitorPasses.seq));
  return rows.map((r) => ({ ...r.p, orderedByName: r.name }));
}

/**
 * Erases the passes whose office's keeping days (queue_settings.pass_keep_days, else `defaultDays`)
 * have run out: a pass of day D is kept through D + days, in the office's own time zone.
 */
export async function erasePassesKeptEnough(tx: Executor, now: Date, defaultDays: number): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`delete from visitor_passes p
        using organisations o
        left join queue_settings s on s.organisation_id = o.id
        where o.id = p.organisation_id
          and p.day + coalesce(s.pass_keep_days, ${defaultDays})::int
              < (${now.toISOString()}::timestamptz at time zone o.time_zone)::date
        returning p.id`,
  );
  return rows.length;
}
