// Issue 8, track: the one code path of a status look-up for the track page (/{lang}/track) and the API
// (POST /api/v1/track): the input checked field by field, the case found through findCaseForApplicant
// (rate limited, logged, nothing told without both halves) and its status as the applicant sees it.
import type { Deps } from '../../app/deps.js';
import type { Origin } from '../../app/act-context.js';
import {
  findCaseForApplicant,
  type ApplicantCase,
  type ApplicantCredentials,
} from '../../app/portal/applicant-access.js';
import { activeClockOf, type CaseState } from '../../domain/case/index.js';
import { builtInCalendar } from '../../domain/calendar/index.js';
import {
  APPLICATION_KIND_NAMES,
  isDueDayProvisional,
  type ApplicationKind,
} from '../../domain/standard/index.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import type { Lang } from '../../i18n/i18n.js';
import type { TrackFormError, TrackStatus } from '../../views/pages/portal/track-page.js';
import { portalOfficeContacts } from './portal-office.js';

/** The longest tracking code and secret taken as typed (with spaces and hyphens). */
export const TRACKING_CODE_MAX = 30;
export const SECRET_MAX = 60;

export type TrackInput =
  | { ok: true; credentials: ApplicantCredentials }
  | {
      ok: false;
      errors: Partial<Record<'trackingCode' | 'accessCode' | 'documentNumber', TrackFormError>>;
    };

/** The tracking code with the access code (online) or the document number (a counter receipt). */
export function trackInput(by: 'access' | 'document', trackingCode: string, secret: string): TrackInput {
  const code = trackingCode.trim().slice(0, TRACKING_CODE_MAX);
  const s = secret.trim().slice(0, SECRET_MAX);
  const errors: Extract<TrackInput, { ok: false }>['errors'] = {};
  if (!code) errors.trackingCode = 'code_required';
  if (!s) {
    if (by === 'document') errors.documentNumber = 'document_required';
    else errors.accessCode = 'access_required';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    credentials:
      by === 'document' ? { trackingCode: code, documentNumber: s } : { trackingCode: code, accessCode: s },
  };
}

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

/** The status of a found case; the look-up brought every fact of it (db/applicant-lookup-store.ts),
 *  the office's contacts and the calendar come from caches. */
export async function trackStatus(deps: Deps, found: ApplicantCase, lang: Lang): Promise<TrackStatus> {
  const office = await portalOfficeContacts(deps, found.officeCode, lang);
  const due = dueShown(found);
  const calendar = (await deps.calendar?.get()) ?? builtInCalendar();
  return {
    trackingCode: found.trackingCode,
    kind: found.kind,
    kindName: APPLICATION_KIND_NAMES[found.kind as ApplicationKind][lang],
    state: found.state,
    office: {
      code: found.officeCode,
      name: office?.name ?? found.officeCode,
      address: office?.address ?? null,
      phones: office?.phones ?? [],
    },
    incoming:
      found.incomingNumber && found.stampedAt
        ? { number: found.incomingNumber, date: plainDateAt(found.stampedAt, 'Asia/Almaty') }
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

/** A look-up: the case's status, or null when the credentials open nothing. Throws RATE_LIMITED. */
export async function lookUpStatus(
  deps: Deps,
  origin: Origin,
  credentials: ApplicantCredentials,
  lang: Lang,
): Promise<TrackStatus | null> {
  const found = await findCaseForApplicant(deps, origin, credentials);
  return found ? trackStatus(deps, found, lang) : null;
}
