// A bound on how many requests of one kind are served at once (a bulkhead), with the staff first.
// The public application pages admit a few at a time: under a flood of online applications (issue 8,
// abuse) they queue here, in front of the database pool and the event loop, instead of taking every
// pooled connection and filling the event loop's queue. Per-address rate limits cannot do this: a
// flood comes from many addresses.
//
// The bound alone was not enough: four pages at a time, refilled as each ends, still ran beside every
// staff request, and on a machine whose cores were busy the staff's pages waited for the CPU behind
// them (the worklist's p95 under the portal bench's flood 5–8 times its quiet value). So the gate also
// gives way to the staff (the standard: staff work must not suffer from public abuse): while a
// signed-in member of staff has a request in flight in this process, no public page starts; the
// waiting pages start as soon as the staff's requests are done, and none waits longer than
// `maxWaitMs` for the staff — past that it takes the next free place whatever the staff are doing,
// so a steady stream of staff requests cannot starve the public. And while the staff are about (a
// request of theirs ended within the last second), the public pages start no closer together than a
// set spacing: between the staff's requests the flood's pages, the database's work for them and the
// senders' own still kept the machine's cores busy when the staff's next request came. A page
// already started is never cut short, and nothing is refused here: a waiting applicant gets their
// page, later. The gate is per process and holds no state but the requests in flight in it; several
// app servers each have their own.
import { performance } from 'node:perf_hooks';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The signed-in staff's requests in flight in this process. */
export interface StaffTraffic {
  /** A global onRequest hook, after the session is resolved: counts a staff request until its
   *  response is done or its client left. */
  onRequest(req: FastifyRequest, reply: FastifyReply): Promise<void>;
  readonly inFlight: number;
  /** Called each time the count falls to zero. */
  onIdle(listener: () => void): void;
  /**
   * For a public page already being worked on, between two of its stages (its queries done, its
   * validation or rendering next): resolves at once while no staff request is in flight, otherwise
   * once none is or after `maxWaitMs`. The gate below keeps public pages from starting beside the
   * staff's; this keeps one that has started from taking the CPU in slices between theirs.
   */
  giveWay(maxWaitMs: number): Promise<void>;
  /** Whether the staff are about: a request of theirs in flight, or one ended within `withinMs`. */
  about(withinMs: number): boolean;
}

export function staffTraffic(): StaffTraffic {
  let inFlight = 0;
  let lastEnded = Number.NEGATIVE_INFINITY;
  const listeners: (() => void)[] = [];
  let giving: (() => void)[] = [];
  listeners.push(() => {
    const go = giving;
    giving = [];
    for (const resume of go) resume();
  });
  return {
    async onRequest(req, reply) {
      // A stream of events (the hall board's, EventSource) stays open for hours: it is no work in
      // flight, and counted it would hold the public back all that time.
      if (!req.actor || /text\/event-stream/i.test(req.headers.accept ?? '')) return;
      inFlight++;
      let done = false;
      reply.raw.once('close', () => {
        if (done) return;
        done = true;
        lastEnded = performance.now();
        if (--inFlight === 0) for (const l of listeners) l();
      });
    },
    get inFlight() {
      return inFlight;
    },
    onIdle(listener) {
      listeners.push(listener);
    },
    about(withinMs) {
      return inFlight > 0 || performance.now() - lastEnded < withinMs;
    },
    giveWay(maxWaitMs) {
      if (inFlight === 0) return Promise.resolve();
      return new Promise<void>((resume) => {
        const timer = setTimeout(() => {
          giving = giving.filter((g) => g !== go);
          resume();
        }, maxWaitMs);
        const go = () => {
          clearTimeout(timer);
          resume();
        };
        giving.push(go);
      });
    },
  };
}

export interface Admission {
  /** An onRequest or preHandler hook: waits for a place, frees it when the response is done or the
   *  client left. */
  hook(req: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Requests being served, and waiting (for tests and logs). */
  readonly active: number;
  readonly waiting: number;
}

export interface AdmissionOptions {
  /** Give way to these requests: none of ours starts while one is in flight… */
  yieldTo?: StaffTraffic;
  /** …unless it has waited this long (ms). */
  maxWaitMs?: number;
  /**
   * While the staff are about (`yieldTo`, within `staffAboutMs`), the least time between the starts of
   * two of our requests (ms): a rate, not a share of the time, so that pages slow because the database
   * is busy are not held back the more for it. 0 (the default): no spacing.
   */
  spacingWhileStaffMs?: number;
  staffAboutMs?: number;
}

export function admission(limit: number, opts: AdmissionOptions = {}): Admission {
  const { yieldTo, maxWaitMs = 0, spacingWhileStaffMs = 0, staffAboutMs = 1_000 } = opts;
  if (!(spacingWhileStaffMs >= 0)) throw new RangeError('a spacing is 0 ms or more');
  const now = () => performance.now();
  let active = 0;
  /** No request starts before this (performance.now()) while the staff are about. */
  let pausedUntil = Number.NEGATIVE_INFINITY;
  const paused = () => now() < pausedUntil && yieldTo !== undefined && yieldTo.about(staffAboutMs);
  const started = () => {
    active++;
    if (spacingWhileStaffMs > 0) pausedUntil = now() + spacingWhileStaffMs;
  };
  const queue: { since: number; go: () => void }[] = [];
  let timer: NodeJS.Timeout | null = null;

  let timerAt = Number.POSITIVE_INFINITY;
  /** admitWaiting again at `at` (performance.now()), or sooner if so asked already. */
  const wakeAt = (at: number) => {
    if (timer && timerAt <= at) return;
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timer = null;
        timerAt = Number.POSITIVE_INFINITY;
        admitWaiting();
      },
      Math.max(1, Math.ceil(at - now())),
    );
    timer.unref();
  };

  /** Starts waiting requests, in order, while places are free and the staff allow it. */
  const admitWaiting = () => {
    while (active < limit && queue.length) {
      const head = queue[0]!;
      const overdue = now() - head.since >= maxWaitMs;
      const staffFirst = yieldTo && yieldTo.inFlight > 0 && !overdue;
      if (staffFirst || paused()) {
        // Wake up when the head has waited enough or the pause is over, unless the staff are done
        // first.
        wakeAt(staffFirst ? head.since + maxWaitMs : pausedUntil);
        return;
      }
      queue.shift();
      started();
      head.go();
    }
  };
  yieldTo?.onIdle(admitWaiting);

  return {
    async hook(_req, reply) {
      // The client has already left (between two stages): nothing to serve, no place taken.
      if (reply.raw.closed) return new Promise<void>(() => {});
      let state: 'waiting' | 'serving' | 'done' = 'waiting';
      const entry = { since: now(), go: () => {} };
      // Listened for from the start: a client that leaves while waiting gives up its turn (no one is
      // left to serve; the promise below is left to the garbage collector), and one that leaves or
      // is answered while served frees its place, once.
      reply.raw.once('close', () => {
        if (state === 'serving') {
          active--;
          admitWaiting();
        } else if (state === 'waiting') {
          const i = queue.indexOf(entry);
          if (i >= 0) queue.splice(i, 1);
        }
        state = 'done';
      });
      if (active < limit && queue.length === 0 && !(yieldTo && yieldTo.inFlight > 0) && !paused()) started();
      else {
        await new Promise<void>((go) => {
          entry.go = go;
          queue.push(entry);
          admitWaiting();
        });
      }
      state = 'serving';
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
