// `tirkeu keys` as an operator runs it, through the real command line (commander passes the words of
// `--reason` through to the command): a rotation, a revocation with a reason of several words, and a
// usage error with exit 2. The command's logic is tested on both engines in test/documents/seal-keys.test.ts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, it } from 'node:test';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'tirkeu-keys-'));
after(() => fs.rmSync(temp, { recursive: true, force: true }));

function tirkeu(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/tirkeu.js', ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: temp,
      TIRKEU_DATA_DIR: path.join(temp, 'data'),
      TIRKEU_DEMO: 'off',
    },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

it('tirkeu keys rotate, then revoke KEYID --reason "several words"; no subcommand is a usage error', () => {
  const rotated = tirkeu(['keys', 'rotate']);
  assert.equal(rotated.code, 0, rotated.stderr);
  const keyId = /^active key (ed[A-Za-z0-9_-]{8})\n$/.exec(rotated.stdout)?.[1];
  assert.ok(keyId, rotated.stdout);

  const revoked = tirkeu(['keys', 'revoke', keyId, '--reason', 'the private key was copied']);
  assert.equal(revoked.code, 0, revoked.stderr);
  assert.match(revoked.stdout, new RegExp(`^key ${keyId} revoked: .*; new active key ed[\\w-]{8}\\n$`));

  // No subcommand: refused before any database is opened.
  const usage = tirkeu(['keys']);
  assert.deepEqual([usage.code, usage.stdout], [2, '']);
  assert.match(usage.stderr, /missing required argument/);
});
