import type { RuleVersion } from '../rule-version.js';
import type { MinuteLimit } from './time-limits.js';

// §7.2–7.4 by queue purpose (the ticket letters of domain.md §5). The standard sets norms only
// for handing in (wait 30, service 15) and for collecting (wait 15); questions and complaints
// have none, which is said here as null rather than borrowed from another purpose.
export type QueuePurpose = 'hand-in' | 'collect' | 'question' | 'complaint';

export interface QueueNorm {
  wait: MinuteLimit | null;
  service: MinuteLimit | null;
}

export function queueNormFor(version: RuleVersion, purpose: QueuePurpose): QueueNorm {
  const t = version.timeLimits;
  switch (purpose) {
    case 'hand-in':
      return { wait: t.queueWait, service: t.service };
    case 'collect':
      return { wait: t.collectWait, service: null };
    case 'question':
    case 'complaint':
      return { wait: null, service: null };
  }
}
