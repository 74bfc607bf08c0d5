import type { EffectiveRole, Role } from '../domain/roles/roles.js';

/** The signed-in member of staff, as every use-case and policy sees them. */
export interface Actor {
  accountId: string;
  login: string;
  displayName: string;
  organisation: {
    id: string;
    code: string;
    kind: 'service_office' | 'akimat' | 'agency';
    regionCode: string | null;
    nameKk: string;
    nameRu: string | null;
  };
  roles: Role[];
  /** True when a dated delegation makes this account acting head today (domain.md §3). */
  actingHead: boolean;
  mustChangePassword: boolean;
  sessionId: string;
}

export function effectiveRoles(actor: Pick<Actor, 'roles' | 'actingHead'>): EffectiveRole[] {
  return actor.actingHead && !actor.roles.includes('head')
    ? [...actor.roles, 'acting_head']
    : [...actor.roles];
}
