// The keys of the integrity seal (domain.md §6): one active key seals new certificates and
// references. It is made on first need; a rotation makes a new active key and retires the old one
// (its private half erased, its documents still checkable); a revoked key is no longer trusted
// ("revoked" is said of keys, never of documents). Every change is audited on the national chain.
import crypto, { type KeyObject } from 'node:crypto';
import { writeAudit, type ActContext } from '../../db/audit-trail.js';
import type { Executor } from '../../db/database.js';
import {
  findActiveSealKey,
  findSealKey,
  insertActiveSealKey,
  listSealKeys,
  lockSealKeys,
  markSealKeyRevoked,
  retireSealKey,
  type PublicSealKeyRow,
} from '../../db/seal-keys-store.js';
import type { SealKeyStatus } from '../../db/schema/index.js';
import { nationalChain } from '../../domain/audit/chain-hash.js';
import { Ed25519Signer, keyIdOf, publicKeyFromText, publicKeyToText } from '../../documents/seal/signer.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';

export const REVOKE_REASON_MAX = 500;

type CreatedBecause = 'first_need' | 'rotation' | 'revocation';

async function createActiveKey(
  tx: Executor,
  ctx: ActContext,
  because: CreatedBecause,
): Promise<string | null> {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const keyId = keyIdOf(publicKey);
  const inserted = await insertActiveSealKey(tx, {
    keyId,
    publicKey: publicKeyToText(publicKey),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    createdAt: ctx.now,
  });
  if (!inserted) return null;
  await writeAudit(tx, nationalChain('audit'), ctx, {
    action: 'seal_key.created',
    recordType: 'seal_key',
    recordId: keyId,
    data: { because },
  });
  return keyId;
}

/**
 * The signer of the active key, inside the caller's transaction (the signing of a case). The key is
 * share-locked until the commit, so a rotation waits for this seal rather than erasing the key under
 * it. With no active key yet, one is made (audited); two servers doing so at once make one key: the
 * advisory lock orders them, and the partial unique index would refuse a second active key anyway.
 */
export async function activeSealSigner(tx: Executor, ctx: ActContext): Promise<Ed25519Signer> {
  let row = await findActiveSealKey(tx, 'share');
  if (!row) {
    await lockSealKeys(tx);
    row = await findActiveSealKey(tx, 'share');
    if (!row) {
      await createActiveKey(tx, { ...ctx, actor: null }, 'first_need');
      row = await findActiveSealKey(tx, 'share');
    }
  }
  if (!row?.privateKey) throw new Error('no active seal key could be made');
  return new Ed25519Signer(crypto.createPrivateKey(row.privateKey), row.keyId);
}

export interface RotationResult {
  retired: string | null;
  active: string;
}

/** A new active key; the old one is retired, its private half erased. */
export async function rotateSealKey(deps: Deps, by: Actor | null, origin: Origin): Promise<RotationResult> {
  authorize(by, 'seal_keys.manage');
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    await lockSealKeys(tx);
    const ctx = actContext(by, origin, now);
    const old = await findActiveSealKey(tx, 'update');
    if (old) await retireSealKey(tx, old.keyId, now);
    const active = await createActiveKey(tx, ctx, 'rotation');
    if (!active) throw new DomainError('CONFLICT', {}, { reason: 'ACTIVE_SEAL_KEY_EXISTS' });
    if (old)
      await writeAudit(tx, nationalChain('audit'), ctx, {
        action: 'seal_key.retired',
        recordType: 'seal_key',
        recordId: old.keyId,
        data: { successor: active },
      });
    return { retired: old?.keyId ?? null, active };
  });
}

export interface RevocationResult {
  revoked: string;
  /** The key made active in its place when the revoked key was the active one. */
  active: string | null;
}

/**
 * The key is no longer trusted: the public check says so of every document it sealed (and still
 * shows the registry's status). Revoking the active key makes a new one in the same transaction.
 */
export async function revokeSealKey(
  deps: Deps,
  by: Actor | null,
  origin: Origin,
  keyId: string,
  reason: string,
): Promise<RevocationResult> {
  authorize(by, 'seal_keys.manage');
  const why = reason.replace(/\s+/g, ' ').trim();
  if (why === '') throw new DomainError('VALIDATION_FAILED', { reason: 'reason_required' });
  if ([...why].length > REVOKE_REASON_MAX) throw new DomainError('VALIDATION_FAILED', { reason: 'too_long' });
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    await lockSealKeys(tx);
    const active = await findActiveSealKey(tx, 'update');
    const key = active?.keyId === keyId ? active : await findSealKey(tx, keyId);
    if (!key) throw new DomainError('NOT_FOUND', { keyId: 'unknown_key' });
    if (key.status === 'revoked')
      throw new DomainError('CONFLICT', { keyId: 'already_revoked' }, { reason: 'SEAL_KEY_REVOKED' });
    const ctx = actContext(by, origin, now);
    await markSealKeyRevoked(tx, keyId, why, now, key.status);
    await writeAudit(tx, nationalChain('audit'), ctx, {
      action: 'seal_key.revoked',
      recordType: 'seal_key',
      recordId: keyId,
      data: { wasActive: key.status === 'active' },
    });
    const replacement = key.status === 'active' ? await createActiveKey(tx, ctx, 'revocation') : null;
    return { revoked: keyId, active: replacement };
  });
}

/** Every key ever used, oldest first, as published (no private halves). */
export function publishedSealKeys(deps: Deps): Promise<PublicSealKeyRow[]> {
  return listSealKeys(deps.database.db);
}

export interface VerificationKeys {
  keys: Record<string, KeyObject>;
  status: Record<string, SealKeyStatus>;
}

/** Every published key (revoked ones too: the check tells "revoked" from "unknown"). */
export async function verificationKeys(db: Executor): Promise<VerificationKeys> {
  const keys: Record<string, KeyObject> = Object.create(null) as Record<string, KeyObject>;
  const status: Record<string, SealKeyStatus> = Object.create(null) as Record<string, SealKeyStatus>;
  for (const row of await listSealKeys(db)) {
    keys[row.keyId] = publicKeyFromText(row.publicKey);
    status[row.keyId] = row.status;
  }
  return { keys, status };
}

/** How the keys are published (GET /api/check/keys, `tirkeu keys export-public`). */
export function publicKeysDocument(rows: readonly PublicSealKeyRow[]) {
  return {
    algorithm: 'Ed25519' as const,
    /** The public key is the raw 32 bytes, base64url (RFC 8037 "x"). */
    encoding: 'base64url' as const,
    keys: rows.map((k) => ({
      keyId: k.keyId,
      publicKey: k.publicKey,
      status: k.status,
      createdAt: k.createdAt.toISOString(),
      retiredAt: k.retiredAt?.toISOString() ?? null,
      revokedAt: k.revokedAt?.toISOString() ?? null,
    })),
  };
}
