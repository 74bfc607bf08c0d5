// GET /api/v1/csrf: the token API writes carry in the x-csrf-token header. It belongs to the signed
// double-submit cookie this answer sets (docs/ARCHITECTURE.md), not to a session: it tells nothing.
import type { FastifyInstance } from 'fastify';
import { csrfSchema } from '../schemas/cases.js';

export function registerApiCsrf(app: FastifyInstance): void {
  app.get('/api/v1/csrf', { schema: csrfSchema }, async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    return { token: reply.generateCsrf() };
  });
}
