// The story of one synthetic case, as moments and acts (domain.md §4): taken in at the counter, then
// stamped (S from clockStartDay, later) and carried to a certificate or reference handed over, to a
// §16 refusal delivered in person or by post, to a withdrawal or a transfer — or left open where the
// horizon cuts it. Numbers are not drawn here: they are taken in order of time when the acts are
// replayed (generate-cases.ts), so that every register is gapless and increasing with time.
import type { CaseActionKind } from '../../domain/case/index.js';
import type { ComplaintStepKind } from './synthetic-complaints.js';
import { postalReceiptNumber } from './synthetic-people.js';
import type { SyntheticRandom } from './synthetic-random.js';
import type { OfficeDays } from './synthetic-time.js';

export type StaffRole = 'clerk' | 'records' | 'officer' | 'head';

export interface PlannedStep {
  /** A case act, or an act of a complaint about the case (synthetic-complaints.ts). */
  kind: CaseActionKind | ComplaintStepKind;
  at: Date;
  role: StaffRole;
  /** Which of the office's two officers (the one who took the case keeps it). */
  officer: 0 | 1;
  /** Done at the office the case was transferred to. */
  atTarget: boolean;
  reason?: string;
  how?: 'in_person' | 'post';
  proofReference?: string;
  recipient?: 'applicant' | 'representative';
}

export interface PlanInput {
  language: 'kk' | 'ru';
  days: OfficeDays;
  /** The competent office a transfer would go to (§1, §13), and its days; null: none in reach. */
  target: OfficeDays | null;
  takeInDay: number;
  /** §11 items the applicant did not bring (empty: complete). */
  missing: readonly string[];
  hasRepresentative: boolean;
}

const REASONS: Record<
  'send_back' | 'withdraw' | 'transfer_up' | 'transfer_down',
  readonly (readonly [string, string])[]
> = {
  send_back: [
    ['Жобада қызмет мерзімі қате көрсетілген', 'В проекте неверно указан срок деятельности'],
    ['Қызмет аумағын нақтылау қажет', 'Требуется уточнить территорию деятельности'],
    ['Бірлестіктің атауы құжаттармен сәйкес емес', 'Наименование объединения не совпадает с документами'],
  ],
  withdraw: [
    ['Өтініш беруші өтінішін кері қайтарып алды', 'Заявитель отозвал заявление'],
    ['Құжаттарды толықтырып қайта тапсырады', 'Подаст повторно с полным пакетом документов'],
    ['Сапар кейінге қалдырылды', 'Поездка отложена'],
  ],
  transfer_up: [
    [
      'Қызмет облыстың бірнеше ауданында жүзеге асырылады',
      'Деятельность охватывает несколько районов области',
    ],
  ],
  transfer_down: [
    [
      'Қызмет бір ауданның аумағында жүзеге асырылады',
      'Деятельность осуществляется в пределах одного района',
    ],
  ],
};

/** The acts of one case, in order of time; the last one may be any state's (the horizon cuts). */
export function planSteps(rng: SyntheticRandom, p: PlanInput, transferUp: boolean): PlannedStep[] {
  const steps: PlannedStep[] = [];
  let days = p.days;
  let atTarget = false;
  let cut = false;
  let last: Date | null = null;
  const officer: 0 | 1 = rng.chance(0.5) ? 0 : 1;
  const reason = (kind: keyof typeof REASONS) => {
    const [kk, ru] = rng.pick(REASONS[kind]);
    return p.language === 'kk' ? kk : ru;
  };
  /** Appends an act at `at`; once a moment falls past the horizon, nothing more happens. */
  const act = (kind: CaseActionKind, role: StaffRole, at: Date | null, extra: Partial<PlannedStep> = {}) => {
    if (cut || at === null) {
      cut = true;
      return false;
    }
    steps.push({ kind, at, role, officer, atTarget, ...extra });
    last = at;
    return true;
  };
  const after = (minDays: number, maxDays: number) =>
    cut || last === null ? null : days.later(rng, last, minDays, maxDays);

  const minute = p.days.openMinute(rng);
  if (!act('take_in', 'clerk', minute === null ? null : p.days.at(rng, p.takeInDay, minute))) return steps;
  // Papers taken back before the stamp: nothing was registered (domain.md §4, "abandoned").
  if (rng.chance(0.012)) return (act('abandon', 'clerk', after(0, 0)), steps);
  // §14: usually stamped the same day; sometimes after closing time or the next morning, which
  // moves S to the next working day (domain.md §4).
  const late = rng.next();
  act('stamp', 'records', late < 0.07 ? days.afterClosing(rng, last!) : after(0, late < 0.2 ? 1 : 0));
  const slow = rng.chance(0.06);
  const withdrawAt = rng.chance(0.03) ? rng.pick(['registered', 'under_review', 'proposed'] as const) : null;

  if (p.missing.length > 0) {
    // §16: an incomplete set is the only ground for refusal; some applicants withdraw instead.
    if (rng.chance(0.15))
      return (act('withdraw', 'clerk', after(0, 2), { reason: reason('withdraw') }), steps);
    if (rng.chance(0.4)) act('take_for_review', 'officer', after(0, 1));
    act('draft_refusal', 'officer', after(0, 1));
    act('sign_refusal', 'head', after(0, slow ? 2 : 1));
    const post = rng.chance(0.4);
    act('deliver_refusal', post ? 'records' : 'clerk', after(0, slow ? 5 : 1), {
      how: post ? 'post' : 'in_person',
      proofReference: post ? postalReceiptNumber(rng) : `signature-${rng.code('########')}`,
    });
    return steps;
  }

  if (p.target && rng.chance(0.025)) {
    // §1, §13: handed in at the wrong office; the competent office registers it again.
    act('transfer', 'records', after(0, 1), { reason: reason(transferUp ? 'transfer_up' : 'transfer_down') });
    days = p.target;
    atTarget = true;
    act('receive_transfer', 'records', after(1, 3));
  }
  if (withdrawAt === 'registered')
    return (act('withdraw', 'clerk', after(0, 2), { reason: reason('withdraw') }), steps);
  act('take_for_review', 'officer', after(slow ? 3 : 0, slow ? 8 : 2));
  if (withdrawAt === 'under_review')
    return (act('withdraw', 'clerk', after(1, 3), { reason: reason('withdraw') }), steps);
  act('propose', 'officer', after(1, slow ? 6 : 3));
  if (rng.chance(0.07)) {
    act('send_back', 'head', after(0, 1), { reason: reason('send_back') });
    act('propose', 'officer', after(1, 2));
  }
  if (withdrawAt === 'proposed')
    return (act('withdraw', 'clerk', after(0, 1), { reason: reason('withdraw') }), steps);
  act('sign', 'head', after(0, slow ? 4 : 2));
  // §15: collected in person, by the applicant or a representative; some never come back for it.
  const representative = p.hasRepresentative && rng.chance(0.6);
  act('hand_over', 'clerk', rng.chance(0.04) ? after(20, 60) : after(0, 10), {
    recipient: representative ? 'representative' : 'applicant',
  });
  return steps;
}
