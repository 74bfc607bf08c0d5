// A bound on how many requests of one kind are served at once (a bulkhead). The public application
// pages admit a few at a time: under a flood of online applications (issue 8, abuse) they queue here,
// in front of the database pool and the event loop, instead of taking every pooled connection and
// filling the event loop's queue, so that the staff's pages — served beside them by the same process —
// keep their speed. Per-address rate limits cannot do this: a flood comes from many addresses.
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface Admission {
  /** An onRequest hook: waits for a place, frees it when the response is done or the client left. */
  onRequest(req: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Requests being served, and waiting (for tests and logs). */
  readonly active: number;
  readonly waiting: number;
}

export function admission(limit: number): Admission {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next)
      next(); // the place passes straight to the next in line
    else active--;
  };
  return {
    async onRequest(_req, reply) {
      if (active < limit) active++;
      else await new Promise<void>((resolve) => queue.push(resolve));
      let freed = false;
      reply.raw.once('close', () => {
        if (freed) return;
        freed = true;
        release();
      });
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
