// Issue 8, apply online — the pages. GET /{lang}/apply starts (kind, the application's language —
// chosen on the English pages too, domain.md §6 — and the territory, which names the competent
// office, domain.md §1); each step page saves what was typed on every press, forward or back, so
// nothing is lost on going back, reloading or a lost session (the draft token lives in a cookie, the
// draft in the database); "check your answers" before sending; sending answers with the codes. Every
// form works without JavaScript and carries the CSRF token.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../app/errors.js';
import { competenceFor, territoryChoices } from '../../app/organisations/competent-office.js';
import { attachDraftScans, draftScans, readDraftScan } from '../../app/portal/draft-scans.js';
import {
  findDraft,
  saveDraft,
  startOnlineApplication,
  sentCodes,
  submitOnlineApplication,
  type Draft,
} from '../../app/portal/online-application.js';
import { scanLimits } from '../../app/cases/case-scans.js';
import { findOrganisationByCode } from '../../db/accounts-store.js';
import { applicationOf } from '../../db/case-store.js';
import { IDEMPOTENCY_KEY } from '../../db/idempotency.js';
import { checkContact } from '../../domain/portal/contact.js';
import { formatAccessCode } from '../../domain/portal/access-code.js';
import {
  APPLICATION_KIND_NAMES,
  APPLICATION_KINDS,
  RULE_VERSIONS,
  ruleVersionFor,
  validateGroupApplication,
  validateMissionaryApplication,
  type GroupApplicationInput,
  type MissionaryApplicationInput,
} from '../../domain/standard/index.js';
import { formatTrackingCodeGrouped, type TrackingCode } from '../../domain/identifiers/index.js';
import { plainDateAt } from '../../domain/time/plain-date.js';
import { LANGS } from '../../i18n/i18n.js';
import {
  ApplyCheckPage,
  ApplySentPage,
  ApplyStartPage,
  ApplyStepPage,
  answerRows,
} from '../../views/pages/portal/apply-pages.js';
import {
  STEP_CHECKBOXES,
  STEP_PREFIXES,
  answersOfStep,
  errorsOfStep,
  isStepOf,
  stepsOf,
  type ApplyStep,
} from '../../views/pages/portal/apply-steps.js';
import { href } from '../../views/view-context.js';
import { renderApplicationForm } from '../documents/case-documents.js';
import { DRAFT_COOKIE_NAME } from '../plugins/uploads.js';
import { originOf, sendPage } from '../request-context.js';
import { scanItemChoices, scanUploadsOf } from './staff-case-scans-input.js';
import {
  DEFAULT_ROWS,
  MAX_ROWS,
  MORE_ROWS,
  formValues,
  groupInput,
  missionaryInput,
} from './staff-cases-intake-input.js';
import { portalOffice } from './portal-office.js';
import type { StaffTraffic } from '../admission.js';
import { applyGates } from './portal-apply-gates.js';
import { DRAFT_KEEP_DAYS } from '../../domain/portal/drafts.js';

// The cookie lives as long as a draft untouched is kept (domain/portal/drafts.ts).
const DRAFT_DAYS = DRAFT_KEEP_DAYS;

type Answers = Record<string, string>;

function rowsOf(answers: Answers, key: string, fallback: number): number {
  const n = Number(answers[key]);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_ROWS) : fallback;
}

/** The application as the validators judge it: the answers, today's date, the draft's kind. */
export function applicationOfDraft(draft: Draft, answers: Answers, now: Date) {
  const v = { ...answers, applicationDate: plainDateAt(now, draft.timeZone) };
  const a = draft.kind.startsWith('missionary') ? missionaryInput(draft.kind, v) : groupInput(draft.kind, v);
  const unit = answers.territoryUnit?.trim();
  return { ...a, officeCode: draft.officeCode, ...(unit ? { territoryUnit: unit } : {}) } as
    MissionaryApplicationInput | GroupApplicationInput;
}

/** Every error of the whole draft, by field path (the validators' codes and the portal's own). */
function draftErrors(draft: Draft, answers: Answers, now: Date): Record<string, string> {
  const application = applicationOfDraft(draft, answers, now);
  const version = ruleVersionFor(plainDateAt(now, draft.timeZone), RULE_VERSIONS);
  const result = draft.kind.startsWith('missionary')
    ? validateMissionaryApplication(application as MissionaryApplicationInput, version)
    : validateGroupApplication(application as GroupApplicationInput, version);
  const errors: Record<string, string> = {};
  for (const e of result.errors) errors[e.path] ??= e.code;
  for (const [k, v] of Object.entries(
    checkContact({ email: answers['contact.email'], phone: answers['contact.phone'] }).errors,
  ))
    errors[k] ??= v;
  if (answers.consent !== 'on') errors.consent ??= 'consent_required';
  return errors;
}

export function registerPortalApply(
  app: FastifyInstance,
  opts: { secureCookies: boolean; staff: StaffTraffic },
): void {
  const deps = app.deps;
  const { gated, gatedForm, giveWay } = applyGates(app, opts.staff);
  const tokenOf = (req: FastifyRequest) => {
    const v = req.cookies?.[DRAFT_COOKIE_NAME];
    return typeof v === 'string' && v.length <= 100 ? v : undefined;
  };
  const territory = () => territoryChoices(plainDateAt(deps.now(), 'Asia/Almaty'));

  async function renderStep(
    req: FastifyRequest,
    reply: FastifyReply,
    draft: Draft,
    step: ApplyStep,
    state: { answers: Answers; errors: Record<string, string>; fileNames?: Record<string, string> },
    status = 200,
  ) {
    const lang = req.lang;
    const version = ruleVersionFor(plainDateAt(deps.now(), draft.timeZone), RULE_VERSIONS);
    const items = scanItemChoices(version, draft.kind, lang);
    const scans =
      step === 'documents'
        ? (await draftScans(deps, tokenOf(req)!)).map((s) => ({
            fileName: s.fileName,
            item: items.find((i) => i.id === s.checklistItemId)?.name ?? '',
            size: s.byteSize,
          }))
        : [];
    await giveWay();
    return sendPage(
      req,
      reply,
      'portal.apply.title',
      (ctx) => (
        <ApplyStepPage
          ctx={ctx}
          kind={draft.kind}
          kindName={APPLICATION_KIND_NAMES[draft.kind][lang]}
          step={step}
          values={state.answers}
          errors={state.errors}
          confessions={version.confessions.map((c) => ({ id: c.id, name: c.name[lang] }))}
          memberRows={rowsOf(state.answers, 'memberRows', DEFAULT_ROWS.members)}
          materialRows={rowsOf(state.answers, 'materialRows', DEFAULT_ROWS.materials)}
          territory={territory()}
          scanItems={items}
          scans={scans}
          scanLimits={scanLimits(deps)}
          fileNames={state.fileNames ?? {}}
        />
      ),
      status,
    );
  }

  async function renderStart(
    req: FastifyRequest,
    reply: FastifyReply,
    values: Answers,
    errors: Record<string, string>,
    status = 200,
  ) {
    const lang = req.lang;
    const code = values.officeCode;
    const office = code ? await portalOffice(deps, code, lang) : null;
    const existing = await findDraft(deps, tokenOf(req));
    const draft =
      existing?.state === 'draft'
        ? {
            trackingCode: formatTrackingCodeGrouped(existing.trackingCode as TrackingCode),
            continueTo: href(lang, `/apply/${stepsOf(existing.kind)[0]}`),
          }
        : null;
    await giveWay();
    return sendPage(
      req,
      reply,
      'portal.apply.title',
      (ctx) => (
        <ApplyStartPage
          ctx={ctx}
          kinds={APPLICATION_KINDS.map((k) => ({ value: k, label: APPLICATION_KIND_NAMES[k][lang] }))}
          values={values}
          errors={errors}
          territory={territory()}
          office={office ? { code: office.code, name: office.name } : null}
          draft={draft}
        />
      ),
      status,
    );
  }

  for (const lang of LANGS) {
    const base = `/${lang}/apply`;
    const page = (req: FastifyRequest, path: string) => {
      req.pagePath = path;
    };

    app.get<{ Querystring: { office?: string } }>(base, gated, async (req, reply) => {
      page(req, '/apply');
      const office = typeof req.query.office === 'string' ? req.query.office.slice(0, 10) : '';
      const values: Answers = { language: lang === 'en' ? '' : lang };
      if (office && (await findOrganisationByCode(deps.database.db, office))) values.officeCode = office;
      return renderStart(req, reply, values, {});
    });

    app.post(`${base}/start`, gatedForm, async (req, reply) => {
      page(req, '/apply');
      const v = formValues(req.body);
      const values: Answers = {
        kind: v.kind ?? '',
        language: v.language ?? '',
        officeCode: v.officeCode ?? '',
        territoryUnit: v.territoryUnit ?? '',
      };
      let officeCode = values.officeCode!;
      if (!officeCode && values.territoryUnit) {
        const c = competenceFor(values.territoryUnit, '', plainDateAt(deps.now(), 'Asia/Almaty'));
        officeCode = c?.officeCode ?? '';
      }
      try {
        const started = await startOnlineApplication(deps, originOf(req), {
          kind: values.kind!,
          language: values.language!,
          officeCode,
        });
        if (values.territoryUnit)
          await saveDraft(deps, started.draftToken, { territoryUnit: values.territoryUnit });
        reply.setCookie(DRAFT_COOKIE_NAME, started.draftToken, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: opts.secureCookies,
          maxAge: DRAFT_DAYS * 86_400,
        });
        return reply.redirect(href(lang, `/apply/${stepsOf(values.kind!)[0]}`), 303);
      } catch (e) {
        if (!(e instanceof DomainError && e.code === 'VALIDATION_FAILED')) throw e;
        // The territory stands for the office on this form: its error is shown there.
        const errors = { ...e.fields };
        if (errors.officeCode && !values.officeCode) {
          errors.territoryUnit = errors.officeCode;
          delete errors.officeCode;
        }
        return renderStart(req, reply, values, errors, 400);
      }
    });

    /** The draft of the request's cookie, or a redirect to the start page (or to the confirmation). */
    async function draftOr(req: FastifyRequest, reply: FastifyReply): Promise<Draft | null> {
      const draft = await findDraft(deps, tokenOf(req));
      if (!draft) {
        await reply.redirect(base, 303);
        return null;
      }
      if (draft.state !== 'draft') {
        await reply.redirect(`${base}/sent`, 303);
        return null;
      }
      return draft;
    }

    app.get(`${base}/check`, gated, async (req, reply) => {
      page(req, '/apply/check');
      const draft = await draftOr(req, reply);
      if (!draft) return reply;
      return renderCheck(req, reply, draft, {});
    });

    async function renderCheck(
      req: FastifyRequest,
      reply: FastifyReply,
      draft: Draft,
      errors: Record<string, string>,
      status = 200,
    ) {
      const version = ruleVersionFor(plainDateAt(deps.now(), draft.timeZone), RULE_VERSIONS);
      const items = scanItemChoices(version, draft.kind, lang);
      const scans = (await draftScans(deps, tokenOf(req)!)).map((s) => ({
        fileName: s.fileName,
        item: items.find((i) => i.id === s.checklistItemId)?.name ?? '',
      }));
      const office = await portalOffice(deps, draft.officeCode, lang);
      await giveWay();
      return sendPage(
        req,
        reply,
        'portal.check.title',
        (ctx) => (
          <ApplyCheckPage
            ctx={ctx}
            kind={draft.kind}
            kindName={APPLICATION_KIND_NAMES[draft.kind][lang]}
            language={draft.language}
            officeName={office?.name ?? draft.officeCode}
            sections={stepsOf(draft.kind).map((step) => ({
              step,
              rows: answerRows(ctx, step, draft.answers, STEP_PREFIXES[step]),
            }))}
            scans={scans}
            errors={errors}
            sendKey={randomBytes(16).toString('base64url')}
          />
        ),
        status,
      );
    }

    app.post(`${base}/send`, gatedForm, async (req, reply) => {
      page(req, '/apply/check');
      const token = tokenOf(req);
      const draft = await findDraft(deps, token);
      if (!draft) return reply.redirect(base, 303);
      if (draft.state !== 'draft') return reply.redirect(`${base}/sent`, 303);
      const key = formValues(req.body).key ?? '';
      await giveWay();
      const now = deps.now();
      try {
        await submitOnlineApplication(deps, originOf(req), token!, {
          application: applicationOfDraft(draft, draft.answers, now),
          consent: draft.answers.consent === 'on',
          contact: { email: draft.answers['contact.email'], phone: draft.answers['contact.phone'] },
          idempotencyKey: IDEMPOTENCY_KEY.test(key) ? key : randomBytes(16).toString('base64url'),
        });
        return reply.redirect(`${base}/sent`, 303);
      } catch (e) {
        if (!(e instanceof DomainError && e.code === 'VALIDATION_FAILED')) throw e;
        return renderCheck(req, reply, draft, e.fields, 400);
      }
    });

    app.get(`${base}/sent`, gated, async (req, reply) => {
      page(req, '/apply/sent');
      const token = tokenOf(req);
      const draft = await findDraft(deps, token);
      if (!draft) return reply.redirect(base, 303);
      if (draft.state === 'draft') return reply.redirect(`${base}/check`, 303);
      // The codes again, from the token in this browser's cookie (never stored in the clear).
      const sent = await sentCodes(deps, token);
      if (!sent) return reply.redirect(base, 303);
      const office = await portalOffice(deps, draft.officeCode, lang);
      return sendPage(req, reply, 'portal.sent.title', (ctx) => (
        <ApplySentPage
          ctx={ctx}
          trackingCode={formatTrackingCodeGrouped(sent.trackingCode as TrackingCode)}
          accessCode={formatAccessCode(sent.accessCode)}
          office={{
            name: office?.name ?? draft.officeCode,
            address: office?.address ?? null,
            phones: office?.phones ?? [],
          }}
          pdfHref={`${base}/sent/application.pdf`}
        />
      ));
    });

    app.get(`${base}/sent/application.pdf`, gated, async (req, reply) => {
      const draft = await findDraft(deps, tokenOf(req));
      if (!draft || draft.state === 'draft') throw new DomainError('NOT_FOUND');
      const application = (await applicationOf(deps.database.db, draft.caseId)) as
        MissionaryApplicationInput | GroupApplicationInput | null;
      const office = await findOrganisationByCode(deps.database.db, draft.officeCode);
      if (!application || !office) throw new DomainError('NOT_FOUND');
      const version = ruleVersionFor(plainDateAt(deps.now(), draft.timeZone), RULE_VERSIONS);
      const pdf = await renderApplicationForm(application, office, draft.language, version);
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'no-store')
        .header('content-disposition', `inline; filename="application-${draft.trackingCode}.pdf"`)
        .send(pdf);
    });

    app.get<{ Params: { id: string } }>(`${base}/files/:id`, gated, async (req, reply) => {
      const token = tokenOf(req);
      if (!token) throw new DomainError('NOT_FOUND');
      const file = await readDraftScan(deps, originOf(req), token, req.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`)
        .send(file.content);
    });

    app.get<{ Params: { step: string }; Querystring: { errors?: string } }>(
      `${base}/:step`,
      gated,
      async (req, reply) => {
        const draft = await draftOr(req, reply);
        if (!draft) return reply;
        const step = req.params.step;
        if (!isStepOf(draft.kind, step)) throw new DomainError('NOT_FOUND');
        page(req, `/apply/${step}`);
        const errors = req.query.errors
          ? errorsOfStep(draft.kind, step, draftErrors(draft, draft.answers, deps.now()))
          : {};
        return renderStep(req, reply, draft, step, { answers: draft.answers, errors });
      },
    );

    app.post<{ Params: { step: string } }>(`${base}/:step`, gatedForm, async (req, reply) => {
      const draft = await draftOr(req, reply);
      if (!draft) return reply;
      const step = req.params.step;
      if (!isStepOf(draft.kind, step)) throw new DomainError('NOT_FOUND');
      page(req, `/apply/${step}`);
      const body = formValues(req.body);
      const posted = answersOfStep(step, body);
      for (const box of STEP_CHECKBOXES[step] ?? []) posted[box] = body[box] === 'on' ? 'on' : '';
      const go = body.go === 'back' ? 'back' : body.go === 'more' ? 'more' : 'next';
      if (step === 'members' || step === 'materials') {
        const key = step === 'members' ? 'memberRows' : 'materialRows';
        const rows = rowsOf(body, key, DEFAULT_ROWS[step]);
        posted[key] = String(go === 'more' ? Math.min(rows + MORE_ROWS, MAX_ROWS) : rows);
      }
      const saved = await saveDraft(deps, tokenOf(req)!, posted, draft);
      if (go === 'more') return renderStep(req, reply, draft, step, { answers: saved.answers, errors: {} });

      if (step === 'documents') {
        const uploads = scanUploadsOf(req.body, 'scans.item', 'scans.file');
        if (uploads.length) {
          try {
            await attachDraftScans(deps, originOf(req), tokenOf(req)!, uploads);
          } catch (e) {
            if (!(e instanceof DomainError && e.code === 'VALIDATION_FAILED')) throw e;
            const fileNames = (e.details.names ?? {}) as Record<string, string>;
            return renderStep(
              req,
              reply,
              draft,
              step,
              { answers: saved.answers, errors: e.fields, fileNames },
              400,
            );
          }
          // Another file may follow: the page again, with the file listed.
          if (go === 'next') return reply.redirect(`${base}/documents`, 303);
        }
      }

      const steps = stepsOf(draft.kind);
      const at = steps.indexOf(step);
      if (go === 'back') return reply.redirect(at === 0 ? base : `${base}/${steps[at - 1]}`, 303);
      await giveWay();
      const errors = errorsOfStep(draft.kind, step, draftErrors(draft, saved.answers, deps.now()));
      if (Object.keys(errors).length)
        return renderStep(req, reply, draft, step, { answers: saved.answers, errors }, 400);
      return reply.redirect(at === steps.length - 1 ? `${base}/check` : `${base}/${steps[at + 1]}`, 303);
    });
  }
}
