// The mark of synthetic data (system_settings 'synthetic': how many runs, how many cases) and the
// refusal that keeps synthetic cases out of a database with real ones: cases are never deleted, so
// any case beyond the count the generator wrote was opened by someone else.
import { count, eq } from 'drizzle-orm';
import { cases, systemSettings } from '../../db/schema/index.js';
import type { Executor } from '../../db/database.js';

/** The database holds cases the generator did not write: it refuses to touch it. */
export class RealCasesPresentError extends Error {}

export const SYNTHETIC_SETTING = 'synthetic';

export interface SyntheticMark {
  runs: number;
  cases: number;
  lastRun?: { seed: string; cases: number; from: string; to: string; region: string | null };
}

/** How many cases the database holds that the generator did not write. */
export async function realCaseCount(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(cases);
  const [mark] = await ex.select().from(systemSettings).where(eq(systemSettings.key, SYNTHETIC_SETTING));
  return Number(row?.n ?? 0) - ((mark?.value as SyntheticMark | undefined)?.cases ?? 0);
}

export function refuseReal(real: number): void {
  if (real > 0)
    throw new RealCasesPresentError(
      `the database holds ${real} case(s) not written by the generator: ` +
        'synthetic cases are only added to a database without real ones',
    );
}

/** Locks the mark for the run's transaction (one run at a time) and checks again for real cases. */
export async function lockSyntheticMark(tx: Executor): Promise<SyntheticMark> {
  await tx
    .insert(systemSettings)
    .values({ key: SYNTHETIC_SETTING, value: { runs: 0, cases: 0 } })
    .onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(systemSettings)
    .where(eq(systemSettings.key, SYNTHETIC_SETTING))
    .for('update');
  refuseReal(await realCaseCount(tx));
  return row!.value as SyntheticMark;
}

export async function saveSyntheticMark(tx: Executor, now: Date, value: SyntheticMark): Promise<void> {
  await tx
    .update(systemSettings)
    .set({ value, updatedAt: now })
    .where(eq(systemSettings.key, SYNTHETIC_SETTING));
}
