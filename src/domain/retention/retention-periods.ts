// domain.md §8: a retention period per record type, applied by a purge job. Audit events and
// access-log entries carry ids only and are kept; purging the records they point to breaks no chain.
// Later parts (persons, passes) add their record types here with their legal basis.
import { PASS_KEEP_DAYS } from '../queue/pass-keeping.js';
import { DRAFT_KEEP_DAYS } from '../portal/drafts.js';

export interface RetentionPeriod {
  recordType: string;
  /** Days after the record's end (expiry, delivery …) before it is purged. */
  keepDays: number;
  basis: string;
}

export const RETENTION_PERIODS: readonly RetentionPeriod[] = [
  {
    recordType: 'session',
    keepDays: 30,
    basis: 'Ended sign-in sessions (IP address of staff) are kept 30 days for security review.',
  },
  {
    recordType: 'outbox_message',
    keepDays: 90,
    basis:
      'Delivered messages may hold an e-mail address or phone: kept 90 days to answer delivery questions.',
  },
  {
    // domain.md §8: the personal data of a case go together — the application (annex 7/8 and the
    // parties), the §11 scans' content and names, the §11.1 inventory and the values of corrections.
    // The case's log, numbers, clocks and the audit chains (ids only) stay.
    recordType: 'case_application',
    keepDays: 5 * 365 + 1,
    basis:
      'The personal data of a case are kept five years after the case ended (handed over, refusal delivered, withdrawn or abandoned) or after its certificate expired, whichever is later: the period the office keeps registration files for inspection and complaints (§20–§25). A case that has not ended is never purged.',
  },
  {
    // §20–25, domain.md §8: a complainant's personal data — name, address, phone, the complaint's
    // text, the decision's reasons (which speak of the person) and the §24 copy's scan (content and
    // name) — once the answer was delivered and nothing happened to the complaint for the period. The
    // register's record stays without them: numbers, dates, kind, addressee, channel, outcome and
    // consequence, for the indicators (annex 9) and the registers' continuity. An open complaint is
    // never purged.
    recordType: 'complaint',
    keepDays: 5 * 365 + 1,
    basis:
      "A complainant's personal data are kept five years after the answer was delivered (and after the last act on the complaint, such as a court decision recorded), the same period as the registration files the complaint concerns (§20–§25): long enough for a court case or an inspection. The register's record without the person stays for the indicators.",
  },
  {
    // §10: the default; each office sets its own days (queue_settings.pass_keep_days), which the purge
    // applies in the office's time zone.
    recordType: 'visitor_pass',
    keepDays: PASS_KEEP_DAYS.default,
    basis:
      'A one-time pass (the visitor’s name, document kind and last digits) is needed for the visit and a short review of who was in the building: erased a few days after its day, as the office sets (1 to 30 days).',
  },
  {
    // Issue 8: an online application never sent (domain/portal/drafts.ts): counted from the last page
    // the applicant saved.
    recordType: 'online_draft',
    keepDays: DRAFT_KEEP_DAYS,
    basis:
      'An online application never sent is kept 30 days after its last saved page — as long as the applicant’s browser keeps the draft token that alone opens it — then discarded, its answers and uploaded scans erased: after that nobody can finish it.',
  },
];

export function cutoff(period: RetentionPeriod, now: Date): Date {
  return new Date(now.getTime() - period.keepDays * 86_400_000);
}
