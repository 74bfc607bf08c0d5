// The applicant's status look-up over JSON (issue 8, track; §17): what leaves the server is what the
// track page shows — the state, the office, the incoming number and date (§14), the due day (§7.1 or
// §16), what to bring (§15) — and nothing of the application itself.
import Type, { type TSchema } from 'typebox';
import { SECRET_MAX, TRACKING_CODE_MAX } from '../routes/track-lookup.js';
import { refusals } from './error.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const TrackBody = Type.Object(
  {
    trackingCode: Type.String({
      minLength: 1,
      maxLength: TRACKING_CODE_MAX,
      description: 'The tracking code (10 symbols; case, spaces and hyphens forgiven).',
    }),
    accessCode: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: SECRET_MAX,
        description: 'An online application: the access code shown once when it was sent.',
      }),
    ),
    documentNumber: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: SECRET_MAX,
        description: "A counter receipt: the applicant's IIN or passport number as in the application.",
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'The tracking code with exactly one of accessCode and documentNumber.',
  },
);

export const TrackStatusJson = Type.Object(
  {
    trackingCode: Type.String(),
    kind: Type.String({ description: 'The application kind (annex 7 or 8).' }),
    kindName: Type.String({ description: "The kind in words, in the request's language." }),
    state: Type.String({ description: 'The case state.' }),
    stateText: Type.String({ description: "The state in words, in the request's language." }),
    office: Type.Object({
      code: Type.String(),
      name: Type.String(),
      address: Nullable(Type.String()),
      phones: Type.Array(Type.String()),
    }),
    incoming: Nullable(
      Type.Object(
        { number: Type.String(), date: Type.String({ format: 'date' }) },
        { description: '§14: the incoming number and date, once stamped.' },
      ),
    ),
    due: Nullable(
      Type.Object(
        {
          day: Type.String({ format: 'date' }),
          clause: Type.Enum(['result', 'refusal'], {
            description: 'result: §7.1, the result; refusal: §16, the motivated answer.',
          }),
          provisional: Type.Boolean({ description: "The year's calendar is not final yet." }),
        },
        { description: 'The last day of the clock that runs now; null when none runs.' },
      ),
    ),
    ready: Nullable(
      Type.Object(
        { certificate: Type.Boolean({ description: 'true: a certificate (annex 5); false: a reference.' }) },
        { description: '§15: the result is signed and waits to be collected.' },
      ),
    ),
    awaitingVisit: Type.Boolean({
      description: 'Sent online: waits for the applicant to bring the originals and passport (§11).',
    }),
    refusalSigned: Type.Boolean({ description: 'The motivated refusal is signed and waits (§16).' }),
  },
  { description: "The case's status as its applicant sees it." },
);

export const trackSchema = {
  summary: "The applicant's status look-up: the tracking code with the access code or document number",
  description:
    'Public: no session, but the x-csrf-token header (GET /api/v1/csrf). Counted per client address, and wrong answers per tracking code; each read is recorded in the access log before the answer. A wrong pair, an unknown code and a malformed one all answer 404.',
  tags: ['portal'],
  security: [{ csrf: [] }],
  body: TrackBody,
  response: { 200: TrackStatusJson, ...refusals(400, 403, 404, 429) },
};
