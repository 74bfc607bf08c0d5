// Prometheus metrics at /metrics: request rates and latencies by route, the database pool and the
// outbox backlog. Later parts register their own gauges (queue lengths, overdue cases) on `registry`.
import type { FastifyInstance } from 'fastify';
import client from 'prom-client';
import type { Database } from '../../db/database.js';
import { backlog } from '../../db/outbox-store.js';
import { PROBE_ROUTE } from '../routes/health.js';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: client.Registry;
  }
  interface FastifyRequest {
    metricsStart?: bigint;
  }
}

export function registerMetrics(app: FastifyInstance, database: Database): void {
  // One registry per app instance (tests build many apps in one process).
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'tirkeu_process_' });
  const duration = new client.Histogram({
    name: 'tirkeu_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new client.Gauge({
    name: 'tirkeu_db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const s = database.poolStats();
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });
  new client.Gauge({
    name: 'tirkeu_outbox_messages',
    help: 'Outbox messages not yet delivered (queued) and given up (failed)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      try {
        const b = await backlog(database.db);
        this.set({ status: 'queued' }, b.queued);
        this.set({ status: 'failed' }, b.failed);
      } catch {
        // the database is away: /readyz says so; the gauge keeps its last value
      }
    },
  });
  app.decorate('metrics', registry);
  // Callback hooks (no promise per request).
  app.addHook('onRequest', (req, _reply, done) => {
    req.metricsStart = process.hrtime.bigint();
    done();
  });
  app.addHook('onResponse', (req, reply, done) => {
    if (req.metricsStart !== undefined) {
      const seconds = Number(process.hrtime.bigint() - req.metricsStart) / 1e9;
      // The route pattern, never the raw URL: ids and codes must not explode the label set.
      const route = req.routeOptions.url ?? 'unmatched';
      duration.observe({ method: req.method, route, status: String(reply.statusCode) }, seconds);
    }
    done();
  });
  app.get('/metrics', PROBE_ROUTE, async (_req, reply) => {
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}
