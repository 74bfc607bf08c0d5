// Demo mode: an empty embedded database gets a few offices (with their domain.md §1 codes, which the
// directory import later adopts) and demo staff accounts, so a newcomer can click through at once.
// Never on a real PostgreSQL, and never when TIRKEU_DEMO=off.
import { count, eq } from 'drizzle-orm';
import { accounts, systemSettings } from '../../db/schema/index.js';
import { writeAudit } from '../../db/audit-trail.js';
import { nationalChain } from '../../domain/audit/chain-hash.js';
import type { Role } from '../../domain/roles/roles.js';
import { accountRoles } from '../../db/schema/index.js';
import type { Deps } from '../deps.js';
import { hashPassword } from '../accounts/passwords.js';
import { ensureOrganisation, type OrganisationInput } from '../organisations/ensure-organisation.js';
import type { Executor } from '../../db/database.js';

export const DEMO_PASSWORD = 'demo-tirkeu-2026';

const DEMO_ORGANISATIONS: OrganisationInput[] = [
  {
    code: 'AGENCY',
    kind: 'agency',
    regionCode: null,
    nameKk: 'Дін істері агенттігі',
    nameRu: 'Агентство по делам религий',
    nameEn: 'Agency for Religious Affairs',
    timeZone: 'Asia/Almaty',
  },
  {
    code: '71-000-A',
    kind: 'akimat',
    regionCode: '71',
    nameKk: 'Астана қаласының әкімдігі',
    nameRu: 'Акимат города Астаны',
    nameEn: null,
    timeZone: 'Asia/Almaty',
  },
  {
    code: '71-000',
    kind: 'service_office',
    regionCode: '71',
    nameKk: 'Астана қаласының Ішкі саясат басқармасы',
    nameRu: 'Управление внутренней политики города Астаны',
    nameEn: null,
    akimatCode: '71-000-A',
    timeZone: 'Asia/Almaty',
  },
  {
    code: '11-000-A',
    kind: 'akimat',
    regionCode: '11',
    nameKk: 'Ақмола облысының әкімдігі',
    nameRu: 'Акимат Акмолинской области',
    nameEn: null,
    timeZone: 'Asia/Almaty',
  },
  {
    code: '11-000',
    kind: 'service_office',
    regionCode: '11',
    nameKk: 'Ақмола облысының Ішкі саясат басқармасы',
    nameRu: 'Управление внутренней политики Акмолинской области',
    nameEn: null,
    akimatCode: '11-000-A',
    timeZone: 'Asia/Almaty',
  },
  {
    code: '11-001-A',
    kind: 'akimat',
    regionCode: '11',
    nameKk: 'Көкшетау қаласының әкімдігі',
    nameRu: 'Акимат города Кокшетау',
    nameEn: null,
    parentCode: '11-000-A',
    timeZone: 'Asia/Almaty',
  },
  {
    code: '11-001',
    kind: 'service_office',
    regionCode: '11',
    nameKk: 'Көкшетау қаласының Ішкі саясат бөлімі',
    nameRu: 'Отдел внутренней политики города Кокшетау',
    nameEn: null,
    parentCode: '11-000',
    akimatCode: '11-001-A',
    timeZone: 'Asia/Almaty',
  },
];

export interface DemoAccount {
  login: string;
  organisation: string;
  roles: Role[];
  displayName: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    login: 'astana.clerk',
    organisation: '71-000',
    roles: ['clerk'],
    displayName: 'Әлия Серікқызы Нұрланова',
  },
  { login: 'astana.records', organisation: '71-000', roles: ['records'], displayName: 'Гүлнар Бекова' },
  {
    login: 'astana.officer',
    organisation: '71-000',
    roles: ['officer'],
    displayName: 'Ерлан Қайратұлы Омаров',
  },
  { login: 'astana.head', organisation: '71-000', roles: ['head'], displayName: 'Марат Жұмабаев' },
  { login: 'astana.pass', organisation: '71-000', roles: ['pass_bureau'], displayName: 'Сәуле Ахметова' },
  {
    login: 'astana.akimat',
    organisation: '71-000-A',
    roles: ['akimat_records', 'akimat_head'],
    displayName: 'Дәурен Сапаров',
  },
  {
    login: 'kokshetau.clerk',
    organisation: '11-001',
    roles: ['clerk', 'records'],
    displayName: 'Айгерім Тұрсынова',
  },
  {
    login: 'kokshetau.head',
    organisation: '11-001',
    roles: ['officer', 'head'],
    displayName: 'Бауыржан Ермеков',
  },
  {
    login: 'akmola.supervisor',
    organisation: '11-000',
    roles: ['regional_supervisor'],
    displayName: 'Ольга Петренко',
  },
  {
    login: 'agency.supervisor',
    organisation: 'AGENCY',
    roles: ['national_supervisor'],
    displayName: 'Нұржан Әбдіров',
  },
  { login: 'agency.admin', organisation: 'AGENCY', roles: ['administrator'], displayName: 'Администратор' },
];

export async function isDemo(db: Executor): Promise<boolean> {
  const [row] = await db.select().from(systemSettings).where(eq(systemSettings.key, 'demo'));
  return row?.value === true;
}

/** Seeds the demo if the database has no accounts yet. Returns the accounts created (empty if none). */
export async function seedDemo(deps: Deps): Promise<DemoAccount[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = deps.now();
  const ctx = { actor: null, ip: null, requestId: null, now };
  return deps.database.db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(accounts);
    if ((existing?.n ?? 0) > 0) return [];
    const ids = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) ids.set(org.code, (await ensureOrganisation(tx, ctx, org)).id);
    for (const a of DEMO_ACCOUNTS) {
      const [row] = await tx
        .insert(accounts)
        .values({
          organisationId: ids.get(a.organisation)!,
          login: a.login,
          displayName: a.displayName,
          passwordHash,
          createdAt: now,
        })
        .returning({ id: accounts.id });
      await tx.insert(accountRoles).values(a.roles.map((role) => ({ accountId: row!.id, role })));
    }
    await tx.insert(systemSettings).values({ key: 'demo', value: true, updatedAt: now });
    await writeAudit(tx, nationalChain('audit'), ctx, {
      action: 'system.demo_seeded',
      recordType: 'system',
      recordId: 'demo',
      data: { organisations: DEMO_ORGANISATIONS.length, accounts: DEMO_ACCOUNTS.length },
    });
    return DEMO_ACCOUNTS;
  });
}
