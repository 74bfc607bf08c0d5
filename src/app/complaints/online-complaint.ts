// §20–24 online: the complainant files a complaint from their tracked case — proving it is theirs with
// the tracking code and the access code (or, for a counter case, their identity document number),
// through the portal's one door (findCaseForApplicant) — and the case is attached automatically (§24).
// Without a case (an application made elsewhere or on paper), the complainant names the office and
// attaches the scan of their copy of the application (§24).
// It is routed to the office's head or its akimat's head (§21). Progress is read back by the
// complaint's tracking code and its own access code (§25), rate limited like the portal's look-ups.
import { findOrganisation } from '../../db/accounts-store.js';
import { writeAccess } from '../../db/audit-trail.js';
import { findComplaintByTrackingCode, type ComplaintRow } from '../../db/complaints-store.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { checkComplaintInput } from '../../domain/complaint/index.js';
import { parseTrackingCode } from '../../domain/identifiers/index.js';
import {
  accessCodeForDraftToken,
  formatAccessCode,
  hashSecret,
  parseAccessCode,
  sameSecret,
} from '../../domain/portal/access-code.js';
import { isComplaintOverdue } from '../../domain/complaint/index.js';
import { plainDateAt, type PlainDate } from '../../domain/time/plain-date.js';
import { actContext, type Origin } from '../act-context.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { findCaseForApplicant } from '../portal/applicant-access.js';
import { checkFailures, countAddress, countFailure, portalLimits } from '../portal/portal-limits.js';
import { fileComplaintOnline, type CopyScanUpload } from './register-complaint.js';

export interface OnlineComplaintInput {
  trackingCode: string;
  accessCode: string;
  documentNumber: string;
  kind: string;
  addressee: string;
  language: string;
  surname: string;
  name: string;
  patronymic: string;
  address: string;
  phone: string;
  text: string;
  /** Without a case: the office the complaint concerns (its code) and the §24 copy's scan. */
  officeCode: string;
  copyScan: CopyScanUpload | null;
}

/** `formToken`: the random token of the form (kept in the complainant's cookie only): it makes the
 *  act idempotent and derives the access code, so a double submit shows the same code again. */
export async function fileOnlineComplaint(
  deps: Deps,
  origin: Origin,
  formToken: string,
  input: OnlineComplaintInput,
) {
  if (!/^[A-Za-z0-9_-]{32,100}$/.test(formToken))
    throw new DomainError('VALIDATION_FAILED', { form: 'expired' });
  await countAddress(deps, origin, 'complaint-submit:', portalLimits(deps).submissionsPerAddress);
  const fields = checkComplaintInput({
    ...input,
    channel: 'online',
    caseCode: input.trackingCode,
    copyAttached: input.copyScan !== null,
  });
  delete fields.caseCode;
  let officeCode = '';
  const withoutCase = input.trackingCode.trim() === '';
  // §24: a linked case, or the scan of the applicant's copy with the office it concerns.
  if (withoutCase && input.copyScan === null) fields.trackingCode = 'case_or_copy';
  else if (withoutCase) {
    officeCode = input.officeCode.trim().toUpperCase();
    if (officeCode === '') fields.officeCode = 'required';
  } else if (input.accessCode.trim() === '' && input.documentNumber.trim() === '')
    fields.accessCode = 'access_or_document';
  else {
    const found = await findCaseForApplicant(
      deps,
      origin,
      input.accessCode.trim() !== ''
        ? { trackingCode: input.trackingCode, accessCode: input.accessCode }
        : { trackingCode: input.trackingCode, documentNumber: input.documentNumber },
    );
    if (!found) fields.trackingCode = 'case_credentials';
    else officeCode = found.officeCode;
  }
  if (Object.keys(fields).length > 0) throw new DomainError('VALIDATION_FAILED', fields);
  const accessCode = accessCodeForDraftToken(formToken);
  const r = await fileComplaintOnline(deps, origin, {
    ...input,
    channel: 'online',
    caseCode: withoutCase ? '' : input.trackingCode,
    officeCode,
    ticket: '',
    idempotencyKey: hashSecret(formToken).slice(0, 64),
    accessCode,
  });
  return { ...r, accessCode: formatAccessCode(accessCode) };
}

export interface ComplaintProgress {
  id: string;
  trackingCode: string;
  incomingNumber: string;
  state: ComplaintRow['state'];
  registeredOn: string;
  dueOn: string;
  overdue: boolean;
  handler: { code: string; nameKk: string; nameRu: string | null; nameEn: string | null; phones: string[] };
  addressee: ComplaintRow['addressee'];
  outcome: ComplaintRow['outcome'];
  reasons: string | null;
  outgoingNumber: string | null;
  answeredOn: string | null;
  deliveredOn: string | null;
  mayAnswerSurvey: boolean;
}

const FAILURE = 'complaint-failure:';

/** The complaint the codes open, or null (a wrong pair, an unknown or malformed code alike). */
export async function findComplaintForComplainant(
  deps: Deps,
  origin: Origin,
  credentials: { trackingCode: string; accessCode: string },
): Promise<ComplaintProgress | null> {
  const limits = portalLimits(deps);
  await countAddress(deps, origin, 'complaint-lookup:', limits.lookupsPerAddress);
  const tracking = parseTrackingCode(credentials.trackingCode ?? '');
  if (!tracking.ok) return null;
  await checkFailures(deps, FAILURE, tracking.value, limits.failuresPerTrackingCode);
  const db = deps.database.db;
  const row = await findComplaintByTrackingCode(db, tracking.value);
  const typed = parseAccessCode(credentials.accessCode ?? '');
  const ok =
    row !== null &&
    row.accessCodeHash !== null &&
    typed !== null &&
    sameSecret(hashSecret(typed), row.accessCodeHash);
  if (!ok || !row) {
    await countFailure(deps, FAILURE, tracking.value, limits.failuresPerTrackingCode);
    return null;
  }
  const handler = (await findOrganisation(db, row.handledBy))!;
  await writeAccess(db, officeChain('access', handler.code), actContext(null, origin, deps.now()), {
    recordType: 'complaint',
    recordId: row.id,
    purpose: 'complainant look-up',
  });
  const today = plainDateAt(deps.now(), handler.timeZone);
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    incomingNumber: row.incomingNumber,
    state: row.state,
    registeredOn: row.registeredOn,
    dueOn: row.dueOn,
    overdue: isComplaintOverdue(
      { state: row.state, dueOn: row.dueOn as PlainDate, deliveredOn: row.deliveredOn as PlainDate | null },
      today,
    ),
    handler: {
      code: handler.code,
      nameKk: handler.nameKk,
      nameRu: handler.nameRu,
      nameEn: handler.nameEn,
      phones: handler.phones,
    },
    addressee: row.addressee,
    outcome: row.outcome,
    reasons: row.reasons,
    outgoingNumber: row.outgoingNumber,
    answeredOn: row.answeredOn,
    deliveredOn: row.deliveredOn,
    mayAnswerSurvey: row.state === 'delivered' && !row.surveyAnswered,
  };
}
