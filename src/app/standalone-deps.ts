import type { Database } from '../db/database.js';
import { CalendarSource } from './calendar/national-calendar-source.js';
import type { Deps } from './deps.js';

/**
 * The use-cases' dependencies for code that acts on a database without a server's configuration — a
 * benchmark, a load test's seeding, a generator test: the national calendar from that database and
 * fixed sign-in settings. The server builds its own from the configuration (server.ts depsFor).
 */
export function standaloneDeps(database: Database, now: () => Date = () => new Date()): Deps {
  return {
    database,
    now,
    sessionIdleMinutes: 60,
    signIn: { maxFailures: 5, lockoutMinutes: 15 },
    publicUrl: 'http://localhost:3000',
    calendar: new CalendarSource(database.db),
  };
}
