// The national calendar every deadline uses: the built-in years plus those an administrator entered
// in the database. Cached briefly per app server; every server reads the same table, so a new year
// reaches all of them within the cache's life.
import { builtInCalendar, type NationalCalendar } from '../../domain/calendar/index.js';
import { loadCalendarYears } from '../../db/calendar-store.js';
import type { Executor } from '../../db/database.js';

const TTL_MS = 60_000;

export class CalendarSource {
  private cached: { calendar: NationalCalendar; at: number } | null = null;
  constructor(private readonly db: Executor) {}

  async get(now = Date.now()): Promise<NationalCalendar> {
    if (this.cached && now - this.cached.at < TTL_MS) return this.cached.calendar;
    let calendar = builtInCalendar();
    for (const year of await loadCalendarYears(this.db)) calendar = calendar.withYear(year);
    this.cached = { calendar, at: now };
    return calendar;
  }

  invalidate(): void {
    this.cached = null;
  }
}
