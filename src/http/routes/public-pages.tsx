import type { FastifyInstance } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { HomePage } from '../../views/pages/home-page.js';
import { href } from '../../views/view-context.js';
import { sendPage } from '../request-context.js';

// §7.1 and §16 terms shown on the home page; the standard-as-code module replaces these constants.
const RESULT_DAYS = 7; // §7.1
const REFUSAL_DAYS = 3; // §16

export function registerPublicPages(app: FastifyInstance): void {
  // "/" has no language of its own: send the visitor to the remembered or preferred one.
  app.get('/', async (req, reply) => reply.redirect(href(req.lang, '/'), 302));
  for (const lang of LANGS) {
    app.get(`/${lang}`, async (_req, reply) => reply.redirect(href(lang, '/'), 301));
    app.get(`/${lang}/`, async (req, reply) =>
      sendPage(req, reply, 'home.title', (ctx) => (
        <HomePage ctx={ctx} resultDays={RESULT_DAYS} refusalDays={REFUSAL_DAYS} />
      )),
    );
  }
}
