import type { Database } from '../db/database.js';

/** What every use-case needs from the outside world: the database, a clock and the settings it uses. */
export interface Deps {
  database: Database;
  now: () => Date;
  sessionIdleMinutes: number;
  signIn: { maxFailures: number; lockoutMinutes: number };
  /** Called after a commit that enqueued outbox messages, to wake the worker. */
  afterOutbox?: () => void;
}
