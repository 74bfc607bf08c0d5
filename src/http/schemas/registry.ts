// The registry over JSON (issue 6; domain.md §4, §8, §17): what GET /api/v1/registry accepts and what
// leaves it. Only the declared fields of a response are serialized: a minimal hit (another office's
// registrant) has no identifiers, and religious affiliation appears only for the roles that may read it.
import Type, { type TSchema } from 'typebox';
import { REGISTRY_KINDS, REGISTRY_STATUSES } from '../../domain/registry/registry-search.js';
import { refusals } from './error.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const SESSION = [{ session: [] }];
const DATE = { pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' };

export const RegistryQuery = Type.Object(
  {
    name: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          'A name in any spelling: Cyrillic (Kazakh or Russian), passport Latin, the 2021 Kazakh Latin alphabet, with typos.',
      }),
    ),
    iin: Type.Optional(Type.String({ maxLength: 20 })),
    passport: Type.Optional(Type.String({ maxLength: 40 })),
    confession: Type.Optional(
      Type.String({
        maxLength: 50,
        description:
          "A confession id (the controlled list). Only for the roles that may read religious affiliation, and only on their own office's cases (domain.md §8); others get 403.",
      }),
    ),
    territory: Type.Optional(
      Type.String({ maxLength: 200, description: "Part of the current document's territory." }),
    ),
    officeCode: Type.Optional(Type.String({ maxLength: 10, description: 'RR-NNN' })),
    regionCode: Type.Optional(Type.String({ maxLength: 2, description: 'Two-digit KATO code.' })),
    status: Type.Optional(
      Type.Enum([...REGISTRY_STATUSES], { description: "The current document's status." }),
    ),
    kind: Type.Optional(Type.Enum([...REGISTRY_KINDS])),
    issuedFrom: Type.Optional(Type.String(DATE)),
    issuedTo: Type.Optional(Type.String(DATE)),
    validUntilFrom: Type.Optional(Type.String(DATE)),
    validUntilTo: Type.Optional(Type.String(DATE)),
    page: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,5}$' })),
  },
  { additionalProperties: false },
);

const StatusJson = Type.Enum([...REGISTRY_STATUSES]);
const OfficeJson = Type.Object({
  code: Type.String(),
  name: Type.Object({ kk: Type.String(), ru: Nullable(Type.String()) }),
});

export const RegistryHitJson = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Enum([...REGISTRY_KINDS]),
  name: Type.String(),
  visibility: Type.Enum(['full', 'minimal'], {
    description: "minimal: another office's registrant — number, name, status and office only.",
  }),
  match: Nullable(Type.Enum(['exact', 'close'])),
  document: Nullable(
    Type.Object({
      number: Type.String(),
      kind: Type.Enum(['certificate', 'reference']),
      status: StatusJson,
      issuedOn: Nullable(Type.String()),
      validUntil: Nullable(Type.String()),
      territory: Nullable(Type.String()),
      source: Nullable(Type.Enum(['system', 'paper'])),
    }),
  ),
  office: OfficeJson,
  latinName: Type.Optional(Nullable(Type.String())),
  iin: Type.Optional(Nullable(Type.String())),
  citizenship: Type.Optional(Nullable(Type.String())),
  passportNumber: Type.Optional(Nullable(Type.String())),
  confession: Type.Optional(Nullable(Type.String())),
  page: Type.String({ description: "The registrant's page, in the request's language." }),
});

export const RegistryPageJson = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pages: Type.Integer(),
  results: Type.Array(RegistryHitJson),
});

export const registrySearchSchema = {
  summary: 'Search the registry of missionaries and groups',
  description:
    "Office staff search the whole country; another office's registrants come back minimal. Supervisors search their region (regional) or the country (national).",
  tags: ['registry'],
  security: SESSION,
  querystring: RegistryQuery,
  response: { 200: RegistryPageJson, ...refusals(400, 401, 403) },
};

const Timeline = Type.Object({
  at: Type.String(),
  chain: Type.String(),
  seq: Type.Integer(),
  caseId: Type.String(),
  action: Type.String(),
  role: Nullable(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown()),
});

export const RegistrantJson = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Enum([...REGISTRY_KINDS]),
  name: Type.String(),
  visibility: Type.Enum(['full', 'minimal']),
  current: Nullable(Type.Object({ number: Type.String(), status: StatusJson })),
  office: OfficeJson,
  latinName: Type.Optional(Nullable(Type.String())),
  iin: Type.Optional(Nullable(Type.String())),
  citizenship: Type.Optional(Nullable(Type.String())),
  passportNumber: Type.Optional(Nullable(Type.String())),
  cases: Type.Optional(
    Type.Array(
      Type.Object({
        id: Type.String(),
        trackingCode: Type.String(),
        kind: Type.String(),
        state: Type.String(),
        incomingNumber: Nullable(Type.String()),
        documentNumber: Nullable(Type.String()),
        officeCode: Type.String(),
        confession: Type.Optional(Nullable(Type.String())),
        openedAt: Type.String(),
      }),
    ),
  ),
  documents: Type.Optional(
    Type.Array(
      Type.Object({
        number: Type.String(),
        kind: Type.Enum(['certificate', 'reference']),
        officeCode: Type.String(),
        source: Type.Enum(['system', 'paper']),
        issuedOn: Type.String(),
        validUntil: Nullable(Type.String()),
        holder: Type.String(),
        territory: Type.String(),
        status: StatusJson,
        successorNumber: Nullable(Type.String()),
        duplicateOf: Nullable(Type.String()),
      }),
    ),
  ),
  events: Type.Optional(
    Type.Array(
      Type.Object({
        kind: Type.String(),
        at: Type.String(),
        documentNumber: Nullable(Type.String()),
        reason: Nullable(Type.String()),
      }),
    ),
  ),
  timeline: Type.Optional(Type.Array(Timeline)),
});

export const registrantSchema = {
  summary: "One registrant's record and history",
  description: 'Opening it writes an access-log entry (domain.md §8).',
  tags: ['registry'],
  security: SESSION,
  params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
  response: { 200: RegistrantJson, ...refusals(401, 403, 404) },
};
