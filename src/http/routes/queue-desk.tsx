// §9 for staff: the office's queue and a desk's console. Every act is a form post (works without
// script) with an idempotency key where a double click must not act twice; a refused act re-draws
// the console with the reason.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, translate, type Lang } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { actOnTicket, callNext, leaveDesk, linkTicketToCase, sitAtDesk } from '../../app/queue/desk-work.js';
import { readQueueOverview } from '../../app/queue/read-queue.js';
import { findAccount } from '../../db/accounts-store.js';
import { IDEMPOTENCY_KEY } from '../../db/idempotency.js';
import { lastFinishedUnlinked } from '../../db/queue-tickets-store.js';
import { DESK_ACTS, isDeskAct } from '../../domain/queue/index.js';
import { DeskConsolePage, QueueOverviewPage } from '../../views/pages/queue/desk-pages.js';
import { href } from '../../views/view-context.js';
import { STATUS } from '../plugins/error-handler.js';
import { requireActor } from '../plugins/session.js';
import { originOf, sendPage } from '../request-context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const newKey = () => randomBytes(16).toString('base64url');
const REDRAWN = [
  'QUEUE_DESK_BUSY',
  'QUEUE_DESK_TAKEN',
  'QUEUE_ACT_NOT_ALLOWED',
  'CONFLICT',
  'VALIDATION_FAILED',
];
const DONE = ['call', 'recall', 'no_show', 'start', 'finish', 'link', 'sit', 'empty'] as const;

export function registerQueueDesk(app: FastifyInstance): void {
  const deps = app.deps;
  const db = deps.database.db;
  const guard = async (req: FastifyRequest) => {
    const actor = req.actor!;
    if (actor.organisation.kind !== 'service_office' || !can(actor, 'queue.desk'))
      throw new DomainError('FORBIDDEN');
  };

  async function names(ids: Iterable<string>) {
    const out: Record<string, string> = {};
    for (const id of new Set(ids)) {
      const a = await findAccount(db, id);
      if (a) out[id] = a.displayName;
    }
    return out;
  }

  const doneNotice = (lang: Lang, q: unknown, label?: string): string | null => {
    const done = (q as Record<string, unknown>).done;
    if (typeof done !== 'string' || !(DONE as readonly string[]).includes(done)) return null;
    const ticket =
      typeof (q as Record<string, unknown>).ticket === 'string'
        ? String((q as Record<string, unknown>).ticket).slice(0, 4)
        : (label ?? '');
    return translate(lang, `desk.done.${done}` as MessageKey, { ticket });
  };

  async function consolePage(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    deskId: string,
    extra: { error?: string | null; linkError?: string | null; notice?: string | null } = {},
    status = 200,
  ) {
    const actor = req.actor!;
    const overview = await readQueueOverview(deps, actor);
    const desk = overview.desks.find((d) => d.id === deskId);
    if (!desk) throw new DomainError('NOT_FOUND');
    if (desk.staffedToday !== actor.accountId)
      return reply.redirect(`${href(lang, '/staff/queue')}?desk=taken`, 303);
    const keys = Object.fromEntries(['call', ...DESK_ACTS].map((k) => [k, newKey()]));
    const lastUnlinked = desk.held ? null : await lastFinishedUnlinked(db, desk.id, overview.office.today);
    return sendPage(
      req,
      reply,
      'desk.page_title',
      (ctx) => (
        <DeskConsolePage
          ctx={ctx}
          desk={desk}
          held={desk.held}
          lastUnlinked={lastUnlinked}
          waiting={overview.waiting}
          timeZone={overview.office.timeZone}
          keys={keys}
          notice={extra.notice ?? null}
          error={extra.error ?? null}
          linkError={extra.linkError ?? null}
        />
      ),
      status,
    );
  }

  /** A refused act: the console again, saying why (or the queue page for a desk no longer the actor's). */
  async function refused(req: FastifyRequest, reply: FastifyReply, lang: Lang, deskId: string, e: unknown) {
    if (!(e instanceof DomainError) || !REDRAWN.includes(e.code)) throw e;
    if (e.code === 'QUEUE_DESK_TAKEN') return reply.redirect(`${href(lang, '/staff/queue')}?desk=taken`, 303);
    if (e.code === 'VALIDATION_FAILED' && e.fields.trackingCode)
      return consolePage(
        req,
        reply,
        lang,
        deskId,
        { linkError: translate(lang, `field.${e.fields.trackingCode}` as MessageKey) },
        400,
      );
    const message =
      e.code === 'QUEUE_DESK_BUSY' && typeof e.details.ticket === 'string'
        ? translate(lang, 'desk.busy_with', { ticket: e.details.ticket })
        : translate(lang, `error.${e.code}` as MessageKey);
    return consolePage(req, reply, lang, deskId, { error: message }, STATUS[e.code]);
  }

  const bodyOf = (req: FastifyRequest) => (req.body ?? {}) as Record<string, unknown>;
  const keyOf = (req: FastifyRequest) => {
    const key = bodyOf(req).key;
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) throw new DomainError('VALIDATION_FAILED');
    return key;
  };

  for (const lang of LANGS) {
    const base = `/${lang}/staff/queue`;
    const post = { preHandler: [app.csrfProtection, requireActor, guard] };

    app.get(base, { preHandler: [requireActor, guard] }, async (req, reply) => {
      const actor = req.actor!;
      const overview = await readQueueOverview(deps, actor);
      const staff = await names(overview.desks.flatMap((d) => (d.staffedToday ? [d.staffedToday] : [])));
      const q = req.query as Record<string, unknown>;
      const notice = q.desk === 'taken' ? translate(lang, 'desk.not_yours') : doneNotice(lang, q);
      return sendPage(req, reply, 'queue.title', (ctx) => (
        <QueueOverviewPage
          ctx={ctx}
          desks={overview.desks}
          waiting={overview.waiting}
          names={staff}
          myDeskId={overview.myDesk?.id ?? null}
          timeZone={overview.office.timeZone}
          canConfigure={can(actor, 'queue.configure')}
          canFigures={can(actor, 'queue.figures')}
          boardUrl={href(lang, `/queue/board/${overview.office.row.code}`)}
          notice={notice}
        />
      ));
    });

    app.get(`${base}/desks/:id`, { preHandler: [requireActor, guard] }, async (req, reply) => {
      const { id } = req.params as { id: string };
      if (!UUID.test(id)) throw new DomainError('NOT_FOUND');
      return consolePage(req, reply, lang, id, { notice: doneNotice(lang, req.query) });
    });

    app.post(`${base}/desks/:id/sit`, post, async (req, reply) => {
      const { id } = req.params as { id: string };
      if (!UUID.test(id)) throw new DomainError('NOT_FOUND');
      try {
        await sitAtDesk(deps, req.actor!, originOf(req), id);
      } catch (e) {
        if (
          e instanceof DomainError &&
          (e.code === 'QUEUE_DESK_TAKEN' || e.code === 'QUEUE_DESK_BUSY' || e.code === 'CONFLICT')
        )
          return reply.redirect(`${href(lang, '/staff/queue')}?desk=taken`, 303);
        throw e;
      }
      return reply.redirect(`${href(lang, `/staff/queue/desks/${id}`)}?done=sit`, 303);
    });

    // Leaving is also the head's (freeing a desk someone left staffed): no desk-role guard here.
    app.post(
      `${base}/desks/:id/leave`,
      { preHandler: [app.csrfProtection, requireActor] },
      async (req, reply) => {
        const { id } = req.params as { id: string };
        if (!UUID.test(id)) throw new DomainError('NOT_FOUND');
        try {
          await leaveDesk(deps, req.actor!, originOf(req), id);
        } catch (e) {
          return refused(req, reply, lang, id, e);
        }
        const back = can(req.actor!, 'queue.desk') ? '/staff/queue' : '/staff/queue/settings';
        return reply.redirect(href(lang, back), 303);
      },
    );

    app.post(`${base}/desks/:id/call`, post, async (req, reply) => {
      const { id } = req.params as { id: string };
      if (!UUID.test(id)) throw new DomainError('NOT_FOUND');
      let label: string | null;
      try {
        label = (await callNext(deps, req.actor!, originOf(req), id, keyOf(req))).label;
      } catch (e) {
        return refused(req, reply, lang, id, e);
      }
      const to = href(lang, `/staff/queue/desks/${id}`);
      return reply.redirect(label ? `${to}?done=call&ticket=${label}` : `${to}?done=empty`, 303);
    });

    app.post(`${base}/desks/:id/tickets/:ticket/:act`, post, async (req, reply) => {
      const { id, ticket, act } = req.params as { id: string; ticket: string; act: string };
      if (!UUID.test(id) || !UUID.test(ticket)) throw new DomainError('NOT_FOUND');
      try {
        if (act === 'link') {
          const code = bodyOf(req).trackingCode;
          await linkTicketToCase(deps, req.actor!, originOf(req), {
            deskId: id,
            ticketId: ticket,
            trackingCode: typeof code === 'string' ? code.slice(0, 40) : '',
          });
        } else if (isDeskAct(act)) {
          await actOnTicket(deps, req.actor!, originOf(req), {
            deskId: id,
            ticketId: ticket,
            act,
            idempotencyKey: keyOf(req),
          });
        } else throw new DomainError('NOT_FOUND');
      } catch (e) {
        return refused(req, reply, lang, id, e);
      }
      return reply.redirect(`${href(lang, `/staff/queue/desks/${id}`)}?done=${act}`, 303);
    });
  }
}
