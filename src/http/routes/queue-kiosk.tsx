// §9: the kiosk — a tablet in the office's hall, reachable without sign-in at an address holding an
// unguessable token the head made (queue settings; a new token voids the old). It gives tickets only
// in the office's hours and outside its break, and a double tap (same form key) gives one ticket.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, translate, type Lang } from '../../i18n/i18n.js';
import { DomainError } from '../../app/errors.js';
import { KIOSK_TOKEN, issueTicket, kioskOffice } from '../../app/queue/issue-ticket.js';
import { queueOffice } from '../../app/queue/queue-office.js';
import { deskWaitNorm, kioskAvailability, type KioskClosedReason } from '../../domain/queue/index.js';
import { findTicket } from '../../db/queue-tickets-store.js';
import { waitingOfDay } from '../../db/queue-tickets-store.js';
import { IDEMPOTENCY_KEY } from '../../db/idempotency.js';
import { formatLegalDate } from '../../views/legal-date.js';
import { organisationName } from '../../views/organisation-name.js';
import { clockTime } from '../../views/queue-format.js';
import { KIOSK_PURPOSES, KioskPage, KioskTicketPage } from '../../views/pages/queue/kiosk-page.js';
import { renderScreen } from '../../views/pages/queue/screen-layout.js';
import { href } from '../../views/view-context.js';
import type { QueuePurpose } from '../../domain/standard/index.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { STATUS } from '../plugins/error-handler.js';
import { originOf, viewContext } from '../request-context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The ticket screen goes back to the choice by itself after this long. */
const TICKET_SCREEN_SECONDS = 30;

function send(reply: FastifyReply, html: string, status = 200) {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer') // the token is in the address
    .header('x-robots-tag', 'noindex')
    .send(html);
}

export function registerQueueKiosk(app: FastifyInstance): void {
  const deps = app.deps;

  async function choicePage(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    token: string,
    extra: { error?: string; closed?: { reason: KioskClosedReason; opensAt: string | null } } = {},
    status = 200,
  ) {
    const office = await queueOffice(deps, deps.database.db, await kioskOffice(deps, token));
    const open = kioskAvailability(office.schedule, office.timeZone, deps.now(), office.calendar);
    const closed =
      extra.closed ??
      (open.open
        ? null
        : {
            reason: open.reason,
            opensAt: open.opensAt ? opensText(lang, open.opensAt, office.timeZone, office.today) : null,
          });
    const ctx = viewContext(req, reply);
    const action = href(lang, `/queue/kiosk/${token}`);
    return send(
      reply,
      renderScreen(
        ctx,
        // Closed: look again in a minute; open: a fresh form (and CSRF token) every few minutes.
        {
          title: ctx.t('kiosk.title'),
          bodyClass: 'kiosk-screen',
          refresh: { seconds: closed ? 60 : 300, onlyWithoutScript: false },
          languages: true,
        },
        <KioskPage
          ctx={ctx}
          officeName={organisationName(lang, office.row)}
          action={action}
          formKey={randomBytes(16).toString('base64url')}
          closed={closed}
          error={extra.error ?? null}
        />,
      ),
      status,
    );
  }

  function opensText(lang: Lang, at: Date, timeZone: string, today: PlainDate): string {
    const day = plainDateAt(at, timeZone);
    const time = clockTime(at, timeZone);
    return day === today ? time : `${formatLegalDate(day, lang)}, ${time}`;
  }

  for (const lang of LANGS) {
    const base = `/${lang}/queue/kiosk/:token`;

    app.get(base, async (req, reply) => {
      const { token } = req.params as { token: string };
      return choicePage(req, reply, lang, token);
    });

    app.post(base, { preHandler: app.csrfProtection }, async (req, reply) => {
      const { token } = req.params as { token: string };
      if (!KIOSK_TOKEN.test(token)) throw new DomainError('NOT_FOUND');
      const body = (req.body ?? {}) as Record<string, unknown>;
      const purpose = body.purpose;
      const key = typeof body.key === 'string' ? body.key : '';
      if (!(KIOSK_PURPOSES as readonly unknown[]).includes(purpose) || !IDEMPOTENCY_KEY.test(key))
        return choicePage(req, reply, lang, token, { error: translate(lang, 'kiosk.choose_again') }, 400);
      try {
        const ticket = await issueTicket(deps, originOf(req), {
          kioskToken: token,
          purpose: purpose as QueuePurpose,
          idempotencyKey: key,
        });
        return reply.redirect(href(lang, `/queue/kiosk/${token}/tickets/${ticket.id}`), 303);
      } catch (e) {
        if (!(e instanceof DomainError) || (e.code !== 'QUEUE_CLOSED' && e.code !== 'QUEUE_FULL')) throw e;
        return choicePage(
          req,
          reply,
          lang,
          token,
          { error: translate(lang, `error.${e.code}`) },
          STATUS[e.code],
        );
      }
    });

    app.get(`${base}/tickets/:id`, async (req, reply) => {
      const { token, id } = req.params as { token: string; id: string };
      const officeId = await kioskOffice(deps, token);
      const ticket = UUID.test(id) ? await findTicket(deps.database.db, id) : null;
      if (!ticket || ticket.organisationId !== officeId) throw new DomainError('NOT_FOUND');
      const office = await queueOffice(deps, deps.database.db, officeId);
      const ahead =
        ticket.status === 'waiting'
          ? (await waitingOfDay(deps.database.db, officeId, ticket.day)).filter(
              (t) => t.purpose === ticket.purpose && t.issuedAt.getTime() < ticket.issuedAt.getTime(),
            ).length
          : null;
      const ctx = viewContext(req, reply);
      const back = href(lang, `/queue/kiosk/${token}`);
      return send(
        reply,
        renderScreen(
          ctx,
          {
            title: ctx.t('kiosk.ticket_title', { ticket: ticket.label }),
            bodyClass: 'kiosk-screen',
            refresh: { seconds: TICKET_SCREEN_SECONDS, onlyWithoutScript: false, to: back },
            script: '/static/queue-kiosk.js',
          },
          <KioskTicketPage
            ctx={ctx}
            officeName={organisationName(lang, office.row)}
            label={ticket.label}
            purpose={ticket.purpose}
            issuedAt={clockTime(ticket.issuedAt, office.timeZone)}
            day={formatLegalDate(ticket.day as PlainDate, lang)}
            ahead={ahead}
            back={back}
            waitNorm={deskWaitNorm(office.version, ticket.purpose).minutes}
          />,
        ),
      );
    });
  }
}
