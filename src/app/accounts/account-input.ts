// Validation of account fields shared by the administrator's pages, the API and `tirkeu user add`.
import { isRole, type Role } from '../../domain/roles/roles.js';
import { DomainError } from '../errors.js';

export const LOGIN_PATTERN = /^[A-Za-z0-9._-]{3,64}$/;

export function checkAccountFields(input: { login: string; displayName: string; roles: string[] }): Role[] {
  const fields: Record<string, string> = {};
  if (!LOGIN_PATTERN.test(input.login)) fields.login = 'login_format';
  const name = input.displayName.trim();
  if (name.length < 2 || name.length > 200) fields.displayName = 'name_length';
  const roles = [...new Set(input.roles)];
  if (roles.length === 0) fields.roles = 'roles_required';
  else if (!roles.every(isRole)) fields.roles = 'roles_unknown';
  if (Object.keys(fields).length) throw new DomainError('VALIDATION_FAILED', fields);
  return roles as Role[];
}
