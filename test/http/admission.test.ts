// The bulkhead in front of the application pages (src/http/admission.ts): at most `limit` requests
// served at once, the others admitted in order as places free, a place freed once per response.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { performance } from 'node:perf_hooks';
import { admission, staffTraffic } from '../../src/http/admission.js';

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
    await gate.hook(req, a.r);
    await gate.hook(req, b.r);
    const order: string[] = [];
    const third = gate.hook(req, c.r).then(() => order.push('c'));
    const fourth = gate.hook(req, d.r).then(() => order.push('d'));
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

// Issue 8, abuse — the staff first: while a signed-in member of staff has a request in flight, no
// public page starts (up to the bounded wait); the waiting pages start when the staff are done.
describe('admission gives way to the staff', () => {
  const staffReq = { actor: { accountId: 'staff' }, headers: {} } as unknown as FastifyRequest;
  const publicReq = { actor: null, headers: {} } as unknown as FastifyRequest;
  const staffStream = {
    actor: { accountId: 'staff' },
    headers: { accept: 'text/event-stream' },
  } as unknown as FastifyRequest;

  it('counts only signed-in requests, not their event streams, each until its response is done, once', async () => {
    const staff = staffTraffic();
    let idle = 0;
    staff.onIdle(() => idle++);
    const [s1, s2, p, e] = [reply(), reply(), reply(), reply()];
    await staff.onRequest(staffReq, s1.r);
    await staff.onRequest(staffReq, s2.r);
    await staff.onRequest(publicReq, p.r);
    await staff.onRequest(staffStream, e.r);
    assert.equal(staff.inFlight, 2);
    s1.raw.emit('close');
    s1.raw.emit('close');
    assert.deepEqual([staff.inFlight, idle], [1, 0]);
    s2.raw.emit('close');
    assert.deepEqual([staff.inFlight, idle], [0, 1]);
  });

  it('holds a public page while a staff request is in flight, though places are free, and starts the waiting ones in order when the staff are done', async () => {
    const staff = staffTraffic();
    const gate = admission(2, { yieldTo: staff, maxWaitMs: 60_000 });
    const s = reply();
    await staff.onRequest(staffReq, s.r);
    const order: string[] = [];
    const [a, b, c] = [reply(), reply(), reply()];
    const started = [
      gate.hook(req, a.r).then(() => order.push('a')),
      gate.hook(req, b.r).then(() => order.push('b')),
      gate.hook(req, c.r).then(() => order.push('c')),
    ];
    await tick();
    assert.deepEqual([gate.active, gate.waiting, order], [0, 3, []]);
    s.raw.emit('close'); // the staff's request is answered
    await Promise.all(started.slice(0, 2));
    await tick();
    assert.deepEqual([gate.active, gate.waiting, order], [2, 1, ['a', 'b']]);
    // A staff request arrives: the place a's end frees is not given while it is in flight.
    const s2 = reply();
    await staff.onRequest(staffReq, s2.r);
    a.raw.emit('close');
    await tick();
    assert.deepEqual([gate.active, gate.waiting, order], [1, 1, ['a', 'b']]);
    // Nor does a new public page jump the queue or start beside the staff.
    const d = reply();
    const fourth = gate.hook(req, d.r).then(() => order.push('d'));
    await tick();
    assert.deepEqual([gate.active, gate.waiting], [1, 2]);
    s2.raw.emit('close');
    await started[2];
    await tick();
    assert.deepEqual([gate.active, gate.waiting, order], [2, 1, ['a', 'b', 'c']]);
    b.raw.emit('close'); // and d takes b's place, the staff being done
    await fourth;
    assert.deepEqual([gate.active, gate.waiting, order], [2, 0, ['a', 'b', 'c', 'd']]);
    for (const x of [c, d]) x.raw.emit('close');
    assert.deepEqual([gate.active, gate.waiting], [0, 0]);
  });

  it('never starves the public: past the longest wait a page takes a free place whatever the staff do', async () => {
    const staff = staffTraffic();
    const gate = admission(1, { yieldTo: staff, maxWaitMs: 40 });
    // A steady stream of staff requests: one always in flight.
    let current = reply();
    await staff.onRequest(staffReq, current.r);
    const stream = setInterval(() => {
      const next = reply();
      void staff.onRequest(staffReq, next.r);
      current.raw.emit('close');
      current = next;
    }, 5);
    try {
      const t0 = performance.now();
      const [a, b] = [reply(), reply()];
      await gate.hook(req, a.r);
      const waitedA = performance.now() - t0;
      assert.ok(waitedA >= 35 && waitedA < 1_000, `a waited ${String(waitedA)} ms`);
      assert.ok(staff.inFlight > 0);
      // The bound still holds: b waits for a's place as well as for its own time.
      const second = gate.hook(req, b.r);
      await new Promise((r) => setTimeout(r, 60));
      assert.deepEqual([gate.active, gate.waiting], [1, 1]);
      a.raw.emit('close');
      await second;
      assert.deepEqual([gate.active, gate.waiting], [1, 0]);
      b.raw.emit('close');
    } finally {
      clearInterval(stream);
      current.raw.emit('close');
    }
    assert.deepEqual([gate.active, gate.waiting, staff.inFlight], [0, 0, 0]);
  });

  it('a client that leaves while waiting gives up its turn and takes no place', async () => {
    const staff = staffTraffic();
    const gate = admission(1, { yieldTo: staff, maxWaitMs: 60_000 });
    const [a, b, c] = [reply(), reply(), reply()];
    await gate.hook(req, a.r);
    let bStarted = false;
    void gate.hook(req, b.r).then(() => (bStarted = true));
    const third = gate.hook(req, c.r);
    await tick();
    assert.deepEqual([gate.active, gate.waiting], [1, 2]);
    b.raw.emit('close'); // b's client went away
    assert.deepEqual([gate.active, gate.waiting], [1, 1]);
    a.raw.emit('close');
    await third;
    await tick();
    assert.equal(bStarted, false);
    assert.deepEqual([gate.active, gate.waiting], [1, 0]);
    c.raw.emit('close');
    assert.deepEqual([gate.active, gate.waiting], [0, 0]);
  });

  it('a page already started gives way between its stages: at once with no staff in flight, else when they are done or at the longest wait', async () => {
    const staff = staffTraffic();
    let passed = false;
    await staff.giveWay(60_000); // no staff: at once
    const s = reply();
    await staff.onRequest(staffReq, s.r);
    const held = staff.giveWay(60_000).then(() => (passed = true));
    await tick();
    assert.equal(passed, false);
    s.raw.emit('close');
    await held;
    assert.equal(passed, true);
    // A staff request that does not end: the page goes on after the longest wait.
    const slow = reply();
    await staff.onRequest(staffReq, slow.r);
    const t0 = performance.now();
    await staff.giveWay(30);
    assert.ok(performance.now() - t0 >= 25);
    assert.equal(staff.inFlight, 1);
    slow.raw.emit('close'); // the page that timed out is not resumed twice
    assert.equal(staff.inFlight, 0);
  });
});

// Issue 8, abuse — while the staff are about, the public pages start no closer together than the
// spacing (a rate, counted from one start to the next); with no staff about, no spacing. The times
// asserted are far apart (hundreds of ms against none) so that a loaded machine's late timers do not
// blur them.
describe('admission spaces the public pages out while the staff are about', () => {
  const staffReq = { actor: { accountId: 'staff' }, headers: {} } as unknown as FastifyRequest;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // The gate's timers do not hold a process open (a server does): this test's process is held.
  let hold: NodeJS.Timeout;
  beforeEach(() => (hold = setInterval(() => undefined, 1_000)));
  afterEach(() => clearInterval(hold));

  /** A staff request comes and goes (unless `noStaff`), then a page is served `servedMs` with
   *  another waiting: how long after the first one's start the second one started. */
  async function secondStartsAfter(
    options: { spacingWhileStaffMs: number; staffAboutMs: number },
    servedMs: number,
    noStaff = false,
  ): Promise<number> {
    const staff = staffTraffic();
    const gate = admission(1, { yieldTo: staff, maxWaitMs: 60_000, ...options });
    if (!noStaff) {
      const s = reply();
      await staff.onRequest(staffReq, s.r);
      s.raw.emit('close');
    }
    const [a, b] = [reply(), reply()];
    const t = performance.now();
    await gate.hook(req, a.r);
    const second = gate.hook(req, b.r);
    await sleep(servedMs);
    a.raw.emit('close');
    await second;
    const after = performance.now() - t;
    b.raw.emit('close');
    assert.deepEqual([gate.active, gate.waiting], [0, 0]);
    return after;
  }

  it('holds the next page until the spacing has passed since the last start, only with the staff about', async () => {
    const spaced = { spacingWhileStaffMs: 400, staffAboutMs: 10_000 };
    const after = await secondStartsAfter(spaced, 0);
    assert.ok(after >= 350 && after < 2_000, `started ${String(after)} ms after the first`);
    const none = await secondStartsAfter(spaced, 0, true);
    assert.ok(none < 150, `started ${String(none)} ms after the first with no staff about`);
  });

  it('counts from start to start: a page served longer than the spacing holds no one', async () => {
    const after = await secondStartsAfter({ spacingWhileStaffMs: 100, staffAboutMs: 10_000 }, 300);
    assert.ok(after >= 290 && after < 450, `started ${String(after)} ms after the first`);
  });

  it('lets the next page start at once when the staff are gone by the time a page ends', async () => {
    // Staff about for 50 ms only; the page takes 150: by its end they are gone (no 1 s spacing).
    const after = await secondStartsAfter({ spacingWhileStaffMs: 1_000, staffAboutMs: 50 }, 150);
    assert.ok(after < 400, `started ${String(after)} ms after the first`);
    assert.throws(() => admission(1, { spacingWhileStaffMs: -1 }), RangeError);
  });

  it('makes a newcomer wait out the spacing too, though no one else waits', async () => {
    const staff = staffTraffic();
    const gate = admission(1, {
      yieldTo: staff,
      maxWaitMs: 60_000,
      spacingWhileStaffMs: 400,
      staffAboutMs: 10_000,
    });
    const s = reply();
    await staff.onRequest(staffReq, s.r);
    s.raw.emit('close');
    assert.ok(staff.about(10_000) && !staff.about(0));
    const a = reply();
    const t = performance.now();
    await gate.hook(req, a.r);
    a.raw.emit('close');
    const b = reply();
    await gate.hook(req, b.r);
    assert.ok(performance.now() - t >= 350, `b started ${String(performance.now() - t)} ms after a`);
    b.raw.emit('close');
  });
});
