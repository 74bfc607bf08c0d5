// The applicant's status look-up in one statement (issue 8, track): it counts the look-up against the
// client address, reads the wrong answers counted against the tracking code, and reads the case with
// everything its status page shows — one round trip to the database instead of one per step, so a
// look-up holds a pooled connection as briefly as possible.
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

export interface CountedLookup {
  /** The address's look-ups in its window, this one included. */
  address: RateLimitCount;
  /** The wrong answers counted against the tracking code (not counting this look-up). */
  failures: RateLimitCount;
  found: CaseForLookup | null;
}

interface Row {
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
  },
): Promise<CountedLookup> {
  const { now } = input;
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
      )
      select hit.window_start as a_start, hit.hits as a_hits, failures.window_start as f_start,
        failures.hits as f_hits, found.*
      from hit left join failures on true left join found on true`,
  );
  const r = row!;
  return {
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
