import type { CaseClocks } from './case-clocks.js';
import type { CaseSnapshot } from './case-snapshot.js';
import type { PlainDate } from './deps.js';
import { toEpochDay } from './deps.js';

// The office's worklists: which cases need someone today. A case may be in several (a refusal to
// deliver that is also overdue). Derived from the snapshot and its clocks, never stored.
export const WORKLISTS = [
  'new', // registered, not yet taken for review
  'due_soon', // the running clock falls due within DUE_SOON_WORKING_DAYS working days
  'overdue', // a running clock is past its due day (§7.1 or §16)
  'ready_to_collect', // signed, waiting for the applicant (§15)
  'refusals_to_deliver', // refusal signed, not yet handed over or dispatched (§16)
  'uncollected', // ready to collect for more than the office's N days
] as const;

export type Worklist = (typeof WORKLISTS)[number];

/** "Due within 2 working days": today (0 left), tomorrow (1) or the working day after (2). */
export const DUE_SOON_WORKING_DAYS = 2;

export interface WorklistSettings {
  /** A signed result not collected after this many calendar days since signing is "uncollected". */
  uncollectedAfterDays: number;
}

export function worklistOf(
  snapshot: CaseSnapshot,
  clocks: CaseClocks | null,
  today: PlainDate,
  settings: WorklistSettings,
): Worklist[] {
  const lists = new Set<Worklist>();
  if (snapshot.state === 'registered') lists.add('new');
  if (snapshot.state === 'ready_to_collect') {
    lists.add('ready_to_collect');
    const signed = snapshot.result?.documentDate;
    if (signed && toEpochDay(today) - toEpochDay(signed) > settings.uncollectedAfterDays)
      lists.add('uncollected');
  }
  if (snapshot.state === 'refusal_signed') lists.add('refusals_to_deliver');
  const active = clocks?.active ? clocks[clocks.active] : null;
  if (active?.overdue) lists.add('overdue');
  else if (active && active.workingDaysLeft !== null && active.workingDaysLeft <= DUE_SOON_WORKING_DAYS)
    lists.add('due_soon');
  return WORKLISTS.filter((w) => lists.has(w));
}
