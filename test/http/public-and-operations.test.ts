import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachDatabase, createTestDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { pageText } from '../helpers/form-client.js';
import { CATALOGUES, LANGS, translate } from '../../src/i18n/i18n.js';

describeEachDatabase('public pages and operations', (get) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(get().database);
  });
  after(() => t.close());

  it('serves the home page in each language with its <html lang> and a switch to the others', async () => {
    for (const lang of LANGS) {
      const res = await t.app.inject(`/${lang}/`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, new RegExp(`<html lang="${lang}">`));
      assert.ok(pageText(res.body).includes(CATALOGUES[lang]['home.title']));
      for (const other of LANGS.filter((l) => l !== lang))
        assert.ok(res.body.includes(`href="/${other}/"`), `${lang} links to ${other}`);
    }
  });

  it('sends "/" to the remembered language, else the browser preference, else Kazakh', async () => {
    assert.equal((await t.app.inject('/')).headers.location, '/kk/');
    assert.equal(
      (await t.app.inject({ url: '/', headers: { 'accept-language': 'ru-RU,ru;q=0.9' } })).headers.location,
      '/ru/',
    );
    assert.equal(
      (await t.app.inject({ url: '/', headers: { 'accept-language': 'ru', cookie: 'tirkeu_lang=en' } }))
        .headers.location,
      '/en/',
    );
    const visit = await t.app.inject('/ru/');
    assert.equal(
      visit.cookies.find((c) => c.name === 'tirkeu_lang')?.value,
      'ru',
      'a visited language is remembered',
    );
  });

  it('answers an unknown page with a localized 404', async () => {
    const res = await t.app.inject('/ru/no-such-page');
    assert.equal(res.statusCode, 404);
    assert.ok(pageText(res.body).includes(translate('ru', 'error.NOT_FOUND')));
    assert.match(res.body, /<html lang="ru">/);
    const api = await t.app.inject('/api/nothing');
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().error.code, 'NOT_FOUND');
  });

  it('is alive and ready, echoes a request id and sets security headers', async () => {
    assert.deepEqual((await t.app.inject('/healthz')).json(), { status: 'ok' });
    assert.deepEqual((await t.app.inject('/readyz')).json(), { status: 'ready' });
    const res = await t.app.inject({ url: '/kk/', headers: { 'x-request-id': 'abc-12345-req' } });
    assert.equal(res.headers['x-request-id'], 'abc-12345-req');
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
    const bad = await t.app.inject({ url: '/kk/', headers: { 'x-request-id': 'bad id with spaces' } });
    assert.notEqual(bad.headers['x-request-id'], 'bad id with spaces');
  });

  it('exposes request latency by route, the pool and the outbox backlog as Prometheus metrics', async () => {
    await t.app.inject('/kk/');
    const res = await t.app.inject('/metrics');
    assert.equal(res.statusCode, 200);
    assert.match(
      res.body,
      /tirkeu_http_request_duration_seconds_count\{method="GET",route="\/kk\/",status="200"\} \d+/,
    );
    assert.match(res.body, /tirkeu_db_pool_connections\{state="total"\} \d+/);
    assert.match(res.body, /tirkeu_outbox_messages\{status="queued"\} \d+/);
  });

  it('refuses an oversized form body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/kk/staff/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `login=${'a'.repeat(200_000)}`,
    });
    assert.equal(res.statusCode, 413);
  });
});

for (const engine of ['pglite'] as const) {
  it(`reports not ready (503) when the database is gone [${engine}]`, async () => {
    const db = await createTestDatabase(engine);
    const t = await buildTestApp(db.database);
    try {
      await db.drop();
      const res = await t.app.inject('/readyz');
      assert.equal(res.statusCode, 503);
      assert.equal((await t.app.inject('/healthz')).statusCode, 200);
    } finally {
      await t.close();
    }
  });
}
