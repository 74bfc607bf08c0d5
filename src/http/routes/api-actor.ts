// The API's guard: a live staff session (the session cookie of the staff pages), or a 401 in JSON —
// never the sign-in page's redirect. An account that must change its password does that on the
// pages first.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../app/actor.js';
import { DomainError } from '../../app/errors.js';

/** onRequest hook of every API route that needs a member of staff. */
export async function requireApiActor(req: FastifyRequest): Promise<void> {
  if (!req.actor) throw new DomainError(req.sessionState === 'expired' ? 'SESSION_EXPIRED' : 'NOT_SIGNED_IN');
  if (req.actor.mustChangePassword)
    throw new DomainError('FORBIDDEN', {}, { reason: 'PASSWORD_CHANGE_REQUIRED' });
}

/** The actor of a request that passed requireApiActor. */
export function apiActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new DomainError('NOT_SIGNED_IN');
  return req.actor;
}
