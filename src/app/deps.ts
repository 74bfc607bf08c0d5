import type { Database } from '../db/database.js';
import type { CalendarSource } from './calendar/national-calendar-source.js';
import type { PortalLimits } from './portal/portal-limits.js';

/** What every use-case needs from the outside world: the database, a clock and the settings it uses. */
export interface Deps {
  database: Database;
  now: () => Date;
  sessionIdleMinutes: number;
  /** Lock-out per account; `maxFailuresPerAddress` (default 20) failed sign-ins per client address
   *  within the lock-out minutes, to any accounts, before that address is refused for the rest of them. */
  signIn: { maxFailures: number; lockoutMinutes: number; maxFailuresPerAddress?: number };
  /** The service's public address: the QR of a certificate or reference opens its check there. */
  publicUrl: string;
  /** The national calendar (built-in years plus those entered in the database). */
  calendar?: CalendarSource;
  /** §11: the largest scan in bytes and how many one case may hold (the defaults of config.ts if absent). */
  scans?: { maxBytes: number; maxPerCase: number };
  /** Issue 8: the portal's per-address and per-code limits (DEFAULT_PORTAL_LIMITS if absent). */
  portalLimits?: PortalLimits;
  /** Called after a commit that enqueued outbox messages, to wake the worker. */
  afterOutbox?: () => void;
}
