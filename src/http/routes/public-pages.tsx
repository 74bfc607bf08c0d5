import type { FastifyInstance } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { HomePage } from '../../views/pages/home-page.js';
import { href } from '../../views/view-context.js';
import { sendPage } from '../request-context.js';
import { RULE_VERSIONS, ruleVersionFor } from '../../domain/standard/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';

// The terms on the home page come from the rule version in force today (§7.1, §16), not from text.
function termsToday(now: Date) {
  const limits = ruleVersionFor(plainDateAt(now, 'Asia/Almaty'), RULE_VERSIONS).timeLimits;
  return { resultDays: limits.result.workingDays, refusalDays: limits.refusalDelivery.workingDays };
}

export function registerPublicPages(app: FastifyInstance): void {
  // "/" has no language of its own: send the visitor to the remembered or preferred one.
  app.get('/', async (req, reply) => reply.redirect(href(req.lang, '/'), 302));
  for (const lang of LANGS) {
    app.get(`/${lang}`, async (_req, reply) => reply.redirect(href(lang, '/'), 301));
    app.get(`/${lang}/`, async (req, reply) => {
      const terms = termsToday(app.deps.now());
      return sendPage(req, reply, 'home.title', (ctx) => <HomePage ctx={ctx} {...terms} />);
    });
  }
}
