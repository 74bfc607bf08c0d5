import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ROLES, type Role } from '../../domain/roles/roles.js';
import { POLICY, can, type PolicyAction } from './policy.js';

type Where = 'own' | 'same-region' | 'other-region';
const ORGS = {
  office: { id: 'o-1', code: '11-001', kind: 'service_office', regionCode: '11', nameKk: 'a', nameRu: null },
  akimat: { id: 'a-1', code: '11-001-A', kind: 'akimat', regionCode: '11', nameKk: 'b', nameRu: null },
  agency: { id: 'g-1', code: 'AGENCY', kind: 'agency', regionCode: null, nameKk: 'c', nameRu: null },
} as const;
const TARGET: Record<Where, (own: string) => { organisationId: string; regionCode: string }> = {
  own: (own) => ({ organisationId: own, regionCode: '11' }),
  'same-region': () => ({ organisationId: 'o-2', regionCode: '11' }),
  'other-region': () => ({ organisationId: 'o-9', regionCode: '35' }),
};

// The expected matrix, written out independently of the POLICY table: for each action, which
// (role @ organisation kind) may act where.
const EXPECTED: Record<PolicyAction, Record<string, Where[]>> = {
  'staff.home': Object.fromEntries([
    ...ROLES.map((r) => [`${r}@any`, ['own']]),
    ['acting_head@office', ['own']],
  ]),
  'account.manage': {
    'administrator@office': ['own'],
    'administrator@akimat': ['own'],
    'administrator@agency': ['own', 'same-region', 'other-region'],
  },
  'organisation.settings': {
    'head@office': ['own'],
    'acting_head@office': ['own'],
    'administrator@office': ['own'],
    'administrator@agency': ['own'],
    'head@agency': ['own'],
    'head@akimat': ['own'],
    'administrator@akimat': ['own'],
  },
  'calendar.manage': { 'administrator@agency': ['own', 'same-region', 'other-region'] },
  'seal_keys.manage': { 'administrator@agency': ['own', 'same-region', 'other-region'] },
  'audit.verify': {
    'administrator@agency': ['own', 'same-region', 'other-region'],
    'national_supervisor@agency': ['own', 'same-region', 'other-region'],
  },
  'case.intake': { 'clerk@any': ['own'] },
  'case.stamp': { 'records@any': ['own'] },
  'case.review': { 'officer@any': ['own'] },
  'case.sign': { 'head@any': ['own'], 'acting_head@office': ['own'] },
  'case.handover': { 'clerk@any': ['own'] },
  'case.correction_propose': { 'officer@any': ['own'] },
  'case.correction_decide': { 'head@any': ['own'], 'acting_head@office': ['own'] },
  'case.attach_scans': { 'clerk@any': ['own'], 'records@any': ['own'] },
  'case.return_materials': { 'clerk@any': ['own'], 'records@any': ['own'] },
  'case.move_bulk': { 'head@any': ['own'], 'acting_head@office': ['own'] },
  'case.read': {
    'clerk@any': ['own'],
    'records@any': ['own'],
    'officer@any': ['own'],
    'head@any': ['own'],
    'acting_head@office': ['own'],
    'regional_supervisor@office': ['own', 'same-region'],
    'regional_supervisor@akimat': ['own', 'same-region'],
    'national_supervisor@agency': ['own', 'same-region', 'other-region'],
  },
  'case.read_affiliation': {
    'clerk@any': ['own'],
    'officer@any': ['own'],
    'head@any': ['own'],
    'acting_head@office': ['own'],
  },
  'registry.search': {
    'clerk@any': ['own', 'same-region', 'other-region'],
    'records@any': ['own', 'same-region', 'other-region'],
    'officer@any': ['own', 'same-region', 'other-region'],
    'head@any': ['own', 'same-region', 'other-region'],
    'acting_head@office': ['own', 'same-region', 'other-region'],
    'regional_supervisor@office': ['own', 'same-region'],
    'regional_supervisor@akimat': ['own', 'same-region'],
    'national_supervisor@agency': ['own', 'same-region', 'other-region'],
  },
  'registry.amend': { 'head@any': ['own'], 'acting_head@office': ['own'] },
  'registry.figures': {
    'regional_supervisor@office': ['own', 'same-region'],
    'regional_supervisor@akimat': ['own', 'same-region'],
    'national_supervisor@agency': ['own', 'same-region', 'other-region'],
  },
  'registry.read': {
    'clerk@any': ['own'],
    'records@any': ['own'],
    'officer@any': ['own'],
    'head@any': ['own'],
    'acting_head@office': ['own'],
    'regional_supervisor@office': ['own', 'same-region'],
    'regional_supervisor@akimat': ['own', 'same-region'],
    'national_supervisor@agency': ['own', 'same-region', 'other-region'],
  },
  'document.print': {
    'clerk@any': ['own'],
    'records@any': ['own'],
    'officer@any': ['own'],
    'head@any': ['own'],
    'acting_head@office': ['own'],
  },
  'complaint.register': { 'records@any': ['own'], 'akimat_records@any': ['own'] },
  'complaint.answer': { 'head@any': ['own'], 'acting_head@office': ['own'], 'akimat_head@any': ['own'] },
  'complaint.read': {
    'clerk@any': ['own'],
    'records@any': ['own'],
    'officer@any': ['own'],
    'head@any': ['own'],
    'acting_head@office': ['own'],
    'akimat_records@any': ['own'],
    'akimat_head@any': ['own'],
    'regional_supervisor@office': ['own', 'same-region'],
    'regional_supervisor@akimat': ['own', 'same-region'],
    'national_supervisor@agency': ['own', 'same-region', 'other-region'],
  },
  'complaint.assign': { 'head@any': ['own'], 'acting_head@office': ['own'], 'akimat_head@any': ['own'] },
  'complaint.deliver': { 'records@any': ['own'], 'akimat_records@any': ['own'] },
  'queue.desk': { 'clerk@any': ['own'] },
  'queue.configure': { 'head@any': ['own'], 'acting_head@office': ['own'] },
  'queue.figures': {
    'head@any': ['own'],
    'acting_head@office': ['own'],
    'regional_supervisor@office': ['own', 'same-region'],
    'regional_supervisor@akimat': ['own', 'same-region'],
    'national_supervisor@agency': ['own', 'same-region', 'other-region'],
  },
  'pass.order': {
    'clerk@any': ['own'],
    'records@any': ['own'],
    'officer@any': ['own'],
    'head@any': ['own'],
    'acting_head@office': ['own'],
  },
  'pass.bureau': { 'pass_bureau@any': ['own'] },
  'indicators.read': {
    'head@any': ['own'],
    'acting_head@office': ['own'],
    'regional_supervisor@office': ['own', 'same-region'],
    'regional_supervisor@akimat': ['own', 'same-region'],
    'national_supervisor@agency': ['own', 'same-region', 'other-region'],
  },
  'indicators.enter': { 'national_supervisor@agency': ['own', 'same-region', 'other-region'] },
  'indicators.rebuild': { 'national_supervisor@agency': ['own', 'same-region', 'other-region'] },
};

// A national supervisor outside the agency has no national scope; the agency has no region.
function expected(action: PolicyAction, role: string, kind: keyof typeof ORGS, where: Where): boolean {
  const table = EXPECTED[action];
  const places = table[`${role}@${kind}`] ?? table[`${role}@any`] ?? [];
  if (kind === 'agency' && places.length === 1 && places[0] === 'own' && !table[`${role}@agency`])
    return where === 'own';
  return places.includes(where);
}

it('every action of the policy is in the expected matrix and back', () => {
  assert.deepEqual(Object.keys(POLICY).sort(), Object.keys(EXPECTED).sort());
});

it('answers the full matrix of action × role × organisation × where', () => {
  const wrong: string[] = [];
  const roles: (Role | 'acting_head')[] = [...ROLES, 'acting_head'];
  for (const action of Object.keys(POLICY) as PolicyAction[]) {
    for (const role of roles) {
      for (const kind of Object.keys(ORGS) as (keyof typeof ORGS)[]) {
        if (role === 'acting_head' && kind !== 'office') continue;
        const organisation = ORGS[kind];
        const actor = {
          roles: role === 'acting_head' ? (['officer'] as Role[]) : [role],
          actingHead: role === 'acting_head',
          organisation,
        };
        for (const where of ['own', 'same-region', 'other-region'] as Where[]) {
          const target = TARGET[where](organisation.id);
          let want = expected(action, role, kind, where);
          if (role === 'acting_head') want = want || expected(action, 'officer', kind, where);
          if (can(actor, action, target) !== want)
            wrong.push(`${action} ${role}@${kind} ${where}: expected ${want}`);
        }
      }
    }
  }
  assert.deepEqual(wrong, []);
});

it('an acting head has the head’s powers only through the dated delegation', () => {
  const org = ORGS.office;
  assert.equal(
    can({ roles: ['officer'], actingHead: false, organisation: org }, 'case.sign', TARGET.own(org.id)),
    false,
  );
  assert.equal(
    can({ roles: ['officer'], actingHead: true, organisation: org }, 'case.sign', TARGET.own(org.id)),
    true,
  );
});
