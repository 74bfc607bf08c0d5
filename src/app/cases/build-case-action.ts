// Turns what a member of staff asks for into the action the log records, adding what the system
// decides: numbers from the gapless registers (domain.md §5), the start day S and the §11 record at
// the stamp (§14, domain.md §4), the document's number and "valid until" at signing (annexes 5, 6).
import type { Executor } from '../../db/database.js';
import { takeNumber } from '../../db/register-numbers.js';
import { findOrganisationByCode, type OrganisationRow } from '../../db/accounts-store.js';
import { isDirectoryOffice } from '../organisations/competent-office.js';
import type { CaseRow } from '../../db/case-store.js';
import { clockStartDay, type WorkingDayCalendar } from '../../domain/calendar/index.js';
import {
  stampChecklist,
  type CaseAction,
  type CaseActor,
  type CaseSnapshot,
} from '../../domain/case/index.js';
import {
  formatCertificateNumber,
  formatRegisterNumber,
  parseOfficeCode,
} from '../../domain/identifiers/index.js';
import {
  RULE_VERSIONS,
  caseRuleVersion,
  certificateValidUntil,
  checkDocuments,
  groupChecklistAnswers,
  missionaryChecklistAnswers,
  type GroupApplicationInput,
  type MissionaryApplicationInput,
} from '../../domain/standard/index.js';
import { plainDate, plainDateAt, toParts, type PlainDate } from '../../domain/time/plain-date.js';
import { USUAL_SCHEDULE } from '../../domain/time/weekly-schedule.js';
import { DomainError } from '../errors.js';

export type StaffCommand =
  | { kind: 'stamp'; itemsPresent: string[] }
  | { kind: 'take_for_review' }
  | { kind: 'propose' }
  | { kind: 'send_back'; reason: string }
  | { kind: 'sign' }
  | {
      kind: 'hand_over';
      recipient: 'applicant' | 'representative';
      identityDocumentId: string;
      powerOfAttorneyId: string | null;
    }
  | { kind: 'draft_refusal'; missingItemIds?: string[] }
  | { kind: 'sign_refusal' }
  | { kind: 'deliver_refusal'; how: 'in_person' | 'post'; proofReference: string; on: string }
  | { kind: 'withdraw'; reason: string }
  | { kind: 'abandon' }
  | { kind: 'transfer'; toOfficeCode: string; reason: string }
  | { kind: 'receive_transfer' };

/** Every kind of StaffCommand, for the API's schema and the pages' forms. */
export const STAFF_COMMAND_KINDS = [
  'stamp',
  'take_for_review',
  'propose',
  'send_back',
  'sign',
  'hand_over',
  'draft_refusal',
  'sign_refusal',
  'deliver_refusal',
  'withdraw',
  'abandon',
  'transfer',
  'receive_transfer',
] as const satisfies readonly StaffCommand['kind'][];

export interface BuildContext {
  tx: Executor;
  now: Date;
  actor: CaseActor;
  /** The office acting (the receiving office for receive_transfer). */
  office: OrganisationRow;
  row: CaseRow;
  snapshot: CaseSnapshot;
  application: MissionaryApplicationInput | GroupApplicationInput;
  calendar: WorkingDayCalendar;
  signerRole: 'head' | 'acting_head';
}

function officeCodeOf(code: string) {
  const parsed = parseOfficeCode(code);
  if (!parsed.ok) throw new Error(`bad office code ${code}`);
  return parsed.value;
}

export async function buildCaseAction(c: BuildContext, command: StaffCommand): Promise<CaseAction> {
  const base = { at: c.now.toISOString(), actor: c.actor };
  const today: PlainDate = plainDateAt(c.now, c.office.timeZone);
  const year = toParts(today).year;
  const office = officeCodeOf(c.office.code);
  const register = async (reg: 'incoming' | 'outgoing') =>
    formatRegisterNumber({ office, year, seq: await takeNumber(c.tx, c.office.id, reg, year) });
  switch (command.kind) {
    case 'stamp': {
      // domain.md §4: S is the stamp date if a working day within office hours, else the next working day.
      const startDay = clockStartDay(
        c.now,
        c.office.schedule ?? USUAL_SCHEDULE,
        c.office.timeZone,
        c.calendar,
      );
      const version = caseRuleVersion(startDay, RULE_VERSIONS);
      const answers = c.row.kind.startsWith('missionary')
        ? missionaryChecklistAnswers(c.application as MissionaryApplicationInput)
        : groupChecklistAnswers(c.application as GroupApplicationInput);
      const check = checkDocuments(c.row.kind, answers, command.itemsPresent, version);
      return {
        ...base,
        kind: 'stamp',
        incomingNumber: await register('incoming'),
        startDay,
        checklist: stampChecklist(check),
      };
    }
    case 'receive_transfer':
      return { ...base, kind: 'receive_transfer', incomingNumber: await register('incoming') };
    case 'sign': {
      const missionary = c.row.kind.startsWith('missionary');
      const kind = missionary ? 'certificate' : 'reference';
      const seq = await takeNumber(c.tx, c.office.id, kind, year);
      let validUntil: PlainDate | null = null;
      if (missionary) {
        // Annex 5 "valid until": the end of the requested term, bounded by the maximum in force.
        const version = caseRuleVersion(c.snapshot.startDay ?? today, RULE_VERSIONS);
        validUntil = certificateValidUntil(
          version,
          plainDate((c.application as MissionaryApplicationInput).term.to),
          today,
        );
      }
      return {
        ...base,
        kind: 'sign',
        documentNumber: formatCertificateNumber({ office, year, kind, seq }),
        documentDate: today,
        validUntil,
        signerRole: c.signerRole,
        fourEyes: c.office.fourEyes,
      };
    }
    case 'sign_refusal':
      return {
        ...base,
        kind: 'sign_refusal',
        outgoingNumber: await register('outgoing'),
        outgoingDate: today,
        signerRole: c.signerRole,
        fourEyes: c.office.fourEyes,
      };
    case 'draft_refusal':
      // §16: the refusal names what was missing; by default what the stamp recorded as missing.
      return {
        ...base,
        kind: 'draft_refusal',
        missingItemIds: command.missingItemIds ?? c.snapshot.registration?.checklist.missingItemIds ?? [],
      };
    case 'deliver_refusal':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(command.on))
        throw new DomainError('VALIDATION_FAILED', { on: 'date_format' });
      return {
        ...base,
        kind: 'deliver_refusal',
        how: command.how,
        proof: {
          kind: command.how === 'post' ? 'postal_receipt' : 'signature',
          reference: command.proofReference,
        },
        on: plainDate(command.on),
      };
    case 'hand_over':
      return {
        ...base,
        kind: 'hand_over',
        recipient: command.recipient,
        identityDocumentId: command.identityDocumentId,
        powerOfAttorneyId: command.powerOfAttorneyId,
      };
    case 'send_back':
    case 'withdraw':
      return { ...base, kind: command.kind, reason: command.reason };
    case 'transfer': {
      // §1, §13: to a service office that exists (in the database, or the directory it is imported
      // from); a mistyped code would leave the case with no office to receive it.
      if (parseOfficeCode(command.toOfficeCode).ok && command.toOfficeCode !== c.office.code) {
        const to = await findOrganisationByCode(c.tx, command.toOfficeCode);
        const known = to
          ? to.kind === 'service_office' && to.active
          : isDirectoryOffice(command.toOfficeCode);
        if (!known) throw new DomainError('VALIDATION_FAILED', { toOfficeCode: 'transfer_office_unknown' });
      }
      return { ...base, kind: 'transfer', toOfficeCode: command.toOfficeCode, reason: command.reason };
    }
    case 'take_for_review':
    case 'propose':
    case 'abandon':
      return { ...base, kind: command.kind };
  }
}
