import type { FastifyInstance } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { HomePage } from '../../views/pages/home-page.js';
import { href } from '../../views/view-context.js';
import { sendPage } from '../request-context.js';
import { RULE_VERSIONS, describeService, ruleVersionFor } from '../../domain/standard/index.js';
import { AboutPage } from '../../views/pages/about-page.js';
import { formatLegalDate } from '../../views/legal-date.js';
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
    // §4, §12: the service described from the rule version in force today.
    app.get(`/${lang}/about`, async (req, reply) => {
      const version = ruleVersionFor(plainDateAt(app.deps.now(), 'Asia/Almaty'), RULE_VERSIONS);
      const description = describeService(version, lang);
      return sendPage(req, reply, 'nav.about', (ctx) => (
        <AboutPage ctx={ctx} description={description} since={formatLegalDate(version.effectiveFrom, lang)} />
      ));
    });
  }
}
