// §7.2–7.4 measured, per office and day: the head's own office, or (with ?office=CODE) an office a
// supervisor oversees; a supervisor who names none is asked to.
import type { FastifyInstance } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { readQueueFigures } from '../../app/queue/read-queue.js';
import { organisationName } from '../../views/organisation-name.js';
import { QueueFiguresChooseOffice, QueueFiguresPage } from '../../views/pages/queue/figures-page.js';
import { can } from '../../app/policies/policy.js';
import { DomainError } from '../../app/errors.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { requireActor } from '../plugins/session.js';
import { sendPage } from '../request-context.js';

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : undefined);

export function registerQueueFigures(app: FastifyInstance): void {
  for (const lang of LANGS) {
    app.get(`/${lang}/staff/queue/figures`, { preHandler: requireActor }, async (req, reply) => {
      const q = req.query as Record<string, unknown>;
      const actor = req.actor!;
      const officeCode = str(q.office, 10)?.trim();
      if (!officeCode && actor.organisation.kind !== 'service_office') {
        if (!can(actor, 'queue.figures')) throw new DomainError('FORBIDDEN');
        const day = str(q.day, 10) ?? plainDateAt(app.deps.now(), 'Asia/Almaty');
        return sendPage(req, reply, 'figures.title', (ctx) => (
          <QueueFiguresChooseOffice ctx={ctx} day={day} />
        ));
      }
      const view = await readQueueFigures(app.deps, actor, {
        officeCode: officeCode && officeCode !== actor.organisation.code ? officeCode : undefined,
        day: str(q.day, 10),
      });
      return sendPage(req, reply, 'figures.title', (ctx) => (
        <QueueFiguresPage
          ctx={ctx}
          officeName={organisationName(lang, view.office.row)}
          officeCode={view.office.row.code}
          day={view.day}
          live={view.day === view.office.today}
          figures={view.figures}
          ownOffice={view.office.row.id === actor.organisation.id}
        />
      ));
    });
  }
}
