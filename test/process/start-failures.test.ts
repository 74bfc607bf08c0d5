// Bad configuration and broken storage stop the start with a clear message and a non-zero exit;
// never a half-started server.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { after, it } from 'node:test';
import { freePort, spawnServer, waitReady } from '../helpers/spawn-server.js';

const temp: string[] = [];
const tmpdir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-start-'));
  temp.push(d);
  return d;
};
after(() => {
  for (const d of temp) fs.rmSync(d, { recursive: true, force: true });
});

async function startFails(env: Record<string, string>, code: number, message: RegExp) {
  const s = spawnServer(env);
  const exit = await s.exited;
  assert.equal(exit, code, s.output());
  assert.match(s.output(), message);
}

it('a bad variable is named, with exit code 2', async () => {
  await startFails({ PORT: 'eighty', TIRKEU_DATA_DIR: tmpdir() }, 2, /PORT is invalid/);
  await startFails({ DATABASE_URL: 'mysql://root@localhost/x' }, 2, /DATABASE_URL is invalid/);
  await startFails({ TRUST_PROXY: 'every;one', TIRKEU_DATA_DIR: tmpdir() }, 2, /TRUST_PROXY is invalid/);
});

it('an unreachable PostgreSQL stops the start with exit code 1', async () => {
  const port = await freePort();
  await startFails(
    { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/nothing`, PORT: String(await freePort()) },
    1,
    /cannot reach PostgreSQL at 127\.0\.0\.1:\d+\/nothing/,
  );
});

it('a damaged data folder stops the start with a clear message', async () => {
  const dir = tmpdir();
  fs.mkdirSync(path.join(dir, 'pgdata'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'pgdata', 'PG_VERSION'), 'garbage\n');
  fs.writeFileSync(path.join(dir, 'pgdata', 'postgresql.conf'), '\u0000\u0001 not a config');
  await startFails(
    { TIRKEU_DATA_DIR: dir, PORT: String(await freePort()) },
    1,
    /cannot open the embedded database/,
  );
});

it('a full disk stops the start with a clear message', async () => {
  const dir = tmpdir();
  // A tiny file system of our own; mounting needs root, which these machines and CI have.
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
  try {
    await startFails(
      { TIRKEU_DATA_DIR: dir, PORT: String(await freePort()) },
      1,
      /disk holding the data folder .* is full/,
    );
  } finally {
    execFileSync('umount', [dir]);
  }
});

it('a second process on the same data folder refuses to start, and the first keeps serving', async () => {
  const dir = tmpdir();
  const port = await freePort();
  const first = spawnServer({ TIRKEU_DATA_DIR: dir, PORT: String(port) });
  try {
    await waitReady(port);
    await startFails(
      { TIRKEU_DATA_DIR: dir, PORT: String(await freePort()) },
      1,
      /in use by another tirkeu process \(pid \d+\)/,
    );
    assert.equal((await fetch(`http://127.0.0.1:${port}/readyz`)).status, 200);
  } finally {
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0, 'graceful shutdown exits 0');
  }
  // The lock went with the process: the folder opens again.
  const port2 = await freePort();
  const again = spawnServer({ TIRKEU_DATA_DIR: dir, PORT: String(port2) });
  try {
    await waitReady(port2);
  } finally {
    again.child.kill('SIGTERM');
    await again.exited;
  }
});

it('a lock left by a killed process does not block the next start', async () => {
  const dir = tmpdir();
  fs.writeFileSync(
    path.join(dir, 'tirkeu.lock'),
    JSON.stringify({ pid: 999_999, host: os.hostname(), at: new Date().toISOString() }),
  );
  const port = await freePort();
  const s = spawnServer({ TIRKEU_DATA_DIR: dir, PORT: String(port) });
  try {
    await waitReady(port);
  } finally {
    s.child.kill('SIGTERM');
    await s.exited;
  }
});
