import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { clientAddress } from './request-context.js';

describe('the client address', () => {
  it('is req.ip under each server’s own proxy setting, for the same connection and header', async () => {
    const answer = async (trustProxy: boolean | string) => {
      const app = Fastify({ trustProxy });
      app.get('/', async (req) => ({ memo: clientAddress(req), ip: req.ip }));
      const out = [];
      for (const xff of ['203.0.113.9', '203.0.113.9', '198.51.100.1, 203.0.113.7']) {
        out.push((await app.inject({ url: '/', headers: { 'x-forwarded-for': xff } })).json());
      }
      await app.close();
      return out;
    };
    const trusting = await answer('loopback');
    const plain = await answer(false);
    for (const r of [...trusting, ...plain]) assert.equal(r.memo, r.ip);
    assert.deepEqual(
      trusting.map((r) => r.memo),
      ['203.0.113.9', '203.0.113.9', '203.0.113.7'],
    );
    assert.deepEqual(
      plain.map((r) => r.memo),
      ['127.0.0.1', '127.0.0.1', '127.0.0.1'],
    );
  });
});
