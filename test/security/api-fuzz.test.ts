// Hostile requests generated from the API's own OpenAPI document (property-based): for every operation
// it describes, requests whose path, query and body values are drawn from the operation's schemas and
// then spoiled — oversized, of the wrong type, Unicode-confusable, injection-shaped, not JSON at all,
// without the session or the CSRF token. Whatever arrives, the service answers without a 5xx, without
// a stack trace or a file path in the answer, with the API's error envelope when it refuses, and a
// refused request that would have written stores nothing (the database's fingerprint — every table's
// row count and checksum — is the same after it as before).
//
// FUZZ_RUNS sets the number of requests (default 600 per engine; `npm run test:fuzz` runs 5,000).
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import { describeEachDatabase } from '../helpers/databases.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { PASSWORD, seedAccount, seedOffice } from '../helpers/seed.js';
import { missionaryApplication, newIdempotencyKey } from '../helpers/applications.js';
import { translate } from '../../src/i18n/i18n.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import { compareFingerprints, fingerprintDatabase, type TableFingerprint } from '../../src/db/fingerprint.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- schemas and answers are walked as plain JSON */
type Json = any;

const RUNS = Number(process.env.FUZZ_RUNS ?? 600);

/**
 * Tables a refused request may still write, each for a stated reason: the per-address and per-account
 * rate limits count refused attempts too (that is what stops guessing); the session's last activity
 * (its idle timeout) moves with every request of the signed-in person, refused or not.
 */
const MAY_CHANGE_ON_REFUSAL = new Set(['public.rate_limit_hits', 'public.sessions']);

/** Values shaped like attacks, confusions and accidents. */
const HOSTILE_STRINGS = [
  "' OR '1'='1' --",
  '1; DROP TABLE cases; --',
  "'; select pg_sleep(5); --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}<%= 7*7 %>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  'a\u0000b',
  '\u202Eexe.fdp',
  'Аsтаnа', // Cyrillic А and а among Latin letters
  'раураl', // all Cyrillic, looks Latin
  'ＡＤＭＩＮ',
  '\u200B\u200C\u200D\uFEFF',
  'ᅟᅠ',
  '\uD800', // a lone surrogate
  '🧕🏽‍♀️',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x7fffffff',
  '__proto__',
  'constructor',
  '{"$where": "1"}',
  'x'.repeat(10_000),
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constant('я'.repeat(300_000)) },
);

const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 2 ** 53 + 1, 1e308, -0, 0.5, [], {}, [null], {
    __proto__: { x: 1 },
  }),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
);

/** Resolves `$ref`s of the document (components). */
function deref(doc: Json, schema: Json, depth = 0): Json {
  if (!schema || typeof schema !== 'object' || depth > 20) return schema;
  if (typeof schema.$ref === 'string') {
    const path = schema.$ref.replace(/^#\//, '').split('/');
    let target = doc;
    for (const p of path) target = target?.[p];
    return deref(doc, target, depth + 1);
  }
  return schema;
}

/** A value shaped by the schema, with a share of its leaves spoiled. */
function fromSchema(doc: Json, raw: Json, depth = 0): fc.Arbitrary<Json> {
  const schema = deref(doc, raw);
  if (!schema || depth > 6) return wrongValue;
  const spoil = (a: fc.Arbitrary<Json>) =>
    fc.oneof({ weight: 5, arbitrary: a }, { weight: 1, arbitrary: wrongValue });
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants) && variants.length > 0)
    return fc.oneof(...variants.map((v: Json) => fromSchema(doc, v, depth + 1)));
  if (Array.isArray(schema.enum)) return spoil(fc.constantFrom(...schema.enum));
  if (schema.const !== undefined) return spoil(fc.constant(schema.const));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props: Record<string, fc.Arbitrary<Json>> = {};
      for (const [k, v] of Object.entries<Json>(schema.properties ?? {}))
        props[k] = fromSchema(doc, v, depth + 1);
      return spoil(
        fc.record(props, { requiredKeys: (schema.required ?? []).filter((k: string) => k in props) }),
      );
    }
    case 'array':
      return spoil(fc.array(fromSchema(doc, schema.items, depth + 1), { maxLength: 3 }));
    case 'integer':
      return spoil(fc.integer({ min: -5, max: 100_000 }));
    case 'number':
      return spoil(fc.double({ noNaN: true }));
    case 'boolean':
      return spoil(fc.boolean());
    case 'string':
      if (schema.format === 'date') return spoil(fc.constantFrom('2026-11-26', '2026-02-30', '9999-12-31'));
      if (schema.format === 'uuid') return spoil(fc.uuid());
      return hostileString;
    default:
      return wrongValue;
  }
}

interface Operation {
  method: string;
  path: string;
  op: Json;
}

interface Generated {
  /** `METHOD path`: the key of the operation (printed short when a property fails). */
  operation: string;
  pathValues: Record<string, string>;
  query: Partial<Record<string, string>>;
  body: { kind: 'json'; value: Json } | { kind: 'raw'; value: string; type: string } | { kind: 'none' };
  auth: 'staff' | 'anonymous' | 'no-csrf';
  idempotencyKey: 'fresh' | 'hostile' | 'none';
}

/** A path segment as a client would send it; a lone surrogate goes as the bytes of invalid UTF-8. */
function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return (
      '%ED%A0%80' +
      encodeURIComponent(
        value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ''),
      )
    );
  }
}

describeEachDatabase('hostile requests generated from the OpenAPI document', (get) => {
  let t: TestApp;
  let doc: Json;
  let operations: Operation[];
  let cookie = '';
  let csrf = '';
  let realCaseId = '';

  before(async () => {
    t = await buildTestApp(get().database);
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    operations = Object.entries<Json>(doc.paths).flatMap(([path, ops]) =>
      Object.entries<Json>(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );
    const office = await seedOffice(t.deps, { regionCode: '47' });
    // One account with every role of the office: the requests get past the guards to the validation
    // and the use-cases behind them, where the interesting failures would be.
    const { login } = await seedAccount(t.deps, office.id, [
      'clerk',
      'records',
      'officer',
      'head',
      'pass_bureau',
    ]);
    const token = (await signIn(t.deps, { login, password: PASSWORD }, { ip: null, requestId: 'fuzz' }))
      .token;
    const csrfRes = await t.app.inject({
      method: 'GET',
      url: '/api/v1/csrf',
      headers: { cookie: `tirkeu_session=${token}` },
    });
    csrf = csrfRes.json().token;
    cookie = [`tirkeu_session=${token}`, ...csrfRes.cookies.map((c) => `${c.name}=${c.value}`)].join('; ');
    const { kind, officeCode: _o, ...fields } = missionaryApplication() as Json;
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'idempotency-key': newIdempotencyKey(),
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ kind, language: 'kk', application: fields, consent: true }),
    });
    assert.equal(opened.statusCode, 201, opened.body);
    realCaseId = opened.json().id;
  });
  after(() => t.close());

  const generated = (): fc.Arbitrary<Generated> =>
    fc.constantFrom(...operations).chain((operation) => {
      const key = `${operation.method} ${operation.path}`;
      const params: Json[] = operation.op.parameters ?? [];
      const pathValues: Record<string, fc.Arbitrary<string>> = {};
      const query: Record<string, fc.Arbitrary<string>> = {};
      for (const p of params) {
        if (p.in === 'path')
          pathValues[p.name] = fc.oneof(
            fc.constant(realCaseId),
            fc.uuid(),
            hostileString.map((s) => s.slice(0, 2_000)),
            fc.integer().map(String),
          );
        if (p.in === 'query')
          query[p.name] = fc.oneof(
            hostileString.map((s) => s.slice(0, 5_000)),
            fc.constant(''),
          );
      }
      const content = operation.op.requestBody?.content ?? {};
      const jsonSchema = content['application/json']?.schema;
      const body: fc.Arbitrary<Generated['body']> =
        operation.method === 'GET' || operation.method === 'DELETE'
          ? fc.constant({ kind: 'none' as const })
          : fc.oneof(
              {
                weight: 6,
                arbitrary: fromSchema(doc, jsonSchema ?? {}).map((value) => ({
                  kind: 'json' as const,
                  value,
                })),
              },
              { weight: 1, arbitrary: fc.jsonValue().map((value) => ({ kind: 'json' as const, value })) },
              {
                weight: 1,
                arbitrary: fc
                  .tuple(
                    fc.constantFrom(
                      '{"kind": ',
                      '[[[[[[[[[[[[',
                      'not json',
                      '\u0000\u0001',
                      '{"a":1}{"a":2}',
                    ),
                    fc.constantFrom(
                      'application/json',
                      'text/plain',
                      'application/xml',
                      'multipart/form-data; boundary=x',
                    ),
                  )
                  .map(([value, type]) => ({ kind: 'raw' as const, value, type })),
              },
            );
      return fc.record({
        operation: fc.constant(key),
        pathValues: fc.record(pathValues),
        query: fc.record(query, { requiredKeys: [] }),
        body,
        auth: fc.constantFrom<Generated['auth']>('staff', 'staff', 'staff', 'anonymous', 'no-csrf'),
        idempotencyKey: fc.constantFrom<Generated['idempotencyKey']>('fresh', 'fresh', 'hostile', 'none'),
      });
    });

  it("refuses a URL that cannot be decoded with the error envelope or the error page in the path's language", async () => {
    const api = await t.app.inject({
      method: 'GET',
      url: '/api/v1/cases/%ED%A0%80',
      headers: { 'accept-language': 'ru' },
    });
    assert.equal(api.statusCode, 400);
    assert.equal(api.json().error.code, 'VALIDATION_FAILED');
    assert.equal(api.json().error.message, translate('ru', 'error.VALIDATION_FAILED'));
    const page = await t.app.inject({
      method: 'GET',
      url: '/kk/offices/%E0%A4%A',
      headers: { 'accept-language': 'ru' },
    });
    assert.equal(page.statusCode, 400);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(page.body, /<html lang="kk"/);
    assert.ok(page.body.includes(translate('kk', 'error.title')));
  });

  it('refuses a multipart body cut short as bad input, not as a failure of the service', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${realCaseId}/files`,
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'idempotency-key': newIdempotencyKey(),
        'content-type': 'multipart/form-data; boundary=x',
      },
      payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.',
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json().error.code, 'VALIDATION_FAILED');
  });

  it('refuses a body of files declared larger than a request may carry before reading it', async () => {
    let read = 0;
    const body = new Readable({
      read() {
        read += 1024 * 1024;
        this.push(read > 1024 ** 3 ? null : Buffer.alloc(1024 * 1024, 0x41));
      },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${realCaseId}/files`,
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'idempotency-key': newIdempotencyKey(),
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(1024 ** 3),
      },
      payload: body,
    });
    assert.equal(res.statusCode, 413, res.body);
    assert.equal(res.json().error.code, 'PAYLOAD_TOO_LARGE');
    assert.ok(read < 64 * 1024 * 1024, `${read} bytes read of a 1 GB body`);
  });

  it('stops a body of files sent without its length at what a request may carry, and closes the connection', async () => {
    let read = 0;
    const part = '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7\n';
    const body = new Readable({
      read() {
        if (read === 0) {
          read += part.length;
          this.push(part);
          return;
        }
        read += 1024 * 1024;
        this.push(read > 1024 ** 3 ? null : Buffer.alloc(1024 * 1024, 0x41));
      },
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${realCaseId}/files`,
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'idempotency-key': newIdempotencyKey(),
        'content-type': 'multipart/form-data; boundary=x',
        'transfer-encoding': 'chunked',
      },
      payload: body,
    });
    assert.equal(res.statusCode, 413, res.body);
    assert.equal(res.json().error.code, 'PAYLOAD_TOO_LARGE');
    assert.equal(res.headers.connection, 'close');
    const cap = t.config.scans.maxPerCase * t.config.scans.maxBytes + 16 * 1024 * 1024;
    assert.ok(read < cap + 64 * 1024 * 1024, `${read} bytes read of a 1 GB body (cap ${cap})`);
    const files = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${realCaseId}/files`,
      headers: { cookie },
    });
    assert.ok(!files.body.includes('a.pdf'), 'nothing of the refused body is stored');
  });

  it(`answers ${RUNS} generated requests without a 5xx or a stack trace, and stores nothing it refused`, async (ctx) => {
    const byKey = new Map(operations.map((o) => [`${o.method} ${o.path}`, o]));
    let fingerprint: TableFingerprint[] = await fingerprintDatabase(get().database.db);
    let stale = false;
    const seen = { refused: 0, accepted: 0, operations: new Set<string>() };
    const outcome = await fc.check(
      fc.asyncProperty(generated(), async (g) => {
        const operation = byKey.get(g.operation)!;
        let url = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
          pathSegment(g.pathValues[name] ?? 'x'),
        );
        const qs = new URLSearchParams(
          Object.entries(g.query).filter((e): e is [string, string] => e[1] !== undefined),
        ).toString();
        if (qs) url += `?${qs}`;
        const headers: Record<string, string> = {};
        if (g.auth !== 'anonymous') headers.cookie = cookie;
        if (g.auth === 'staff') headers['x-csrf-token'] = csrf;
        if (g.idempotencyKey === 'fresh') headers['idempotency-key'] = newIdempotencyKey();
        if (g.idempotencyKey === 'hostile') headers['idempotency-key'] = "'; drop table cases; --";
        let payload: string | undefined;
        if (g.body.kind === 'json') {
          payload = JSON.stringify(g.body.value) ?? 'null';
          headers['content-type'] = 'application/json';
        } else if (g.body.kind === 'raw') {
          payload = g.body.value;
          headers['content-type'] = g.body.type;
        }
        // A read may write (the access log records every read of personal data): the fingerprint a
        // write is compared with is taken after the last request, whatever it was.
        if (operation.method !== 'GET' && stale) {
          fingerprint = await fingerprintDatabase(get().database.db);
          stale = false;
        }
        const res = await t.app.inject({
          method: operation.method as 'GET',
          url,
          headers,
          ...(payload !== undefined ? { payload } : {}),
        });
        const where = `${operation.method} ${url.slice(0, 200)} → ${res.statusCode}: ${res.body.slice(0, 300)}`;
        assert.ok(res.statusCode < 500, where);
        assert.doesNotMatch(
          res.body,
          /\n\s+at [^\n]+:\d+:\d+|node_modules|\/src\/[\w/-]+\.tsx?/,
          `a stack trace or a path: ${where}`,
        );
        seen.operations.add(`${operation.method} ${operation.path}`);
        if (res.statusCode >= 400) {
          seen.refused++;
          if (/^application\/json/.test(String(res.headers['content-type']))) {
            const body = res.json();
            assert.equal(typeof body.error?.code, 'string', `the error envelope: ${where}`);
            assert.equal(typeof body.error?.message, 'string', `a message: ${where}`);
          }
          if (operation.method !== 'GET') {
            const now = await fingerprintDatabase(get().database.db);
            const changed = compareFingerprints(fingerprint, now).filter(
              (line) => !MAY_CHANGE_ON_REFUSAL.has(line.split(':')[0]!),
            );
            assert.deepEqual(changed, [], `a refused request stored something: ${where}`);
            fingerprint = now;
          }
        } else {
          seen.accepted++;
          if (operation.method !== 'GET') fingerprint = await fingerprintDatabase(get().database.db);
        }
        if (operation.method === 'GET') stale = true;
      }),
      { numRuns: RUNS, seed: 20261126, endOnFailure: true },
    );
    if (outcome.failed)
      assert.fail(
        `${(outcome.errorInstance as Error)?.message}\nafter ${outcome.numRuns} requests; the request: ${fc.stringify(outcome.counterexample)}`,
      );
    ctx.diagnostic(
      `${seen.refused} refused, ${seen.accepted} answered, ${seen.operations.size} of ${operations.length} operations`,
    );
    // The generator reached every operation of the document, and most requests were refused.
    // (with a run long enough to expect it: 600 requests over 29 operations miss one with odds ~ 1e-8)
    if (RUNS >= 20 * operations.length)
      assert.equal(seen.operations.size, operations.length, [...seen.operations].join('\n'));
    assert.ok(
      seen.refused > seen.accepted,
      JSON.stringify({ refused: seen.refused, accepted: seen.accepted }),
    );
  });
});
