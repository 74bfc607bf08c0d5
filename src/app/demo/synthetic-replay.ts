// Replays a planned act of a synthetic case as the real use-cases record it (open-case-at-counter.ts,
// build-case-action.ts, perform-case-action.ts): the action with its numbers from the registers (in
// order of time), S from clockStartDay and the §11 checklist at the stamp, "valid until" at signing;
// checked with checkAction and folded with applyAction; the case's cached columns updated as a real
// act updates them; one audit event on the acting office's chain.
import type { ActContext } from '../../db/audit-trail.js';
import type { cases } from '../../db/schema/index.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import { clockStartDay, type WorkingDayCalendar } from '../../domain/calendar/index.js';
import {
  applyAction,
  caseDueDays,
  checkAction,
  stampChecklist,
  type CaseAction,
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
  ruleVersionFor,
  type ApplicationKind,
  type GroupApplicationInput,
  type MissionaryApplicationInput,
} from '../../domain/standard/index.js';
import { plainDate, toParts, type PlainDate } from '../../domain/time/plain-date.js';
import type { WeeklySchedule } from '../../domain/time/weekly-schedule.js';
import type { Application } from './synthetic-applications.js';
import type { ChainLedger, RegisterLedger } from './synthetic-ledger.js';
import type { PlannedStep } from './synthetic-plan.js';
import type { OfficeStaff } from './synthetic-staff.js';
import { wallIn, type OfficeDays } from './synthetic-time.js';
import { isComplaintStep, type ComplaintReplayer, type LiveComplaint } from './synthetic-complaints.js';
import { SyntheticRandom } from './synthetic-random.js';
import type { QueueLedger, SurveyDraw, TicketRowInsert } from './synthetic-visits.js';

export interface ReplayOffice {
  id: string;
  code: string;
  timeZone: string;
  schedule: WeeklySchedule;
  fourEyes: boolean;
  staff: OfficeStaff;
  days: OfficeDays;
}

export interface LiveCase {
  id: string;
  trackingCode: string;
  kind: ApplicationKind;
  language: 'kk' | 'ru';
  /** The take-in day (the office's date). */
  day: PlainDate;
  application: Application;
  itemsPresent: readonly string[];
  office: ReplayOffice;
  target: ReplayOffice | null;
  steps: readonly PlannedStep[];
  /** The next step to replay. */
  next: number;
  snapshot: CaseSnapshot | null;
  actions: CaseAction[];
  row: typeof cases.$inferInsert;
  /** The tickets of its visits to the hall (synthetic-visits.ts). */
  tickets: TicketRowInsert[];
  /** The §18 survey's invitation and answer, after hand-over or a refusal delivered in person. */
  survey: SurveyDraw | null;
  /** A complaint about the case (synthetic-complaints.ts). */
  complaint: LiveComplaint | null;
}

/** The applicant (or a group's leader): who complains. */
const personOf = (a: Application) => ('applicant' in a ? a.applicant : a.leader);

export const SYNTHETIC_ORIGIN = { ip: null, requestId: 'synthetic' } as const;

export class Replayer {
  constructor(
    private readonly registers: RegisterLedger,
    private readonly chains: ChainLedger,
    private readonly calendar: WorkingDayCalendar,
    private readonly queue: QueueLedger,
    private readonly complaints: ComplaintReplayer,
  ) {}

  /** Replays the case's next step; false when it has none left. */
  step(c: LiveCase): boolean {
    const step = c.steps[c.next];
    if (!step) return false;
    const office = step.atTarget ? (c.target as ReplayOffice) : c.office;
    // The visit's own stream (the case's draws stay as they were without visits).
    const visit = () => SyntheticRandom.of('visit', c.id, c.next);
    if (isComplaintStep(step.kind)) {
      c.complaint = this.complaints.step(visit(), {
        live: c.complaint,
        step: { ...step, kind: step.kind },
        office,
        caseId: c.id,
        caseKind: c.kind,
        language: c.language,
        person: personOf(c.application),
        refused: c.snapshot?.state === 'refusal_delivered',
      });
      c.next++;
      return c.next < c.steps.length;
    }
    const accountId =
      step.role === 'officer'
        ? office.staff.officers[step.officer]
        : office.staff[step.role as 'clerk' | 'records' | 'head'];
    const action = this.build(c, step, office, { accountId, roles: [step.role] });
    const decision = checkAction(c.snapshot, action, { actorOfficeCode: office.code });
    if (!decision.ok)
      throw new Error(
        `synthetic case ${c.trackingCode}: ${action.kind} refused (${decision.code}${decision.issues ? `: ${decision.issues.join(', ')}` : ''})`,
      );
    const next = applyAction(c.snapshot, action);
    c.snapshot = next;
    c.actions.push(action);
    this.cache(c, action, next, office, decision.fourEyesWaived);
    const ctx: ActContext = {
      actor: { accountId, organisationId: office.id, role: step.role },
      ...SYNTHETIC_ORIGIN,
      now: step.at,
    };
    this.chains.append(officeChain('audit', office.code), ctx, {
      action: 'case.action',
      recordType: 'case',
      recordId: c.id,
      data: { kind: action.kind, seq: next.actionCount, state: next.state },
    });
    this.visit(c, action, office, visit);
    c.next++;
    return c.next < c.steps.length;
  }

  /** §9: the visitor's ticket for an act at the desk; §18: the survey after the result. */
  private visit(c: LiveCase, action: CaseAction, office: ReplayOffice, rng: () => SyntheticRandom): void {
    const inPerson =
      action.kind === 'take_in' ||
      action.kind === 'hand_over' ||
      (action.kind === 'deliver_refusal' && action.how === 'in_person');
    if (!inPerson) return;
    const r = rng();
    const at = new Date(action.at);
    const ticket = this.queue.ticket(r, {
      purpose: action.kind === 'take_in' ? 'hand-in' : 'collect',
      at,
      organisationId: office.id,
      days: office.days,
      clerk: office.staff.clerk,
      caseId: c.id,
    });
    if (ticket) c.tickets.push(ticket);
    if (action.kind === 'take_in') return;
    c.survey = this.queue.survey(r, {
      caseId: c.id,
      organisationId: office.id,
      at,
      timeZone: office.timeZone,
      refused: action.kind === 'deliver_refusal',
    });
    if (c.survey.answer)
      // Audited on the office's chain without the case (anonymity), as survey.ts does.
      this.chains.append(
        officeChain('audit', office.code),
        { actor: null, ...SYNTHETIC_ORIGIN, now: at },
        { action: 'survey.answered', recordType: 'survey', recordId: office.code, data: {} },
      );
  }

  private build(
    c: LiveCase,
    step: PlannedStep,
    office: ReplayOffice,
    actor: { accountId: string; roles: PlannedStep['role'][] },
  ): CaseAction {
    const base = { at: step.at.toISOString(), actor };
    const today = wallIn(step.at, office.timeZone).date;
    const year = toParts(today).year;
    const code = parseOfficeCode(office.code);
    if (!code.ok) throw new Error(`bad office code ${office.code}`);
    const incoming = () =>
      formatRegisterNumber({
        office: code.value,
        year,
        seq: this.registers.take(office.id, 'incoming', year),
      });
    const missionary = c.kind.startsWith('missionary');
    switch (step.kind) {
      case 'take_in':
        return { ...base, kind: 'take_in', officeCode: office.code, applicationKind: c.kind };
      case 'stamp': {
        // domain.md §4: S is the stamp date if a working day within office hours, else the next working day.
        const startDay = clockStartDay(step.at, office.schedule, office.timeZone, this.calendar);
        const version = caseRuleVersion(startDay, RULE_VERSIONS);
        const answers = missionary
          ? missionaryChecklistAnswers(c.application as MissionaryApplicationInput)
          : groupChecklistAnswers(c.application as GroupApplicationInput);
        const check = checkDocuments(c.kind, answers, c.itemsPresent, version);
        return {
          ...base,
          kind: 'stamp',
          incomingNumber: incoming(),
          startDay,
          checklist: stampChecklist(check),
        };
      }
      case 'receive_transfer':
        return { ...base, kind: 'receive_transfer', incomingNumber: incoming() };
      case 'transfer':
        return {
          ...base,
          kind: 'transfer',
          toOfficeCode: (c.target as ReplayOffice).code,
          reason: step.reason ?? '',
        };
      case 'send_back':
      case 'withdraw':
        return { ...base, kind: step.kind, reason: step.reason ?? '' };
      case 'sign': {
        const kind = missionary ? 'certificate' : 'reference';
        const seq = this.registers.take(office.id, kind, year);
        // Annex 5 "valid until": the end of the requested term, bounded by the maximum in force.
        const validUntil = missionary
          ? certificateValidUntil(
              caseRuleVersion(c.snapshot?.startDay ?? today, RULE_VERSIONS),
              plainDate((c.application as MissionaryApplicationInput).term.to),
              today,
            )
          : null;
        return {
          ...base,
          kind: 'sign',
          documentNumber: formatCertificateNumber({ office: code.value, year, kind, seq }),
          documentDate: today,
          validUntil,
          signerRole: 'head',
          fourEyes: office.fourEyes,
        };
      }
      case 'hand_over': {
        const rep = step.recipient === 'representative' ? c.application.representative : undefined;
        const person =
          rep?.person ?? ('applicant' in c.application ? c.application.applicant : c.application.leader);
        return {
          ...base,
          kind: 'hand_over',
          recipient: rep ? 'representative' : 'applicant',
          identityDocumentId: `${person.identityDocument?.kind ?? 'identity-document'}-shown`,
          powerOfAttorneyId: rep ? rep.powerOfAttorney.number : null,
        };
      }
      case 'draft_refusal':
        // §16: the refusal names what the stamp recorded as missing.
        return {
          ...base,
          kind: 'draft_refusal',
          missingItemIds: [...(c.snapshot?.registration?.checklist.missingItemIds ?? [])],
        };
      case 'sign_refusal':
        return {
          ...base,
          kind: 'sign_refusal',
          outgoingNumber: formatRegisterNumber({
            office: code.value,
            year,
            seq: this.registers.take(office.id, 'outgoing', year),
          }),
          outgoingDate: today,
          signerRole: 'head',
          fourEyes: office.fourEyes,
        };
      case 'deliver_refusal':
        return {
          ...base,
          kind: 'deliver_refusal',
          how: step.how ?? 'in_person',
          proof: {
            kind: step.how === 'post' ? 'postal_receipt' : 'signature',
            reference: step.proofReference ?? '',
          },
          on: today,
        };
      case 'take_for_review':
      case 'propose':
      case 'abandon':
        return { ...base, kind: step.kind };
      default:
        throw new Error(`the generator plans no ${step.kind}`);
    }
  }

  /** The cached fold, exactly as open-case-at-counter.ts and perform-case-action.ts write it. */
  private cache(
    c: LiveCase,
    action: CaseAction,
    next: CaseSnapshot,
    office: ReplayOffice,
    waived: boolean,
  ): void {
    const at = new Date(action.at);
    const row = c.row;
    if (action.kind === 'take_in') {
      const today: PlainDate = wallIn(at, office.timeZone).date;
      Object.assign(row, {
        id: c.id,
        trackingCode: c.trackingCode,
        kind: c.kind,
        language: c.language,
        organisationId: office.id,
        firstOrganisationId: office.id,
        state: next.state,
        version: 1,
        withoutFourEyes: false,
        stampedIncomplete: false,
        ruleVersionId: ruleVersionFor(today, RULE_VERSIONS).id,
        createdAt: at,
        updatedAt: at,
      });
      return;
    }
    row.state = next.state;
    row.version = (row.version ?? 0) + 1;
    row.updatedAt = at;
    if (action.kind === 'stamp' || action.kind === 'receive_transfer') {
      const startDay = next.startDay as PlainDate;
      const version = caseRuleVersion(startDay, RULE_VERSIONS);
      const due = caseDueDays(startDay, version, this.calendar);
      Object.assign(row, {
        incomingNumber: action.incomingNumber,
        startDay,
        resultDue: due.resultDue,
        refusalDue: due.refusalDue,
        ruleVersionId: version.id,
      });
      if (action.kind === 'stamp') {
        row.stampedAt = at;
        row.stampedIncomplete = !action.checklist.complete;
      } else row.organisationId = office.id;
    }
    if (action.kind === 'sign')
      Object.assign(row, {
        documentNumber: action.documentNumber,
        validUntil: action.validUntil,
        stoppedAt: at,
        withoutFourEyes: waived,
      });
    if (action.kind === 'sign_refusal')
      Object.assign(row, {
        outgoingNumber: action.outgoingNumber,
        withoutFourEyes: (row.withoutFourEyes ?? false) || waived,
      });
    if (action.kind === 'deliver_refusal') row.stoppedAt = at;
  }
}
