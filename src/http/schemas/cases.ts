// The case at the counter over JSON (domain.md §4, §5): what the routes of api-cases.ts accept and
// what leaves them. Only the declared fields of a response are serialized.
import Type, { type Static, type TSchema } from 'typebox';
import { STAFF_COMMAND_KINDS } from '../../app/cases/build-case-action.js';
import { IDEMPOTENCY_KEY } from '../../db/idempotency.js';
import { CASE_ACTION_KINDS, CASE_STATES } from '../../domain/case/index.js';
import {
  ApplicationResponse,
  Day,
  GROUP_KINDS,
  GroupApplicationRequest,
  MISSIONARY_KINDS,
  MissionaryApplicationRequest,
  discriminated,
} from './applications.js';
import { refusals } from './error.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Body = <P extends Parameters<typeof Type.Object>[0]>(properties: P) =>
  Type.Object(properties, { additionalProperties: false });

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({
    pattern: IDEMPOTENCY_KEY.source,
    description:
      'A fresh random key per act (16–100 of A–Z a–z 0–9 _ -): a retry with the same key gets the first result and does nothing again.',
  }),
});

export const CaseParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const LANGUAGE = Type.Enum(['kk', 'ru'], {
  description: "domain.md §6: the application's language, in which its documents are issued.",
});
const CONSENT = Type.Boolean({ description: 'Consent to the processing of personal data (domain.md §8).' });

export const OpenCaseBody = discriminated('kind', [
  Body({
    kind: Type.Enum(MISSIONARY_KINDS),
    language: LANGUAGE,
    application: MissionaryApplicationRequest,
    consent: CONSENT,
  }),
  Body({
    kind: Type.Enum(GROUP_KINDS),
    language: LANGUAGE,
    application: GroupApplicationRequest,
    consent: CONSENT,
  }),
]);
export type OpenCaseBody = Static<typeof OpenCaseBody>;

export const OpenedCaseJson = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    trackingCode: Type.String({ description: 'domain.md §5: printed on the receipt.' }),
    version: Type.Integer({ description: 'Send it back as expectedVersion with the next action.' }),
    warnings: Type.Array(Type.Object({ path: Type.String(), code: Type.String() }), {
      description: 'Facts staff should see; never a ground for refusal (§16).',
    }),
  },
  { description: 'The case opened (or, for a retried key, the case the first request opened).' },
);

const VERSION = Type.Integer({
  minimum: 1,
  description: 'The version the member of staff saw; another one means someone acted meanwhile.',
});
const REASON = Type.String({ maxLength: 1000 });
const ITEM_IDS = Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 });
const action = <K extends string, P extends Parameters<typeof Type.Object>[0]>(kind: K, properties: P) =>
  Body({ kind: Type.Literal(kind), expectedVersion: VERSION, ...properties });

/** The acts staff perform through the API: the kinds of StaffCommand. */
export const STAFF_ACTION_KINDS = STAFF_COMMAND_KINDS;

/** One staff act (StaffCommand); the system adds numbers, dates and the §11 record. */
export const CaseActionBody = discriminated('kind', [
  action('stamp', {
    itemsPresent: Type.Array(Type.String({ maxLength: 100 }), {
      maxItems: 50,
      description: '§14: the §11 items handed in, by id; the rest are recorded as missing.',
    }),
  }),
  action('take_for_review', {}),
  action('propose', {}),
  action('send_back', { reason: REASON }),
  action('sign', {}),
  action('hand_over', {
    recipient: Type.Enum(['applicant', 'representative']),
    identityDocumentId: Type.String({ maxLength: 100 }),
    powerOfAttorneyId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  }),
  action('draft_refusal', {
    missingItemIds: Type.Optional(ITEM_IDS),
  }),
  action('sign_refusal', {}),
  action('deliver_refusal', {
    how: Type.Enum(['in_person', 'post']),
    proofReference: Type.String({ maxLength: 100, description: 'The signed copy, or the postal receipt.' }),
    on: Day('§16 stops on this day: handed over or dispatched.'),
  }),
  action('withdraw', { reason: REASON }),
  action('abandon', {}),
  action('transfer', { toOfficeCode: Type.String({ maxLength: 20 }), reason: REASON }),
  action('receive_transfer', {}),
]);
export type CaseActionBody = Static<typeof CaseActionBody>;

const STATE = Type.Enum(CASE_STATES);
export const CaseActionResultJson = Type.Object(
  { state: STATE, version: Type.Integer() },
  { description: 'The state the act led to and the new version (or the first answer, for a retried key).' },
);

const ClockJson = Type.Object({
  clause: Type.String({ description: "'§7.1' (result) or '§16' (refusal delivered)." }),
  due: Day(),
  provisional: Type.Boolean({ description: 'The due day depends on a year without calendar data.' }),
  status: Type.Enum(['running', 'stopped', 'moot']),
  stoppedOn: Nullable(Day()),
  workingDaysLeft: Nullable(Type.Integer()),
  overdue: Type.Boolean(),
  late: Nullable(Type.Boolean()),
});

export const CaseJson = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    trackingCode: Type.String(),
    kind: Type.Enum([...MISSIONARY_KINDS, ...GROUP_KINDS]),
    language: Type.Enum(['kk', 'ru']),
    state: STATE,
    version: Type.Integer(),
    officeCode: Type.String({ description: 'The office holding the case.' }),
    transferTo: Nullable(Type.String()),
    incomingNumber: Nullable(Type.String({ description: '§14, domain.md §5.' })),
    startDay: Nullable(Day('S: the day the clocks count from (domain.md §4).')),
    resultDue: Nullable(Day('§7.1: signed and ready to collect by this day.')),
    refusalDue: Nullable(Day('§16: a refusal delivered or dispatched by this day.')),
    clocks: Nullable(
      Type.Object({
        ruleVersionId: Type.String(),
        active: Nullable(Type.Enum(['result', 'refusal'])),
        result: ClockJson,
        refusal: ClockJson,
      }),
    ),
    checklist: Nullable(
      Type.Object(
        { complete: Type.Boolean(), missingItemIds: Type.Array(Type.String()) },
        { description: 'The §11 record made at the stamp.' },
      ),
    ),
    missingItemIds: Type.Array(Type.String(), { description: '§16: what the refusal names as missing.' }),
    documentNumber: Nullable(
      Type.String({ description: 'The certificate (annex 5) or reference (annex 6).' }),
    ),
    validUntil: Nullable(Day()),
    outgoingNumber: Nullable(Type.String({ description: 'The signed refusal.' })),
    withoutFourEyes: Type.Boolean({ description: 'Decided in an office that switched four eyes off.' }),
    available: Type.Array(Type.Enum(STAFF_ACTION_KINDS), {
      description: 'What this member of staff may do now through POST /api/v1/cases/{id}/actions.',
    }),
    timeline: Type.Array(
      Type.Object({ seq: Type.Integer(), kind: Type.Enum(CASE_ACTION_KINDS), at: Type.String() }),
      { description: 'The action log: each act and its instant (ISO 8601).' },
    ),
    affiliationShown: Type.Boolean({
      description:
        'False: religious affiliation and the names stating it are left out for this role (domain.md §8).',
    }),
    application: ApplicationResponse,
  },
  { description: 'The case; every read is written to the access log (§17).' },
);
export type CaseJson = Static<typeof CaseJson>;

export const CsrfJson = Type.Object(
  { token: Type.String({ description: 'Send it as the x-csrf-token header of every API write.' }) },
  { description: 'A token bound to the signed CSRF cookie this answer sets.' },
);

const SESSION = [{ session: [] }];
const SESSION_AND_CSRF = [{ session: [], csrf: [] }];

export const openCaseSchema = {
  summary: 'Open a case at the counter (§11, §13)',
  tags: ['cases'],
  security: SESSION_AND_CSRF,
  headers: IdempotencyHeaders,
  body: OpenCaseBody,
  response: { 201: OpenedCaseJson, ...refusals(400, 401, 403, 409, 413) },
};

export const readCaseSchema = {
  summary: 'A case as staff see it',
  tags: ['cases'],
  security: SESSION,
  params: CaseParams,
  response: { 200: CaseJson, ...refusals(400, 401, 404) },
};

export const caseActionSchema = {
  summary: 'One staff act on a case (domain.md §4)',
  tags: ['cases'],
  security: SESSION_AND_CSRF,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: CaseActionBody,
  response: { 200: CaseActionResultJson, ...refusals(400, 401, 403, 404, 409, 413) },
};

export const csrfSchema = {
  summary: 'A CSRF token for API writes',
  tags: ['session'],
  response: { 200: CsrfJson },
};

/** The office worklists the API offers (domain/case/worklist.ts). */
export const API_WORKLISTS = [
  'new',
  'due_soon',
  'overdue',
  'ready_to_collect',
  'refusals_to_deliver',
] as const;

export const CaseListQuery = Type.Object(
  {
    list: Type.Enum(API_WORKLISTS, {
      description:
        'new: registered, not yet taken for review; due_soon: the running clock falls due within 2 working days; overdue: a running clock is past its due day; ready_to_collect: signed, waiting for the applicant (§15); refusals_to_deliver: refusal signed, not yet delivered or dispatched (§16).',
    }),
  },
  { additionalProperties: false },
);

export const CaseListJson = Type.Object(
  {
    list: Type.Enum(API_WORKLISTS),
    count: Type.Integer(),
    cases: Type.Array(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        trackingCode: Type.String(),
        kind: Type.Enum([...MISSIONARY_KINDS, ...GROUP_KINDS]),
        state: STATE,
        incomingNumber: Nullable(Type.String()),
        clock: Nullable(
          Type.Enum(['result', 'refusal'], { description: 'The clock the case is racing now.' }),
        ),
        due: Nullable(Day()),
        workingDaysLeft: Nullable(Type.Integer({ description: 'Negative when overdue.' })),
      }),
      { description: 'The most urgent first.' },
    ),
  },
  { description: "One of the office's worklists: ids, numbers and clocks, no personal data." },
);

export const listCasesSchema = {
  summary: "One of the office's worklists",
  tags: ['cases'],
  security: SESSION,
  querystring: CaseListQuery,
  response: { 200: CaseListJson, ...refusals(400, 401, 403) },
};
