// The live queue and the one-time pass over JSON (§9, §10, §7.2–7.4): what the routes of
// api-queue.ts accept and what leaves them.
import Type, { type Static, type TSchema } from 'typebox';
import { PASS_DOCUMENT_KINDS } from '../../app/queue/visitor-passes.js';
import { DESK_ACTS, PURPOSES, TICKET_STATUSES } from '../../domain/queue/index.js';
import { Day } from './applications.js';
import { IdempotencyHeaders } from './cases.js';
import { refusals } from './error.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const SESSION = [{ session: [] }];
const SESSION_AND_CSRF = [{ session: [], csrf: [] }];
const UUID = Type.String({ format: 'uuid' });
const PURPOSE = Type.Enum([...PURPOSES], {
  description: 'domain.md §5: A hand in, B collect, C question, D complaint.',
});
const LABEL = Type.String({
  pattern: '^[A-D][0-9]{3}$',
  description: 'The ticket as printed and shown: A017.',
});
const MINUTES = Type.Number({ minimum: 0 });

export const WaitingJson = Type.Object({
  day: Day("The office's local day."),
  waiting: Type.Array(
    Type.Object({
      id: UUID,
      label: LABEL,
      purpose: PURPOSE,
      issuedAt: Type.String({ format: 'date-time' }),
      waitedMinutes: Type.Number({ description: "Minutes waited so far, the office's break not counted." }),
      alert: Type.Enum(['none', 'near', 'over'], {
        description: '§7.2 / §7.4: nearing the norm (5 minutes or less left) or past it.',
      }),
      normMinutes: Type.Integer(),
      clause: Type.String(),
    }),
  ),
});

export const waitingSchema = {
  summary: "The office's waiting tickets, oldest first, with the near-norm warning",
  tags: ['queue'],
  security: SESSION,
  response: { 200: WaitingJson, ...refusals(401, 403) },
};

const DeskParams = Type.Object({ id: UUID });

export const callNextSchema = {
  summary: 'Call the longest-waiting ticket among the purposes the desk serves (§9)',
  description:
    'The desk must be staffed by the caller today and hold no ticket. Desks calling at the same instant get different tickets. `ticketId` is null when nobody is waiting.',
  tags: ['queue'],
  security: SESSION_AND_CSRF,
  params: DeskParams,
  headers: IdempotencyHeaders,
  response: {
    200: Type.Object({ ticketId: Nullable(UUID), label: Nullable(LABEL) }),
    ...refusals(400, 401, 403, 404, 409),
  },
};

export const TicketActBody = Type.Object({ act: Type.Enum([...DESK_ACTS]) }, { additionalProperties: false });
export type TicketActBody = Static<typeof TicketActBody>;

export const ticketActSchema = {
  summary: 'Recall, no-show, start or finish the ticket the desk holds',
  tags: ['queue'],
  security: SESSION_AND_CSRF,
  params: Type.Object({ id: UUID, ticketId: UUID }),
  headers: IdempotencyHeaders,
  body: TicketActBody,
  response: {
    200: Type.Object({ status: Type.Enum([...TICKET_STATUSES]) }),
    ...refusals(400, 401, 403, 404, 409),
  },
};

const Distribution = Type.Object({
  count: Type.Integer(),
  median: Nullable(MINUTES),
  p90: Nullable(MINUTES),
});
const NormShare = Type.Object({
  clause: Type.String(),
  normMinutes: Type.Integer(),
  purpose: PURPOSE,
  measure: Type.Enum(['wait', 'service']),
  counted: Type.Integer(),
  within: Type.Integer(),
  share: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
  distribution: Distribution,
});

export const FiguresQuery = Type.Object(
  {
    day: Type.Optional(Day('Default: today in the office.')),
    office: Type.Optional(
      Type.String({ pattern: '^\\d{2}-\\d{3}$', description: "Another office's code (supervisors)." }),
    ),
  },
  { additionalProperties: false },
);

export const FiguresJson = Type.Object({
  office: Type.String(),
  day: Day(),
  until: Type.String({
    format: 'date-time',
    description: 'Unfinished waits and services are counted up to here.',
  }),
  tickets: Type.Integer(),
  byPurpose: Type.Record(Type.String(), Type.Integer()),
  served: Type.Integer(),
  noShows: Type.Integer(),
  notCalled: Type.Integer(),
  wait: Distribution,
  service: Distribution,
  norms: Type.Object({ queueWait: NormShare, service: NormShare, collectWait: NormShare }),
  perTicket: Type.Array(
    Type.Object({
      id: UUID,
      label: LABEL,
      purpose: PURPOSE,
      status: Type.Enum([...TICKET_STATUSES]),
      deskNumber: Nullable(Type.Integer()),
      wait: MINUTES,
      service: Nullable(MINUTES),
      waitWithin: Nullable(Type.Boolean()),
      serviceWithin: Nullable(Type.Boolean()),
    }),
  ),
});

export const figuresSchema = {
  summary:
    '§7.2–7.4 measured for an office and day: shares within each norm, median, 90th percentile, no-shows',
  tags: ['queue'],
  security: SESSION,
  querystring: FiguresQuery,
  response: { 200: FiguresJson, ...refusals(400, 401, 403, 404) },
};

export const BoardJson = Type.Object({
  office: Type.String(),
  day: Day(),
  entries: Type.Array(
    Type.Object({
      label: LABEL,
      deskNumber: Type.Integer(),
      status: Type.Enum(['called', 'serving']),
      calledAt: Type.String({ format: 'date-time', description: 'The latest call (a recall moves it).' }),
    }),
  ),
});

export const boardSchema = {
  summary: 'The hall board of an office: tickets called or in service today, the latest call first',
  description:
    'Public, as the TV in the hall: ticket letters and desk numbers only. Live: GET /queue/board/{code}/events (server-sent events).',
  tags: ['queue'],
  params: Type.Object({ code: Type.String({ pattern: '^\\d{2}-\\d{3}$' }) }),
  response: { 200: BoardJson, ...refusals(400, 404) },
};

export const PassBody = Type.Object(
  {
    visitorName: Type.String({ minLength: 1, maxLength: 200 }),
    documentKind: Type.Enum([...PASS_DOCUMENT_KINDS]),
    lastDigits: Type.String({
      pattern: '^[0-9A-Za-z]{2,4}$',
      description: 'The last 2–4 characters of the document number only.',
    }),
  },
  { additionalProperties: false },
);
export type PassBody = Static<typeof PassBody>;

export const confirmPassSchema = {
  summary: "Confirm a visitor's one-time pass (§10), ordered by the serving official",
  tags: ['passes'],
  security: SESSION_AND_CSRF,
  headers: IdempotencyHeaders,
  body: PassBody,
  response: {
    201: Type.Object({ id: UUID, number: Type.String({ pattern: '^[0-9]{4}$' }), day: Day() }),
    ...refusals(400, 401, 403, 409),
  },
};

export const PassesQuery = Type.Object({ day: Type.Optional(Day()) }, { additionalProperties: false });

export const passesSchema = {
  summary: "The day's passes, for the pass bureau (each read is written to the access log)",
  tags: ['passes'],
  security: SESSION,
  querystring: PassesQuery,
  response: {
    200: Type.Object({
      day: Day(),
      passes: Type.Array(
        Type.Object({
          id: UUID,
          number: Type.String(),
          visitorName: Type.String(),
          documentKind: Type.Enum([...PASS_DOCUMENT_KINDS]),
          lastDigits: Type.String(),
          orderedBy: Type.String({ description: "The ordering official's name." }),
          orderedAt: Type.String({ format: 'date-time' }),
          enteredAt: Nullable(Type.String({ format: 'date-time' })),
          exitedAt: Nullable(Type.String({ format: 'date-time' })),
        }),
      ),
    }),
    ...refusals(400, 401, 403),
  },
};
