// Issue 8, track: /{lang}/track — the tracking code with the access code (online) or with the
// applicant's document number (a counter receipt), posted (codes never sit in an address, a history
// or a log), through the look-up the API shares (routes/track-lookup.ts): rate limited, logged,
// nothing told without both halves.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { TrackPage, TrackResultPage, type TrackForms } from '../../views/pages/portal/track-page.js';
import { originOf, sendPage } from '../request-context.js';
import { TRACKING_CODE_MAX, lookUpStatus, trackInput } from './track-lookup.js';

export { dueShown } from './track-lookup.js';

export function registerPortalTrack(app: FastifyInstance): void {
  const deps = app.deps;

  for (const lang of LANGS) {
    const path = `/${lang}/track`;
    const show = (req: FastifyRequest, reply: FastifyReply, forms: TrackForms, status = 200) =>
      sendPage(req, reply, 'portal.track.title', (ctx) => <TrackPage ctx={ctx} forms={forms} />, status);

    app.get(path, async (req, reply) => {
      req.pagePath = '/track';
      return show(req, reply, {});
    });

    app.post(path, { preHandler: app.csrfProtection }, async (req, reply) => {
      req.pagePath = '/track';
      // The forms' own field names (a-…, d-…: two forms on one page, so the ids stay apart).
      const body = (req.body ?? {}) as Record<string, unknown>;
      const v = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
      const by = v('by') === 'document' ? 'document' : 'access';
      const p = by === 'document' ? 'd-' : 'a-';
      const input = trackInput(
        by,
        v(`${p}trackingCode`),
        v(by === 'document' ? 'd-documentNumber' : 'a-accessCode'),
      );
      const trackingCode = v(`${p}trackingCode`).trim().slice(0, TRACKING_CODE_MAX);
      if (!input.ok) return show(req, reply, { by, trackingCode, errors: input.errors }, 400);
      // The same look-up as POST /api/v1/track (routes/track-lookup.ts), rendered as a page.
      const status = await lookUpStatus(deps, originOf(req), input.credentials, lang);
      if (!status) return show(req, reply, { by, trackingCode, errors: { form: 'no_match' } }, 404);
      return sendPage(req, reply, 'portal.track.title', (ctx) => <TrackResultPage ctx={ctx} s={status} />);
    });
  }
}
