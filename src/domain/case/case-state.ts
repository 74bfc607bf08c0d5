// domain.md §4 (normative): the states a case passes through. The state is never stored as the
// truth: it is folded from the append-only action log (fold-case.ts).
export const CASE_STATES = [
  'draft', // the applicant starts online
  'submitted_online', // the applicant sends the online application
  'at_counter', // a clerk takes the papers in (or opens an online application at hand-in)
  'registered', // records stamps the hand-in (§14); the §11 checklist is recorded then
  'transferred', // handed in at the wrong office (§1, §13): never refused for that
  'under_review', // an officer takes it
  'proposed', // the officer proposes registration
  'ready_to_collect', // the head signs: the §7.1 clock stops here
  'handed_over', // handed over in person, journal entry written (§15)
  'refusal_drafted', // the officer drafts the motivated refusal (§16)
  'refusal_signed', // the head signs it; outgoing number
  'refusal_delivered', // handed over or dispatched by post: the §16 clock stops here
  'withdrawn', // the applicant withdraws, any time before the head signs
  // The parenthesised ends of the table: cases that never reached the records service's stamp.
  'discarded', // a draft the applicant dropped
  'lapsed', // an online application never handed in within the configured time
  'abandoned', // papers taken in at the counter but never stamped (the applicant left)
] as const;

export type CaseState = (typeof CASE_STATES)[number];

/** States with no way out but a correction: the case's life as a case is over. */
export const END_STATES = [
  'handed_over',
  'refusal_delivered',
  'withdrawn',
  'discarded',
  'lapsed',
  'abandoned',
] as const satisfies readonly CaseState[];

export type CaseEndState = (typeof END_STATES)[number];

export function isCaseState(value: string): value is CaseState {
  return (CASE_STATES as readonly string[]).includes(value);
}

export function isEndState(state: CaseState): state is CaseEndState {
  return (END_STATES as readonly CaseState[]).includes(state);
}
