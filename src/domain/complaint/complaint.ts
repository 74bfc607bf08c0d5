import { comparePlainDates, type PlainDate } from '../time/plain-date.js';

// §20–25: a complaint about the service. Its kind (§21 disagreement with the result; §20, §22 improper
// service or an official's action or inaction), its addressee (the office's head, or the head of the
// akimat the office belongs to, annexes 3–4, §21), how it arrived (§22 by hand or post; online), and
// its life: registered (§25, talon) → assigned → answered (decision with reasons, an outgoing letter)
// → delivered (the answer handed over or dispatched: the review term stops here).
export const COMPLAINT_KINDS = ['result', 'service', 'official'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const COMPLAINT_ADDRESSEES = ['office_head', 'akimat_head'] as const;
export type ComplaintAddressee = (typeof COMPLAINT_ADDRESSEES)[number];

export const COMPLAINT_CHANNELS = ['hand', 'post', 'online'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_STATES = ['registered', 'assigned', 'answered', 'delivered'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const COMPLAINT_OUTCOMES = ['upheld', 'partly', 'rejected'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** What an upheld complaint about a result (or a court decision, §23) does to the case. */
export const COMPLAINT_CONSEQUENCES = ['none', 'reopen', 'annul'] as const;
export type ComplaintConsequence = (typeof COMPLAINT_CONSEQUENCES)[number];

export const DELIVERY_WAYS = ['in_person', 'post', 'email'] as const;
export type DeliveryWay = (typeof DELIVERY_WAYS)[number];

export const TEXT_MAX = 10_000;
const NAME_MAX = 100;

export type FieldErrors = Record<string, string>;

export interface ComplaintInput {
  kind: string;
  addressee: string;
  channel: string;
  language: string;
  surname: string;
  name: string;
  patronymic: string;
  address: string;
  phone: string;
  text: string;
  /** §24: the application concerned — a linked case by its tracking code ... */
  caseCode: string;
  /** ... or, when there is none, the scan of the applicant's copy handed in with it (complaint_scans). */
  copyAttached: boolean;
}

const oneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);
const blank = (v: string) => v.trim() === '';

/** The per-field errors of a complaint as typed (codes of `complaint.err.*`); empty when acceptable. */
export function checkComplaintInput(input: ComplaintInput): FieldErrors {
  const e: FieldErrors = {};
  if (!oneOf(COMPLAINT_KINDS, input.kind)) e.kind = 'choice';
  if (!oneOf(COMPLAINT_ADDRESSEES, input.addressee)) e.addressee = 'choice';
  if (!oneOf(COMPLAINT_CHANNELS, input.channel)) e.channel = 'choice';
  if (input.language !== 'kk' && input.language !== 'ru') e.language = 'choice';
  for (const f of ['surname', 'name'] as const) {
    if (blank(input[f])) e[f] = 'required';
    else if (input[f].trim().length > NAME_MAX) e[f] = 'too_long';
  }
  if (input.patronymic.trim().length > NAME_MAX) e.patronymic = 'too_long';
  if (input.address.trim().length > 300) e.address = 'too_long';
  // §22 by post: the answer goes back by post, so the address is needed.
  else if (input.channel === 'post' && blank(input.address)) e.address = 'required';
  if (!blank(input.phone) && !/^\+?[0-9 ()-]{6,20}$/.test(input.phone.trim())) e.phone = 'phone';
  // §24: free-form, but not empty.
  if (blank(input.text)) e.text = 'required';
  else if (input.text.length > TEXT_MAX) e.text = 'too_long';
  // §24: the application concerned comes with it: a linked case or the applicant's copy.
  if (blank(input.caseCode) && !input.copyAttached) e.caseCode = 'case_or_copy';
  return e;
}

export interface DecisionInput {
  outcome: string;
  reasons: string;
  consequence: string;
}

/** What a decision may do, given the complaint's kind and the case it concerns. */
export function checkDecision(
  input: DecisionInput,
  complaint: { kind: ComplaintKind; caseState: string | null; caseHasDocument: boolean },
): FieldErrors {
  const e: FieldErrors = {};
  if (!oneOf(COMPLAINT_OUTCOMES, input.outcome)) e.outcome = 'choice';
  if (blank(input.reasons)) e.reasons = 'required';
  else if (input.reasons.length > TEXT_MAX) e.reasons = 'too_long';
  if (!oneOf(COMPLAINT_CONSEQUENCES, input.consequence)) e.consequence = 'choice';
  else if (input.consequence !== 'none') {
    // domain.md §4: only a complaint about a result, upheld in whole or in part, changes the case.
    if (input.outcome === 'rejected') e.consequence = 'consequence_rejected';
    else if (complaint.kind !== 'result' || complaint.caseState === null)
      e.consequence = 'consequence_no_case';
    else if (input.consequence === 'reopen' && !REOPENABLE.includes(complaint.caseState))
      e.consequence = 'consequence_reopen_state';
    else if (input.consequence === 'annul' && !complaint.caseHasDocument)
      e.consequence = 'consequence_annul_document';
  }
  return e;
}

/** The case states a new review can start from: a refusal signed or delivered (§16). */
export const REOPENABLE: readonly string[] = ['refusal_signed', 'refusal_delivered'];

/** Overdue: the answer is not delivered and the due day has passed (domain.md §4 clocks never pause). */
export function isComplaintOverdue(
  c: { state: ComplaintState; dueOn: PlainDate; deliveredOn: PlainDate | null },
  today: PlainDate,
): boolean {
  if (c.deliveredOn !== null || c.state === 'delivered') return false;
  return comparePlainDates(today, c.dueOn) > 0;
}

/** Answered late: delivered after its due day (for the records; overdue lists only open ones). */
export function deliveredLate(dueOn: PlainDate, deliveredOn: PlainDate): boolean {
  return comparePlainDates(deliveredOn, dueOn) > 0;
}

/** domain.md §7, indicator 4.1: the answers are 1–5; satisfied means 4 or 5. */
export function isSurveyScore(v: number): boolean {
  return Number.isInteger(v) && v >= 1 && v <= 5;
}
