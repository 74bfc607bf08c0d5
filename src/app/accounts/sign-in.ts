// Staff sign-in with lock-out after repeated failures. Every refusal looks the same from outside
// (wrong login, wrong password, inactive or locked account), so nothing tells whether an account exists.
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { accounts, sessions } from '../../db/schema/index.js';
import { findAccountByLogin, findOrganisation } from '../../db/accounts-store.js';
import { writeAudit, type ActContext } from '../../db/audit-trail.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { DomainError } from '../errors.js';
import type { Deps } from '../deps.js';
import { verifyPassword } from './passwords.js';
import { checkFailures, countFailure } from '../portal/portal-limits.js';

/** Failed sign-ins counted per client address (an HMAC of it), whatever login they tried. */
const ADDRESS_FAILURES = 'signin-address:';
const DEFAULT_ADDRESS_MAX_FAILURES = 20;

export interface SignInResult {
  /** The cookie value; only its SHA-256 is stored. */
  token: string;
  sessionId: string;
  expiresAt: Date;
  mustChangePassword: boolean;
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function signIn(
  deps: Deps,
  input: { login: string; password: string },
  from: { ip: string | null; requestId: string | null },
): Promise<SignInResult> {
  const now = deps.now();
  // §17 safety of the information: the per-account lock-out alone lets one address try a few passwords
  // on every login in turn (password spraying). Past its failures in the window, an address is refused
  // before any password is checked, whichever account it names: 429 RATE_LIMITED with Retry-After.
  const addressLimit = {
    max: deps.signIn.maxFailuresPerAddress ?? DEFAULT_ADDRESS_MAX_FAILURES,
    windowSeconds: deps.signIn.lockoutMinutes * 60,
  };
  const address = from.ip ?? 'none';
  await checkFailures(deps, ADDRESS_FAILURES, address, addressLimit);
  try {
    return await signInChecked(deps, input, from, now);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'SIGN_IN_FAILED')
      await countFailure(deps, ADDRESS_FAILURES, address, addressLimit);
    throw e;
  }
}

async function signInChecked(
  deps: Deps,
  input: { login: string; password: string },
  from: { ip: string | null; requestId: string | null },
  now: Date,
): Promise<SignInResult> {
  const account = await findAccountByLogin(deps.database.db, input.login.trim());
  const passwordOk = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account || !account.passwordHash) throw new DomainError('SIGN_IN_FAILED');
  const org = await findOrganisation(deps.database.db, account.organisationId);
  const chain = officeChain('audit', org?.code ?? 'national');
  const ctx: ActContext = { actor: null, ip: from.ip, requestId: from.requestId, now };
  const locked = account.lockedUntil !== null && account.lockedUntil > now;

  if (!passwordOk || locked || !account.active) {
    await deps.database.db.transaction(async (tx) => {
      if (locked || !account.active) return; // no counting while locked: the lock runs its time
      const failures = account.failedSignIns + 1;
      if (failures >= deps.signIn.maxFailures) {
        const until = new Date(now.getTime() + deps.signIn.lockoutMinutes * 60_000);
        await tx
          .update(accounts)
          .set({ failedSignIns: 0, lockedUntil: until })
          .where(eq(accounts.id, account.id));
        await writeAudit(tx, chain, ctx, {
          action: 'account.locked_out',
          recordType: 'account',
          recordId: account.id,
          data: { until: until.toISOString() },
        });
      } else {
        await tx.update(accounts).set({ failedSignIns: failures }).where(eq(accounts.id, account.id));
        await writeAudit(tx, chain, ctx, {
          action: 'account.sign_in_failed',
          recordType: 'account',
          recordId: account.id,
          data: { failures },
        });
      }
    });
    throw new DomainError('SIGN_IN_FAILED');
  }

  const token = randomBytes(32).toString('base64url');
  const sessionId = sessionIdOf(token);
  const expiresAt = new Date(now.getTime() + deps.sessionIdleMinutes * 60_000);
  await deps.database.db.transaction(async (tx) => {
    await tx.update(accounts).set({ failedSignIns: 0, lockedUntil: null }).where(eq(accounts.id, account.id));
    await tx.insert(sessions).values({
      id: sessionId,
      accountId: account.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: from.ip,
    });
    await writeAudit(
      tx,
      chain,
      { ...ctx, actor: { accountId: account.id, organisationId: account.organisationId, role: null } },
      {
        action: 'account.signed_in',
        recordType: 'account',
        recordId: account.id,
        data: { sessionId: sessionId.slice(0, 16) },
      },
    );
  });
  return { token, sessionId, expiresAt, mustChangePassword: account.mustChangePassword };
}
