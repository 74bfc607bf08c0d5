// Issue 8, reaching the office: /{lang}/staff/cases/online — find an online application by tracking
// code and take it in (app/portal/take-in-online.ts); the case page then shows it at the counter,
// ready for the records service's stamp (§14).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../app/errors.js';
import { findOnlineArrival, takeInOnlineApplication } from '../../app/portal/take-in-online.js';
import { IDEMPOTENCY_KEY } from '../../db/idempotency.js';
import { APPLICATION_KIND_NAMES, type ApplicationKind } from '../../domain/standard/index.js';
import { LANGS } from '../../i18n/i18n.js';
import { OnlineArrivalPage } from '../../views/pages/portal/online-arrival-page.js';
import { href } from '../../views/view-context.js';
import { requireActor } from '../plugins/session.js';
import { originOf, sendPage } from '../request-context.js';
import { formValues } from './staff-cases-intake-input.js';

export function registerOnlineArrivals(app: FastifyInstance): void {
  const deps = app.deps;
  for (const lang of LANGS) {
    const base = `/${lang}/staff/cases/online`;
    app.get<{ Querystring: { code?: string } }>(base, { preHandler: requireActor }, async (req, reply) => {
      req.pagePath = '/staff/cases/online';
      const code = typeof req.query.code === 'string' ? req.query.code.trim().slice(0, 30) : '';
      const arrival = code ? await findOnlineArrival(deps, req.actor!, code) : null;
      if (!code) await findOnlineArrival(deps, req.actor!, ''); // the policy check, even before a search
      return sendPage(req, reply, 'portal.staff.title', (ctx) => (
        <OnlineArrivalPage
          ctx={ctx}
          code={code}
          searched={code !== ''}
          takeInKey={randomBytes(16).toString('base64url')}
          found={
            arrival
              ? {
                  caseId: arrival.caseId,
                  version: arrival.version,
                  trackingCode: arrival.trackingCode,
                  kindName: APPLICATION_KIND_NAMES[arrival.kind as ApplicationKind][lang],
                }
              : null
          }
        />
      ));
    });

    app.post(`${base}/take-in`, { preHandler: [app.csrfProtection, requireActor] }, async (req, reply) => {
      const v = formValues(req.body);
      const caseId = v.caseId ?? '';
      const version = Number(v.version);
      if (!/^[0-9a-f-]{36}$/.test(caseId) || !Number.isInteger(version)) throw new DomainError('NOT_FOUND');
      const key = IDEMPOTENCY_KEY.test(v.key ?? '') ? v.key! : randomBytes(16).toString('base64url');
      await takeInOnlineApplication(deps, req.actor!, originOf(req), caseId, version, key);
      return reply.redirect(href(lang, `/staff/cases/${caseId}`), 303);
    });
  }
}
