// Each test builds its own organisations and staff (docs/ARCHITECTURE.md habit 10), with codes no
// other test uses, so suites share a database without stepping on each other.
import { randomInt } from 'node:crypto';
import type { Deps } from '../../src/app/deps.js';
import { createAccount } from '../../src/app/accounts/create-account.js';
import { ensureOrganisation } from '../../src/app/organisations/ensure-organisation.js';
import type { Role } from '../../src/domain/roles/roles.js';

export const PASSWORD = 'correct-horse-battery-9';
let counter = 0;

export async function seedOffice(
  deps: Deps,
  opts: { regionCode?: string; kind?: 'service_office' | 'akimat' | 'agency' } = {},
) {
  const region = opts.regionCode ?? String(11 + 4 * randomInt(0, 15)).padStart(2, '0');
  const code =
    opts.kind === 'agency'
      ? 'AGENCY'
      : `${region}-${String(100 + randomInt(0, 899)).padStart(3, '0')}${opts.kind === 'akimat' ? '-A' : ''}`;
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
