// The public check (domain.md §6, §17): pages at /check/… in the negotiated language and at
// /kk|ru|en/check/…, and JSON at /api/check/…, all behind one rate limit per client address held in
// the database. The seal a QR carries sits after «#», which browsers never send: the page's script
// posts it, or a person pastes it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  SEAL_TEXT_LIMIT,
  canonicalDocumentNumber,
  checkDocumentNumber,
  checkSealText,
  type PublicDocument,
  type SealCheck,
} from '../../app/documents/check-document.js';
import { publicKeysDocument, publishedSealKeys } from '../../app/documents/seal-keys.js';
import { DomainError } from '../../app/errors.js';
import { installationSecret } from '../../db/installation-secret.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { translator } from '../../i18n/i18n.js';
import {
  CheckKeysPage,
  CheckPage,
  DocumentCheckPage,
  DocumentNotFoundPage,
  SealCheckPage,
  statusText,
  verdictText,
  type CheckForms,
} from '../../views/pages/check-page.js';
import { limitCheckRequests, type CheckRateLimit } from '../plugins/check-rate-limit.js';
import { checkKeysSchema, checkNumberSchema, checkSealSchema } from '../schemas/check.js';
import { validateRequest } from '../schemas/validate-request.js';
import { sendPage } from '../request-context.js';

type NumberParams = { office: string; year: string; seq: string };

const PREFIXES = ['', '/kk', '/ru', '/en'] as const;

function documentJson(req: FastifyRequest, doc: PublicDocument) {
  return { ...doc, statusText: statusText({ t: translator(req.lang), lang: req.lang }, doc) };
}

function sealJson(req: FastifyRequest, check: SealCheck) {
  const s = check.sealed;
  return {
    verdict: check.verdict,
    message: verdictText({ t: translator(req.lang), lang: req.lang }, check),
    keyId: check.keyId,
    sealed: s
      ? {
          number: s.number,
          holder: s.holder,
          territory: s.territory,
          issuedOn: s.issued,
          validUntil: s.validUntil,
        }
      : null,
    differs: check.differs,
    document: check.document ? documentJson(req, check.document) : null,
  };
}

export async function registerPublicCheck(app: FastifyInstance, limit: CheckRateLimit): Promise<void> {
  const db = app.deps.database.db;
  const secret = await installationSecret(db, 'rate_limit_secret');
  await app.register(async (scope) => {
    await limitCheckRequests(scope, db, () => app.deps.now(), secret, limit);
    scope.setValidatorCompiler(validateRequest);

    for (const prefix of PREFIXES) {
      // The unprefixed address speaks the negotiated language; its language switch leads to /kk/… etc.
      const page = (req: FastifyRequest, path: string) => {
        if (prefix === '') req.pagePath = path;
      };
      const showForms = (req: FastifyRequest, reply: FastifyReply, forms: CheckForms, status = 200) =>
        sendPage(req, reply, 'check.title', (ctx) => <CheckPage ctx={ctx} forms={forms} />, status);

      scope.get<{ Querystring: { number?: unknown } }>(`${prefix}/check`, async (req, reply) => {
        page(req, '/check');
        const raw = req.query.number;
        if (raw === undefined) return showForms(req, reply, {});
        const typed = typeof raw === 'string' ? raw.trim().slice(0, 60) : '';
        if (typed === '') return showForms(req, reply, { numberError: 'number_required' }, 400);
        const number = canonicalDocumentNumber(typed);
        if (!number) return showForms(req, reply, { number: typed, numberError: 'number_format' }, 400);
        return reply.redirect(`${prefix}/check/${number}`, 303);
      });

      scope.get<{ Params: NumberParams }>(`${prefix}/check/:office/:year/:seq`, async (req, reply) => {
        const given = `${req.params.office}/${req.params.year}/${req.params.seq}`;
        page(req, `/check/${given}`);
        const number = canonicalDocumentNumber(given);
        if (!number)
          return showForms(req, reply, { number: given.slice(0, 60), numberError: 'number_format' }, 400);
        // A number typed in lower case: the one address of the document (a fragment survives the move).
        if (number !== given) return reply.redirect(`${prefix}/check/${number}`, 301);
        try {
          const doc = await checkDocumentNumber(app.deps, number);
          return sendPage(req, reply, 'check.title', (ctx) => <DocumentCheckPage ctx={ctx} doc={doc} />);
        } catch (e) {
          if (!(e instanceof DomainError && e.code === 'NOT_FOUND')) throw e;
          return sendPage(
            req,
            reply,
            'check.title',
            (ctx) => <DocumentNotFoundPage ctx={ctx} number={number} />,
            404,
          );
        }
      });

      scope.get(`${prefix}/check/seal`, async (_req, reply) => reply.redirect(`${prefix}/check`, 303));

      scope.post<{ Body: { seal?: unknown } | undefined }>(`${prefix}/check/seal`, async (req, reply) => {
        page(req, '/check');
        const raw = req.body?.seal;
        const text = typeof raw === 'string' ? raw.trim() : '';
        if (text === '') return showForms(req, reply, { sealError: 'seal_required' }, 400);
        if (text.length > SEAL_TEXT_LIMIT) return showForms(req, reply, { sealError: 'seal_too_long' }, 400);
        const check = await checkSealText(app.deps, text);
        return sendPage(req, reply, 'check.seal_title', (ctx) => <SealCheckPage ctx={ctx} check={check} />);
      });

      scope.get(`${prefix}/check/keys`, async (req, reply) => {
        page(req, '/check/keys');
        const keys = await publishedSealKeys(app.deps);
        return sendPage(req, reply, 'check.keys.title', (ctx) => (
          <CheckKeysPage ctx={ctx} keys={keys} day={(d) => plainDateAt(d, 'Asia/Almaty')} />
        ));
      });
    }

    scope.get('/api/check/keys', { schema: checkKeysSchema }, async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return publicKeysDocument(await publishedSealKeys(app.deps));
    });

    scope.get<{ Params: NumberParams }>(
      '/api/check/:office/:year/:seq',
      { schema: checkNumberSchema },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        const doc = await checkDocumentNumber(
          app.deps,
          `${req.params.office}/${req.params.year}/${req.params.seq}`,
        );
        return documentJson(req, doc);
      },
    );

    scope.post<{ Body: { seal: string } }>(
      '/api/check/seal',
      { schema: checkSealSchema, bodyLimit: 16 * 1024 },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return sealJson(req, await checkSealText(app.deps, req.body.seal));
      },
    );
  });
}
