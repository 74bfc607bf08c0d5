// Reading and writing the office directory of annexes 1–4 (domain.md §1) in the organisations table.
// A directory row is an organisation with seed rows behind it (`sources` not empty); rows created
// outside the directory (the national authority, a test's office) are never listed publicly.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { organisations } from './schema/index.js';
import type { Executor } from './database.js';

export type DirectoryRow = typeof organisations.$inferSelect;

/** What the directory import sets on a row; the rest (id, office settings, active, English name) it leaves alone. */
export type DirectoryValues = Required<
  Omit<
    typeof organisations.$inferInsert,
    'id' | 'createdAt' | 'fourEyes' | 'uncollectedAfterDays' | 'serviceInfoOnline' | 'active' | 'nameEn'
  >
>;

export const DIRECTORY_FIELDS = [
  'kind',
  'regionCode',
  'regionNameKk',
  'regionNameRu',
  'nameKk',
  'nameRu',
  'parentCode',
  'akimatCode',
  'timeZone',
  'address',
  'townKk',
  'townRu',
  'phones',
  'phonesE164',
  'faxes',
  'emails',
  'websites',
  'schedule',
  'suspect',
  'sources',
  'searchKey',
] as const satisfies readonly (keyof DirectoryValues)[];

// Any constant: "tirkeu directory import". Two imports at once (two servers, or the command line
// beside a server) would both insert the same codes; the second waits for the first instead.
const IMPORT_LOCK = 7_342_019_512;

const inDirectory = sql`jsonb_array_length(${organisations.sources}) > 0`;

export async function lockDirectoryImport(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
}

export async function organisationsByCode(
  tx: Executor,
  codes: readonly string[],
): Promise<Map<string, DirectoryRow>> {
  const rows = codes.length
    ? await tx
        .select()
        .from(organisations)
        .where(inArray(organisations.code, [...codes]))
    : [];
  return new Map(rows.map((r) => [r.code, r]));
}

export async function insertDirectoryRows(
  tx: Executor,
  rows: readonly DirectoryValues[],
  createdAt: Date,
): Promise<void> {
  // Chunks keep each statement well under the protocol's limit of 65 535 parameters.
  for (let i = 0; i < rows.length; i += 100) {
    await tx.insert(organisations).values(rows.slice(i, i + 100).map((r) => ({ ...r, createdAt })));
  }
}

export async function updateDirectoryRow(tx: Executor, values: DirectoryValues): Promise<void> {
  const { code, ...rest } = values;
  await tx.update(organisations).set(rest).where(eq(organisations.code, code));
}

/** True once a directory import has run (the demo start imports only into a database without one). */
export async function hasDirectory(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({ code: organisations.code })
    .from(organisations)
    .where(and(eq(organisations.kind, 'service_office'), inDirectory))
    .limit(1);
  return row !== undefined;
}

export type OfficeListRow = Pick<
  DirectoryRow,
  | 'code'
  | 'parentCode'
  | 'regionCode'
  | 'regionNameKk'
  | 'regionNameRu'
  | 'nameKk'
  | 'nameRu'
  | 'townKk'
  | 'townRu'
>;

/** LIKE's own wildcards in a search word are literal characters. */
function likeContains(word: string): string {
  return `%${word.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/**
 * The active service offices of the directory whose search key holds every word (already folded
 * with the key's own folding), optionally of one region; in code order (callers sort by language).
 */
export async function findDirectoryOffices(
  db: Executor,
  filter: { words: readonly string[]; regionCode?: string | undefined },
): Promise<OfficeListRow[]> {
  const conditions: SQL[] = [
    eq(organisations.kind, 'service_office'),
    eq(organisations.active, true),
    inDirectory,
    ...filter.words.map((w) => sql`${organisations.searchKey} like ${likeContains(w)}`),
  ];
  if (filter.regionCode !== undefined) conditions.push(eq(organisations.regionCode, filter.regionCode));
  return db
    .select({
      code: organisations.code,
      parentCode: organisations.parentCode,
      regionCode: organisations.regionCode,
      regionNameKk: organisations.regionNameKk,
      regionNameRu: organisations.regionNameRu,
      nameKk: organisations.nameKk,
      nameRu: organisations.nameRu,
      townKk: organisations.townKk,
      townRu: organisations.townRu,
    })
    .from(organisations)
    .where(and(...conditions))
    .orderBy(asc(organisations.code));
}

/** One organisation of the directory by its code (an office or an akimat), or null. */
export async function findDirectoryRow(db: Executor, code: string): Promise<DirectoryRow | null> {
  const [row] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.code, code), eq(organisations.active, true), inDirectory));
  return row ?? null;
}

/** The regions the directory's offices are in, as of the import (code and names). */
export async function directoryRegions(
  db: Executor,
): Promise<{ code: string; nameKk: string; nameRu: string }[]> {
  const rows = await db
    .selectDistinct({
      code: organisations.regionCode,
      nameKk: organisations.regionNameKk,
      nameRu: organisations.regionNameRu,
    })
    .from(organisations)
    .where(and(eq(organisations.kind, 'service_office'), eq(organisations.active, true), inDirectory));
  return rows.flatMap((r) =>
    r.code !== null && r.nameKk !== null && r.nameRu !== null
      ? [{ code: r.code, nameKk: r.nameKk, nameRu: r.nameRu }]
      : [],
  );
}
