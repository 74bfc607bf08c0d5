// The browser security headers of every answer — helmet's, with the content security policy of
// build-app.ts — worked out once at start and set on each reply. @fastify/helmet builds helmet's
// middlewares and parses the policy's directives again on every request: about a tenth of the
// server's time per status look-up in the portal bench, and the same on every page.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet sets with `options`, by lower-case name. */
export function securityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  return headers;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: no browser security headers (machine probes such as /healthz). */
    securityHeaders?: boolean;
  }
}

/** Sets the headers on every reply, except routes whose config says `securityHeaders: false`. */
export function registerSecurityHeaders(app: FastifyInstance, options: Readonly<HelmetOptions>): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (req, reply, done) => {
    if (req.routeOptions.config.securityHeaders !== false) void reply.headers(headers);
    done();
  });
}
