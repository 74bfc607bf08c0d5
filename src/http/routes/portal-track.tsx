// Issue 8, track: /{lang}/track — the tracking code with the access code (online) or with the
// applicant's document number (a counter receipt), posted (codes never sit in an address, a history
// or a log), through findCaseForApplicant: rate limited, nothing told without both halves.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findCaseForApplicant, type ApplicantCase } from '../../app/portal/applicant-access.js';
import { findCase } from '../../db/case-store.js';
import { builtInCalendar } from '../../domain/calendar/index.js';
import {
  APPLICATION_KIND_NAMES,
  isDueDayProvisional,
  type ApplicationKind,
} from '../../domain/standard/index.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { LANGS } from '../../i18n/i18n.js';
import {
  TrackPage,
  TrackResultPage,
  type TrackForms,
  type TrackStatus,
} from '../../views/pages/portal/track-page.js';
import { originOf, sendPage } from '../request-context.js';
import { portalOffice } from './portal-office.js';

// States in which a clock runs (domain.md §4): the due day is worth showing.
const RUNNING = [
  'registered',
  'transferred',
  'under_review',
  'proposed',
  'refusal_drafted',
  'refusal_signed',
];
const REFUSAL = ['refusal_drafted', 'refusal_signed', 'refusal_delivered'];

export function registerPortalTrack(app: FastifyInstance): void {
  const deps = app.deps;

  async function statusOf(found: ApplicantCase, lang: (typeof LANGS)[number]): Promise<TrackStatus> {
    const row = (await findCase(deps.database.db, found.caseId))!;
    const office = await portalOffice(deps, found.officeCode, lang);
    const tz = 'Asia/Almaty';
    const refusal = REFUSAL.includes(row.state) || (row.stampedIncomplete && RUNNING.includes(row.state));
    const dueDay = (refusal ? row.refusalDue : row.resultDue) as PlainDate | null;
    const calendar = (await deps.calendar?.get()) ?? builtInCalendar();
    return {
      trackingCode: row.trackingCode,
      kindName: APPLICATION_KIND_NAMES[row.kind as ApplicationKind][lang],
      state: row.state,
      office: {
        name: office?.name ?? found.officeCode,
        address: office?.address ?? null,
        phones: office?.phones ?? [],
      },
      incoming:
        row.incomingNumber && row.stampedAt
          ? { number: row.incomingNumber, date: plainDateAt(row.stampedAt, tz) }
          : null,
      due:
        dueDay && RUNNING.includes(row.state)
          ? {
              day: dueDay,
              clause: refusal ? 'refusal' : 'result',
              provisional: row.startDay
                ? isDueDayProvisional(row.startDay as PlainDate, dueDay, calendar)
                : false,
            }
          : null,
      ready: row.state === 'ready_to_collect' ? { certificate: row.kind.startsWith('missionary') } : null,
      awaitingVisit: row.state === 'submitted_online',
      refusalSigned: row.state === 'refusal_signed',
    };
  }

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
      const trackingCode = v(`${p}trackingCode`).trim().slice(0, 30);
      const secret = v(by === 'document' ? 'd-documentNumber' : 'a-accessCode')
        .trim()
        .slice(0, 60);
      const errors: TrackForms['errors'] = {};
      if (!trackingCode) errors.trackingCode = 'code_required';
      if (!secret)
        errors[by === 'document' ? 'documentNumber' : 'accessCode'] =
          by === 'document' ? 'document_required' : 'access_required';
      if (Object.keys(errors).length) return show(req, reply, { by, trackingCode, errors }, 400);
      const found = await findCaseForApplicant(
        deps,
        originOf(req),
        by === 'document' ? { trackingCode, documentNumber: secret } : { trackingCode, accessCode: secret },
      );
      if (!found) return show(req, reply, { by, trackingCode, errors: { form: 'no_match' } }, 404);
      const status = await statusOf(found, lang);
      return sendPage(req, reply, 'portal.track.title', (ctx) => <TrackResultPage ctx={ctx} s={status} />);
    });
  }
}
