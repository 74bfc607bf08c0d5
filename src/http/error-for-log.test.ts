import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { errorForLog } from './error-for-log.js';
import { loggerOptions } from './build-app.js';

describe('errors as logged', () => {
  it("keep a failed query's text, code and constraint, never its parameters or the key's values", () => {
    const pg = Object.assign(new Error('duplicate key value violates unique constraint "registrants_iin"'), {
      code: '23505',
      constraint: 'registrants_iin',
      table: 'registrants',
      detail: 'Key (iin)=(880101300123) already exists.',
    });
    const e = new DrizzleQueryError(
      'insert into registrants (iin, name) values ($1, $2)',
      ['880101300123', 'Әлия'],
      pg,
    );
    const logged = errorForLog(e);
    const text = JSON.stringify(logged);
    assert.ok(!text.includes('880101300123'), text);
    assert.ok(!text.includes('Әлия'), text);
    assert.match(logged.message, /^Failed query: insert into registrants/);
    assert.match(
      logged.stack,
      /^Error: Failed query: insert into registrants \(iin, name\) values \(\$1, \$2\)\n {4}at /,
    );
    assert.equal(logged.cause?.code, '23505');
    assert.equal(logged.cause?.constraint, 'registrants_iin');
    assert.equal(logged.cause?.table, 'registrants');
  });

  it('logs any other error as it is, and what is thrown that is no error', () => {
    const logged = errorForLog(new TypeError('x is not a function'));
    assert.equal(logged.type, 'TypeError');
    assert.equal(logged.message, 'x is not a function');
    assert.match(logged.stack, /^TypeError: x is not a function\n {4}at /);
    assert.deepEqual(errorForLog('plain'), { type: 'string', message: 'plain', stack: '' });
  });

  it('follows causes a few levels deep and no further (a cycle ends)', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = a;
    let depth = 0;
    for (let l = errorForLog(a); l.cause; l = l.cause) depth++;
    assert.equal(depth, 5);
  });

  it("is the service's logger's way: a failed request's query parameters never reach the log", async () => {
    let out = '';
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        out += chunk.toString();
        done();
      },
    });
    const options = loggerOptions({ logLevel: 'info', logFile: undefined }) as Record<string, unknown>;
    const app = Fastify({ logger: { ...options, stream } });
    app.get('/fails', async () => {
      throw new DrizzleQueryError('select * from cases where iin = $1', ['880101300123'], new Error('boom'));
    });
    const res = await app.inject({ method: 'GET', url: '/fails' });
    await app.close();
    assert.equal(res.statusCode, 500);
    assert.match(out, /Failed query: select \* from cases where iin = \$1/);
    assert.ok(!out.includes('880101300123'), out);
  });
});
