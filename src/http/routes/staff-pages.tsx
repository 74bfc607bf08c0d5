import type { FastifyInstance } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { changePassword } from '../../app/accounts/change-password.js';
import { DomainError } from '../../app/errors.js';
import { MIN_PASSWORD_LENGTH } from '../../app/accounts/passwords.js';
import { StaffHomePage } from '../../views/pages/staff-home-page.js';
import { PasswordPage } from '../../views/pages/password-page.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';
import { fieldErrors } from '../field-errors.js';
import type { Actor } from '../../app/actor.js';

const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 1000) : '');

export function registerStaffPages(app: FastifyInstance): void {
  for (const lang of LANGS) {
    app.get(`/${lang}/staff`, { preHandler: requireActor }, async (req, reply) =>
      sendPage(req, reply, 'staff.title', (ctx) => <StaffHomePage ctx={ctx} actor={req.actor as Actor} />),
    );

    app.get(`/${lang}/staff/password`, { preHandler: requireActor }, async (req, reply) =>
      sendPage(req, reply, 'password.title', (ctx) => (
        <PasswordPage ctx={ctx} errors={[]} mustChange={req.actor!.mustChangePassword} changed={false} />
      )),
    );

    app.post(
      `/${lang}/staff/password`,
      { preHandler: [app.csrfProtection, requireActor] },
      async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        try {
          await changePassword(app.deps, req.actor!, originOf(req), {
            current: str(body.current),
            next: str(body.next),
            repeat: str(body.repeat),
          });
        } catch (e) {
          if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
          const errors = fieldErrors(lang, e.fields, { min: MIN_PASSWORD_LENGTH });
          return sendPage(
            req,
            reply,
            'password.title',
            (ctx) => (
              <PasswordPage
                ctx={ctx}
                errors={errors}
                mustChange={req.actor!.mustChangePassword}
                changed={false}
              />
            ),
            400,
          );
        }
        req.actor = { ...req.actor!, mustChangePassword: false };
        return sendPage(req, reply, 'password.title', (ctx) => (
          <PasswordPage ctx={ctx} errors={[]} mustChange={false} changed />
        ));
      },
    );
  }
}
