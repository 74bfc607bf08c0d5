// Each test builds its own organisations and staff (docs/ARCHITECTURE.md habit 10), with codes no
// other test uses, so suites share a database without stepping on each other.
import { randomInt } from 'node:crypto';
import type { Deps } from '../../src/app/deps.js';
import { createAccount } from '../../src/app/accounts/create-account.js';
import { ensureOrganisation } from '../../src/app/organisations/ensure-organisation.js';
import { findOrganisationByCode } from '../../src/db/accounts-store.js';
import type { Role } from '../../src/domain/roles/roles.js';

export const PASSWORD = 'correct-horse-battery-9';
let counter = 0;

export async function seedOffice(
  deps: Deps,
  opts: { regionCode?: string; kind?: 'service_office' | 'akimat' | 'agency' } = {},
) {
  const region = opts.regionCode ?? String(11 + 4 * randomInt(0, 15)).padStart(2, '0');
  // A code no organisation of the database holds yet: ensureOrganisation answers the existing one for
  // a code it knows, and two suites (or two offices of one test) drawing the same of a region's 900
  // codes then shared an office — a regional supervisor seeded in "another" office saw the first
  // one's cases, a second fixture found desk 1 taken.
  let code = 'AGENCY';
  if (opts.kind !== 'agency') {
    for (let attempt = 0; ; attempt++) {
      code = `${region}-${String(100 + randomInt(0, 899)).padStart(3, '0')}${opts.kind === 'akimat' ? '-A' : ''}`;
      if (!(await findOrganisationByCode(deps.database.db, code))) break;
      if (attempt === 200) throw new Error(`no free office code left in region ${region}`);
    }
  }
  const org = await deps.database.db.transaction((tx) =>
    ensureOrganisation(
      tx,
      { actor: null, ip: null, requestId: null, now: deps.now() },
      {
        code,
        kind: opts.kind ?? 'service_office',
        regionCode: opts.kind === 'agency' ? null : region,
        nameKk: `Сынақ бөлімі ${code}`,
        nameRu: `Тестовый отдел ${code}`,
        nameEn: null,
        timeZone: 'Asia/Almaty',
      },
    ),
  );
  return org;
}

export async function seedAccount(deps: Deps, organisationId: string, roles: Role[], login?: string) {
  const l = login ?? `t${process.pid}.${++counter}.${randomInt(0, 1e6)}`;
  const { id } = await createAccount(
    deps,
    null,
    { ip: null, requestId: 'test' },
    {
      organisationId,
      login: l,
      displayName: `Сынақ Қызметкер ${counter}`,
      roles,
      password: PASSWORD,
    },
  );
  return { id, login: l };
}
