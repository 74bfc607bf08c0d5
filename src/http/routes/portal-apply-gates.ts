// Issue 8, abuse (http/admission.ts): the application pages' gates. The application requests are let
// in a few at a time, before their bodies are read (so that a flood neither fills the memory with
// bodies nor takes the database pool), and worked on one at a time, none starting while a member of
// staff has a request in flight in this process (up to a bounded wait) and, while the staff are about,
// no closer together than a spacing, so that a flood of them leaves the staff's pages the database,
// the event loop and the CPU. Nothing is refused: a page waits its turn.
import type { FastifyInstance, onRequestHookHandler, preHandlerHookHandler } from 'fastify';
import { admission, type StaffTraffic } from '../admission.js';

/** Application requests let in at once per process, their bodies read (a form, or the scans of the
 *  documents page, held in memory): the rest wait before a byte of their body is read. */
const APPLY_REQUESTS_AT_ONCE = 4;
/** Of those, application pages worked on at once (queries, validation, the page). One: a page takes
 *  a few milliseconds of CPU and one or two short queries, so one at a time still serves about a
 *  hundred pages a second on a loaded machine (the portal bench's flood: 96 a second from 20
 *  applicants at once) — far above what people send — while each page being worked on competes with
 *  the staff's pages for the CPU: under that flood, with the gate giving way to the staff, the
 *  worklist's p95 was 4.1–4.6 times its quiet value with two or four pages at once, about 2 with one.
 *  A slow upload holds a place of the first bound while its body arrives, not this one. */
const APPLY_PAGES_AT_ONCE = 1;
/** The longest an application page waits for the staff's requests in flight before it takes the next
 *  free place anyway: the public is served later under staff load, never starved by it. */
const APPLY_PAGE_MAX_WAIT_FOR_STAFF_MS = 500;

/** While the staff are about (a request of theirs in the last second), application pages start at
 *  most thirty a second per process (http/admission.ts spacingWhileStaffMs) — some three applications
 *  a second, far above what people send: giving way to the staff's requests in flight was not
 *  enough, as the flood's pages, the database's work for them and the senders' own kept the
 *  machine's cores busy between the staff's requests (portal bench: worklist p95 under the flood
 *  1.6–2.2 times quiet without the spacing, 1.4 with 25 ms). A rate, not a share of the time: a
 *  share (a pause after each page of nine times its own time) also held back the mixed load's
 *  applicants, whose pages take long because the database is busy, to a page or two a second. */
const APPLY_PAGE_SPACING_WHILE_STAFF_MS = 33;

export interface ApplyGates {
  /** Every application page's route options: both bounds. */
  gated: { onRequest: onRequestHookHandler; preHandler: preHandlerHookHandler };
  /** A form's: both bounds, then its CSRF check. */
  gatedForm: { onRequest: onRequestHookHandler; preHandler: preHandlerHookHandler[] };
  /** Between a page's queries and its validation or rendering: the staff's requests in flight first. */
  giveWay: () => Promise<void>;
}

export function applyGates(app: FastifyInstance, staff: StaffTraffic): ApplyGates {
  const admitted = admission(APPLY_REQUESTS_AT_ONCE).hook;
  const worked = admission(APPLY_PAGES_AT_ONCE, {
    yieldTo: staff,
    maxWaitMs: APPLY_PAGE_MAX_WAIT_FOR_STAFF_MS,
    spacingWhileStaffMs: APPLY_PAGE_SPACING_WHILE_STAFF_MS,
  }).hook;
  return {
    gated: { onRequest: admitted, preHandler: worked },
    gatedForm: { onRequest: admitted, preHandler: [worked, app.csrfProtection] },
    giveWay: () => staff.giveWay(APPLY_PAGE_MAX_WAIT_FOR_STAFF_MS),
  };
}
