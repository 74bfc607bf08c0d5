// The public check's rate limit: per client address, pages and API together, counted in the database
// so that two app servers share it; a localized 429 page or JSON refusal with Retry-After; the window
// ends and the address may check again; the addresses themselves are not stored.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { queryRows } from '../../src/db/database.js';
import { countRateLimitHit, purgeRateLimitHits } from '../../src/db/rate-limit-store.js';
import { translate } from '../../src/i18n/i18n.js';
import { loadConfig } from '../../src/config/config.js';

const LIMIT = { CHECK_RATE_LIMIT: '3', CHECK_RATE_WINDOW_SECONDS: '60' };

describeEachDatabase('the public check is rate limited per client address', (get) => {
  let one: TestApp;
  let two: TestApp;
  before(async () => {
    // Two app servers on one database.
    one = await buildTestApp(get().database, LIMIT);
    two = await buildTestApp(get().database, LIMIT);
  });
  after(async () => {
    await one.close();
    await two.close();
  });

  const from = (app: TestApp, address: string, url: string, lang = 'kk') =>
    app.app.inject({ method: 'GET', url, remoteAddress: address, headers: { 'accept-language': lang } });

  it('counts pages and API together across servers, then refuses with a localized 429 and Retry-After', async () => {
    const a = '203.0.113.7';
    const ok = [
      await from(one, a, '/kk/check'),
      await from(two, a, '/api/check/keys'),
      await from(one, a, '/check/35-004/2026/1-0009'),
    ];
    assert.deepEqual(
      ok.map((r) => r.statusCode),
      [200, 200, 404],
    );
    assert.deepEqual(
      ok.map((r) => r.headers['x-ratelimit-remaining']),
      ['2', '1', '0'],
    );

    const page = await from(two, a, '/ru/check/keys', 'ru');
    assert.equal(page.statusCode, 429);
    const retry = Number(page.headers['retry-after']);
    assert.ok(retry > 0 && retry <= 60, `Retry-After ${page.headers['retry-after']}`);
    assert.ok(page.body.includes(translate('ru', 'error.RATE_LIMITED')));
    assert.match(page.body, /<html lang="ru"/);

    const json = await from(one, a, '/api/check/35-004/2026/1-0009', 'en');
    assert.equal(json.statusCode, 429);
    assert.ok(Number(json.headers['retry-after']) > 0);
    assert.equal(json.json().error.code, 'RATE_LIMITED');
    assert.equal(json.json().error.message, translate('en', 'error.RATE_LIMITED'));
    const post = await one.app.inject({
      method: 'POST',
      url: '/api/check/seal',
      payload: { seal: 'x' },
      remoteAddress: a,
    });
    assert.equal(post.statusCode, 429, 'a POST is counted too');

    // Another address is not affected; other pages are not limited.
    assert.equal((await from(one, '198.51.100.4', '/kk/check')).statusCode, 200);
    assert.equal((await from(one, a, '/kk/offices')).statusCode, 200);
  });

  it('lets the address check again once its window has ended', async () => {
    const a = '203.0.113.8';
    for (let i = 0; i < 3; i++) assert.equal((await from(one, a, '/en/check')).statusCode, 200);
    assert.equal((await from(one, a, '/en/check')).statusCode, 429);
    one.advance(61_000);
    two.advance(61_000);
    const again = await from(two, a, '/en/check');
    assert.equal(again.statusCode, 200);
    assert.equal(again.headers['x-ratelimit-remaining'], '2');
  });

  it('sweeps away only the counters whose window has ended', async () => {
    const db = get().database.db;
    const t0 = new Date('2026-03-02T10:00:00Z');
    await countRateLimitHit(db, 'check:old', 60_000, t0);
    await countRateLimitHit(db, 'check:new', 60_000, new Date(t0.getTime() + 90_000));
    await countRateLimitHit(db, 'other:old', 60_000, t0);
    const swept = await purgeRateLimitHits(db, 'check:', new Date(t0.getTime() + 60_000));
    assert.ok(swept >= 1);
    const keys = (
      await queryRows<{ key: string }>(
        db,
        sql`select key from rate_limit_hits where key in ('check:old', 'check:new', 'other:old')`,
      )
    ).map((r) => r.key);
    assert.deepEqual(keys.sort(), ['check:new', 'other:old']);
    // Within a window the hits add up; after it, they start again.
    const a = await countRateLimitHit(db, 'check:w', 1000, t0);
    const b = await countRateLimitHit(db, 'check:w', 1000, new Date(t0.getTime() + 999));
    const c = await countRateLimitHit(db, 'check:w', 1000, new Date(t0.getTime() + 1000));
    assert.deepEqual(
      [a, b, c],
      [
        { hits: 1, resetInMs: 1000 },
        { hits: 2, resetInMs: 1 },
        { hits: 1, resetInMs: 1000 },
      ],
    );
    await db.execute(sql`delete from rate_limit_hits where key in ('check:new', 'other:old', 'check:w')`);
  });

  it('keeps no client address in the database', async () => {
    const rows = await queryRows<{ key: string; hits: number }>(
      get().database.db,
      sql`select key, hits from rate_limit_hits where key like 'check:%'`,
    );
    assert.ok(rows.length >= 3);
    for (const r of rows) {
      assert.ok(!/203\.0\.113|198\.51\.100|127\.0\.0\.1/.test(r.key), r.key);
      assert.match(r.key, /^check:[A-Za-z0-9_-]{32}$/);
    }
  });
});

it('the limit is configured by CHECK_RATE_LIMIT and CHECK_RATE_WINDOW_SECONDS, and bad values are refused', () => {
  assert.deepEqual(loadConfig({}).checkRateLimit, { max: 30, windowSeconds: 60 });
  assert.deepEqual(loadConfig(LIMIT).checkRateLimit, { max: 3, windowSeconds: 60 });
  for (const [name, value] of [
    ['CHECK_RATE_LIMIT', '0'],
    ['CHECK_RATE_LIMIT', 'many'],
    ['CHECK_RATE_WINDOW_SECONDS', '-5'],
  ] as const)
    assert.throws(() => loadConfig({ [name]: value }), new RegExp(name));
});
