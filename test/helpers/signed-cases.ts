// Cases taken through the counter to the head's signature by the use-cases (domain.md §4), for the
// tests of what signing issues: the registry row, its seal, and the public check.
import assert from 'node:assert/strict';
import type { Deps } from '../../src/app/deps.js';
import type { Actor } from '../../src/app/actor.js';
import { resolveSession } from '../../src/app/accounts/session.js';
import { signIn } from '../../src/app/accounts/sign-in.js';
import { openCaseAtCounter } from '../../src/app/cases/open-case-at-counter.js';
import { performCaseAction } from '../../src/app/cases/perform-case-action.js';
import type { StaffCommand } from '../../src/app/cases/build-case-action.js';
import { findCase } from '../../src/db/case-store.js';
import { makeIin } from '../../src/domain/identifiers/index.js';
import type { GroupApplicationInput, MissionaryApplicationInput } from '../../src/domain/standard/index.js';
import { addDays, plainDateAt } from '../../src/domain/time/plain-date.js';
import { MISSIONARY_ITEMS, missionaryApplication, newIdempotencyKey } from './applications.js';
import { PASSWORD, seedAccount, seedOffice } from './seed.js';

export const GROUP_ITEMS = ['group-application', 'leader-and-member-id-copies', 'premises-document-copy'];
export const GROUP_NAME = '«Нұр-Сентинел» діни тобы';

let serial = 0;
export function groupApplication(now = new Date()): GroupApplicationInput {
  const today = plainDateAt(now, 'Asia/Almaty');
  const citizen = (birth: string, surname: string) => ({
    surname,
    name: 'Асқар',
    citizenship: 'KZ',
    iin: makeIin(birth as never, 'male', 500 + ++serial) as string,
    identityDocument: { kind: 'kz-id-card' as const, number: '012345678', issueDate: '2020-01-10' },
  });
  return {
    kind: 'group-registration',
    officeCode: '00-000',
    applicationDate: today,
    groupName: GROUP_NAME,
    affiliation: { confession: 'bahai' },
    leader: citizen('1975-04-02', 'Әлиев'),
    members: [citizen('1980-01-01', 'Сейітов')],
    adultMemberCount: 2,
    location: 'Астана қ., Жеңіс даңғылы, 5',
    religiousBuilding: { has: false },
    territory: 'Астана қаласы, Есіл ауданы',
    premises: {
      documentKind: 'lease-contract',
      documentNumber: '17',
      documentDate: addDays(today, -30),
      owner: { kind: 'legal-entity', name: '«Бейнеу» ЖШС' },
    },
  } as GroupApplicationInput;
}

export interface Office {
  id: string;
  code: string;
  staff: Record<'clerk' | 'records' | 'officer' | 'head', Actor>;
}

/** An office of its own with a clerk, records, an officer and a head, signed in. */
export async function officeWithStaff(deps: Deps, regionCode = '71'): Promise<Office> {
  const office = await seedOffice(deps, { regionCode });
  const staff = {} as Office['staff'];
  for (const role of ['clerk', 'records', 'officer', 'head'] as const) {
    const { login } = await seedAccount(deps, office.id, [role]);
    const s = await signIn(deps, { login, password: PASSWORD }, { ip: null, requestId: 'test' });
    const r = await resolveSession(deps, s.token);
    assert.equal(r.kind, 'live');
    if (r.kind === 'live') staff[role] = r.actor;
  }
  return { id: office.id, code: office.code, staff };
}

/** Opens, stamps, reviews, proposes and signs a case; returns its id and document number. */
export async function signedCase(
  deps: Deps,
  office: Office,
  which: 'missionary' | 'group',
  application?: MissionaryApplicationInput | GroupApplicationInput,
): Promise<{ caseId: string; number: string; version: number }> {
  const origin = { ip: null, requestId: 'test' };
  const act = (who: keyof Office['staff'], id: string, version: number, command: StaffCommand) =>
    performCaseAction(deps, office.staff[who], origin, id, version, command, newIdempotencyKey());
  const opened = await openCaseAtCounter(deps, office.staff.clerk, origin, {
    kind: which === 'missionary' ? 'missionary-registration' : 'group-registration',
    language: 'kk',
    application: application ?? (which === 'missionary' ? missionaryApplication() : groupApplication()),
    consent: true,
    idempotencyKey: newIdempotencyKey(),
  });
  const items = which === 'missionary' ? MISSIONARY_ITEMS : GROUP_ITEMS;
  let r = await act('records', opened.id, opened.version, { kind: 'stamp', itemsPresent: items });
  r = await act('officer', opened.id, r.version, { kind: 'take_for_review' });
  r = await act('officer', opened.id, r.version, { kind: 'propose' });
  r = await act('head', opened.id, r.version, { kind: 'sign' });
  assert.equal(r.state, 'ready_to_collect');
  const row = await findCase(deps.database.db, opened.id);
  return { caseId: opened.id, number: row!.documentNumber!, version: r.version };
}
