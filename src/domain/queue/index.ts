export {
  breakOfDay,
  hoursOfDay,
  minutesExcluding,
  minutesOfDay,
  serviceMinutes,
  waitMinutes,
} from './ticket-times.js';
export type { Interval, TicketTimes } from './ticket-times.js';
export { NEAR_NORM_MINUTES, deskWaitNorm, waitWarning } from './norm-warning.js';
export type { WaitAlert, WaitWarning } from './norm-warning.js';
export {
  ACTS_BY_STATUS,
  DESK_ACTS,
  TICKET_STATUSES,
  actsAllowed,
  isActive,
  isDeskAct,
  statusAfter,
} from './desk-acts.js';
export type { DeskAct, TicketStatus } from './desk-acts.js';
export { compareArrival, nextInLine } from './call-order.js';
export type { WaitingTicket } from './call-order.js';
export { kioskAvailability } from './kiosk-hours.js';
export type { KioskAvailability, KioskClosedReason } from './kiosk-hours.js';
export { PURPOSES, distribution, median, percentile, queueDayFigures } from './queue-figures.js';
export type { Distribution, NormShare, QueueDayFigures, TicketFacts, TicketFigure } from './queue-figures.js';
export { PASS_KEEP_DAYS } from './pass-keeping.js';
