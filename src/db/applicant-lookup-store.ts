// The applicants' status look-ups in one statement (issue 8, track), for one look-up or for many sent
// together (src/app/portal/lookup-group-commit.ts): each look-up is counted against its client address,
// the wrong answers counted against its tracking code are read, its case is read with everything the
// status page shows and, when the access code proves it, the read is logged (§17) — one round trip and
// one commit for the whole batch instead of one per step and look-up, so that look-ups arriving many
// at once share a connection, a statement and a WAL flush.
import type { Executor } from './database.js';
import { queryRowsNamed } from './prepared.js';
import { countOf, type RateLimitCount } from './rate-limit-store.js';

/** What a look-up needs of a case: who may see it, and the facts of its status page. */
export interface CaseForLookup {
  caseId: string;
  trackingCode: string;
  kind: string;
  language: 'kk' | 'ru';
  state: string;
  organisationId: string;
  officeCode: string;
  /** Null for a counter case (it has no access code). */
  accessCodeHash: string | null;
  /** The application as recorded (annex 7 or 8) for a look-up by document number only (its numbers
   *  are matched against it); null for an access-code look-up, before it is sent or after a purge. */
  application: unknown;
  incomingNumber: string | null;
  stampedAt: Date | null;
  stampedIncomplete: boolean;
  startDay: string | null;
  resultDue: string | null;
  refusalDue: string | null;
}

/** The rules every look-up of one batch shares. */
export interface LookupRules {
  now: Date;
  addressWindowMs: number;
  addressMax: number;
  failureWindowMs: number;
  failureMax: number;
  /** The access-log chain's prefix; the office's code completes it. */
  chainPrefix: string;
}

/** One look-up. */
export interface LookupRequest {
  addressKey: string;
  failureKey: string;
  trackingCode: string;
  /** SHA-256 of the access code as typed: the statement logs the read itself when it proves the case
   *  under both limits (the same test as the caller's). Null for a look-up by document number. */
  accessCodeHash: string | null;
  ip: string | null;
  requestId: string | null;
  purpose: string;
}

export interface CountedLookup {
  /** The address's look-ups in its window, this one included (look-ups of one batch from one
   *  address are counted one after another, in the order they were given). */
  address: RateLimitCount;
  /** The wrong answers counted against the tracking code (not counting this look-up). */
  failures: RateLimitCount;
  found: CaseForLookup | null;
  /** Whether the statement logged the read (the access code proved it, under both limits). */
  logged: boolean;
}

interface Row {
  ord: number;
  logged: boolean;
  a_start: number;
  a_hits: number | string;
  f_start: number | null;
  f_hits: number | null;
  case_id: string | null;
  tracking_code: string;
  kind: string;
  language: 'kk' | 'ru';
  state: string;
  organisation_id: string;
  office_code: string;
  access_code_hash: string | null;
  application: unknown;
  incoming_number: string | null;
  stamped_at: Date | string | null;
  stamped_incomplete: boolean;
  start_day: string | null;
  result_due: string | null;
  refusal_due: string | null;
}

/**
 * The batch's statement, one text whatever the batch's size, so that it is prepared once per
 * connection (db/database.ts queryRowsNamed): $1 the look-ups (JSON), $2 now, $3 the address window
 * and $4 the failure window (ms), $5 the address's and $6 the tracking code's most, $7 the chain prefix.
 */
const LOOKUPS_STATEMENT = `with req as (
    select * from jsonb_to_recordset($1::jsonb) as r(ord int, address_key text, failure_key text,
      tracking_code text, access_code_hash text, ip text, request_id text, purpose text)
  ),
  per_address as (select address_key as key, count(*)::int as n from req group by address_key),
  hit as (
    -- A window that has ended starts again at this batch; otherwise its hits are added to it
    -- (rate-limit-store.ts countHitStatement, for n look-ups at once).
    insert into rate_limit_hits as h (key, window_start, hits)
    select key, $2::timestamptz, n from per_address order by key
    on conflict (key) do update set
      window_start = case when h.window_start + ($3::float8 * interval '1 millisecond') <= $2::timestamptz
                          then $2::timestamptz else h.window_start end,
      hits = case when h.window_start + ($3::float8 * interval '1 millisecond') <= $2::timestamptz
                  then excluded.hits else h.hits + excluded.hits end
    returning key, window_start, hits
  ),
  counted as (
    select req.*, hit.window_start as a_start,
      hit.hits - per_address.n + row_number() over (partition by req.address_key order by req.ord) as a_hits
    from req
      join hit on hit.key = req.address_key
      join per_address on per_address.key = req.address_key
  ),
  decided as (
    -- Per look-up, by its keys: index look-ups whatever the tables hold (offset 0 keeps each
    -- lateral subquery whole, so the planner cannot trade it for a scan of the table).
    select counted.ord, counted.a_start, counted.a_hits, f.window_start as f_start, f.hits as f_hits,
      found.*, counted.ip, counted.request_id, counted.purpose,
      coalesce(counted.access_code_hash is not null
        and counted.a_hits <= $5::int
        and coalesce(f.hits, 0) < $6::int
        and found.state not in ('draft', 'discarded')
        and found.access_code_hash = counted.access_code_hash, false) as logged,
      -- The application only where a document number is to be matched against it.
      case when counted.access_code_hash is null and found.case_id is not null
           then (select a.data from case_applications a where a.case_id = found.case_id) end as application
    from counted
      left join lateral (
        select window_start, hits from rate_limit_hits
        where key = counted.failure_key
          and window_start + $4::float8 * interval '1 millisecond' > $2::timestamptz
        offset 0
      ) f on true
      left join lateral (
        select c.id as case_id, c.tracking_code, c.kind, c.language, c.state, c.organisation_id,
          o.code as office_code, oa.access_code_hash, c.incoming_number, c.stamped_at,
          c.stamped_incomplete, c.start_day::text as start_day, c.result_due::text as result_due,
          c.refusal_due::text as refusal_due
        from cases c
          join organisations o on o.id = c.organisation_id
          left join online_applications oa on oa.case_id = c.id
        where c.tracking_code = counted.tracking_code
        offset 0
      ) found on true
  ),
  logged as (
    -- pending_access_entries as writeAccessLater fills it (db/audit-trail.ts), in the given order.
    insert into pending_access_entries (chain_id, at, record_type, record_id, ip, request_id, data)
    select $7::text || office_code, $2::timestamptz, 'case', case_id::text, ip, request_id,
      jsonb_build_object('purpose', purpose)
    from decided where logged order by ord
  )
  -- The windows' starts as epoch milliseconds: a number is taken as read, where a timestamp's text
  -- (or Date, on the embedded engine) was turned into a Date again for each (two per look-up).
  select ord, logged, (extract(epoch from a_start) * 1000)::float8 as a_start, a_hits,
    (extract(epoch from f_start) * 1000)::float8 as f_start, f_hits, case_id, tracking_code, kind, language, state,
    organisation_id, office_code, access_code_hash, application, incoming_number, stamped_at,
    stamped_incomplete, start_day, result_due, refusal_due
  from decided order by ord`;

/**
 * Runs `requests` as one statement; the answers in the same order. The look-ups travel as one JSON
 * parameter (the same text on both engines, whatever their number), and one address's look-ups are
 * counted with one update of its counter row: a row is never updated twice by one statement, and
 * counters are locked in the order of their keys, as every batch locks them.
 */
export async function countedLookups(
  db: Executor,
  rules: LookupRules,
  requests: readonly LookupRequest[],
): Promise<CountedLookup[]> {
  if (requests.length === 0) return [];
  const { now } = rules;
  const given = JSON.stringify(
    requests.map((r, ord) => ({
      ord,
      address_key: r.addressKey,
      failure_key: r.failureKey,
      tracking_code: r.trackingCode,
      access_code_hash: r.accessCodeHash,
      ip: r.ip,
      request_id: r.requestId,
      purpose: r.purpose,
    })),
  );
  const rows = await queryRowsNamed<Row>(db, 'applicant_lookups', LOOKUPS_STATEMENT, [
    given,
    now.toISOString(),
    rules.addressWindowMs,
    rules.failureWindowMs,
    rules.addressMax,
    rules.failureMax,
    rules.chainPrefix,
  ]);
  if (rows.length !== requests.length)
    throw new Error(`a batch of ${requests.length} look-ups answered ${rows.length} rows`);
  return rows.map((r) => ({
    logged: r.logged,
    address: countOf({ window_start: r.a_start, hits: r.a_hits }, rules.addressWindowMs, now),
    failures: countOf({ window_start: r.f_start, hits: r.f_hits }, rules.failureWindowMs, now),
    found:
      r.case_id === null
        ? null
        : {
            caseId: r.case_id,
            trackingCode: r.tracking_code,
            kind: r.kind,
            language: r.language,
            state: r.state,
            organisationId: r.organisation_id,
            officeCode: r.office_code,
            accessCodeHash: r.access_code_hash ?? null,
            application: r.application ?? null,
            incomingNumber: r.incoming_number,
            stampedAt: r.stamped_at === null ? null : new Date(r.stamped_at),
            stampedIncomplete: r.stamped_incomplete,
            startDay: r.start_day,
            resultDue: r.result_due,
            refusalDue: r.refusal_due,
          },
  }));
}
