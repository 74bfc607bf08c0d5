import { href, type ViewContext } from '../view-context.js';
import { effectiveRoles, type Actor } from '../../app/actor.js';
import { can } from '../../app/policies/policy.js';
import { organisationName } from '../organisation-name.js';

export function StaffHomePage({ ctx, actor }: { ctx: ViewContext; actor: Actor }) {
  return (
    <>
      <h1>{ctx.t('staff.welcome', { name: actor.displayName })}</h1>
      <dl class="summary-list">
        <div>
          <dt>{ctx.t('staff.organisation')}</dt>
          <dd>
            {organisationName(ctx.lang, actor.organisation)}{' '}
            <span class="code">{actor.organisation.code}</span>
          </dd>
        </div>
        <div>
          <dt>{ctx.t('staff.roles')}</dt>
          <dd>
            {effectiveRoles(actor)
              .map((r) => ctx.t(`role.${r}`))
              .join(', ')}
          </dd>
        </div>
      </dl>
      {actor.actingHead && <p class="tag">{ctx.t('staff.acting_head')}</p>}
      <p>{ctx.t('staff.empty')}</p>
      <ul class="link-list">
        {actor.organisation.kind === 'service_office' && can(actor, 'case.read') && (
          <li>
            <a href={href(ctx.lang, '/staff/cases')}>{ctx.t('staff.cases_link')}</a>
          </li>
        )}
        {actor.organisation.kind === 'service_office' && can(actor, 'case.move_bulk') && (
          <li>
            <a href={href(ctx.lang, '/staff/cases/move')}>{ctx.t('staff.move_link')}</a>
          </li>
        )}
        {actor.organisation.kind !== 'agency' && can(actor, 'complaint.read') && (
          <li>
            <a href={href(ctx.lang, '/staff/complaints')}>{ctx.t('complaint.nav')}</a>
          </li>
        )}
        {can(actor, 'registry.search') && (
          <li>
            <a href={href(ctx.lang, '/staff/registry')}>{ctx.t('staff.registry_link')}</a>
          </li>
        )}
        {actor.organisation.kind === 'service_office' &&
          (can(actor, 'queue.desk') || can(actor, 'queue.configure')) && (
            <li>
              <a href={href(ctx.lang, '/staff/queue')}>{ctx.t('staff.queue_link')}</a>
            </li>
          )}
        {actor.organisation.kind === 'service_office' && can(actor, 'queue.configure') && (
          <li>
            <a href={href(ctx.lang, '/staff/queue/settings')}>{ctx.t('queue.settings_link')}</a>
          </li>
        )}
        {can(actor, 'queue.figures') && (
          <li>
            <a href={href(ctx.lang, '/staff/queue/figures')}>{ctx.t('figures.link')}</a>
          </li>
        )}
        {can(actor, 'indicators.read') && (
          <li>
            <a href={href(ctx.lang, '/staff/indicators')}>{ctx.t('indicators.nav')}</a>
          </li>
        )}
        {actor.organisation.kind === 'service_office' && can(actor, 'pass.order') && (
          <li>
            <a href={href(ctx.lang, '/staff/passes')}>{ctx.t('staff.passes_link')}</a>
          </li>
        )}
        {actor.organisation.kind === 'service_office' && can(actor, 'pass.bureau') && (
          <li>
            <a href={href(ctx.lang, '/staff/pass-bureau')}>{ctx.t('staff.pass_bureau_link')}</a>
          </li>
        )}
        {can(actor, 'account.manage') && (
          <li>
            <a href={href(ctx.lang, '/staff/admin/accounts')}>{ctx.t('staff.admin_link')}</a>
          </li>
        )}
        {can(actor, 'calendar.manage') && (
          <li>
            <a href={href(ctx.lang, '/staff/admin/calendar')}>{ctx.t('staff.calendar_link')}</a>
          </li>
        )}
        {actor.organisation.kind === 'service_office' && can(actor, 'organisation.settings') && (
          <li>
            <a href={href(ctx.lang, '/staff/settings')}>{ctx.t('staff.settings_link')}</a>
          </li>
        )}
        <li>
          <a href={href(ctx.lang, '/staff/password')}>{ctx.t('staff.password_link')}</a>
        </li>
      </ul>
    </>
  );
}
