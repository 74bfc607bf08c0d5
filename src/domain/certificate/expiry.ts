// Expiry of a missionary's certificate (annex 5; domain.md §4 "after the end"): valid through its
// «valid until» day, expired from the next legal day of the issuing office (public-status.ts). A
// reminder goes to the holder 30 days before; the office's worklist shows what expires within those
// 30 days and what has expired. A group's reference (annex 6) has no «valid until» and never expires.
import { addDays, comparePlainDates, toEpochDay, type PlainDate } from '../time/plain-date.js';

/** How many days before «valid until» the reminder is queued and the worklist starts showing it. */
export const EXPIRY_WINDOW_DAYS = 30;

export type ExpiryStanding = 'expired' | 'expiring' | 'later' | 'never';

/** Where a certificate stands on the legal day `today`. */
export function expiryStanding(validUntil: PlainDate | null, today: PlainDate): ExpiryStanding {
  if (validUntil === null) return 'never';
  if (comparePlainDates(today, validUntil) > 0) return 'expired';
  return comparePlainDates(addDays(today, EXPIRY_WINDOW_DAYS), validUntil) >= 0 ? 'expiring' : 'later';
}

/** Whole days from `today` to «valid until» (0 on the last valid day; negative once expired). */
export function daysLeft(validUntil: PlainDate, today: PlainDate): number {
  return toEpochDay(validUntil) - toEpochDay(today);
}

/** The reminder is due from 30 days before «valid until» up to that day, never after expiry. */
export function expiryReminderDue(validUntil: PlainDate | null, today: PlainDate): boolean {
  return expiryStanding(validUntil, today) === 'expiring';
}
