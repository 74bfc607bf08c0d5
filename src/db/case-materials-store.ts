// §11.1, §14 (domain.md §4): the religious materials handed in, one case_materials row per item of the
// application's list (position = its place in that list, from 1), tracked until returned.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { caseMaterials } from './schema/index.js';
import type { Executor } from './database.js';
import type { MaterialInput } from '../domain/standard/index.js';

export type CaseMaterialRow = typeof caseMaterials.$inferSelect;

/** Writes the list as handed in at intake (nothing when there is none). */
export async function insertCaseMaterials(
  tx: Executor,
  caseId: string,
  materials: readonly MaterialInput[],
): Promise<void> {
  if (materials.length === 0) return;
  await tx.insert(caseMaterials).values(
    materials.map((m, i) => ({
      caseId,
      position: i + 1,
      title: m.title,
      kind: m.kind,
      language: m.language,
      quantity: m.quantity,
    })),
  );
}

export async function caseMaterialsOf(db: Executor, caseId: string): Promise<CaseMaterialRow[]> {
  return db
    .select()
    .from(caseMaterials)
    .where(eq(caseMaterials.caseId, caseId))
    .orderBy(asc(caseMaterials.position));
}

/**
 * Marks items returned (all still held when `positions` is 'all'); an item already returned keeps its
 * first return. Returns the positions this call marked.
 */
export async function markMaterialsReturned(
  tx: Executor,
  caseId: string,
  positions: readonly number[] | 'all',
  by: string,
  at: Date,
): Promise<number[]> {
  const rows = await tx
    .update(caseMaterials)
    .set({ returnedAt: at, returnedBy: by })
    .where(
      and(
        eq(caseMaterials.caseId, caseId),
        isNull(caseMaterials.returnedAt),
        positions === 'all' ? sql`true` : inArray(caseMaterials.position, [...positions]),
      ),
    )
    .returning({ position: caseMaterials.position });
  return rows.map((r) => r.position).sort((a, b) => a - b);
}
