import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import csrf from '@fastify/csrf-protection';
import { rememberingSigner } from './cookie-signer.js';
import { CSRF_COOKIE, csrfTokenOf, rememberAcceptedCsrf } from './csrf-check.js';

describe('the remembering CSRF check', () => {
  let app: FastifyInstance;
  before(async () => {
    app = Fastify();
    await app.register(cookie, { secret: rememberingSigner('ef'.repeat(32)) });
    await app.register(formbody);
    await app.register(csrf, {
      sessionPlugin: '@fastify/cookie',
      cookieKey: CSRF_COOKIE,
      getToken: csrfTokenOf,
      cookieOpts: { path: '/', signed: true },
    });
    rememberAcceptedCsrf(app);
    app.get('/token', async (_req, reply) => ({ token: reply.generateCsrf() }));
    app.post('/write', { preHandler: app.csrfProtection }, async () => ({ ok: true }));
  });
  after(() => app.close());

  const visitor = async () => {
    const res = await app.inject({ method: 'GET', url: '/token' });
    const c = res.cookies.find((x) => x.name === CSRF_COOKIE)!;
    return { cookie: `${CSRF_COOKIE}=${c.value}`, token: res.json().token as string };
  };
  const write = (headers: Record<string, string>, payload?: string) =>
    app.inject({
      method: 'POST',
      url: '/write',
      headers: { 'content-type': 'application/json', ...headers },
      payload: payload ?? '{}',
    });

  it('accepts a visitor’s pair again and again, and refuses what the plugin refuses after it', async () => {
    const a = await visitor();
    const b = await visitor();
    for (let i = 0; i < 3; i++) {
      assert.equal((await write({ cookie: a.cookie, 'x-csrf-token': a.token })).statusCode, 200);
    }
    // A remembered token does not open another visitor's secret, nor a token a character off, nor
    // no token, nor a token without its cookie.
    assert.equal((await write({ cookie: b.cookie, 'x-csrf-token': a.token })).statusCode, 403);
    assert.equal((await write({ cookie: a.cookie, 'x-csrf-token': `${a.token}x` })).statusCode, 403);
    assert.equal((await write({ cookie: a.cookie })).statusCode, 403);
    const noCookie = await write({ 'x-csrf-token': a.token });
    assert.equal(noCookie.statusCode, 403);
    assert.equal(noCookie.json().code, 'FST_CSRF_MISSING_SECRET');
    // A tampered cookie: its signature fails, whatever the token.
    assert.equal((await write({ cookie: `${a.cookie}x`, 'x-csrf-token': a.token })).statusCode, 403);
    // b's own pair is accepted (and a's still is).
    assert.equal((await write({ cookie: b.cookie, 'x-csrf-token': b.token })).statusCode, 200);
    assert.equal((await write({ cookie: a.cookie, 'x-csrf-token': a.token })).statusCode, 200);
  });

  it('reads the token of a form from its _csrf field before the headers, as the plugin does', async () => {
    const a = await visitor();
    const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url: '/write',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: a.cookie, ...headers },
        payload: new URLSearchParams(fields).toString(),
      });
    assert.equal((await form({ _csrf: a.token })).statusCode, 200);
    // A wrong field is not rescued by a right header: the field is the token read.
    assert.equal((await form({ _csrf: 'wrong' }, { 'x-csrf-token': a.token })).statusCode, 403);
    assert.equal((await form({ _csrf: '' }, { 'x-csrf-token': a.token })).statusCode, 200);
  });
});
