// Bulk inserts of the synthetic batch: the case rows (the cached fold), their action logs, their
// applications, their registrants and issued documents (synthetic-registrants.ts) and the audit records — the same rows the use-cases write one by one
// (open-case-at-counter.ts, perform-case-action.ts, db/audit-trail.ts), thousands per statement.
// Each statement carries its rows as ONE JSON parameter expanded by json_populate_recordset, the
// same on both engines: no limit of 65 535 parameters, and no query builder walking every value.
import { getTableColumns, sql, type Table } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import {
  auditEvents,
  caseActions,
  caseApplications,
  cases,
  complaintSurveyAnswers,
  complaints,
  queueTickets,
  surveyAnswers,
  surveyInvitations,
} from '../../db/schema/index.js';
import type { Executor } from '../../db/database.js';
import type { LiveCase } from './synthetic-replay.js';
import type { SyntheticRegistry } from './synthetic-registrants.js';

/** Inserts rows given by the table's property names; columns no row names keep their defaults. */
export async function insertRows<T extends PgTable>(
  tx: Executor,
  table: T,
  rows: readonly Record<string, unknown>[],
  options: { perStatement?: number; onConflictDoNothing?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const named = new Set<string>();
  for (const r of rows) for (const key in r) named.add(key);
  const columns = Object.entries(getTableColumns(table as Table)).filter(([key]) => named.has(key));
  const names = sql.raw(columns.map(([, c]) => `"${c.name}"`).join(', '));
  const name = sql.raw(`"${getTableConfig(table).name}"`);
  const tail = sql.raw(options.onConflictDoNothing ? ' on conflict do nothing' : '');
  const per = options.perStatement ?? 2000;
  for (let i = 0; i < rows.length; i += per) {
    const json = rows.slice(i, i + per).map((r) => {
      const out: Record<string, unknown> = {};
      for (const [key, c] of columns) out[c.name] = r[key] ?? null;
      return out;
    });
    await tx.execute(
      sql`insert into ${name} (${names}) select ${names} from json_populate_recordset(null::${name}, ${JSON.stringify(json)}::json)${tail}`,
    );
  }
}

/** Writes the cases; returns the number of actions written. */
export async function writeCases(
  tx: Executor,
  batch: readonly LiveCase[],
  registry?: SyntheticRegistry,
): Promise<number> {
  // domain.md §4: the registrants first (the cases point to them), the documents after the cases.
  await registry?.link(tx, batch);
  await insertRows(
    tx,
    cases,
    batch.map((c) => c.row),
  );
  const actions = batch.flatMap((c) =>
    c.actions.map((action, i) => ({
      caseId: c.id,
      seq: i + 1,
      kind: action.kind,
      at: action.at,
      actorAccountId: action.actor.accountId,
      payload: action,
    })),
  );
  await insertRows(tx, caseActions, actions, { perStatement: 5000 });
  // domain.md §8: consent is recorded at intake, the moment of the take-in.
  await insertRows(
    tx,
    caseApplications,
    batch.map((c) => ({ caseId: c.id, data: c.application, consentAt: c.row.createdAt })),
  );
  await registry?.issue(tx, batch);
  await writeVisits(tx, batch);
  return actions.length;
}

/** Writes audit records (chain order) built by ChainLedger. */
export const writeAuditRows = (tx: Executor, rows: readonly Record<string, unknown>[]) =>
  insertRows(tx, auditEvents, rows, { perStatement: 5000 });

/** The hall's tickets, the §18 survey and the complaints of the batch (after their cases). */
async function writeVisits(tx: Executor, batch: readonly LiveCase[]): Promise<void> {
  await insertRows(
    tx,
    queueTickets,
    batch.flatMap((c) => c.tickets),
    { perStatement: 5000 },
  );
  const surveys = batch.flatMap((c) => (c.survey ? [{ caseId: c.id, ...c.survey }] : []));
  await insertRows(
    tx,
    surveyInvitations,
    surveys.map((s) => ({
      tokenHash: s.tokenHash,
      caseId: s.caseId,
      organisationId: s.organisationId,
      used: s.answer !== null,
    })),
    { perStatement: 5000 },
  );
  // Anonymous (no case, no instant): the answers' own order carries nothing either.
  await insertRows(
    tx,
    surveyAnswers,
    surveys.flatMap((s) => (s.answer ? [{ organisationId: s.organisationId, ...s.answer }] : [])),
    { perStatement: 5000 },
  );
  const filed = batch.flatMap((c) => (c.complaint ? [c.complaint] : []));
  await insertRows(
    tx,
    complaints,
    filed.map((f) => f.row),
  );
  await insertRows(
    tx,
    complaintSurveyAnswers,
    filed.flatMap((f) => (f.survey ? [f.survey] : [])),
  );
}
