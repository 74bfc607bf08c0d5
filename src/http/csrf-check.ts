// The CSRF check of every form and API write: @fastify/csrf-protection's own (a double-submit token
// against the secret in the signed cookie tirkeu_csrf), with the pairs it has accepted remembered for
// the last visitors seen. A visitor sends the same secret and token with each request of a visit
// (an applicant's look-ups, a clerk's forms), and each check hashed them again: a hash object made and
// collected, about a twentieth of the server's time per status look-up.
// Remembering is safe because the plugin's tokens never expire (no `validity` in its options, so the
// answer depends on the pair's text alone) and both read the pair the same way: the secret through the
// same (remembering) cookie signer, the token through `csrfTokenOf`, given to the plugin as its
// `getToken`. Only accepted pairs are remembered; anything else goes to the plugin, which refuses it
// with its own error and log line as before.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BoundedSet } from '../app/bounded-memo.js';

export const CSRF_COOKIE = 'tirkeu_csrf';
const REMEMBERED = 10_000;

/** Where a request carries its token: a form's `_csrf` field, else one of the usual headers (the
 *  plugin's own default order). */
export function csrfTokenOf(req: FastifyRequest): string | undefined {
  const fromBody = (req.body as { _csrf?: unknown } | undefined)?._csrf;
  const token =
    fromBody ||
    req.headers['csrf-token'] ||
    req.headers['xsrf-token'] ||
    req.headers['x-csrf-token'] ||
    req.headers['x-xsrf-token'];
  return typeof token === 'string' ? token : undefined;
}

/** Replaces `app.csrfProtection` (registered by the plugin) with the remembering check. */
export function rememberAcceptedCsrf(app: FastifyInstance): void {
  const verify = app.csrfProtection.bind(app);
  const accepted = new BoundedSet(REMEMBERED);
  app.csrfProtection = function csrfProtection(req: FastifyRequest, reply: FastifyReply, done: () => void) {
    const secret = reply.unsignCookie(req.cookies[CSRF_COOKIE] || '').value;
    const token = csrfTokenOf(req);
    const pair = secret && token ? `${secret}\u0000${token}` : null;
    if (pair !== null && accepted.has(pair)) return done();
    verify(req, reply, (...failed: unknown[]) => {
      // The plugin calls on with no argument only when the pair passed.
      if (failed.length === 0 && pair !== null) accepted.add(pair);
      (done as (...a: unknown[]) => void)(...failed);
    });
  };
}
