import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { setFourEyes } from '../../app/organisations/set-four-eyes.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { findOrganisation } from '../../db/accounts-store.js';
import { SettingsPage } from '../../views/pages/settings-page.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';

// domain.md §3: the head (or acting head) sets the office's settings.
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
        <SettingsPage ctx={ctx} fourEyes={org?.fourEyes ?? true} saved={false} />
      ));
    });
    app.post(path, { preHandler: [app.csrfProtection, requireActor, guard] }, async (req, reply) => {
      const fourEyes = (req.body as Record<string, unknown> | undefined)?.fourEyes === 'on';
      await setFourEyes(app.deps, req.actor!, originOf(req), req.actor!.organisation.id, fourEyes);
      return sendPage(req, reply, 'settings.title', (ctx) => (
        <SettingsPage ctx={ctx} fourEyes={fourEyes} saved />
      ));
    });
  }
}
