// The office's worklists (domain.md §4, domain/case/worklist.ts) read from the cached columns of
// `cases` rather than by folding every case: the state, the two due days and the instant the clock
// stopped. The caller computes the date bounds with the national calendar; this file only filters.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';
import { queryRowsNamedSql } from './prepared.js';
import type { Worklist } from '../domain/case/index.js';
import type { PlainDate } from '../domain/time/plain-date.js';

/** The worklists plus "at the counter": papers taken in that records has not stamped yet (§14). */
export type OfficeWorklist = 'at_counter' | Worklist;

export const OFFICE_WORKLISTS: readonly OfficeWorklist[] = [
  'at_counter',
  'new',
  'due_soon',
  'overdue',
  'ready_to_collect',
  'refusals_to_deliver',
  'uncollected',
];

export interface WorklistBounds {
  /** The office's legal day. */
  today: PlainDate;
  /** "Due within 2 working days": a due day before this one (the 3rd working day after today). */
  dueSoonBefore: PlainDate;
  /** "Uncollected for more than N days": signed before this instant (midnight of today − N). */
  signedBefore: Date;
}

export interface WorklistCase {
  id: string;
  trackingCode: string;
  kind: string;
  incomingNumber: string | null;
  state: string;
  /** The due day of the clock the case is racing now (caseClocks' `active`), or null. */
  due: PlainDate | null;
  clock: 'result' | 'refusal' | null;
  /** The clock's start day S (domain.md §4): with `due`, whether the due day is provisional. */
  startDay: PlainDate | null;
  lists: OfficeWorklist[];
}

interface Row {
  id: string;
  tracking_code: string;
  kind: string;
  incoming_number: string | null;
  state: string;
  due: string | null;
  clock: 'result' | 'refusal' | null;
  start_day: string | null;
  at_counter: boolean;
  is_new: boolean;
  due_soon: boolean;
  overdue: boolean;
  ready: boolean;
  refusals: boolean;
  uncollected: boolean;
}

// The clock rules of domain/case/case-clocks.ts, as SQL: §16 runs for a refusal on its way, and
// before a decision for a hand-in the stamp recorded as incomplete (its due day is the earlier one);
// otherwise §7.1 runs until signing. `stamped_incomplete` caches the stamp's §11 record, so no row of
// the log is read. Keep the two in step (test/http/staff-cases-worklists.test.ts).
export const ACTIVE_CLOCK = sql`case
  when c.state in ('refusal_drafted', 'refusal_signed') then 'refusal'
  when c.state in ('registered', 'transferred', 'under_review') and c.stamped_incomplete then 'refusal'
  when c.state in ('registered', 'transferred', 'under_review', 'proposed') then 'result'
end`;

/** Every case of the office on at least one list, with its flags (one row per case). */
function flagged(organisationId: string, bounds: WorklistBounds) {
  const today = bounds.today as string;
  const soon = bounds.dueSoonBefore as string;
  const signedBefore = bounds.signedBefore.toISOString();
  // One pass over the office's open cases (index cases_office_state_idx); the date bounds are
  // parameters, the active clock a plain expression of the row.
  return sql`live as (
      select c.id, c.tracking_code, c.kind, c.incoming_number, c.state, c.stopped_at, c.created_at,
        ${ACTIVE_CLOCK} as clock, c.result_due, c.refusal_due, c.start_day
      from cases c
      where c.organisation_id = ${organisationId}
        and c.state in ('at_counter', 'registered', 'transferred', 'under_review', 'proposed',
                        'ready_to_collect', 'refusal_drafted', 'refusal_signed')
    ), dated as (
      select live.*, case clock when 'refusal' then refusal_due when 'result' then result_due end as due
      from live
    ), flagged as materialized (
      select id, tracking_code, kind, incoming_number, state, clock, due, stopped_at, created_at, start_day,
        state = 'at_counter' as at_counter,
        state = 'registered' as is_new,
        coalesce(due >= ${today}::date and due < ${soon}::date, false) as due_soon,
        coalesce(due < ${today}::date, false) as overdue,
        state = 'ready_to_collect' as ready,
        state = 'refusal_signed' as refusals,
        coalesce(state = 'ready_to_collect' and stopped_at < ${signedBefore}::timestamptz, false)
          as uncollected
      from dated
      where state in ('at_counter', 'registered', 'ready_to_collect', 'refusal_signed')
        or due < ${soon}::date
    )`;
}

// The most urgent first: the earliest due day; then the longest waiting (signed or taken in first).
const URGENCY = sql`due asc nulls last, stopped_at asc nulls last, created_at asc, id asc`;

function toCase(r: Row): WorklistCase {
  const flags: [OfficeWorklist, boolean][] = [
    ['at_counter', r.at_counter],
    ['new', r.is_new],
    ['due_soon', r.due_soon],
    ['overdue', r.overdue],
    ['ready_to_collect', r.ready],
    ['refusals_to_deliver', r.refusals],
    ['uncollected', r.uncollected],
  ];
  return {
    id: r.id,
    trackingCode: r.tracking_code,
    kind: r.kind,
    incomingNumber: r.incoming_number,
    state: r.state,
    due: r.due as PlainDate | null,
    clock: r.clock,
    startDay: r.start_day as PlainDate | null,
    lists: flags.filter(([, on]) => on).map(([list]) => list),
  };
}

const COLUMNS = sql`id, tracking_code, kind, incoming_number, state, clock, due::text as due,
  start_day::text as start_day, at_counter,
  is_new, due_soon, overdue, ready, refusals, uncollected`;

/** The office's cases that are on at least one worklist, the most urgent first. */
export async function findOfficeWorklists(
  db: Executor,
  organisationId: string,
  bounds: WorklistBounds,
  limit = 1000,
): Promise<WorklistCase[]> {
  const rows = await queryRows<Row>(
    db,
    sql`with ${flagged(organisationId, bounds)}
    select ${COLUMNS} from flagged order by ${URGENCY} limit ${limit}`,
  );
  return rows.map(toCase);
}

export interface WorklistPage {
  /** How many cases each list holds (all of them, not only those shown). */
  counts: Record<OfficeWorklist, number>;
  /** Per list, the cases shown: `limit` of them from `offset`, the most urgent first. */
  lists: Record<OfficeWorklist, WorklistCase[]>;
}

// The flag column of each list in `flagged`.
const FLAG: Record<OfficeWorklist, string> = {
  at_counter: 'at_counter',
  new: 'is_new',
  due_soon: 'due_soon',
  overdue: 'overdue',
  ready_to_collect: 'ready',
  refusals_to_deliver: 'refusals',
  uncollected: 'uncollected',
};

/**
 * The SQL of findWorklistPage (exported for EXPLAIN): the office's open cases are read once
 * (materialized), every list counted in one pass, and each list's window is a top-N sort of its
 * own rows — no list is ever sorted or sent whole.
 */
export function worklistPageQuery(
  organisationId: string,
  bounds: WorklistBounds,
  only: OfficeWorklist | null,
  offset: number,
  limit: number,
) {
  const counts = sql.join(
    OFFICE_WORKLISTS.map((l) => sql.raw(`'${l}', count(*) filter (where ${FLAG[l]})`)),
    sql`, `,
  );
  const windows = sql.join(
    (only ? [only] : OFFICE_WORKLISTS).map(
      (l) =>
        sql`(select ${sql.raw(`'${l}'`)} as list, ${COLUMNS} from flagged where ${sql.raw(FLAG[l])}
          order by ${URGENCY} limit ${limit} offset ${offset})`,
    ),
    sql` union all `,
  );
  return sql`with ${flagged(organisationId, bounds)}
    select (select jsonb_build_object(${counts}) from flagged) as counts,
      (select coalesce(jsonb_agg(w), '[]'::jsonb) from (${windows}) w) as rows`;
}

/**
 * The worklists as a page shows them: every list's count, and a window of each list (or of the one
 * list asked for). An office may hold thousands of open cases: the page never draws them all.
 */
export async function findWorklistPage(
  db: Executor,
  organisationId: string,
  bounds: WorklistBounds,
  opts: { list?: OfficeWorklist | null; offset?: number; limit: number },
): Promise<WorklistPage> {
  const offset = Math.max(0, Math.trunc(opts.offset ?? 0));
  const limit = Math.max(1, Math.trunc(opts.limit));
  const only = opts.list ?? null;
  // Prepared once per connection, one statement per variant (all lists, or one): planning it took
  // longer than running it (1.2 ms and 0.7 ms for an office of 450 cases), on the page a clerk
  // reloads all day.
  const [result] = await queryRowsNamedSql<{
    counts: Record<OfficeWorklist, number>;
    rows: (Row & { list: OfficeWorklist })[];
  }>(db, `worklist_page_${only ?? 'all'}`, worklistPageQuery(organisationId, bounds, only, offset, limit));
  const counts = { ...result!.counts };
  const lists = Object.fromEntries(OFFICE_WORKLISTS.map((l) => [l, []])) as unknown as Record<
    OfficeWorklist,
    WorklistCase[]
  >;
  for (const r of result!.rows) lists[r.list].push(toCase(r));
  return { counts, lists };
}
