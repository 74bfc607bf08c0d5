// What a desk may do with the ticket it has called (§9): the one table of ticket states and the acts
// each allows, for the console's buttons and the use-case's check alike.
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const DESK_ACTS = ['recall', 'no_show', 'start', 'finish'] as const;
export type DeskAct = (typeof DESK_ACTS)[number];

/** Calling moves a waiting ticket to a desk ("call next"); these acts follow. */
export const ACTS_BY_STATUS = {
  waiting: [],
  called: ['recall', 'start', 'no_show'],
  serving: ['finish'],
  done: [],
  no_show: [],
} as const satisfies Record<TicketStatus, readonly DeskAct[]>;

const RESULT: Record<DeskAct, TicketStatus> = {
  recall: 'called',
  no_show: 'no_show',
  start: 'serving',
  finish: 'done',
};

export function isDeskAct(value: string): value is DeskAct {
  return (DESK_ACTS as readonly string[]).includes(value);
}

export function actsAllowed(status: TicketStatus): readonly DeskAct[] {
  return ACTS_BY_STATUS[status];
}

/** The status after the act, or null when the ticket's status does not allow it. */
export function statusAfter(status: TicketStatus, act: DeskAct): TicketStatus | null {
  return (ACTS_BY_STATUS[status] as readonly DeskAct[]).includes(act) ? RESULT[act] : null;
}

/** A ticket the desk still holds: called (not yet come) or in service. */
export function isActive(status: TicketStatus): boolean {
  return status === 'called' || status === 'serving';
}
