// Who may do what to which record (domain.md §3, §17): one table, answered by one pure function that
// every route asks. Staff act on their own organisation's records; supervisors read their scope.
import type { EffectiveRole } from '../../domain/roles/roles.js';
import { effectiveRoles, type Actor } from '../actor.js';

/** Where a grant reaches: the actor's own organisation, its region, the whole country for the
 *  national authority ('national'), or any record whoever reads it ('any': an office's staff finding
 *  a person registered elsewhere, seen only minimally, to start a re-registration or a transfer). */
type Scope = 'own' | 'region' | 'national' | 'any';
type Grant = readonly [roles: readonly EffectiveRole[], scope: Scope];

const OFFICE_STAFF = ['clerk', 'records', 'officer', 'head', 'acting_head'] as const;
const SIGNERS = ['head', 'acting_head'] as const;

export const POLICY = {
  'staff.home': [
    [
      [
        'clerk',
        'records',
        'officer',
        'head',
        'acting_head',
        'akimat_records',
        'akimat_head',
        'pass_bureau',
        'regional_supervisor',
        'national_supervisor',
        'administrator',
      ],
      'own',
    ],
  ],
  // Accounts: an administrator of the national authority manages every organisation's accounts; an
  // administrator of an office or akimat manages that organisation's only.
  'account.manage': [
    [['administrator'], 'own'],
    [['administrator'], 'national'],
  ],
  'organisation.settings': [[[...SIGNERS, 'administrator'], 'own']],
  'audit.verify': [[['administrator', 'national_supervisor'], 'national']],
  // domain.md §9: a year's calendar data (Kurban Ait, transfers) is national.
  'calendar.manage': [[['administrator'], 'national']],
  // domain.md §6: the seal keys are the whole country's (one active key seals every office's documents).
  'seal_keys.manage': [[['administrator'], 'national']],
  'case.intake': [[['clerk'], 'own']], // §11
  'case.stamp': [[['records'], 'own']], // §14
  'case.review': [[['officer'], 'own']],
  'case.sign': [[SIGNERS, 'own']], // annexes 5, 6; §16 refusals
  'case.handover': [[['clerk'], 'own']], // §15
  // domain.md §4: a correction after registration — an officer proposes it, the head (or acting
  // head) approves or rejects it, never the one who proposed it (four eyes, app/cases/case-corrections.ts).
  'case.correction_propose': [[['officer'], 'own']],
  'case.correction_decide': [[SIGNERS, 'own']],
  // §11: the scans of the documents handed in, attached (or removed) by the counter and the records service.
  'case.attach_scans': [[['clerk', 'records'], 'own']],
  // §11.1, §15: the inventory's items handed back to the applicant.
  'case.return_materials': [[['clerk', 'records'], 'own']],
  // domain.md §1, §13: moving the open cases of a changed territory is the head's decision.
  'case.move_bulk': [[SIGNERS, 'own']],
  'case.read': [
    [OFFICE_STAFF, 'own'],
    [['regional_supervisor'], 'region'],
    [['national_supervisor'], 'national'],
  ],
  // Religious affiliation is special-category data (domain.md §8): only the roles that need it.
  'case.read_affiliation': [[['officer', 'head', 'acting_head', 'clerk'], 'own']],
  // domain.md §4, §17: the registry. Office staff find any registrant in the country by identifiers
  // and name, but read in full only those of their own office (another office's shows number, name,
  // status and office); supervisors find and read those of their region, the national supervisor all.
  'registry.search': [
    [OFFICE_STAFF, 'any'],
    [['regional_supervisor'], 'region'],
    [['national_supervisor'], 'national'],
  ],
  'registry.read': [
    [OFFICE_STAFF, 'own'],
    [['regional_supervisor'], 'region'],
    [['national_supervisor'], 'national'],
  ],
  // Issue 6, domain.md §4: a duplicate, a corrected reissue or an annulment by a signed decision.
  'registry.amend': [[SIGNERS, 'own']],
  // Issue 6, domain.md §8: the registry's figures (aggregates, small cells suppressed) for supervisors.
  'registry.figures': [
    [['regional_supervisor'], 'region'],
    [['national_supervisor'], 'national'],
  ],
  // §17, domain.md §6: the office's own staff print its documents (each print audited).
  'document.print': [[OFFICE_STAFF, 'own']],
  'complaint.register': [[['records', 'akimat_records'], 'own']], // §22, §25
  'complaint.answer': [[[...SIGNERS, 'akimat_head'], 'own']], // §21
  // §20–25: the complaints of the organisation that registered or handles them; supervisors read.
  'complaint.read': [
    [[...OFFICE_STAFF, 'akimat_records', 'akimat_head'], 'own'],
    [['regional_supervisor'], 'region'],
    [['national_supervisor'], 'national'],
  ],
  // §25: the head of the handling organisation names who prepares the answer.
  'complaint.assign': [[[...SIGNERS, 'akimat_head'], 'own']],
  // domain.md §3: the records service dispatches outgoing letters and records their delivery.
  'complaint.deliver': [[['records', 'akimat_records'], 'own']],
  'queue.desk': [[['clerk'], 'own']], // §9
  // §9: the office's desks and their purposes, and the kiosk's address, are the head's to set.
  'queue.configure': [[SIGNERS, 'own']],
  // §7.2–7.4 measured: the office's head, and supervisors over their scope (the indicators' readers).
  'queue.figures': [
    [SIGNERS, 'own'],
    [['regional_supervisor'], 'region'],
    [['national_supervisor'], 'national'],
  ],
  'pass.order': [[OFFICE_STAFF, 'own']], // §10: ordered by phone by the serving official
  'pass.bureau': [[['pass_bureau'], 'own']],
  'indicators.read': [
    [SIGNERS, 'own'],
    [['regional_supervisor'], 'region'],
    [['national_supervisor'], 'national'],
  ],
  'indicators.enter': [[['national_supervisor'], 'national']], // §19
  'indicators.rebuild': [[['national_supervisor'], 'national']], // issue 10: the roll-ups on demand
} as const satisfies Record<string, readonly Grant[]>;

export type PolicyAction = keyof typeof POLICY;

/** The record acted on: which organisation it belongs to (and that organisation's region). */
export interface PolicyTarget {
  organisationId: string;
  regionCode: string | null;
}

export interface Decision {
  allowed: boolean;
  /** The roles that would allow it (for the refusal message). */
  roles: EffectiveRole[];
}

export function decide(
  actor: Pick<Actor, 'roles' | 'actingHead' | 'organisation'>,
  action: PolicyAction,
  target?: PolicyTarget,
): Decision {
  const mine = effectiveRoles(actor);
  const grants = POLICY[action] as readonly Grant[];
  const roles = [...new Set(grants.flatMap(([r]) => r))];
  const allowed = grants.some(([grantRoles, scope]) => {
    if (!grantRoles.some((r) => mine.includes(r))) return false;
    return inScope(actor.organisation, scope, target);
  });
  return { allowed, roles };
}

export function can(
  actor: Pick<Actor, 'roles' | 'actingHead' | 'organisation'>,
  action: PolicyAction,
  target?: PolicyTarget,
): boolean {
  return decide(actor, action, target).allowed;
}

function inScope(org: Actor['organisation'], scope: Scope, target: PolicyTarget | undefined): boolean {
  switch (scope) {
    case 'national':
      return org.kind === 'agency';
    case 'region':
      if (!target) return org.regionCode !== null;
      return org.regionCode !== null && org.regionCode === target.regionCode;
    case 'own':
      return !target || target.organisationId === org.id;
    case 'any':
      return true;
  }
}
