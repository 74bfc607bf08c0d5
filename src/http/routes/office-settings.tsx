import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { setOfficeSettings } from '../../app/organisations/set-office-settings.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { SettingsPage } from '../../views/pages/settings-page.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';

// domain.md §3: the head (or acting head) sets the office's settings: the four-eyes rule and the
// days after which a signed result not collected is listed as "uncollected" (domain.md §4).
export function registerOfficeSettings(app: FastifyInstance): void {
  const guard = async (req: FastifyRequest) => {
    const actor = req.actor!;
    if (actor.organisation.kind !== 'service_office' || !can(actor, 'organisation.settings'))
      throw new DomainError('FORBIDDEN');
  };
  for (const lang of LANGS) {
    const path = `/${lang}/staff/settings`;
    app.get(path, { preHandler: [requireActor, guard] }, async (req, reply) => {
      const org = await findOrganisation(app.deps.database.db, req.actor!.organisation.id);
      return sendPage(req, reply, 'settings.title', (ctx) => (
        <SettingsPage
          ctx={ctx}
          fourEyes={org?.fourEyes ?? true}
          uncollectedAfterDays={String(org?.uncollectedAfterDays ?? 30)}
          errors={{}}
          saved={false}
        />
      ));
    });
    app.post(path, { preHandler: [app.csrfProtection, requireActor, guard] }, async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const fourEyes = body.fourEyes === 'on';
      const days =
        typeof body.uncollectedAfterDays === 'string' ? body.uncollectedAfterDays.slice(0, 20) : undefined;
      try {
        const saved = await setOfficeSettings(
          app.deps,
          req.actor!,
          originOf(req),
          req.actor!.organisation.id,
          {
            fourEyes,
            uncollectedAfterDays: days,
          },
        );
        return sendPage(req, reply, 'settings.title', (ctx) => (
          <SettingsPage
            ctx={ctx}
            fourEyes={saved.fourEyes}
            uncollectedAfterDays={String(saved.uncollectedAfterDays)}
            errors={{}}
            saved
          />
        ));
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        return sendPage(
          req,
          reply,
          'settings.title',
          (ctx) => (
            <SettingsPage
              ctx={ctx}
              fourEyes={fourEyes}
              uncollectedAfterDays={days ?? ''}
              errors={e.fields}
              saved={false}
            />
          ),
          400,
        );
      }
    });
  }
}
