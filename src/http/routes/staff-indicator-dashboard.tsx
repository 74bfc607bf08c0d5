// Issue 10: /{lang}/staff/indicators/dashboard (?scope=country|region:NN|OFFICE&year=YYYY&indicator=ID):
// the indicators' dashboard from the daily roll-ups, for the readers of the annex 9 table.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { scopeChoices } from '../../app/indicators/annex9-table.js';
import { indicatorDashboard, type Dashboard } from '../../app/indicators/dashboard.js';
import type { RollupRun } from '../../db/indicator-rollups.js';
import { IndicatorDashboardPage } from '../../views/pages/indicator-dashboard-page.js';
import { requireActor } from '../plugins/session.js';
import { sendPage } from '../request-context.js';

const str = (v: unknown, max = 40) => (typeof v === 'string' ? v.slice(0, max) : '');

export async function showDashboard(
  app: FastifyInstance,
  req: FastifyRequest,
  reply: FastifyReply,
  q: Record<string, unknown>,
  rebuilt: RollupRun | null,
) {
  const actor = req.actor!;
  if (!can(actor, 'indicators.read')) throw new DomainError('FORBIDDEN');
  const values = { scope: str(q.scope), year: str(q.year, 8), indicator: str(q.indicator, 4) };
  let dashboard: Dashboard | null = null;
  let errors: Record<string, string> = {};
  try {
    dashboard = await indicatorDashboard(app.deps, actor, values);
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
    errors = e.fields;
  }
  const choices = await scopeChoices(app.deps, actor);
  return sendPage(
    req,
    reply,
    'dashboard.title',
    (ctx) => (
      <IndicatorDashboardPage
        ctx={ctx}
        dashboard={dashboard}
        choices={choices}
        values={{
          scope: dashboard?.scopeValue ?? values.scope,
          year: dashboard ? String(dashboard.year) : values.year,
          indicator: dashboard?.rankBy.id ?? values.indicator,
        }}
        errors={errors}
        canRebuild={can(actor, 'indicators.rebuild', { organisationId: '', regionCode: '__none__' })}
        rebuilt={rebuilt}
      />
    ),
    Object.keys(errors).length ? 400 : 200,
  );
}

export function registerStaffIndicatorDashboard(app: FastifyInstance): void {
  for (const lang of LANGS)
    app.get(`/${lang}/staff/indicators/dashboard`, { preHandler: requireActor }, (req, reply) =>
      showDashboard(app, req, reply, req.query as Record<string, unknown>, null),
    );
}
