// Statements run many times a second, prepared once per pooled connection on PostgreSQL (parsed and
// planned once; for the statements of every request, planning cost as much as running or more), and
// run as any other statement on the embedded engine or in a transaction.
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { queryRows, type Executor } from './database.js';

/** Values of these types come back as PostgreSQL wrote them (as drizzle's raw queries leave them):
 *  a Date built per timestamp is work no caller of queryRowsNamed needs. */
const AS_WRITTEN = new Set<number>([
  pg.types.builtins.TIMESTAMPTZ,
  pg.types.builtins.TIMESTAMP,
  pg.types.builtins.DATE,
  pg.types.builtins.INTERVAL,
]);
const RAW_TIME_TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    AS_WRITTEN.has(oid)
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * The rows of a statement whose text never changes, with its values by position ($1, $2…). On
 * PostgreSQL it is prepared under `name` once per pooled connection and then only bound and run: a
 * statement sent many times a second (the status look-ups, db/applicant-lookup-store.ts) is otherwise
 * parsed and planned each time, which for a statement of several joined steps costs the server about
 * as much as running it. The embedded engine runs it as any other statement. Timestamps and dates come
 * back as text on PostgreSQL, as Date or text on the embedded engine: callers take both. In a
 * transaction (which has its own connection) it runs as any other statement. The text holds no `$`
 * but its parameters' (no dollar quoting): elsewhere than on the pool it is cut at them.
 */
export async function queryRowsNamed<T>(
  db: Executor,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = poolOf(db);
  if (pool) return queryPrepared<T>(pool, name, text, values);
  // The embedded engine (through its guard, as every statement) or a transaction: the same text, its
  // $n as parameters.
  const chunks = text.split(/\$(\d+)/);
  return queryRows<T>(
    db,
    sql.join(chunks.map((c, i) => (i % 2 === 1 ? sql`${values[Number(c) - 1]}` : sql.raw(c)))),
  );
}

const DIALECT = new PgDialect();

/**
 * queryRowsNamed for a statement written with drizzle's `sql`: its text must be the same every time
 * `name` is used (values only as parameters; a statement with variants names each variant).
 */
export async function queryRowsNamedSql<T>(db: Executor, name: string, query: SQL): Promise<T[]> {
  const pool = poolOf(db);
  if (!pool) return queryRows<T>(db, query);
  const { sql: text, params } = DIALECT.sqlToQuery(query);
  return queryPrepared<T>(pool, name, text, params);
}

/** The PostgreSQL pool under the database itself; none for the embedded engine or a transaction. */
function poolOf(db: Executor): pg.Pool | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  return client instanceof pg.Pool ? client : null;
}

async function queryPrepared<T>(pool: pg.Pool, name: string, text: string, values: unknown[]): Promise<T[]> {
  const result = await pool.query<T & pg.QueryResultRow>({ name, text, values, types: RAW_TIME_TYPES });
  return result.rows;
}

/**
 * A statement built with drizzle and `.prepare(name)`d, made once per database object: on PostgreSQL
 * it is then parsed and planned once per pooled connection. For the statements of every request,
 * whose planning costs more than their running (a session's, a draft's).
 */
export function preparedPerDatabase<Q>(build: (db: Executor) => Q): (db: Executor) => Q {
  const made = new WeakMap<object, Q>();
  return (db) => {
    let query = made.get(db);
    if (!query) {
      query = build(db);
      made.set(db, query);
    }
    return query;
  };
}
