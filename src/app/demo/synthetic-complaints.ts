// The complaints of the synthetic cases (§20–25): a few per thousand cases, about the result after a
// refusal was delivered or about the service after a hand-over, handed in at the office (or sent by
// post) to its head. Each is planned as acts after the case's last one — registered in the office's
// incoming register, assigned, decided and answered by an outgoing letter, delivered, and sometimes
// rated (indicator 4.1) — and replayed in order of time with the case acts, so that the registers
// stay gapless and increasing with time; each act writes the row and the audit event
// register-complaint.ts, work-complaint.ts and complaint-survey.ts write. Most answers come within the
// review term, some late. No decision changes the case (consequence 'none').
import type { ActContext } from '../../db/audit-trail.js';
import type { AuditEvent } from '../../domain/audit/audit-event.js';
import type { complaints } from '../../db/schema/index.js';
import { officeChain } from '../../domain/audit/chain-hash.js';
import type { WorkingDayCalendar } from '../../domain/calendar/index.js';
import { complaintDueDay, deliveredLate, reviewTermFor } from '../../domain/complaint/index.js';
import {
  formatRegisterNumber,
  parseOfficeCode,
  trackingCodeFromBytes,
} from '../../domain/identifiers/index.js';
import type { PersonInput } from '../../domain/standard/index.js';
import { toParts, type PlainDate } from '../../domain/time/plain-date.js';
import { postalReceiptNumber } from './synthetic-people.js';
import type { PlannedStep, StaffRole } from './synthetic-plan.js';
import type { SyntheticRandom } from './synthetic-random.js';
import type { ChainLedger, RegisterLedger } from './synthetic-ledger.js';
import type { OfficeStaff } from './synthetic-staff.js';
import { wallIn, type OfficeDays } from './synthetic-time.js';

export const COMPLAINT_STEPS = [
  'complaint_register',
  'complaint_assign',
  'complaint_answer',
  'complaint_deliver',
  'complaint_survey',
] as const;
export type ComplaintStepKind = (typeof COMPLAINT_STEPS)[number];
export const isComplaintStep = (kind: string): kind is ComplaintStepKind =>
  (COMPLAINT_STEPS as readonly string[]).includes(kind);

export interface ComplaintOffice {
  id: string;
  code: string;
  timeZone: string;
  staff: OfficeStaff;
}

export interface LiveComplaint {
  office: ComplaintOffice;
  row: typeof complaints.$inferInsert;
  /** The 4.1 answer (complaint_survey_answers), once given. */
  survey: { id: string; organisationId: string; answeredOn: string; score: number } | null;
}

/** About five complaints per thousand cases. */
const SHARE = 0.005;

const TEXTS: Record<'result' | 'service' | 'official', readonly (readonly [string, string])[]> = {
  result: [
    [
      'Бас тартумен келіспеймін: барлық құжаттар тапсырылды',
      'Не согласен с отказом: все документы были сданы',
    ],
    ['Жетіспейтін құжат туралы маған айтылмады', 'Мне не сообщили о недостающем документе'],
  ],
  service: [
    ['Кезекте ұзақ күттім', 'Долго ждал в очереди'],
    ['Куәлікті беру кешіктірілді', 'Выдача свидетельства задержана'],
  ],
  official: [['Қызметкер әдепсіз сөйледі', 'Сотрудник разговаривал грубо']],
};

const REASONS: Record<'upheld' | 'partly' | 'rejected', readonly [string, string]> = {
  upheld: [
    'Шағым негізді деп танылды, қызметкерлерге ескерту жасалды',
    'Жалоба признана обоснованной, сотрудникам сделано замечание',
  ],
  partly: ['Шағым ішінара негізді деп танылды', 'Жалоба признана частично обоснованной'],
  rejected: ['Тексеру барысында бұзушылық анықталған жоқ', 'В ходе проверки нарушений не выявлено'],
};

/**
 * The complaint's acts after the case's last act, or none (most cases). `days` are the office's
 * where the case ended; a moment past the horizon ends the plan there (the complaint stays open).
 */
export function planComplaint(
  rng: SyntheticRandom,
  steps: readonly PlannedStep[],
  days: OfficeDays,
): PlannedStep[] {
  const last = steps.at(-1);
  if (!last || !rng.chance(SHARE)) return [];
  if (last.kind !== 'hand_over' && !(last.kind === 'deliver_refusal' && last.how === 'in_person')) return [];
  const out: PlannedStep[] = [];
  let at: Date | null = last.at;
  const base = { officer: last.officer, atTarget: last.atTarget };
  const act = (
    kind: ComplaintStepKind,
    role: StaffRole,
    when: Date | null,
    extra: Partial<PlannedStep> = {},
  ) => {
    if (when === null || at === null) return ((at = null), false);
    out.push({ kind, at: when, role, ...base, ...extra });
    at = when;
    return true;
  };
  const later = (min: number, max: number) => (at === null ? null : days.later(rng, at, min, max));
  act('complaint_register', 'records', later(0, 4), { how: rng.chance(0.75) ? 'in_person' : 'post' });
  act('complaint_assign', 'head', later(0, 1));
  // §25: most are answered within the review term (five working days), some late.
  act('complaint_answer', 'head', rng.chance(0.85) ? later(1, 4) : later(6, 12));
  const post = rng.chance(0.4);
  act('complaint_deliver', 'records', later(0, 1), {
    how: post ? 'post' : 'in_person',
    proofReference: post ? postalReceiptNumber(rng) : '',
  });
  // Indicator 4.1: asked after the delivery, answered by some.
  if (rng.chance(0.5)) {
    const when: Date | null = at === null ? null : new Date((at as Date).getTime() + rng.int(60, 600) * 1000);
    act('complaint_survey', 'records', when && when.getTime() <= days.horizon.getTime() ? when : null);
  }
  return out;
}

/** Replays one complaint act: its numbers from the registers, its row, its audit event. */
export class ComplaintReplayer {
  constructor(
    private readonly registers: RegisterLedger,
    private readonly chains: ChainLedger,
    private readonly calendar: WorkingDayCalendar,
    private readonly trackingCodes: Set<string>,
  ) {}

  step(
    rng: SyntheticRandom,
    p: {
      live: LiveComplaint | null;
      step: PlannedStep & { kind: ComplaintStepKind };
      office: ComplaintOffice;
      caseId: string;
      caseKind: string;
      language: 'kk' | 'ru';
      person: PersonInput;
      refused: boolean;
    },
  ): LiveComplaint {
    const { step, office } = p;
    const at = step.at;
    const today = wallIn(at, office.timeZone).date;
    const year = toParts(today).year;
    const code = parseOfficeCode(office.code);
    if (!code.ok) throw new Error(`bad office code ${office.code}`);
    const accountId =
      step.role === 'officer'
        ? office.staff.officers[step.officer]
        : office.staff[step.role as 'clerk' | 'records' | 'head'];
    const ctx: ActContext = {
      actor: { accountId, organisationId: office.id, role: step.role },
      ip: null,
      requestId: 'synthetic',
      now: at,
    };
    const lang = p.language === 'kk' ? 0 : 1;
    const audit = (event: AuditEvent) => this.chains.append(officeChain('audit', office.code), ctx, event);
    if (step.kind === 'complaint_register') {
      const kind = p.refused ? 'result' : rng.chance(0.8) ? 'service' : 'official';
      let trackingCode: string;
      do trackingCode = trackingCodeFromBytes(rng.bytes(9));
      while (this.trackingCodes.has(trackingCode));
      this.trackingCodes.add(trackingCode);
      const term = reviewTermFor(today);
      const dueOn = complaintDueDay(today, term, this.calendar);
      const id = rng.uuid();
      const channel = step.how === 'post' ? 'post' : 'hand';
      const live: LiveComplaint = {
        office,
        survey: null,
        row: {
          id,
          trackingCode,
          incomingNumber: formatRegisterNumber({
            office: code.value,
            year,
            seq: this.registers.take(office.id, 'incoming', year),
          }),
          registeredIn: office.id,
          handledBy: office.id,
          officeId: office.id,
          kind,
          addressee: 'office_head',
          channel,
          language: p.language,
          caseId: p.caseId,
          copyAttached: false,
          surname: p.person.surname,
          name: p.person.name,
          patronymic: p.person.patronymic ?? null,
          address: null,
          phone: null,
          body: rng.pick(TEXTS[kind])[lang],
          state: 'registered',
          registeredAt: at,
          registeredOn: today,
          registeredBy: accountId,
          termId: term.id,
          dueOn,
          // Every row names every column it is written with (synthetic-writer.ts: a column one row
          // of the statement omits would be null, not its default).
          surveyAnswered: false,
          version: 0,
          updatedAt: at,
        },
      };
      audit({
        action: 'complaint.registered',
        recordType: 'complaint',
        recordId: id,
        data: {
          channel,
          kind,
          handledBy: office.code,
          caseId: p.caseId,
          ticketId: null,
          termId: term.id,
          dueOn,
        },
      });
      return live;
    }
    const live = p.live;
    if (!live) throw new Error(`synthetic complaint of case ${p.caseId}: ${step.kind} before registration`);
    const row = live.row;
    const id = row.id as string;
    row.version = (row.version ?? 0) + 1;
    row.updatedAt = at;
    switch (step.kind) {
      case 'complaint_assign': {
        const assignedTo = office.staff.officers[step.officer];
        Object.assign(row, { state: 'assigned', assignedTo });
        audit({ action: 'complaint.assigned', recordType: 'complaint', recordId: id, data: { assignedTo } });
        break;
      }
      case 'complaint_answer': {
        const outcome = rng.weighted<'upheld' | 'partly' | 'rejected'>([
          ['rejected', 60],
          ['partly', 25],
          ['upheld', 15],
        ]);
        const outgoingNumber = formatRegisterNumber({
          office: code.value,
          year,
          seq: this.registers.take(office.id, 'outgoing', year),
        });
        Object.assign(row, {
          state: 'answered',
          outcome,
          reasons: REASONS[outcome][lang],
          consequence: 'none',
          decidedBy: accountId,
          decidedAt: at,
          outgoingNumber,
          answeredOn: today,
          signerRole: 'head',
        });
        audit({
          action: 'complaint.answered',
          recordType: 'complaint',
          recordId: id,
          data: { outcome, consequence: 'none', outgoingNumber, caseId: p.caseId },
        });
        break;
      }
      case 'complaint_deliver': {
        const how = step.how === 'post' ? 'post' : 'in_person';
        Object.assign(row, {
          state: 'delivered',
          deliveredHow: how,
          deliveredOn: today,
          deliveryProof: how === 'post' ? (step.proofReference ?? null) : null,
        });
        audit({
          action: 'complaint.delivered',
          recordType: 'complaint',
          recordId: id,
          data: {
            how,
            on: today,
            late: deliveredLate(row.dueOn as PlainDate, today),
          },
        });
        break;
      }
      case 'complaint_survey': {
        row.version = (row.version ?? 1) - 1; // the survey answer does not count as a version
        row.surveyAnswered = true;
        const score = rng.weighted<number>([
          [5, 30],
          [4, 25],
          [3, 20],
          [2, 10],
          [1, 15],
        ]);
        live.survey = { id: rng.uuid(), organisationId: office.id, answeredOn: today, score };
        audit({ action: 'complaint.survey_answered', recordType: 'complaint', recordId: id, data: {} });
        break;
      }
    }
    return live;
  }
}
