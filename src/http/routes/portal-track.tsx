// Issue 8, track: /{lang}/track — the tracking code with the access code (online) or with the
// applicant's document number (a counter receipt), posted (codes never sit in an address, a history
// or a log), through findCaseForApplicant: rate limited, nothing told without both halves.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findCaseForApplicant, type ApplicantCase } from '../../app/portal/applicant-access.js';
import { activeClockOf, type CaseState } from '../../domain/case/index.js';
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
import { portalOfficeContacts } from './portal-office.js';

/**
 * The due day the track page shows: that of the clock the case races now (domain/case/case-clocks.ts
 * activeClockOf — the same rule as the staff's worklists), §16's for a refusal, §7.1's otherwise; none
 * when no clock runs.
 */
export function dueShown(c: {
  state: string;
  stampedIncomplete: boolean;
  resultDue: string | null;
  refusalDue: string | null;
}): { day: PlainDate; clause: 'refusal' | 'result' } | null {
  const clock = activeClockOf(c.state as CaseState, c.stampedIncomplete);
  const day = clock === 'refusal' ? c.refusalDue : clock === 'result' ? c.resultDue : null;
  return clock && day ? { day: day as PlainDate, clause: clock } : null;
}

export function registerPortalTrack(app: FastifyInstance): void {
  const deps = app.deps;

  // The look-up brought every fact of the case the page shows (db/applicant-lookup-store.ts).
  async function statusOf(found: ApplicantCase, lang: (typeof LANGS)[number]): Promise<TrackStatus> {
    const office = await portalOfficeContacts(deps, found.officeCode, lang);
    const tz = 'Asia/Almaty';
    const due = dueShown(found);
    const calendar = (await deps.calendar?.get()) ?? builtInCalendar();
    return {
      trackingCode: found.trackingCode,
      kindName: APPLICATION_KIND_NAMES[found.kind as ApplicationKind][lang],
      state: found.state,
      office: {
        name: office?.name ?? found.officeCode,
        address: office?.address ?? null,
        phones: office?.phones ?? [],
      },
      incoming:
        found.incomingNumber && found.stampedAt
          ? { number: found.incomingNumber, date: plainDateAt(found.stampedAt, tz) }
          : null,
      due: due
        ? {
            ...due,
            provisional: found.startDay
              ? isDueDayProvisional(found.startDay as PlainDate, due.day, calendar)
              : false,
          }
        : null,
      ready: found.state === 'ready_to_collect' ? { certificate: found.kind.startsWith('missionary') } : null,
      awaitingVisit: found.state === 'submitted_online',
      refusalSigned: found.state === 'refusal_signed',
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
