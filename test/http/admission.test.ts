// The bulkhead in front of the application pages (src/http/admission.ts): at most `limit` requests
// served at once, the others admitted in order as places free, a place freed once per response.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { admission } from '../../src/http/admission.js';

const reply = () => {
  const raw = new EventEmitter();
  return { raw, r: { raw } as unknown as FastifyReply };
};
const req = {} as FastifyRequest;
const tick = () => new Promise((r) => setImmediate(r));

describe('admission (a bulkhead for the application pages)', () => {
  it('serves `limit` at once; the next waits for a response to finish, in order', async () => {
    const gate = admission(2);
    const [a, b, c, d] = [reply(), reply(), reply(), reply()];
    await gate.onRequest(req, a.r);
    await gate.onRequest(req, b.r);
    const order: string[] = [];
    const third = gate.onRequest(req, c.r).then(() => order.push('c'));
    const fourth = gate.onRequest(req, d.r).then(() => order.push('d'));
    await tick();
    assert.deepEqual([gate.active, gate.waiting, order], [2, 2, []]);
    a.raw.emit('close');
    a.raw.emit('close'); // a place is freed once
    await third;
    await tick();
    assert.deepEqual([gate.active, gate.waiting, order], [2, 1, ['c']]);
    b.raw.emit('close');
    await fourth;
    c.raw.emit('close');
    d.raw.emit('close');
    assert.deepEqual([gate.active, gate.waiting, order], [0, 0, ['c', 'd']]);
  });
});
