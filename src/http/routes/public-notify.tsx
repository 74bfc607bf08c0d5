// Issue 8: the public survey (by the token of the message or the counter) and the accessibility
// statement, in kk, ru and en.
import type { FastifyInstance } from 'fastify';
import { LANGS } from '../../i18n/i18n.js';
import { DomainError } from '../../app/errors.js';
import { answerSurvey, surveyStatus } from '../../app/notify/survey.js';
import { SURVEY_QUESTIONS } from '../../domain/notify/notify.js';
import { AccessibilityPage, SurveyPage } from '../../views/pages/survey-page.js';
import { sendPage } from '../request-context.js';

export function registerPublicNotify(app: FastifyInstance): void {
  for (const lang of LANGS) {
    app.get(`/${lang}/accessibility`, async (req, reply) =>
      sendPage(req, reply, 'notify.a11y.title', (ctx) => <AccessibilityPage ctx={ctx} />),
    );

    const path = `/${lang}/survey/:token`;
    app.get(path, async (req, reply) => {
      const token = (req.params as { token: string }).token;
      const status = await surveyStatus(app.deps, token);
      return sendPage(
        req,
        reply,
        'notify.survey.title',
        (ctx) => <SurveyPage ctx={ctx} token={token} status={status} values={{}} errors={{}} />,
        status === 'invalid' ? 404 : 200,
      );
    });

    app.post(path, { preHandler: app.csrfProtection }, async (req, reply) => {
      const token = (req.params as { token: string }).token;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const values: Record<string, string> = {};
      for (const q of SURVEY_QUESTIONS) {
        const v = body[q];
        if (typeof v === 'string') values[q] = v.slice(0, 10);
      }
      try {
        const status = await answerSurvey(app.deps, token, values);
        return sendPage(
          req,
          reply,
          'notify.survey.title',
          (ctx) => <SurveyPage ctx={ctx} token={token} status={status} values={{}} errors={{}} />,
          status === 'answered' ? 200 : status === 'used' ? 409 : 404,
        );
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        return sendPage(
          req,
          reply,
          'notify.survey.title',
          (ctx) => <SurveyPage ctx={ctx} token={token} status="open" values={values} errors={e.fields} />,
          400,
        );
      }
    });
  }
}
