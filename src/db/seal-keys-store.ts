// The seal keys (domain.md §6): one active key seals new certificates and references; retired keys
// (private half erased) and revoked keys stay listed so that every document ever sealed can be checked.
// The partial unique index seal_keys_one_active_idx allows one active key at most.
import { asc, eq, sql } from 'drizzle-orm';
import { sealKeys, type SealKeyStatus } from './schema/index.js';
import type { Executor } from './database.js';

export type SealKeyRow = typeof sealKeys.$inferSelect;
/** A key as it may be published: never the private half. */
export type PublicSealKeyRow = Omit<SealKeyRow, 'privateKey'>;

const PUBLIC_COLUMNS = {
  keyId: sealKeys.keyId,
  publicKey: sealKeys.publicKey,
  status: sealKeys.status,
  createdAt: sealKeys.createdAt,
  retiredAt: sealKeys.retiredAt,
  revokedAt: sealKeys.revokedAt,
  revokeReason: sealKeys.revokeReason,
};

/** Serialises the changes of keys across app servers and the command line, until the commit. */
export async function lockSealKeys(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('tirkeu.seal_keys'))`);
}

/**
 * The active key with its private half. `share` holds it until the commit, so that a rotation or
 * revocation waits for the sealing transactions that already use it (and they never seal with a key
 * retired under them); `update` is the rotation's own lock.
 */
export async function findActiveSealKey(
  tx: Executor,
  lock: 'share' | 'update' | null = null,
): Promise<SealKeyRow | null> {
  const q = tx.select().from(sealKeys).where(eq(sealKeys.status, 'active'));
  const [row] = await (lock ? q.for(lock) : q);
  return row ?? null;
}

/** Inserts a new active key unless one is active already (another server won); true if inserted. */
export async function insertActiveSealKey(
  tx: Executor,
  key: { keyId: string; publicKey: string; privateKeyPem: string; createdAt: Date },
): Promise<boolean> {
  const rows = await tx
    .insert(sealKeys)
    .values({
      keyId: key.keyId,
      publicKey: key.publicKey,
      privateKey: key.privateKeyPem,
      status: 'active',
      createdAt: key.createdAt,
    })
    .onConflictDoNothing({ target: sealKeys.status, where: sql`${sealKeys.status} = 'active'` })
    .returning({ keyId: sealKeys.keyId });
  return rows.length === 1;
}

export async function findSealKey(db: Executor, keyId: string): Promise<PublicSealKeyRow | null> {
  const [row] = await db.select(PUBLIC_COLUMNS).from(sealKeys).where(eq(sealKeys.keyId, keyId));
  return row ?? null;
}

/** Every key ever used, oldest first, without private halves. */
export async function listSealKeys(db: Executor): Promise<PublicSealKeyRow[]> {
  return db.select(PUBLIC_COLUMNS).from(sealKeys).orderBy(asc(sealKeys.createdAt), asc(sealKeys.keyId));
}

/** The active key stops sealing; its private half is erased, its documents stay checkable. */
export async function retireSealKey(tx: Executor, keyId: string, at: Date): Promise<void> {
  await tx
    .update(sealKeys)
    .set({ status: 'retired', privateKey: null, retiredAt: at })
    .where(eq(sealKeys.keyId, keyId));
}

/** The key is no longer trusted (e.g. its private half leaked); its private half is erased. */
export async function markSealKeyRevoked(
  tx: Executor,
  keyId: string,
  reason: string,
  at: Date,
  from: SealKeyStatus,
): Promise<void> {
  await tx
    .update(sealKeys)
    .set({
      status: 'revoked',
      privateKey: null,
      revokedAt: at,
      revokeReason: reason,
      // A key revoked while active stops sealing at that moment too.
      ...(from === 'active' ? { retiredAt: at } : {}),
    })
    .where(eq(sealKeys.keyId, keyId));
}
