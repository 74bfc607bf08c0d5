// §9: a live queue — no pre-booking, no expedited service. "Call next" gives the desk the ticket that
// has waited longest among the purposes the desk serves; nothing else orders the queue. (The database
// query in db/queue-tickets-store.ts does the same with a row lock; this is its specification.)
import type { QueuePurpose } from '../standard/time-limits/queue-norms.js';

export interface WaitingTicket {
  id: string;
  purpose: QueuePurpose;
  seq: number;
  issuedAt: Date;
}

export function compareArrival(a: WaitingTicket, b: WaitingTicket): number {
  return (
    a.issuedAt.getTime() - b.issuedAt.getTime() || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function nextInLine<T extends WaitingTicket>(
  waiting: readonly T[],
  purposes: readonly QueuePurpose[],
): T | null {
  let best: T | null = null;
  for (const t of waiting) {
    if (!purposes.includes(t.purpose)) continue;
    if (!best || compareArrival(t, best) < 0) best = t;
  }
  return best;
}
