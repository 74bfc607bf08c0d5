// domain.md §3: the roles an account may hold within its organisation.
export const ROLES = [
  'clerk', // reception, queue desk, intake, hand-over (§9, §11, §15)
  'records', // incoming stamp (§14), outgoing letters, complaints register (§20, §22, §25)
  'officer', // reviews cases, drafts approvals and refusals
  'head', // signs certificates, references and refusals; office settings
  'akimat_records', // complaints addressed to the akimat (§21–22)
  'akimat_head',
  'pass_bureau', // the day's one-time passes (§10)
  'regional_supervisor',
  'national_supervisor', // the Agency: reads everything, enters annex 9 values (§19)
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

/** "acting head" is not a stored role: it is a dated delegation of the head's powers (domain.md §3). */
export type EffectiveRole = Role | 'acting_head';

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
