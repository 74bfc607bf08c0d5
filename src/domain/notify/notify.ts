// Issue 8, "be told" and "rate the service": the pure rules — which act of a case tells the applicant
// what, how an e-mail address and a phone are checked, and what a survey answer must be.

/** What an applicant is told of (an online application received and what to do next, §14
 *  registered, §7.1/§15 signed and ready, §16 refused, the expiry of a certificate within 30 days,
 *  and the invitation to rate the service after the end). */
export const NOTIFY_EVENTS = ['received', 'registered', 'ready', 'refused', 'expiry', 'survey'] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export const NOTIFY_CHANNELS = ['email', 'sms'] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];

/** The event a case action tells the applicant of, if any. */
export function eventOfAction(actionKind: string): NotifyEvent | null {
  switch (actionKind) {
    case 'stamp': // §14: the hand-in is stamped, the §7.1 and §16 clocks run
      return 'registered';
    case 'sign': // §7.1, §15: signed and ready to collect
      return 'ready';
    case 'sign_refusal': // §16: the motivated refusal is signed, to be handed over or posted
      return 'refused';
    case 'hand_over': // domain.md §7: the survey after hand-over …
    case 'deliver_refusal': // … or after the refusal is delivered
      return 'survey';
    default:
      return null;
  }
}

export interface ContactInput {
  email: string;
  phone: string;
  consent: boolean;
}

export type ContactIssue = 'email_invalid' | 'phone_invalid' | 'contact_consent_required' | 'contact_missing';

export interface CheckedContact {
  email: string | null;
  phone: string | null;
}

// A pragmatic check (one @, a dotted domain, no spaces), as mail servers accept far more than RFC 5322.
const EMAIL =
  /^[^\s@<>()[\],;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/u;

/** A phone as typed → +7 and 10 digits for a Kazakh number (8 or +7 or 7 first), or E.164 as given. */
export function normalisePhone(typed: string): string | null {
  const t = typed.trim();
  if (!/^\+?[\d\s()-]+$/u.test(t)) return null;
  const digits = t.replace(/\D/gu, '');
  if (t.startsWith('+')) return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null;
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7')))
    return `+7${digits.slice(1)}`;
  if (digits.length === 10 && digits.startsWith('7')) return `+7${digits}`;
  return null;
}

/**
 * The optional contact of an application: both fields empty is "not to be told" (no consent needed);
 * otherwise each filled field must be well-formed and the applicant must consent to be told (§17).
 */
export function checkContact(input: ContactInput): {
  contact: CheckedContact | null;
  issues: Partial<Record<'email' | 'phone' | 'consent', ContactIssue>>;
} {
  const email = input.email.trim();
  const phone = input.phone.trim();
  const issues: Partial<Record<'email' | 'phone' | 'consent', ContactIssue>> = {};
  if (email === '' && phone === '') {
    if (input.consent) issues.email = 'contact_missing';
    return { contact: null, issues };
  }
  if (email !== '' && (email.length > 254 || !EMAIL.test(email))) issues.email = 'email_invalid';
  const normalised = phone === '' ? null : normalisePhone(phone);
  if (phone !== '' && !normalised) issues.phone = 'phone_invalid';
  if (!input.consent) issues.consent = 'contact_consent_required';
  if (Object.keys(issues).length) return { contact: null, issues };
  return { contact: { email: email === '' ? null : email, phone: normalised }, issues };
}

/** domain.md §7: the three questions of the case survey, each on a 1–5 scale (satisfied = 4 or 5). */
export const SURVEY_QUESTIONS = ['process', 'information', 'politeness'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];
/** The annex 9 indicator each question feeds. */
export const SURVEY_INDICATORS: Readonly<Record<SurveyQuestion, '2.1' | '3.1' | '5.1'>> = {
  process: '2.1',
  information: '3.1',
  politeness: '5.1',
};

export type SurveyScores = Record<SurveyQuestion, number>;

/** Each question answered with one of 1…5; anything else is named per question. */
export function checkSurveyAnswer(posted: Record<string, string | undefined>): {
  scores: SurveyScores | null;
  issues: Partial<Record<SurveyQuestion, 'score_required' | 'score_invalid'>>;
} {
  const issues: Partial<Record<SurveyQuestion, 'score_required' | 'score_invalid'>> = {};
  const scores = {} as SurveyScores;
  for (const q of SURVEY_QUESTIONS) {
    const v = (posted[q] ?? '').trim();
    if (v === '') issues[q] = 'score_required';
    else if (!/^[1-5]$/u.test(v)) issues[q] = 'score_invalid';
    else scores[q] = Number(v);
  }
  return Object.keys(issues).length ? { scores: null, issues } : { scores, issues };
}

/** A survey token as it may appear in a link: 43 base64url characters (32 random bytes). */
export const SURVEY_TOKEN = /^[A-Za-z0-9_-]{43}$/u;
