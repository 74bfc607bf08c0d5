// Index builds deferred for a bulk load (the synthetic generator on a database without cases): the
// secondary indexes of the loaded tables — those that enforce nothing, neither primary keys nor
// unique ones, which the load itself relies on (on conflict, duplicates refused) — are dropped
// inside the load's transaction and built again from their own definitions before it commits.
// Building an index once over the loaded rows costs a fraction of maintaining it row by row (the
// trigram GIN of the registry most of all). Nothing outside the transaction ever sees them missing.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';

export interface DeferredIndex {
  name: string;
  definition: string;
}

/** Drops the non-unique indexes of these tables (current schema); returns what to build again. */
export async function dropSecondaryIndexes(
  tx: Executor,
  tables: readonly string[],
): Promise<DeferredIndex[]> {
  const rows = await queryRows<{ name: string; definition: string }>(
    tx,
    sql`select c.relname as name, pg_get_indexdef(x.indexrelid) as definition
          from pg_index x
          join pg_class c on c.oid = x.indexrelid
          join pg_class t on t.oid = x.indrelid
          join pg_namespace n on n.oid = t.relnamespace
         where n.nspname = current_schema()
           and t.relname = any(string_to_array(${tables.join(',')}, ','))
           and not x.indisunique and not x.indisprimary and not x.indisexclusion
         order by t.relname, c.relname`,
  );
  for (const r of rows) await tx.execute(sql.raw(`drop index "${r.name.replace(/"/g, '""')}"`));
  return rows;
}

/** Builds the dropped indexes again, exactly as they were defined. */
export async function rebuildIndexes(tx: Executor, indexes: readonly DeferredIndex[]): Promise<void> {
  if (indexes.length === 0) return;
  // More memory for the sorts of the builds, for this transaction only.
  await tx.execute(sql`select set_config('maintenance_work_mem', '256MB', true)`);
  for (const i of indexes) await tx.execute(sql.raw(i.definition));
}
