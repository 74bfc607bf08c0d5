// domain.md §8: a retention period per record type, applied by a purge job. Audit events and
// access-log entries carry ids only and are kept; purging the records they point to breaks no chain.
// Later parts (cases, persons, uploads, passes) add their record types here with their legal basis.
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
];

export function cutoff(period: RetentionPeriod, now: Date): Date {
  return new Date(now.getTime() - period.keepDays * 86_400_000);
}
