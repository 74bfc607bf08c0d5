import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';

// /healthz: the process is alive. /readyz: it can serve, i.e. the database answers (a load balancer
// takes a server out of rotation while this says 503, e.g. during a database restart).
// Probes are polled all day by load balancers: no browser security headers (they answer JSON to
// machines) and no per-request info log lines, which would drown the useful ones.
export const PROBE_ROUTE = { config: { securityHeaders: false }, logLevel: 'warn' } as const;

export function registerHealth(app: FastifyInstance, database: Database): void {
  app.get('/healthz', PROBE_ROUTE, async () => ({ status: 'ok' }));
  app.get('/readyz', PROBE_ROUTE, async (_req, reply) => {
    try {
      await Promise.race([
        database.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000).unref()),
      ]);
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
