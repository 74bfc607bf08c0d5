// §22, §25: a complaint registered by the records service (by hand or post) or filed online (§20–24):
// checked per field, numbered in the incoming register of the organisation that took it (domain.md §5),
// given a tracking code and the due day of the review term in force (review-terms.ts), linked to the
// case it concerns and to the queue ticket that served it — one transaction, audited (ids only).
// §24: without a case, the scan of the applicant's copy comes with it, checked as the §11 scans are.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { cases } from '../../db/schema/index.js';
import { findOrganisation, findOrganisationByCode, type OrganisationRow } from '../../db/accounts-store.js';
import { writeAudit } from '../../db/audit-trail.js';
import {
  findComplaintTicket,
  insertComplaint,
  insertComplaintScan,
  linkTicket,
} from '../../db/complaints-store.js';
import type { Executor } from '../../db/database.js';
import { IDEMPOTENCY_KEY, once } from '../../db/idempotency.js';
import { takeNumber } from '../../db/register-numbers.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { hashSecret } from '../../domain/portal/access-code.js';
import { builtInCalendar } from '../../domain/calendar/index.js';
import {
  checkComplaintInput,
  complaintDueDay,
  reviewTermFor,
  type ComplaintAddressee,
  type ComplaintChannel,
  type ComplaintInput,
  type ComplaintKind,
} from '../../domain/complaint/index.js';
import {
  formatRegisterNumber,
  parseOfficeCode,
  parseTrackingCode,
  trackingCodeFromBytes,
} from '../../domain/identifiers/index.js';
import { plainDateAt, toParts } from '../../domain/time/plain-date.js';
import { actContext, authorize, type Origin } from '../act-context.js';
import {
  checkScans,
  OTHER_SCAN,
  scanLimits,
  type CheckedScan,
  type ScanUpload,
} from '../cases/case-scans.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';

/** The §24 copy as posted: a file of the form's `copyScan` input. */
export interface CopyScanUpload {
  fileName: string | undefined;
  bytes: Buffer;
  tooLarge: boolean;
}

export interface RegisterComplaintInput extends Omit<ComplaintInput, 'copyAttached'> {
  /** §24: the scan of the applicant's copy (required when no case is named). */
  copyScan: CopyScanUpload | null;
  /** The service office the complaint concerns: an akimat's records service names one of its offices. */
  officeCode: string;
  /** The queue ticket (letter D) that served the complainant today, e.g. `D004`. */
  ticket: string;
  idempotencyKey: string;
}

export interface RegisteredComplaint {
  id: string;
  trackingCode: string;
  incomingNumber: string;
  dueOn: string;
}

/** The organisation that works a complaint (§21): the office's head, or the head of its akimat. */
export async function handlerOf(db: Executor, office: OrganisationRow, addressee: ComplaintAddressee) {
  if (addressee === 'office_head') return office;
  return office.akimatCode ? findOrganisationByCode(db, office.akimatCode) : null;
}

/** By the records service of an office or an akimat (§22). */
export function registerComplaint(deps: Deps, actor: Actor, origin: Origin, input: RegisterComplaintInput) {
  return register(deps, actor, origin, input);
}

/** Filed online by the complainant (§20–24): registered by the system in the handler's register,
 *  with the case the complainant proved is theirs (§24) and the access code derived from the form's
 *  token (portal's access-code module: only its hash is stored). */
export function fileComplaintOnline(
  deps: Deps,
  origin: Origin,
  input: RegisterComplaintInput & { accessCode: string },
) {
  return register(deps, null, origin, { ...input, channel: 'online' });
}

async function register(
  deps: Deps,
  actor: Actor | null,
  origin: Origin,
  input: RegisterComplaintInput & { accessCode?: string },
): Promise<RegisteredComplaint> {
  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) throw new DomainError('VALIDATION_FAILED');
  if (actor && input.channel === 'online') throw new DomainError('VALIDATION_FAILED', { channel: 'choice' });
  const fields = checkComplaintInput({ ...input, copyAttached: input.copyScan !== null });
  const copy = input.copyScan ? await checkCopyScan(deps, input.copyScan) : null;
  if (copy && !copy.ok) fields.copyScan = copy.code;
  const calendar = (await deps.calendar?.get()) ?? builtInCalendar();
  const db = deps.database.db;
  return db.transaction(async (tx) => {
    const { result } = await once(
      tx,
      input.idempotencyKey,
      'complaint.register',
      actor?.accountId ?? null,
      async () => {
        // Which office it concerns: the actor's own office, or (akimat, online) the one named.
        let office: OrganisationRow | null = null;
        if (actor && actor.organisation.kind === 'service_office')
          office = await findOrganisation(tx, actor.organisation.id);
        else {
          const found = input.officeCode.trim()
            ? await findOrganisationByCode(tx, input.officeCode.trim().toUpperCase())
            : null;
          const inAkimat = !actor || (found && found.akimatCode === actor.organisation.code);
          if (!found || found.kind !== 'service_office' || !inAkimat) fields.officeCode = 'office_unknown';
          else office = found;
        }
        if (actor)
          authorize(actor, 'complaint.register', {
            organisationId: actor.organisation.id,
            regionCode: actor.organisation.regionCode,
          });
        const handler =
          office && !fields.addressee
            ? await handlerOf(tx, office, input.addressee as ComplaintAddressee)
            : null;
        if (office && !fields.addressee && !handler) fields.addressee = 'no_akimat';
        // §24: the linked case must be one of that office's.
        let caseId: string | null = null;
        if (input.caseCode.trim() !== '') {
          const code = parseTrackingCode(input.caseCode);
          if (!code.ok) fields.caseCode = 'tracking_code';
          else if (office) {
            const [row] = await tx
              .select({ id: cases.id, organisationId: cases.organisationId })
              .from(cases)
              .where(eq(cases.trackingCode, code.value));
            if (!row || row.organisationId !== office.id) fields.caseCode = 'case_not_found';
            else caseId = row.id;
          }
        }
        const registeredIn = actor ? await findOrganisation(tx, actor.organisation.id) : handler;
        const now = deps.now();
        const today = plainDateAt(now, registeredIn?.timeZone ?? 'Asia/Almaty');
        let ticketId: string | null = null;
        const ticket = input.ticket.trim().toUpperCase();
        if (actor && ticket !== '' && registeredIn) {
          const t = /^D\d{3}$/.test(ticket)
            ? await findComplaintTicket(tx, registeredIn.id, today, ticket)
            : null;
          if (!t || t.complaintId) fields.ticket = 'ticket_unknown';
          else ticketId = t.id;
        }
        if (Object.keys(fields).length > 0 || !office || !handler || !registeredIn)
          throw new DomainError('VALIDATION_FAILED', fields);
        const year = toParts(today).year;
        const code = parseOfficeCode(registeredIn.code);
        if (!code.ok) throw new Error(`bad organisation code ${registeredIn.code}`);
        const seq = await takeNumber(tx, registeredIn.id, 'incoming', year);
        const incomingNumber = formatRegisterNumber({ office: code.value, year, seq });
        const term = reviewTermFor(today);
        const dueOn = complaintDueDay(today, term, calendar);
        const trackingCode = trackingCodeFromBytes(randomBytes(9));
        const accessCode = actor ? undefined : input.accessCode;
        if (!actor && !accessCode) throw new Error('an online complaint needs its access code');
        const id = crypto.randomUUID();
        const opt = (v: string) => (v.trim() === '' ? null : v.trim());
        await insertComplaint(tx, {
          id,
          trackingCode,
          incomingNumber,
          registeredIn: registeredIn.id,
          handledBy: handler.id,
          officeId: office.id,
          kind: input.kind as ComplaintKind,
          addressee: input.addressee as ComplaintAddressee,
          channel: input.channel as ComplaintChannel,
          language: input.language as 'kk' | 'ru',
          caseId,
          copyAttached: copy?.ok === true,
          surname: input.surname.trim(),
          name: input.name.trim(),
          patronymic: opt(input.patronymic),
          address: opt(input.address),
          phone: opt(input.phone),
          body: input.text,
          state: 'registered',
          registeredAt: now,
          registeredOn: today,
          registeredBy: actor?.accountId ?? null,
          termId: term.id,
          dueOn,
          accessCodeHash: accessCode ? hashSecret(accessCode) : null,
          updatedAt: now,
        });
        if (ticketId) await linkTicket(tx, ticketId, id);
        const copyScanId =
          copy?.ok === true
            ? await insertComplaintScan(tx, {
                complaintId: id,
                fileName: copy.scan.fileName,
                mediaType: copy.scan.mediaType,
                sha256: copy.scan.sha256,
                content: copy.scan.bytes,
                uploadedAt: now,
              })
            : null;
        await writeAudit(tx, officeChain('audit', registeredIn.code), actContext(actor, origin, now), {
          action: 'complaint.registered',
          recordType: 'complaint',
          recordId: id,
          data: {
            channel: input.channel,
            kind: input.kind,
            handledBy: handler.code,
            caseId,
            ticketId,
            termId: term.id,
            dueOn: dueOn as string,
            copyScanId,
          },
        });
        // The access code never enters the stored result of the idempotent act.
        return { id, trackingCode, incomingNumber, dueOn: dueOn as string };
      },
    );
    return result;
  });
}

/** §24: the copy checked by the §11 scans' rules (content, size), as one file of no checklist item. */
async function checkCopyScan(
  deps: Deps,
  upload: CopyScanUpload,
): Promise<{ ok: true; scan: CheckedScan } | { ok: false; code: string }> {
  const one: ScanUpload = {
    ...upload,
    field: 'copyScan',
    itemField: 'copyScan',
    checklistItemId: OTHER_SCAN,
  };
  const { scans, issues } = await checkScans([one], {
    maxBytes: scanLimits(deps).maxBytes,
    maxPerCase: 1,
    existing: 0,
    itemIds: [],
  });
  const code = issues.fields.copyScan;
  return code || !scans[0] ? { ok: false, code: code ?? 'file_required' } : { ok: true, scan: scans[0] };
}
