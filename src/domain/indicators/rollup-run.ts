// Issue 10: one run of the daily roll-ups — the freshness shown on every page that reads them.
import type { PlainDate } from '../time/plain-date.js';

export interface RollupRun {
  kind: 'incremental' | 'rebuild';
  startedAt: Date;
  finishedAt: Date;
  /** The legal day (Asia/Almaty) as of which unfinished cases were judged. */
  asOf: PlainDate;
  officeDays: number;
}
