// Passwords are hashed with argon2id (the PHC string keeps its parameters, so they can be raised later).
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// Algorithm.Argon2id is an ambient const enum (value 2) that isolated modules cannot read by name.
const OPTIONS = { algorithm: 2 as Algorithm.Argon2id } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Compared against when the login is unknown, so a wrong login costs as long as a wrong password
// and the answer's timing does not tell whether an account exists.
let dummy: Promise<string> | null = null;

export async function verifyPassword(phc: string | null, password: string): Promise<boolean> {
  if (!phc) {
    dummy ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

export const MIN_PASSWORD_LENGTH = 10;

/** null when acceptable, else the reason code. */
export function passwordProblem(
  password: string,
  login: string,
): 'too_short' | 'same_as_login' | 'too_long' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > 256) return 'too_long';
  if (password.toLowerCase().includes(login.toLowerCase())) return 'same_as_login';
  return null;
}

/** A temporary password for an administrator's reset: shown once, changed at the next sign-in. */
export function temporaryPassword(): string {
  // Crockford-like alphabet without look-alikes, grouped for reading aloud.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}-${chars.slice(12, 16)}`;
}
