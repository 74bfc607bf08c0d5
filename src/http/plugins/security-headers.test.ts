import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import fastifyHelmet from '@fastify/helmet';
import type { HelmetOptions } from 'helmet';
import { registerSecurityHeaders } from './security-headers.js';

const OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    directives: { 'default-src': ["'self'"], 'form-action': ["'self'"], 'upgrade-insecure-requests': null },
  },
  hsts: true,
};

const securityHeadersOf = (headers: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(headers).filter(
      ([k]) => !['date', 'content-length', 'content-type', 'connection'].includes(k),
    ),
  );

describe('security headers worked out once', () => {
  it('are the headers helmet sets per request, and none on a route that opts out', async () => {
    const ours = Fastify();
    registerSecurityHeaders(ours, OPTIONS);
    ours.get('/page', async () => 'x');
    ours.get('/probe', { config: { securityHeaders: false } }, async () => 'x');
    const theirs = Fastify();
    // The same options, as @fastify/helmet types them (its copy of helmet's types).
    await theirs.register(fastifyHelmet, OPTIONS as Parameters<typeof fastifyHelmet>[1]);
    theirs.get('/page', async () => 'x');
    const a = await ours.inject({ url: '/page' });
    const b = await theirs.inject({ url: '/page' });
    assert.ok(a.headers['content-security-policy']);
    assert.ok(a.headers['strict-transport-security']);
    assert.deepEqual(securityHeadersOf(a.headers), securityHeadersOf(b.headers));
    // Answers not found get them too.
    const missing = await ours.inject({ url: '/nowhere' });
    assert.equal(missing.headers['x-content-type-options'], 'nosniff');
    assert.deepEqual(securityHeadersOf((await ours.inject({ url: '/probe' })).headers), {});
  });
});
