// The composition root: demo data only where it belongs, and a graceful stop that lets in-flight
// requests finish.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { it } from 'node:test';
import { count } from 'drizzle-orm';
import { loadConfig } from '../../src/config/config.js';
import { startServer } from '../../src/server.js';
import { accounts } from '../../src/db/schema/index.js';
import { isDemo } from '../../src/app/demo/seed-demo.js';
import { createTestDatabase } from '../helpers/databases.js';

const quiet = () => undefined;

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-life-'));
}

it('an empty embedded database starts in demo mode, prints the sign-ins, and every page says so', async () => {
  const dir = tempDir();
  const lines: string[] = [];
  const server = await startServer(
    loadConfig({ TIRKEU_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent' }),
    (l) => lines.push(l),
  );
  try {
    assert.ok(await isDemo(server.database.db));
    assert.ok(lines.some((l) => /DEMO MODE/.test(l)));
    assert.ok(lines.some((l) => /astana\.head\s+71-000/.test(l)));
    const html = await (await fetch(`${server.url}/ru/`)).text();
    assert.match(html, /class="demo-banner"/);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it('TIRKEU_DEMO=off never creates demo accounts on the embedded database', async () => {
  const dir = tempDir();
  const server = await startServer(
    loadConfig({ TIRKEU_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', TIRKEU_DEMO: 'off' }),
    quiet,
  );
  try {
    const [row] = await server.database.db.select({ n: count() }).from(accounts);
    assert.equal(row?.n, 0);
    assert.equal(await isDemo(server.database.db), false);
    assert.doesNotMatch(await (await fetch(`${server.url}/kk/`)).text(), /class="demo-banner"/);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

if (process.env.TEST_DATABASE_URL) {
  it('a real PostgreSQL (DATABASE_URL) never gets demo accounts', async () => {
    const db = await createTestDatabase('postgres', { migrated: false });
    await db.database.close();
    const server = await startServer(
      loadConfig({ DATABASE_URL: db.url!, PORT: '0', LOG_LEVEL: 'silent' }),
      quiet,
    );
    try {
      const [row] = await server.database.db.select({ n: count() }).from(accounts);
      assert.equal(row?.n, 0);
      assert.equal(await isDemo(server.database.db), false);
    } finally {
      await server.stop();
      await db.drop().catch(() => undefined);
    }
  });
}

it('a stop lets the request in flight finish before the server closes', async () => {
  const dir = tempDir();
  const server = await startServer(
    loadConfig({ TIRKEU_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent' }),
    quiet,
  );
  try {
    // A request whose body is still arriving when the stop begins: it is in flight, not idle.
    const port = Number(new URL(server.url).port);
    const body = 'login=someone&password=secret-password';
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let answer = '';
    socket.on('data', (d) => (answer += d));
    const closed = new Promise((r) => socket.once('close', r));
    socket.write(
      `POST /kk/staff/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 100));
    const stopped = server.stop();
    await new Promise((r) => setTimeout(r, 100));
    await assert.rejects(fetch(`${server.url}/healthz`), 'new connections are refused while stopping');
    socket.end(body.slice(10));
    await closed;
    await stopped;
    // The request was answered in full (403: a form without its CSRF token), not cut off.
    assert.match(answer, /^HTTP\/1\.1 403/);
    assert.match(answer, /<\/html>$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
