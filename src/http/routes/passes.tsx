// §10 for staff: the official confirms a visitor's one-time pass; the pass bureau sees the day's
// passes and marks entry and exit.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LANGS, translate, type Lang } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { confirmPass, markPass, readPasses } from '../../app/queue/visitor-passes.js';
import { queueOffice } from '../../app/queue/queue-office.js';
import { IDEMPOTENCY_KEY } from '../../db/idempotency.js';
import { parsePassNumber } from '../../domain/identifiers/pass-number.js';
import type { FieldError } from '../../views/components/form.js';
import { PassBureauPage, PassOrderPage } from '../../views/pages/queue/passes-pages.js';
import { href } from '../../views/view-context.js';
import { requireActor } from '../plugins/session.js';
import { originOf, sendPage } from '../request-context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const str = (v: unknown, max = 300) => (typeof v === 'string' ? v.slice(0, max) : '');

export function registerPasses(app: FastifyInstance): void {
  const deps = app.deps;
  const orderGuard = async (req: FastifyRequest) => {
    const a = req.actor!;
    if (a.organisation.kind !== 'service_office' || !can(a, 'pass.order')) throw new DomainError('FORBIDDEN');
  };
  const bureauGuard = async (req: FastifyRequest) => {
    const a = req.actor!;
    if (a.organisation.kind !== 'service_office' || !can(a, 'pass.bureau'))
      throw new DomainError('FORBIDDEN');
  };
  const fieldErrors = (lang: Lang, fields: Record<string, string>): FieldError[] =>
    Object.entries(fields).map(([field, code]) => ({
      field,
      message: translate(lang, `field.${code}` as MessageKey),
    }));

  for (const lang of LANGS) {
    const orderPath = `/${lang}/staff/passes`;
    const bureauPath = `/${lang}/staff/pass-bureau`;

    const orderPage = async (
      req: FastifyRequest,
      reply: Parameters<typeof sendPage>[1],
      extra: {
        errors?: FieldError[];
        values?: Record<string, string>;
        confirmed?: string | null;
        key?: string;
      },
      status = 200,
    ) => {
      const actor = req.actor!;
      const mine = await readPasses(deps, actor, originOf(req), { scope: 'mine' });
      const office = await queueOffice(deps, deps.database.db, actor.organisation.id);
      return sendPage(
        req,
        reply,
        'pass.order_title',
        (ctx) => (
          <PassOrderPage
            ctx={ctx}
            formKey={extra.key ?? randomBytes(16).toString('base64url')}
            errors={extra.errors ?? []}
            values={extra.values ?? {}}
            mine={mine.passes}
            timeZone={office.timeZone}
            confirmed={extra.confirmed ?? null}
          />
        ),
        status,
      );
    };

    app.get(orderPath, { preHandler: [requireActor, orderGuard] }, async (req, reply) => {
      const done = str((req.query as Record<string, unknown>).done, 4);
      return orderPage(req, reply, { confirmed: parsePassNumber(done).ok ? done : null });
    });

    app.post(
      orderPath,
      { preHandler: [app.csrfProtection, requireActor, orderGuard] },
      async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const values = {
          visitorName: str(body.visitorName),
          documentKind: str(body.documentKind, 40),
          lastDigits: str(body.lastDigits, 20),
        };
        const key = str(body.key, 100);
        if (!IDEMPOTENCY_KEY.test(key)) throw new DomainError('VALIDATION_FAILED');
        let number: string;
        try {
          number = (await confirmPass(deps, req.actor!, originOf(req), values, key)).number;
        } catch (e) {
          if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
          // The same key again: nothing was confirmed, and the corrected form may still use it.
          return orderPage(req, reply, { errors: fieldErrors(lang, e.fields), values, key }, 400);
        }
        return reply.redirect(`${href(lang, '/staff/passes')}?done=${number}`, 303);
      },
    );

    app.get(bureauPath, { preHandler: [requireActor, bureauGuard] }, async (req, reply) => {
      const actor = req.actor!;
      const q = req.query as Record<string, unknown>;
      const view = await readPasses(deps, actor, originOf(req), { scope: 'bureau', day: str(q.day, 10) });
      const office = await queueOffice(deps, deps.database.db, actor.organisation.id);
      const marked = str(q.marked, 10);
      return sendPage(req, reply, 'pass.bureau_title', (ctx) => (
        <PassBureauPage
          ctx={ctx}
          day={view.day}
          today={view.today}
          passes={view.passes}
          timeZone={office.timeZone}
          notice={marked === 'entered' || marked === 'exited' ? ctx.t(`pass.marked_${marked}`) : null}
        />
      ));
    });

    app.post(
      `${bureauPath}/:id/:mark`,
      { preHandler: [app.csrfProtection, requireActor, bureauGuard] },
      async (req, reply) => {
        const { id, mark } = req.params as { id: string; mark: string };
        if (!UUID.test(id) || (mark !== 'entered' && mark !== 'exited')) throw new DomainError('NOT_FOUND');
        await markPass(deps, req.actor!, originOf(req), id, mark);
        return reply.redirect(`${href(lang, '/staff/pass-bureau')}?marked=${mark}`, 303);
      },
    );
  }
}
