// What a database holds, in a form two copies can be compared by: for every table its row count and a
// checksum of its rows, and every sequence's position. A backup writes it beside the dump and a restore
// recomputes it on the copy: equal fingerprints mean the copy holds the same rows, not just the same
// number of them.
//
// The checksum is order-free (a sum of a 60-bit prefix of each row's md5), so it needs no sort and no
// memory beyond one row, and two engines laying rows out in different orders still agree. The row's
// text form depends on the session's settings (the time zone of a timestamptz, the date style), so they
// are fixed for the reading transaction.
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Executor } from './database.js';

export interface TableFingerprint {
  /** schema.table, or `sequence schema.name` for a sequence. */
  name: string;
  rows: number;
  /** Decimal text of the sum (beyond JavaScript's safe integers). */
  checksum: string;
}

/** The settings that fix the text form of every value while fingerprints are read. */
export const FINGERPRINT_SETTINGS = [
  "set local timezone = 'UTC'",
  "set local datestyle = 'ISO, YMD'",
  "set local intervalstyle = 'postgres'",
  'set local extra_float_digits = 1',
  "set local bytea_output = 'hex'",
] as const;

const IDENT = /^[a-z_][a-z0-9_$]*$/i;

function quoted(name: string): string {
  if (!IDENT.test(name)) throw new RangeError(`unexpected identifier: ${name}`);
  return `"${name}"`;
}

/** Reads the fingerprints inside an open transaction (the caller fixes the snapshot). */
export async function readFingerprints(tx: Executor): Promise<TableFingerprint[]> {
  for (const setting of FINGERPRINT_SETTINGS) await tx.execute(sql.raw(setting));
  const tables = await queryRows<{ schema: string; name: string }>(
    tx,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
        order by 1, 2`,
  );
  const out: TableFingerprint[] = [];
  for (const t of tables) {
    const [row] = await queryRows<{ rows: string; checksum: string }>(
      tx,
      sql.raw(
        `select count(*)::text as rows,
                coalesce(sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint), 0)::text as checksum
         from ${quoted(t.schema)}.${quoted(t.name)} t`,
      ),
    );
    out.push({ name: `${t.schema}.${t.name}`, rows: Number(row!.rows), checksum: row!.checksum });
  }
  const sequences = await queryRows<{ schema: string; name: string; value: string | null }>(
    tx,
    sql`select schemaname as schema, sequencename as name, last_value::text as value from pg_sequences
        where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2`,
  );
  for (const s of sequences)
    out.push({ name: `sequence ${s.schema}.${s.name}`, rows: 0, checksum: s.value ?? 'unused' });
  return out;
}

/** The fingerprints of the whole database as one consistent snapshot. */
export async function fingerprintDatabase(db: Db): Promise<TableFingerprint[]> {
  return db.transaction((tx) => readFingerprints(tx), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

/** The differences between two fingerprints, one line each; empty when they agree. */
export function compareFingerprints(
  expected: readonly TableFingerprint[],
  actual: readonly TableFingerprint[],
): string[] {
  const found = new Map(actual.map((f) => [f.name, f]));
  const problems: string[] = [];
  for (const e of expected) {
    const a = found.get(e.name);
    if (!a) problems.push(`${e.name}: missing`);
    else if (a.rows !== e.rows) problems.push(`${e.name}: ${a.rows} rows, expected ${e.rows}`);
    else if (a.checksum !== e.checksum) problems.push(`${e.name}: the rows differ (checksum)`);
    found.delete(e.name);
  }
  for (const name of found.keys()) problems.push(`${name}: not in the backup`);
  return problems;
}
