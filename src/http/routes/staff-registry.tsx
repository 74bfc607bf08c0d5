// The registry's pages for staff (issue 6; domain.md §4, §8, §17): /{lang}/staff/registry (a GET form
// and its results, without script) and /{lang}/staff/registry/:id (one registrant's history, its
// opening written to the access log).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { mayAffiliation, searchRegistry, type RegistryResult } from '../../app/registry/search-registry.js';
import { readRegistrant } from '../../app/registry/read-registrant.js';
import { RegistryPage, REGISTRY_FIELDS, type RegistryField } from '../../views/pages/registry-page.js';
import { RegistrantPage } from '../../views/pages/registrant-page.js';
import { originOf, sendPage } from '../request-context.js';
import { requireActor } from '../plugins/session.js';

const guard = async (req: FastifyRequest) => {
  if (!can(req.actor!, 'registry.search')) throw new DomainError('FORBIDDEN');
};

export function registerStaffRegistry(app: FastifyInstance): void {
  for (const lang of LANGS) {
    const base = `/${lang}/staff/registry`;

    app.get(base, { preHandler: [requireActor, guard] }, async (req, reply) => {
      const actor = req.actor!;
      const q = req.query as Record<string, unknown>;
      const values: Partial<Record<RegistryField, string>> = {};
      for (const f of REGISTRY_FIELDS)
        if (typeof q[f] === 'string') values[f] = (q[f] as string).slice(0, 300);
      const asked = Object.values(values).some((v) => v.trim() !== '');
      let result: RegistryResult | null = null;
      let errors: Record<string, string> = {};
      let status = 200;
      if (asked)
        try {
          result = await searchRegistry(app.deps, actor, {
            ...values,
            ...(typeof q.page === 'string' ? { page: q.page.slice(0, 10) } : {}),
          });
        } catch (e) {
          if (!(e instanceof DomainError) || Object.keys(e.fields).length === 0) throw e;
          errors = e.fields;
          status = e.code === 'FORBIDDEN' ? 403 : 400;
        }
      return sendPage(
        req,
        reply,
        'registry.title',
        (ctx) => (
          <RegistryPage
            ctx={ctx}
            values={values}
            errors={errors}
            affiliationAllowed={mayAffiliation(actor)}
            result={result}
          />
        ),
        status,
      );
    });

    app.get(`${base}/:id`, { preHandler: [requireActor, guard] }, async (req, reply) => {
      const { id } = req.params as { id: string };
      const view = await readRegistrant(app.deps, req.actor!, originOf(req), id);
      return sendPage(req, reply, 'registry.registrant_title', (ctx) => (
        <RegistrantPage ctx={ctx} view={view} />
      ));
    });
  }
}
