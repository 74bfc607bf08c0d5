// §7.2–7.4 measured: for one office and day, each ticket's wait and service and, over the day, the
// share within each norm, the median and 90th percentile, and the no-shows. The input of the queue
// part of the annex 9 dashboard; pure (the caller passes the tickets, the break and the moment up to
// which an unfinished wait or service is counted: now for today, the closing time for a past day).
//
// Who counts for a norm:
//  - §7.2 wait (handing in, 30 min) and §7.4 wait (collecting, 15 min): every ticket of that purpose
//    that was called (no-shows too: the wait until the call is the office's), and every ticket not
//    called whose wait up to `until` already passed the norm (it cannot end within it). A ticket
//    still waiting within its norm is not counted yet.
//  - §7.3 service (handing in, 15 min): every hand-in ticket served to the end, and every one still
//    in service past the norm.
// Percentiles are nearest-rank (the value at rank ⌈p·n⌉ of the sorted values); the median is the
// mean of the two middle values of an even count.
import type { RuleVersion } from '../standard/rule-version.js';
import type { MinuteLimit } from '../standard/time-limits/time-limits.js';
import type { QueuePurpose } from '../standard/time-limits/queue-norms.js';
import type { TicketStatus } from './desk-acts.js';
import { serviceMinutes, waitMinutes, type Interval } from './ticket-times.js';

export const PURPOSES: readonly QueuePurpose[] = ['hand-in', 'collect', 'question', 'complaint'];

export interface TicketFacts {
  id: string;
  label: string;
  purpose: QueuePurpose;
  status: TicketStatus;
  issuedAt: Date;
  calledAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  deskNumber: number | null;
}

export interface TicketFigure {
  id: string;
  label: string;
  purpose: QueuePurpose;
  status: TicketStatus;
  deskNumber: number | null;
  /** Minutes (break excluded); for a ticket not yet called, so far. */
  wait: number;
  /** Minutes, or null when service never started. */
  service: number | null;
  /** Whether the wait / service is within the norm of its purpose (null: no norm, or not decided yet). */
  waitWithin: boolean | null;
  serviceWithin: boolean | null;
}

export interface Distribution {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface NormShare {
  norm: MinuteLimit;
  purpose: QueuePurpose;
  measure: 'wait' | 'service';
  counted: number;
  within: number;
  /** within ÷ counted, 0…1; null when nothing was counted. */
  share: number | null;
  distribution: Distribution;
}

export interface QueueDayFigures {
  tickets: number;
  byPurpose: Record<QueuePurpose, number>;
  served: number;
  noShows: number;
  /** Not called (yet, or ever: the day ended). */
  notCalled: number;
  wait: Distribution;
  service: Distribution;
  norms: { queueWait: NormShare; service: NormShare; collectWait: NormShare };
  perTicket: TicketFigure[];
}

export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const m = median(sorted);
  const p = percentile(sorted, 0.9);
  return { count: sorted.length, median: m === null ? null : round1(m), p90: p === null ? null : round1(p) };
}

function share(
  norm: MinuteLimit,
  purpose: QueuePurpose,
  measure: 'wait' | 'service',
  decided: { minutes: number; within: boolean }[],
): NormShare {
  const within = decided.filter((d) => d.within).length;
  return {
    norm,
    purpose,
    measure,
    counted: decided.length,
    within,
    share: decided.length ? within / decided.length : null,
    distribution: distribution(decided.map((d) => d.minutes)),
  };
}

export function queueDayFigures(input: {
  tickets: readonly TicketFacts[];
  dayBreak: Interval | null;
  version: RuleVersion;
  until: Date;
}): QueueDayFigures {
  const { tickets, dayBreak, version, until } = input;
  const limits = version.timeLimits;
  const waitNorm = (p: QueuePurpose) =>
    p === 'hand-in' ? limits.queueWait : p === 'collect' ? limits.collectWait : null;
  const perTicket: TicketFigure[] = tickets.map((t) => {
    const wait = waitMinutes(t, dayBreak, until);
    const service = serviceMinutes(t, until);
    const wn = waitNorm(t.purpose);
    const sn = t.purpose === 'hand-in' ? limits.service : null;
    const waitWithin = !wn ? null : wait <= wn.minutes ? (t.calledAt ? true : null) : false;
    const serviceWithin =
      !sn || service === null ? null : service <= sn.minutes ? (t.finishedAt ? true : null) : false;
    return {
      id: t.id,
      label: t.label,
      purpose: t.purpose,
      status: t.status,
      deskNumber: t.deskNumber,
      wait: round1(wait),
      service: service === null ? null : round1(service),
      waitWithin,
      serviceWithin,
    };
  });
  const decidedWait = (p: QueuePurpose) =>
    perTicket
      .filter((f) => f.purpose === p && f.waitWithin !== null)
      .map((f) => ({ minutes: f.wait, within: f.waitWithin === true }));
  const decidedService = perTicket
    .filter((f) => f.purpose === 'hand-in' && f.serviceWithin !== null)
    .map((f) => ({ minutes: f.service!, within: f.serviceWithin === true }));
  const byPurpose = Object.fromEntries(PURPOSES.map((p) => [p, 0])) as Record<QueuePurpose, number>;
  for (const t of tickets) byPurpose[t.purpose]++;
  return {
    tickets: tickets.length,
    byPurpose,
    served: tickets.filter((t) => t.status === 'done').length,
    noShows: tickets.filter((t) => t.status === 'no_show').length,
    notCalled: tickets.filter((t) => t.calledAt === null).length,
    wait: distribution(perTicket.filter((f, i) => tickets[i]!.calledAt !== null).map((f) => f.wait)),
    service: distribution(
      perTicket.filter((f, i) => tickets[i]!.finishedAt !== null).map((f) => f.service ?? 0),
    ),
    norms: {
      queueWait: share(limits.queueWait, 'hand-in', 'wait', decidedWait('hand-in')),
      service: share(limits.service, 'hand-in', 'service', decidedService),
      collectWait: share(limits.collectWait, 'collect', 'wait', decidedWait('collect')),
    },
    perTicket,
  };
}
