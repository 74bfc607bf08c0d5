// The applicant's status look-up in one statement (issue 8, track): it counts the look-up against the
// client address, reads the wrong answers counted against the tracking code, reads the case with
// everything its status page shows and, when the access code proves it, logs the read (§17) — one
// round trip and one commit instead of one per step, so a look-up holds a pooled connection as
// briefly as possible.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './database.js';
import { countHitStatement, countOf, type RateLimitCount } from './rate-limit-store.js';

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
  /** The application as recorded (annex 7 or 8), or null before it is sent or after a purge. */
  application: unknown;
  incomingNumber: string | null;
  stampedAt: Date | null;
  stampedIncomplete: boolean;
  startDay: string | null;
  resultDue: string | null;
  refusalDue: string | null;
}

/** The access-log entry the statement writes itself when the access code proves the case (the
 *  same test as the caller's, made in the database so that a look-up is one statement). */
export interface LookupLogEntry {
  /** SHA-256 of the access code as typed (db/audit-trail.ts writeAccessLater's row otherwise). */
  accessCodeHash: string;
  addressMax: number;
  failureMax: number;
  chainPrefix: string;
  ip: string | null;
  requestId: string | null;
  purpose: string;
}

export interface CountedLookup {
  /** The address's look-ups in its window, this one included. */
  address: RateLimitCount;
  /** The wrong answers counted against the tracking code (not counting this look-up). */
  failures: RateLimitCount;
  found: CaseForLookup | null;
  /** Whether the statement logged the read (the access code proved it, under both limits). */
  logged: boolean;
}

interface Row {
  logged: boolean;
  a_start: Date | string;
  a_hits: number;
  f_start: Date | string | null;
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

export async function countedLookup(
  db: Executor,
  input: {
    addressKey: string;
    addressWindowMs: number;
    failureKey: string;
    failureWindowMs: number;
    trackingCode: string;
    now: Date;
    /** With an access code: log the read in the same statement when it proves the case. */
    log?: LookupLogEntry;
  },
): Promise<CountedLookup> {
  const { now, log } = input;
  // pending_access_entries as writeAccessLater fills it; only when every check the caller makes
  // holds: the address under its limit, the code's failures under theirs, a sent case, the code.
  const logged = log
    ? sql`, logged as (
        insert into pending_access_entries (chain_id, at, record_type, record_id, ip, request_id, data)
        select ${log.chainPrefix} || found.office_code, ${now}, 'case', found.case_id::text, ${log.ip},
          ${log.requestId}, jsonb_build_object('purpose', ${log.purpose}::text)
        from found, hit
        where hit.hits <= ${log.addressMax}
          and coalesce((select f.hits from failures f
                where f.window_start + ${input.failureWindowMs} * interval '1 millisecond' > ${now}), 0)
              < ${log.failureMax}
          and found.state not in ('draft', 'discarded')
          and found.access_code_hash = ${log.accessCodeHash}
        returning 1
      )`
    : sql``;
  const loggedColumn = log ? sql`exists (select 1 from logged)` : sql`false`;
  const [row] = await queryRows<Row>(
    db,
    sql`with hit as (${countHitStatement(input.addressKey, input.addressWindowMs, now)}),
      failures as (select window_start, hits from rate_limit_hits where key = ${input.failureKey}),
      found as (
        select c.id as case_id, c.tracking_code, c.kind, c.language, c.state, c.organisation_id,
          o.code as office_code, oa.access_code_hash, a.data as application, c.incoming_number,
          c.stamped_at, c.stamped_incomplete, c.start_day::text as start_day,
          c.result_due::text as result_due, c.refusal_due::text as refusal_due
        from cases c
          join organisations o on o.id = c.organisation_id
          left join online_applications oa on oa.case_id = c.id
          left join case_applications a on a.case_id = c.id
        where c.tracking_code = ${input.trackingCode}
      )${logged}
      select ${loggedColumn} as logged, hit.window_start as a_start, hit.hits as a_hits, failures.window_start as f_start,
        failures.hits as f_hits, found.*
      from hit left join failures on true left join found on true`,
  );
  const r = row!;
  return {
    logged: r.logged,
    address: countOf({ window_start: r.a_start, hits: r.a_hits }, input.addressWindowMs, now),
    failures: countOf({ window_start: r.f_start, hits: r.f_hits }, input.failureWindowMs, now),
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
  };
}
