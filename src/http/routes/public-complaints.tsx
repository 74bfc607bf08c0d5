// §20–25 on the portal, in kk, ru and en: the complaint form, its confirmation (the access code shown
// once) and the progress page by the complaint's tracking code and access code, with the 4.1 question.
// The form's token lives in a cookie only: it makes a double submit one complaint and derives the
// access code, so neither the code nor the token is kept in the clear anywhere on the server.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, translate, type Lang } from '../../i18n/i18n.js';
import {
  fileOnlineComplaint,
  findComplaintForComplainant,
  type ComplaintProgress,
} from '../../app/complaints/online-complaint.js';
import { answerComplaintSurvey } from '../../app/complaints/complaint-survey.js';
import { DomainError } from '../../app/errors.js';
import type { FormState } from '../../views/components/complaint-fields.js';
import {
  ComplaintFiledPage,
  ComplaintTrackPage,
  PublicComplaintPage,
  type ProgressView,
} from '../../views/pages/complaints/public-complaint-pages.js';
import { STATUS } from '../plugins/error-handler.js';
import { COMPLAINT_FORM_COOKIE, uploadsIn } from '../plugins/uploads.js';
import { originOf, sendPage } from '../request-context.js';

const FORM_COOKIE = COMPLAINT_FORM_COOKIE;
const FIELDS = [
  'trackingCode',
  'accessCode',
  'documentNumber',
  'kind',
  'addressee',
  'language',
  'surname',
  'name',
  'patronymic',
  'address',
  'phone',
  'officeCode',
] as const;
const str = (v: unknown, max = 400) => (typeof v === 'string' ? v.slice(0, max) : '');

function progressView(p: ComplaintProgress, accessCode: string, lang: Lang): ProgressView {
  const h = p.handler;
  return {
    trackingCode: p.trackingCode,
    accessCode,
    incomingNumber: p.incomingNumber,
    state: p.state,
    registeredOn: p.registeredOn,
    dueOn: p.dueOn,
    overdue: p.overdue,
    handler: (lang === 'ru' ? h.nameRu : lang === 'en' ? h.nameEn : null) ?? h.nameKk,
    phone: h.phones[0] ?? null,
    outcome: p.outcome,
    reasons: p.reasons,
    outgoingNumber: p.outgoingNumber,
    deliveredOn: p.deliveredOn,
    mayAnswerSurvey: p.mayAnswerSurvey,
  };
}

export function registerPublicComplaints(app: FastifyInstance): void {
  const deps = app.deps;

  function formPage(req: FastifyRequest, reply: FastifyReply, s: FormState, status = 200) {
    // A fresh token for each form drawn: only the browser holds it.
    reply.setCookie(FORM_COOKIE, randomBytes(32).toString('base64url'), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.publicUrl.startsWith('https://'),
      maxAge: 6 * 3600,
    });
    return sendPage(
      req,
      reply,
      'complaint.public.title',
      (ctx) => <PublicComplaintPage ctx={ctx} s={s} />,
      status,
    );
  }

  function trackPage(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    extra: {
      s?: FormState;
      notFound?: boolean;
      progress?: ComplaintProgress | null;
      accessCode?: string;
      notice?: string | null;
    },
    status = 200,
  ) {
    const s = extra.s ?? { form: 'track', values: {}, errors: {} };
    const progress = extra.progress ? progressView(extra.progress, extra.accessCode ?? '', lang) : null;
    return sendPage(
      req,
      reply,
      'complaint.public.track_title',
      (ctx) => (
        <ComplaintTrackPage
          ctx={ctx}
          s={s}
          notFound={extra.notFound ?? false}
          progress={progress}
          notice={extra.notice ?? null}
        />
      ),
      status,
    );
  }

  for (const lang of LANGS) {
    app.get(`/${lang}/complaints`, async (req, reply) => {
      // From an office's page (?office=71-001): the office a complaint without a case concerns.
      const office = str((req.query as Record<string, unknown>).office, 10);
      const values: Record<string, string> = { language: lang === 'ru' ? 'ru' : 'kk' };
      if (/^\d{2}-\d{3}$/.test(office)) values.officeCode = office;
      return formPage(req, reply, { form: 'file', values, errors: {} });
    });

    app.post(`/${lang}/complaints`, { preHandler: app.csrfProtection }, async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const values: Record<string, string> = { text: str(body.text, 12_000) };
      for (const f of FIELDS) values[f] = str(body[f]);
      const token = str(req.cookies[FORM_COOKIE], 100);
      const file = uploadsIn(body, 'copyScan')[0];
      try {
        const r = await fileOnlineComplaint(deps, originOf(req), token, {
          trackingCode: values.trackingCode!,
          accessCode: values.accessCode!,
          documentNumber: values.documentNumber!,
          kind: values.kind!,
          addressee: values.addressee!,
          language: values.language!,
          surname: values.surname!,
          name: values.name!,
          patronymic: values.patronymic!,
          address: values.address!,
          phone: values.phone!,
          text: values.text!,
          officeCode: values.officeCode!,
          copyScan: file ? { fileName: file.fileName, bytes: file.bytes, tooLarge: file.tooLarge } : null,
        });
        return sendPage(req, reply, 'complaint.public.filed_title', (ctx) => (
          <ComplaintFiledPage
            ctx={ctx}
            incomingNumber={r.incomingNumber}
            trackingCode={r.trackingCode}
            accessCode={r.accessCode}
            dueOn={r.dueOn}
          />
        ));
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        // The codes that prove the case are not drawn back into the page.
        return formPage(
          req,
          reply,
          { form: 'file', values: { ...values, accessCode: '', documentNumber: '' }, errors: e.fields },
          STATUS[e.code],
        );
      }
    });

    app.get(`/${lang}/complaints/track`, async (req, reply) => trackPage(req, reply, lang, {}));

    app.post(`/${lang}/complaints/track`, { preHandler: app.csrfProtection }, async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const trackingCode = str(body.trackingCode, 40);
      const accessCode = str(body.accessCode, 60);
      const progress = await findComplaintForComplainant(deps, originOf(req), { trackingCode, accessCode });
      if (!progress)
        return trackPage(
          req,
          reply,
          lang,
          { s: { form: 'track', values: { trackingCode }, errors: {} }, notFound: true },
          404,
        );
      return trackPage(req, reply, lang, { progress, accessCode });
    });

    app.post(`/${lang}/complaints/track/survey`, { preHandler: app.csrfProtection }, async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const trackingCode = str(body.trackingCode, 40);
      const accessCode = str(body.accessCode, 60);
      const origin = originOf(req);
      const progress = await findComplaintForComplainant(deps, origin, { trackingCode, accessCode });
      if (!progress)
        return trackPage(
          req,
          reply,
          lang,
          { s: { form: 'track', values: { trackingCode }, errors: {} }, notFound: true },
          404,
        );
      try {
        await answerComplaintSurvey(deps, null, origin, progress.id, Number(str(body.score, 2) || 0));
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        return trackPage(
          req,
          reply,
          lang,
          { progress, accessCode, s: { form: 'survey', values: {}, errors: e.fields } },
          400,
        );
      }
      const after = await findComplaintForComplainant(deps, origin, { trackingCode, accessCode });
      return trackPage(req, reply, lang, {
        progress: after,
        accessCode,
        notice: translate(lang, 'complaint.public.survey_thanks'),
      });
    });
  }
}
