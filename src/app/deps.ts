import type { Database } from '../db/database.js';
import type { CalendarSource } from './calendar/national-calendar-source.js';
import type { PortalLimits } from './portal/portal-limits.js';

/** What every use-case needs from the outside world: the database, a clock and the settings it uses. */
export interface Deps {
  database: Database;
  now: () => Date;
  sessionIdleMinutes: number;
  signIn: { maxFailures: number; lockoutMinutes: number };
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
