// The staff of each office that the synthetic cases name as their actors (domain.md §3): a clerk,
// a records officer, two officers and a head — the same rows and the same 'account.created' audit
// event as create-account.ts writes, in bulk, but WITHOUT credentials (no password hash): nobody can
// ever sign in as one. Logins `syn.<office>.<slot>`; a later run finds and reuses them.
import { inArray } from 'drizzle-orm';
import { accountRoles, accounts } from '../../db/schema/index.js';
import type { Executor } from '../../db/database.js';
import { nationalChain } from '../../domain/audit/chain-hash.js';
import type { Role } from '../../domain/roles/roles.js';
import type { ChainLedger } from './synthetic-ledger.js';
import { staffDisplayName } from './synthetic-people.js';
import { SyntheticRandom } from './synthetic-random.js';
import { SYNTHETIC_ORIGIN } from './synthetic-replay.js';
import { insertRows } from './synthetic-writer.js';

const SLOTS = [
  ['clerk', 'clerk'],
  ['records', 'records'],
  ['officer1', 'officer'],
  ['officer2', 'officer'],
  ['head', 'head'],
] as const satisfies readonly (readonly [string, Role])[];

export interface OfficeStaff {
  clerk: string;
  records: string;
  officers: readonly [string, string];
  head: string;
}

export const syntheticLogin = (officeCode: string, slot: string) => `syn.${officeCode}.${slot}`;

/** The synthetic staff of every office, by office id; creates those missing. */
export async function ensureSyntheticStaff(
  tx: Executor,
  chains: ChainLedger,
  offices: readonly { id: string; code: string }[],
  seed: string,
  now: Date,
): Promise<{ staff: Map<string, OfficeStaff>; created: number }> {
  const logins = offices.flatMap((o) => SLOTS.map(([slot]) => syntheticLogin(o.code, slot)));
  const existing = new Map<string, { id: string; passwordHash: string | null }>();
  for (let i = 0; i < logins.length; i += 1000) {
    const rows = await tx
      .select({ id: accounts.id, login: accounts.login, passwordHash: accounts.passwordHash })
      .from(accounts)
      .where(inArray(accounts.login, logins.slice(i, i + 1000)));
    for (const r of rows) existing.set(r.login, r);
  }
  const newAccounts: (typeof accounts.$inferInsert)[] = [];
  const newRoles: { accountId: string; role: Role }[] = [];
  const staff = new Map<string, OfficeStaff>();
  for (const office of offices) {
    const ids: Record<string, string> = {};
    for (const [slot, role] of SLOTS) {
      const login = syntheticLogin(office.code, slot);
      const found = existing.get(login);
      if (found) {
        // A login of the synthetic pattern that can sign in is someone's real account: not ours.
        if (found.passwordHash !== null)
          throw new Error(`account ${login} has credentials: not synthetic staff`);
        ids[slot] = found.id;
        continue;
      }
      const rng = SyntheticRandom.of(seed, 'staff', login);
      const id = rng.uuid();
      newAccounts.push({
        id,
        organisationId: office.id,
        login,
        displayName: staffDisplayName(rng),
        phone: null,
        passwordHash: null,
        mustChangePassword: false,
        createdAt: now,
      });
      newRoles.push({ accountId: id, role });
      chains.append(
        nationalChain('audit'),
        { actor: null, ...SYNTHETIC_ORIGIN, now },
        {
          action: 'account.created',
          recordType: 'account',
          recordId: id,
          data: { organisationId: office.id, roles: [role] },
        },
      );
      ids[slot] = id;
    }
    staff.set(office.id, {
      clerk: ids.clerk!,
      records: ids.records!,
      officers: [ids.officer1!, ids.officer2!],
      head: ids.head!,
    });
  }
  await insertRows(tx, accounts, newAccounts);
  await insertRows(tx, accountRoles, newRoles);
  return { staff, created: newAccounts.length };
}
