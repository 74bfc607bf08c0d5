// §11.1, §14 (domain.md §4): the religious materials handed in, one case_materials row per item of the
// application's list (position = its place in that list, from 1), tracked until returned.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { caseMaterials } from './schema/index.js';
import { queryRows, type Executor } from './database.js';
import { END_STATES } from '../domain/case/index.js';
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

export interface HeldMaterialsRow {
  caseId: string;
  trackingCode: string;
  state: string;
  /** The last act of the case: when it ended. */
  endedAt: Date;
  items: number;
  pieces: number;
}

/** domain.md §4: the office's ended cases that still hold items handed in, the longest-held first. */
export async function heldMaterialsOfEndedCases(
  db: Executor,
  organisationId: string,
): Promise<HeldMaterialsRow[]> {
  const rows = await queryRows<{
    case_id: string;
    tracking_code: string;
    state: string;
    ended_at: Date | string;
    items: number | string;
    pieces: number | string;
  }>(
    db,
    sql`select c.id as case_id, c.tracking_code, c.state, c.updated_at as ended_at,
               count(*) as items, sum(m.quantity) as pieces
        from cases c join case_materials m on m.case_id = c.id
        where c.organisation_id = ${organisationId}
          and c.state in (${sql.join(
            END_STATES.map((s) => sql`${s}`),
            sql`, `,
          )})
          and m.returned_at is null
        group by c.id, c.tracking_code, c.state, c.updated_at
        order by c.updated_at, c.id`,
  );
  return rows.map((r) => ({
    caseId: r.case_id,
    trackingCode: r.tracking_code,
    state: r.state,
    endedAt: new Date(r.ended_at),
    items: Number(r.items),
    pieces: Number(r.pieces),
  }));
}
