// The head's queue settings page (§9, §10): desks and their purposes, the kiosk's address (shown once
// when made), the board's address, the days passes are kept.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, translate, type Lang } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { DomainError } from '../../app/errors.js';
import { can } from '../../app/policies/policy.js';
import { addDesk, changeDesk, newKioskToken, setPassKeepDays } from '../../app/queue/configure-queue.js';
import { readQueueSettings } from '../../app/queue/read-queue.js';
import { findAccount } from '../../db/accounts-store.js';
import { PASS_KEEP_DAYS } from '../../domain/queue/index.js';
import type { FieldError } from '../../views/components/form.js';
import { formatLegalDate } from '../../views/legal-date.js';
import { clockTime } from '../../views/queue-format.js';
import { QueueSettingsPage } from '../../views/pages/queue/settings-page.js';
import { href } from '../../views/view-context.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { requireActor } from '../plugins/session.js';
import { originOf, sendPage } from '../request-context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v])
    .filter((x): x is string => typeof x === 'string')
    .slice(0, 8);

export function registerQueueSettings(app: FastifyInstance, opts: { publicUrl: string }): void {
  const deps = app.deps;
  const guard = async (req: FastifyRequest) => {
    const actor = req.actor!;
    if (actor.organisation.kind !== 'service_office' || !can(actor, 'queue.configure'))
      throw new DomainError('FORBIDDEN');
  };

  async function page(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    extra: {
      errors?: FieldError[];
      values?: { number?: string; purposes?: string[] };
      newKiosk?: string | null;
      notice?: string | null;
    } = {},
    status = 200,
  ) {
    const s = await readQueueSettings(deps, req.actor!);
    const names: Record<string, string> = {};
    for (const d of s.desks)
      if (d.staffedToday)
        names[d.staffedToday] = (await findAccount(deps.database.db, d.staffedToday))?.displayName ?? '';
    const when = s.kioskSetAt
      ? `${formatLegalDate(plainDateAt(s.kioskSetAt, s.office.timeZone), lang)}, ${clockTime(s.kioskSetAt, s.office.timeZone)}`
      : null;
    return sendPage(
      req,
      reply,
      'queue.settings_title',
      (ctx) => (
        <QueueSettingsPage
          ctx={ctx}
          desks={s.desks}
          names={names}
          kioskSetAt={when}
          newKiosk={
            extra.newKiosk
              ? LANGS.map((l) => ({ lang: l, url: `${opts.publicUrl}/${l}/queue/kiosk/${extra.newKiosk}` }))
              : null
          }
          boardUrls={LANGS.map((l) => ({
            lang: l,
            url: `${opts.publicUrl}/${l}/queue/board/${s.office.row.code}`,
          }))}
          passKeepDays={s.passKeepDays}
          errors={extra.errors ?? []}
          values={extra.values ?? {}}
          notice={extra.notice ?? null}
        />
      ),
      status,
    );
  }

  const fieldErrors = (lang: Lang, fields: Record<string, string>): FieldError[] =>
    Object.entries(fields).map(([field, code]) => ({
      field,
      message: translate(lang, `field.${code}` as MessageKey, {
        min: PASS_KEEP_DAYS.min,
        max: PASS_KEEP_DAYS.max,
      }),
    }));

  for (const lang of LANGS) {
    const base = `/${lang}/staff/queue/settings`;
    const post = { preHandler: [app.csrfProtection, requireActor, guard] };
    const saved = () => translate(lang, 'queue.saved');

    app.get(base, { preHandler: [requireActor, guard] }, async (req, reply) =>
      page(req, reply, lang, {
        notice: (req.query as Record<string, unknown>).saved === '1' ? saved() : null,
      }),
    );

    app.post(`${base}/desks`, post, async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const number = typeof body.number === 'string' ? body.number.trim().slice(0, 4) : '';
      const purposes = list(body.purposes);
      try {
        await addDesk(deps, req.actor!, originOf(req), {
          number: /^\d+$/.test(number) ? Number(number) : NaN,
          purposes,
        });
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        return page(
          req,
          reply,
          lang,
          { errors: fieldErrors(lang, e.fields), values: { number, purposes } },
          400,
        );
      }
      return reply.redirect(`${href(lang, '/staff/queue/settings')}?saved=1`, 303);
    });

    app.post(`${base}/desks/:id`, post, async (req, reply) => {
      const { id } = req.params as { id: string };
      if (!UUID.test(id)) throw new DomainError('NOT_FOUND');
      const body = (req.body ?? {}) as Record<string, unknown>;
      try {
        await changeDesk(deps, req.actor!, originOf(req), {
          deskId: id,
          purposes: list(body.purposes),
          active: body.active === 'on',
        });
      } catch (e) {
        if (e instanceof DomainError && e.code === 'VALIDATION_FAILED')
          return page(req, reply, lang, { errors: fieldErrors(lang, e.fields) }, 400);
        if (e instanceof DomainError && e.code === 'QUEUE_DESK_BUSY')
          return page(
            req,
            reply,
            lang,
            { errors: [{ field: 'desks-title', message: translate(lang, 'error.QUEUE_DESK_BUSY') }] },
            409,
          );
        throw e;
      }
      return reply.redirect(`${href(lang, '/staff/queue/settings')}?saved=1`, 303);
    });

    app.post(`${base}/kiosk`, post, async (req, reply) => {
      const token = await newKioskToken(deps, req.actor!, originOf(req));
      // Shown once, on this answer only (never stored, never in an address bar's history).
      return page(req, reply, lang, { newKiosk: token });
    });

    app.post(`${base}/passes`, post, async (req, reply) => {
      const raw = (req.body as Record<string, unknown> | undefined)?.passKeepDays;
      const text = typeof raw === 'string' ? raw.trim().slice(0, 4) : '';
      try {
        await setPassKeepDays(deps, req.actor!, originOf(req), /^\d+$/.test(text) ? Number(text) : NaN);
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        return page(req, reply, lang, { errors: fieldErrors(lang, e.fields) }, 400);
      }
      return reply.redirect(`${href(lang, '/staff/queue/settings')}?saved=1`, 303);
    });
  }
}
