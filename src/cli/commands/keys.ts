// `tirkeu keys …`: the seal keys of certificates and references (domain.md §6) from the command line.
// list | rotate | revoke KEYID --reason TEXT | export-public. The operator at the console acts as the
// system (no account); every change is audited on the national chain by the use-cases.
import type { Deps } from '../../app/deps.js';
import { DomainError } from '../../app/errors.js';
import {
  publicKeysDocument,
  publishedSealKeys,
  revokeSealKey,
  rotateSealKey,
} from '../../app/documents/seal-keys.js';
import type { CommandResult } from './calendar.js';

export const KEYS_USAGE = [
  'usage: tirkeu keys list                              every key: id, status, dates, public key',
  '       tirkeu keys rotate                            a new active key; the old one is retired',
  '       tirkeu keys revoke KEYID --reason TEXT        the key is no longer trusted',
  '       tirkeu keys export-public                     the public keys as JSON (as /api/check/keys)',
].join('\n');

const ORIGIN = { ip: null, requestId: 'cli' };

class UsageError extends Error {}

const day = (d: Date | null) => (d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : '-').padEnd(20);

/** `revoke KEYID --reason TEXT` (or `--reason=TEXT`), in any order. */
function revokeArgs(rest: string[]): { keyId: string; reason: string } {
  let reason: string | null = null;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--reason') {
      if (i + 1 >= rest.length) throw new UsageError('--reason needs a text');
      reason = rest[++i]!;
    } else if (a.startsWith('--reason=')) reason = a.slice('--reason='.length);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length !== 1) throw new UsageError('revoke takes one key id');
  if (reason === null || reason.trim() === '') throw new UsageError('revoke needs --reason TEXT');
  return { keyId: positional[0]!, reason };
}

export async function runKeysCommand(deps: Deps, args: string[]): Promise<CommandResult> {
  try {
    const [sub, ...rest] = args;
    if (sub !== 'revoke' && rest.length > 0)
      throw new UsageError(`${sub ?? 'keys'} takes no arguments, got ${rest.join(' ')}`);
    switch (sub) {
      case 'list': {
        const rows = await publishedSealKeys(deps);
        const lines = rows.map((k) =>
          [
            k.keyId,
            k.status.padEnd(7),
            day(k.createdAt),
            day(k.retiredAt),
            day(k.revokedAt),
            k.publicKey,
          ].join('  '),
        );
        const head =
          'key id      status   created               retired               revoked               public key';
        return {
          stdout: rows.length ? `${head}\n${lines.join('\n')}\n` : '',
          stderr: rows.length
            ? ''
            : 'no seal keys yet: the first signature makes one (or run `tirkeu keys rotate`)\n',
          code: 0,
        };
      }
      case 'rotate': {
        const r = await rotateSealKey(deps, null, ORIGIN);
        return {
          stdout: `active key ${r.active}${r.retired ? `; ${r.retired} retired (its documents stay checkable)` : ''}\n`,
          stderr: '',
          code: 0,
        };
      }
      case 'revoke': {
        const { keyId, reason } = revokeArgs(rest);
        const r = await revokeSealKey(deps, null, ORIGIN, keyId, reason);
        return {
          stdout:
            `key ${r.revoked} revoked: the public check says its seals can no longer be trusted` +
            `${r.active ? `; new active key ${r.active}` : ''}\n`,
          stderr: '',
          code: 0,
        };
      }
      case 'export-public':
        return {
          stdout: `${JSON.stringify(publicKeysDocument(await publishedSealKeys(deps)), null, 2)}\n`,
          stderr: '',
          code: 0,
        };
      default:
        throw new UsageError(
          sub === undefined ? 'a subcommand is required' : `unknown subcommand ${JSON.stringify(sub)}`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError)
      return { stdout: '', stderr: `error: ${e.message}\n${KEYS_USAGE}\n`, code: 2 };
    if (e instanceof DomainError) {
      const detail = Object.entries(e.fields)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ');
      return { stdout: '', stderr: `error: ${e.code}${detail ? ` (${detail})` : ''}\n`, code: 2 };
    }
    throw e;
  }
}
