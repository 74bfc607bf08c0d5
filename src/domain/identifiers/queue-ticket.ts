import { fail, ok, type ParseResult } from './parse-result.js';

// domain.md §5: queue tickets per office and day, `A017`. §9: reception is a live queue (no
// pre-booking, no expedited service), so a ticket carries only its purpose and its place.
export const QUEUE_PURPOSES = {
  A: 'hand-in',
  B: 'collect',
  C: 'question',
  D: 'complaint',
} as const;

export type QueueLetter = keyof typeof QUEUE_PURPOSES;
export type QueuePurpose = (typeof QUEUE_PURPOSES)[QueueLetter];

export interface QueueTicket {
  purpose: QueuePurpose;
  /** 1…999 within the office's day. */
  seq: number;
}

export type QueueTicketError = 'QUEUE_TICKET_FORMAT';

export const MAX_QUEUE_SEQ = 999;

const LETTER_OF: Record<QueuePurpose, QueueLetter> = {
  'hand-in': 'A',
  collect: 'B',
  question: 'C',
  complaint: 'D',
};

export function parseQueueTicket(input: string): ParseResult<QueueTicket, QueueTicketError> {
  const m = /^([A-D])(\d{3})$/.exec(input.trim().toUpperCase());
  if (!m) return fail('QUEUE_TICKET_FORMAT');
  const seq = Number(m[2]);
  if (seq < 1) return fail('QUEUE_TICKET_FORMAT');
  return ok({ purpose: QUEUE_PURPOSES[m[1] as QueueLetter], seq });
}

export function formatQueueTicket(t: QueueTicket): string {
  if (!Number.isInteger(t.seq) || t.seq < 1 || t.seq > MAX_QUEUE_SEQ) {
    throw new RangeError(`queue ticket number out of range: ${t.seq}`);
  }
  return `${LETTER_OF[t.purpose]}${String(t.seq).padStart(3, '0')}`;
}
