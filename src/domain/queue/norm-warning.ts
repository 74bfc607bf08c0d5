// §7.2, §7.4: the desk is warned when a waiting ticket nears its norm — 30 minutes for handing in
// (and for the purposes the standard sets no norm for, which are held to the general one so that
// nobody is forgotten), 15 for collecting — and told when it has passed it.
import type { RuleVersion } from '../standard/rule-version.js';
import { queueNormFor, type QueuePurpose } from '../standard/time-limits/queue-norms.js';

/** "Nears": this many minutes or fewer before the norm. */
export const NEAR_NORM_MINUTES = 5;

export type WaitAlert = 'none' | 'near' | 'over';

export interface WaitWarning {
  alert: WaitAlert;
  /** The norm held to, in minutes, and its clause. */
  normMinutes: number;
  clause: string;
  /** Whole minutes left before the norm (negative: past it). */
  minutesLeft: number;
}

/** The wait norm a ticket is held to at the desk: its own, else the general §7.2 one. */
export function deskWaitNorm(
  version: RuleVersion,
  purpose: QueuePurpose,
): { minutes: number; clause: string } {
  const own = queueNormFor(version, purpose).wait;
  return own ?? version.timeLimits.queueWait;
}

export function waitWarning(version: RuleVersion, purpose: QueuePurpose, waitedMinutes: number): WaitWarning {
  const norm = deskWaitNorm(version, purpose);
  const left = norm.minutes - waitedMinutes;
  const alert: WaitAlert = left <= 0 ? 'over' : left <= NEAR_NORM_MINUTES ? 'near' : 'none';
  return { alert, normMinutes: norm.minutes, clause: norm.clause, minutesLeft: Math.ceil(left) };
}
