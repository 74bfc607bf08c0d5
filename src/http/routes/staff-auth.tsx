import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { signIn } from '../../app/accounts/sign-in.js';
import { signOut } from '../../app/accounts/session.js';
import { DomainError } from '../../app/errors.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../app/demo/seed-demo.js';
import { SignInPage, type SignInPageProps } from '../../views/pages/sign-in-page.js';
import { href } from '../../views/view-context.js';
import { SESSION_COOKIE, originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';

type Body = { login?: unknown; password?: unknown; next?: unknown };

/** Only a path of this site's own staff pages may be a `next` target (no open redirect). */
function safeNext(lang: string, next: unknown): string | undefined {
  return typeof next === 'string' && new RegExp(`^/${lang}/staff(/[A-Za-z0-9/_-]*)?$`).test(next)
    ? next
    : undefined;
}

export function registerStaffAuth(
  app: FastifyInstance,
  opts: { secureCookies: boolean; sessionIdleMinutes: number },
): void {
  const page = (
    req: FastifyRequest,
    reply: FastifyReply,
    props: Omit<SignInPageProps, 'ctx'>,
    status = 200,
  ) =>
    sendPage(
      req,
      reply,
      'signin.title',
      (ctx) => (
        <SignInPage
          ctx={ctx}
          {...props}
          demoAccounts={app.isDemo() ? DEMO_ACCOUNTS : undefined}
          demoPassword={app.isDemo() ? DEMO_PASSWORD : undefined}
        />
      ),
      status,
    );

  for (const lang of LANGS) {
    app.get(`/${lang}/staff/sign-in`, async (req, reply) => {
      const q = req.query as { next?: string; out?: string };
      if (req.actor) return reply.redirect(href(lang, '/staff'), 303);
      return page(req, reply, { next: safeNext(lang, q.next), notice: q.out === '1' ? 'signed_out' : null });
    });

    app.post(`/${lang}/staff/sign-in`, { preHandler: app.csrfProtection }, async (req, reply) => {
      const body = (req.body ?? {}) as Body;
      const login = typeof body.login === 'string' ? body.login.slice(0, 200) : '';
      const password = typeof body.password === 'string' ? body.password.slice(0, 1000) : '';
      const next = safeNext(lang, body.next);
      try {
        const result = await signIn(app.deps, { login, password }, originOf(req));
        reply.setCookie(SESSION_COOKIE, result.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: opts.secureCookies,
          maxAge: opts.sessionIdleMinutes * 60 * 24, // the server decides expiry; the cookie just outlives it
        });
        const target = result.mustChangePassword
          ? href(lang, '/staff/password')
          : (next ?? href(lang, '/staff'));
        return reply.redirect(target, 303);
      } catch (e) {
        if (e instanceof DomainError && e.code === 'SIGN_IN_FAILED') {
          return page(req, reply, { login, next, notice: 'failed' }, 401);
        }
        throw e;
      }
    });

    app.post(`/${lang}/staff/sign-out`, { preHandler: [app.csrfProtection] }, async (req, reply) => {
      if (req.actor) await signOut(app.deps, req.actor, originOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.redirect(`${href(lang, '/staff/sign-in')}?out=1`, 303);
    });
  }
  void requireActor;
}
