// POST /api/v1/track: the applicant's status look-up over JSON (issue 8, track), the same look-up as
// the track page (routes/track-lookup.ts: same rules, limits and access log), answered in the
// request's language. The codes travel in the body, never in an address.
import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { DomainError } from '../../app/errors.js';
import { translate } from '../../i18n/i18n.js';
import { originOf } from '../request-context.js';
import { trackSchema, type TrackBody } from '../schemas/track.js';
import { validateRequest } from '../schemas/validate-request.js';
import { lookUpStatus, trackInput } from './track-lookup.js';
import type { MessageKey } from '../../i18n/catalogue.js';

export async function registerApiTrack(app: FastifyInstance): Promise<void> {
  await app.register(async (api) => {
    api.setValidatorCompiler(validateRequest);
    api.post<{ Body: Static<typeof TrackBody> }>(
      '/api/v1/track',
      { schema: trackSchema, preHandler: app.csrfProtection },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        const body = req.body;
        const by = body.documentNumber !== undefined ? 'document' : 'access';
        if (body.accessCode !== undefined && body.documentNumber !== undefined)
          throw new DomainError('VALIDATION_FAILED', { documentNumber: 'VALUE_NOT_ALLOWED' });
        const input = trackInput(
          by,
          body.trackingCode,
          (by === 'document' ? body.documentNumber : body.accessCode) ?? '',
        );
        if (!input.ok)
          throw new DomainError(
            'VALIDATION_FAILED',
            Object.fromEntries(Object.keys(input.errors).map((field) => [field, 'REQUIRED'])),
          );
        const status = await lookUpStatus(app.deps, originOf(req), input.credentials, req.lang);
        if (!status)
          return reply.code(404).send({
            error: {
              code: 'NOT_FOUND',
              message: translate(req.lang, 'portal.track.e.no_match'),
              fields: {},
              details: {},
            },
          });
        return {
          ...status,
          stateText: translate(req.lang, `portal.state.${status.state}` as MessageKey),
        };
      },
    );
  });
}
