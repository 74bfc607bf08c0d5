// Resolves the request's language from its path and its staff session from the cookie; a route that
// needs a signed-in member of staff uses `requireActor`.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession } from '../../app/accounts/session.js';
import { DEFAULT_LANG, isLang, negotiateLang } from '../../i18n/i18n.js';
import { LANG_COOKIE, SESSION_COOKIE } from '../request-context.js';
import { href } from '../../views/view-context.js';
import { DomainError } from '../../app/errors.js';

const SKIP_SESSION = /^\/(static|healthz|readyz|metrics)(\/|$)/;

export function registerSessionAndLanguage(app: FastifyInstance, opts: { secureCookies: boolean }): void {
  app.decorateRequest('lang', DEFAULT_LANG);
  app.decorateRequest('pagePath', '/');
  app.decorateRequest('actor', null);
  app.decorateRequest('actorOffice', null);
  app.decorateRequest('sessionState', 'none');

  app.addHook('onRequest', async (req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    const m = /^\/(kk|ru|en)(\/.*)?$/.exec(path);
    if (m && isLang(m[1])) {
      req.lang = m[1];
      req.pagePath = m[2] && m[2] !== '' ? m[2] : '/';
      // The language chosen (by the switch or a link) is remembered for the next visit to "/".
      if (req.cookies[LANG_COOKIE] !== m[1]) {
        reply.setCookie(LANG_COOKIE, m[1], {
          path: '/',
          maxAge: 365 * 24 * 3600,
          sameSite: 'lax',
          httpOnly: true,
          secure: opts.secureCookies,
        });
      }
    } else {
      req.lang = negotiateLang(req.headers['accept-language'], req.cookies[LANG_COOKIE]);
    }
    if (SKIP_SESSION.test(path)) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await resolveSession(app.deps, token);
    req.sessionState = found.kind;
    if (found.kind === 'live') {
      req.actor = found.actor;
      req.actorOffice = found.office;
    }
  });
}

/** preHandler for staff pages: a signed-in member of staff, with a current password. */
export async function requireActor(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!req.actor) {
    if (req.sessionState === 'expired') throw new DomainError('SESSION_EXPIRED');
    const next = encodeURIComponent(req.url.split('?')[0] ?? '/');
    return reply.redirect(`${href(req.lang, '/staff/sign-in')}?next=${next}`, 303);
  }
  const passwordPage = href(req.lang, '/staff/password');
  const path = req.url.split('?')[0];
  if (req.actor.mustChangePassword && path !== passwordPage && path !== href(req.lang, '/staff/sign-out')) {
    return reply.redirect(passwordPage, 303);
  }
}
