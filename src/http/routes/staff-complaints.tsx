// §20–25: the staff pages of complaints — the worklist, registration by hand or post (with the §24
// copy's scan when there is no case), one complaint with its forms (assign, decide and answer,
// delivery, court, the 4.1 score), the copy's download, the talon as a page and a PDF, and the answer
// letter as a PDF (each print recorded, domain.md §6, §8). Every act goes through app/complaints; a
// refused form is re-drawn with its errors and what was typed (a file is chosen again).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LANGS, translate, type Lang } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { registerComplaint } from '../../app/complaints/register-complaint.js';
import {
  complaintWorklist,
  readComplaint,
  readComplaintScan,
  type ComplaintView,
} from '../../app/complaints/read-complaints.js';
import { recordPrint } from '../../app/documents/record-print.js';
import type { PrintedDocument } from '../../db/schema/documents.js';
import { headPosition, letterhead } from '../documents/case-documents.js';
import { sendScan } from './staff-case-files.js';
import { uploadsIn } from '../plugins/uploads.js';
import {
  answerComplaint,
  assignableStaff,
  assignComplaint,
  deliverAnswer,
  recordCourtDecision,
} from '../../app/complaints/work-complaint.js';
import { answerComplaintSurvey } from '../../app/complaints/complaint-survey.js';
import { DomainError } from '../../app/errors.js';
import { renderComplaintAnswer, renderTalon, type ComplaintAnswerData } from '../../documents/index.js';
import { formatLegalDate } from '../../views/legal-date.js';
import { localTime } from '../../views/components/case-timeline.js';
import type { FormState } from '../../views/components/complaint-fields.js';
import { ComplaintsListPage } from '../../views/pages/complaints/complaints-list-page.js';
import { ComplaintNewPage } from '../../views/pages/complaints/complaint-new-page.js';
import { ComplaintPage, type ComplaintFacts } from '../../views/pages/complaints/complaint-page.js';
import { ComplaintTalonPage } from '../../views/pages/complaints/complaint-talon-page.js';
import { href } from '../../views/view-context.js';
import { parseTrackingCode } from '../../domain/identifiers/index.js';
import { STATUS } from '../plugins/error-handler.js';
import { requireActor } from '../plugins/session.js';
import { originOf, sendPage } from '../request-context.js';
import { newFormKey } from './staff-cases-intake.js';

const REDRAWN = ['VALIDATION_FAILED', 'CASE_CHANGED', 'CASE_ACTION_NOT_ALLOWED', 'CONFLICT'];
const ACTS = ['assign', 'answer', 'deliver', 'court', 'survey'] as const;
type Act = (typeof ACTS)[number];
const DONE = ['registered', 'assigned', 'answered', 'delivered', 'court', 'survey'];
const str = (v: unknown, max = 500) => (typeof v === 'string' ? v.slice(0, max) : '');

const REGISTER_FIELDS = [
  'channel',
  'kind',
  'addressee',
  'officeCode',
  'language',
  'surname',
  'name',
  'patronymic',
  'address',
  'phone',
  'caseCode',
  'ticket',
] as const;

/** The talon's "accepted by": the staff name as printed, «Surname Name» (§25). */
export function acceptedBy(displayName: string | null, lang: 'kk' | 'ru') {
  if (!displayName) return { surname: translate(lang, 'complaint.d.online_by_system'), name: '' };
  const [surname = '', name = ''] = displayName.trim().split(/\s+/);
  return { surname, name };
}

export function talonData(view: ComplaintView, publicUrl: string) {
  const lang = view.row.language;
  const org = view.registeredIn;
  const body = (lang === 'ru' ? org.nameRu : null) ?? org.nameKk;
  return {
    body,
    complaintNumber: view.row.incomingNumber,
    trackingCode: view.row.trackingCode,
    registeredOn: view.row.registeredOn as never,
    registeredAt: localTime(view.row.registeredAt, org.timeZone).slice(11),
    acceptedBy: acceptedBy(view.registeredByName, lang),
    progressPhone: org.phones[0] ?? view.handler.phones[0] ?? translate(lang, 'complaint.talon.no_phone'),
    checkUrl: `${publicUrl.replace(/\/$/, '')}/${lang}/complaints/track`,
  };
}

const ACTING_AKIMAT_HEAD = { kk: 'Әкімнің', ru: 'акима' } as const;
const AKIMAT_HEAD = { kk: 'Әкім', ru: 'Аким' } as const;

/** §21, §25: the answer letter's contents, in the complaint's language; null before the answer, or
 *  when the complainant's name is gone (retention, domain.md §8). */
export function answerData(view: ComplaintView): ComplaintAnswerData | null {
  const r = view.row;
  if (!r.outgoingNumber || !r.answeredOn || !r.outcome || !r.reasons || !r.surname) return null;
  const lang = r.language;
  const acting = r.signerRole === 'acting_head';
  const position =
    view.handler.kind === 'akimat'
      ? (acting ? ACTING_AKIMAT_HEAD : AKIMAT_HEAD)[lang]
      : headPosition(view.handler, acting, lang);
  return {
    letterhead: letterhead(view.handler),
    outgoingNumber: r.outgoingNumber,
    date: r.answeredOn as never,
    addressee: {
      name: [r.surname, r.name, r.patronymic].filter(Boolean).join(' '),
      address: r.address,
    },
    complaint: {
      incomingNumber: r.incomingNumber,
      registeredOn: r.registeredOn as never,
      caseTrackingCode: view.caseTrackingCode,
    },
    outcome: r.outcome,
    consequence: r.consequence ?? 'none',
    reasons: r.reasons,
    signatory: { position, name: view.decidedByName ?? '', acting },
  };
}

function facts(v: ComplaintView, lang: Lang): ComplaintFacts {
  const r = v.row;
  const name = (o: ComplaintView['office']) =>
    `${o.code} ${(lang === 'ru' ? o.nameRu : lang === 'en' ? o.nameEn : null) ?? o.nameKk}`;
  return {
    id: r.id,
    incomingNumber: r.incomingNumber,
    trackingCode: r.trackingCode,
    kind: r.kind,
    addressee: r.addressee,
    channel: r.channel,
    language: r.language,
    state: r.state,
    registeredAt: localTime(r.registeredAt, v.registeredIn.timeZone),
    registeredBy: v.registeredByName,
    registeredIn: name(v.registeredIn),
    handler: name(v.handler),
    office: name(v.office),
    caseTrackingCode: v.caseTrackingCode,
    caseId: r.caseId,
    copyAttached: r.copyAttached,
    copyScan: v.copyScan ? { fileName: v.copyScan.fileName, purged: v.copyScan.purged } : null,
    complainant: [r.surname, r.name, r.patronymic].filter(Boolean).join(' '),
    address: r.address,
    phone: r.phone,
    text: r.body ?? '',
    dueOn: r.dueOn,
    overdue: v.overdue,
    term: {
      count: v.term.count,
      unit: v.term.unit,
      acts: v.term.acts
        .map(
          (a) =>
            `${lang === 'en' ? a.title.en : lang === 'ru' ? a.title.ru : a.title.kk} № ${a.number}, ${a.article}`,
        )
        .join('; '),
      verified: v.term.verified,
    },
    assignedTo: v.assignedToName,
    outcome: r.outcome,
    reasons: r.reasons,
    consequence: r.consequence,
    outgoingNumber: r.outgoingNumber,
    answeredOn: r.answeredOn,
    delivered: r.deliveredOn
      ? { how: r.deliveredHow ?? 'in_person', on: r.deliveredOn, proof: r.deliveryProof }
      : null,
    court: r.courtOutcome
      ? {
          outcome: r.courtOutcome,
          reference: r.courtReference ?? '',
          on: r.courtDecidedOn ?? '',
          consequence: r.courtConsequence ?? 'none',
        }
      : null,
    surveyAnswered: r.surveyAnswered,
  };
}

export function registerStaffComplaints(app: FastifyInstance): void {
  const deps = app.deps;

  async function complaintPage(
    req: FastifyRequest,
    reply: FastifyReply,
    lang: Lang,
    id: string,
    extra: { notice?: string | null; refused?: { code: string; s: FormState } | null } = {},
    status = 200,
  ) {
    const actor = req.actor!;
    const view = await readComplaint(deps, actor, originOf(req), id);
    const staff = view.may.assign ? await assignableStaff(deps.database.db, view.handler.id) : [];
    return sendPage(
      req,
      reply,
      'complaint.page_title',
      (ctx) => (
        <ComplaintPage
          ctx={ctx}
          c={facts(view, lang)}
          version={view.row.version}
          may={view.may}
          staff={staff}
          keys={{
            assign: newFormKey(),
            answer: newFormKey(),
            deliver: newFormKey(),
            court: newFormKey(),
            survey: newFormKey(),
          }}
          refused={extra.refused ?? null}
          notice={extra.notice ?? null}
        />
      ),
      status,
    );
  }

  function newPage(req: FastifyRequest, reply: FastifyReply, s: FormState, status = 200) {
    const actor = req.actor!;
    return sendPage(
      req,
      reply,
      'complaint.new_title',
      (ctx) => (
        <ComplaintNewPage
          ctx={ctx}
          s={s}
          askOffice={actor.organisation.kind === 'akimat'}
          askTicket={actor.organisation.kind === 'service_office'}
          idempotencyKey={s.values.key || newFormKey()}
        />
      ),
      status,
    );
  }

  for (const lang of LANGS) {
    const base = `/${lang}/staff/complaints`;

    app.get(base, { preHandler: requireActor }, async (req, reply) => {
      const w = await complaintWorklist(deps, req.actor!);
      // §25: progress asked by phone — the complaint found by its tracking code on this one screen.
      const asked = str((req.query as Record<string, unknown>).code, 40);
      let notFound = false;
      if (asked !== '') {
        const code = parseTrackingCode(asked);
        const hit = code.ok ? w.items.find((i) => i.trackingCode === code.value) : undefined;
        if (hit) return reply.redirect(href(lang, `/staff/complaints/${hit.id}`), 303);
        notFound = true;
      }
      const mine = <T extends object>(r: T) => ({ ...r, linked: true });
      return sendPage(req, reply, 'complaint.page_title', (ctx) => (
        <ComplaintsListPage
          ctx={ctx}
          items={w.items.map(mine)}
          overdue={w.overdue.map(mine)}
          officesOverdue={w.officesOverdue.map((r) => ({ ...r, linked: false }))}
          mayRegister={w.mayRegister}
          notice={null}
          asked={asked}
          notFound={notFound}
        />
      ));
    });

    app.get(`${base}/new`, { preHandler: requireActor }, async (req, reply) => {
      const a = req.actor!;
      const w = await complaintWorklist(deps, a);
      if (!w.mayRegister) throw new DomainError('FORBIDDEN');
      return newPage(req, reply, {
        form: 'register',
        values: { channel: 'hand', language: lang === 'ru' ? 'ru' : 'kk' },
        errors: {},
      });
    });

    app.post(`${base}/new`, { preHandler: [app.csrfProtection, requireActor] }, async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const values: Record<string, string> = { key: str(body.key, 100), text: str(body.text, 20_000) };
      for (const f of REGISTER_FIELDS) values[f] = str(body[f], 400);
      const file = uploadsIn(body, 'copyScan')[0];
      try {
        const r = await registerComplaint(deps, req.actor!, originOf(req), {
          kind: values.kind!,
          addressee: values.addressee!,
          channel: values.channel!,
          language: values.language!,
          surname: values.surname!,
          name: values.name!,
          patronymic: values.patronymic!,
          address: values.address!,
          phone: values.phone!,
          text: values.text!,
          caseCode: values.caseCode!,
          copyScan: file ? { fileName: file.fileName, bytes: file.bytes, tooLarge: file.tooLarge } : null,
          officeCode: values.officeCode!,
          ticket: values.ticket!,
          idempotencyKey: values.key!,
        });
        return reply.redirect(`${href(lang, `/staff/complaints/${r.id}`)}?done=registered`, 303);
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        if (!values.key) values.key = newFormKey();
        return newPage(req, reply, { form: 'register', values, errors: e.fields }, STATUS[e.code]);
      }
    });

    app.get(`${base}/:id`, { preHandler: requireActor }, async (req, reply) => {
      const { id } = req.params as { id: string };
      const done = str((req.query as Record<string, unknown>).done, 20);
      let notice: string | null = null;
      if (DONE.includes(done)) {
        if (done === 'registered') {
          const v = await readComplaint(deps, req.actor!, originOf(req), id);
          notice = translate(lang, 'complaint.registered_notice', { number: v.row.incomingNumber });
        } else notice = translate(lang, `complaint.done.${done}` as MessageKey);
      }
      return complaintPage(req, reply, lang, id, { notice });
    });

    app.post(`${base}/:id/:act`, { preHandler: [app.csrfProtection, requireActor] }, async (req, reply) => {
      const { id, act } = req.params as { id: string; act: string };
      if (!(ACTS as readonly string[]).includes(act)) throw new DomainError('NOT_FOUND');
      const body = (req.body ?? {}) as Record<string, unknown>;
      const version = Number(body.version);
      const key = str(body.key, 100);
      if (!Number.isInteger(version)) throw new DomainError('VALIDATION_FAILED');
      const v = (name: string, max = 500) => str(body[name], max);
      const actor = req.actor!;
      const origin = originOf(req);
      let values: Record<string, string> = {};
      const run: Record<Act, () => Promise<unknown>> = {
        assign: () =>
          assignComplaint(deps, actor, origin, id, {
            accountId: (values = { accountId: v('accountId', 40) }).accountId!,
            version,
            idempotencyKey: key,
          }),
        answer: () => {
          values = {
            outcome: v('outcome', 20),
            reasons: v('reasons', 12_000),
            consequence: v('consequence', 20),
          };
          return answerComplaint(deps, actor, origin, id, {
            outcome: values.outcome!,
            reasons: values.reasons!,
            consequence: values.consequence!,
            version,
            idempotencyKey: key,
          });
        },
        deliver: () => {
          values = { how: v('how', 20), on: v('on', 20), proof: v('proof', 300) };
          return deliverAnswer(deps, actor, origin, id, {
            how: values.how!,
            on: values.on!,
            proof: values.proof!,
            version,
            idempotencyKey: key,
          });
        },
        court: () => {
          values = {
            outcome: v('outcome', 20),
            reference: v('reference', 300),
            on: v('on', 20),
            consequence: v('consequence', 20),
          };
          return recordCourtDecision(deps, actor, origin, id, {
            outcome: values.outcome!,
            reference: values.reference!,
            on: values.on!,
            consequence: values.consequence!,
            version,
            idempotencyKey: key,
          });
        },
        survey: () => {
          values = { score: v('score', 2) };
          return answerComplaintSurvey(deps, actor, origin, id, Number(values.score || 0));
        },
      };
      try {
        await run[act as Act]();
      } catch (e) {
        if (!(e instanceof DomainError) || !REDRAWN.includes(e.code)) throw e;
        return complaintPage(
          req,
          reply,
          lang,
          id,
          { refused: { code: e.code, s: { form: act, values, errors: e.fields } } },
          STATUS[e.code],
        );
      }
      return reply.redirect(
        `${href(lang, `/staff/complaints/${id}`)}?done=${act === 'answer' ? 'answered' : act === 'assign' ? 'assigned' : act === 'deliver' ? 'delivered' : act}`,
        303,
      );
    });

    app.get(`${base}/:id/talon`, { preHandler: requireActor }, async (req, reply) => {
      const { id } = req.params as { id: string };
      const view = await readComplaint(deps, req.actor!, originOf(req), id);
      const d = talonData(view, deps.publicUrl);
      return sendPage(req, reply, 'complaint.talon_title', (ctx) => (
        <ComplaintTalonPage
          ctx={ctx}
          id={id}
          body={d.body}
          incomingNumber={d.complaintNumber}
          trackingCode={d.trackingCode}
          registeredOn={formatLegalDate(d.registeredOn, lang)}
          registeredAt={d.registeredAt}
          acceptedBy={`${d.acceptedBy.surname} ${d.acceptedBy.name}`.trim()}
          phone={d.progressPhone}
          checkUrl={d.checkUrl}
        />
      ));
    });

    /** A complaint's document, rendered and recorded as printed in one go (domain.md §6, §8). */
    async function printed(
      req: FastifyRequest,
      reply: FastifyReply,
      view: ComplaintView,
      document: PrintedDocument,
      subject: string,
      fileName: string,
      render: (marks: { reprint: boolean }) => Promise<Buffer>,
    ) {
      const actor = req.actor!;
      const { pdf } = await recordPrint(
        deps,
        actor,
        originOf(req),
        {
          organisationId: actor.organisation.id,
          officeCode: actor.organisation.code,
          caseId: view.row.caseId,
          document,
          subject,
          language: view.row.language,
          duplicate: false,
        },
        render,
      );
      return reply
        .code(200)
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    }

    app.get(`${base}/:id/talon.pdf`, { preHandler: requireActor }, async (req, reply) => {
      const { id } = req.params as { id: string };
      const view = await readComplaint(deps, req.actor!, originOf(req), id);
      const data = talonData(view, deps.publicUrl);
      return printed(
        req,
        reply,
        view,
        'talon',
        view.row.incomingNumber,
        `talon-${view.row.trackingCode}.pdf`,
        (marks) =>
          renderTalon(data, { lang: view.row.language, ...(marks.reprint ? { reprint: true } : {}) }),
      );
    });

    // §21, §25: the answer letter, once the complaint is answered.
    app.get(`${base}/:id/answer.pdf`, { preHandler: requireActor }, async (req, reply) => {
      const { id } = req.params as { id: string };
      const view = await readComplaint(deps, req.actor!, originOf(req), id);
      const data = answerData(view);
      if (!data) throw new DomainError('NOT_FOUND');
      return printed(
        req,
        reply,
        view,
        'complaint_answer',
        data.outgoingNumber,
        `answer-${view.row.trackingCode}.pdf`,
        (marks) =>
          renderComplaintAnswer(data, {
            lang: view.row.language,
            ...(marks.reprint ? { reprint: true } : {}),
          }),
      );
    });

    // §24: the scan of the applicant's copy (a read of personal data, access-logged).
    app.get(`${base}/:id/copy-scan`, { preHandler: requireActor }, async (req, reply) => {
      const { id } = req.params as { id: string };
      return sendScan(reply, await readComplaintScan(deps, req.actor!, originOf(req), id));
    });
  }
}
