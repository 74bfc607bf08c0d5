// The application as the API takes it in and gives it back: annex 7 (missionary) and annex 8 (group),
// with the parties of domain.md §2. The schema bounds what may arrive (types, lengths, no unknown
// fields); the rules of the annexes themselves (dates in order, IIN, Cyrillic names, adult count) stay
// in domain/standard and answer per field. Limits follow the domain's checks (names 100 characters,
// free text 300, numbers 50), so the schema and the domain name an oversized field alike.
import Type, { type Static, type TProperties, type TSchema, type TUnion } from 'typebox';

const Str = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });
/** A calendar day, `YYYY-MM-DD`. */
export const Day = (description?: string) =>
  Type.String({ format: 'date', maxLength: 10, ...(description ? { description } : {}) });

const NAME = 100;
const TEXT = 300;
const NUMBER = 50;

/** Request objects refuse unknown fields; response objects list what leaves. */
type Mode = 'request' | 'response';
const Obj = <P extends TProperties>(mode: Mode, properties: P, description?: string) =>
  Type.Object(properties, {
    ...(mode === 'request' ? { additionalProperties: false } : {}),
    ...(description ? { description } : {}),
  });

const IDENTITY_DOCUMENT_KINDS = [
  'kz-id-card',
  'kz-passport',
  'foreign-passport',
  'residence-permit',
  'stateless-certificate',
  'other',
] as const;

function person(mode: Mode) {
  return Obj(
    mode,
    {
      surname: Str(NAME, 'In Cyrillic, as in the documents.'),
      name: Str(NAME),
      patronymic: Type.Optional(Str(NAME)),
      latinSurname: Type.Optional(Str(NAME, "The passport's machine-readable (MRZ) spelling.")),
      latinGivenNames: Type.Optional(Str(NAME)),
      citizenship: Str(20, "ISO 3166 alpha-2 or alpha-3, or 'stateless'."),
      birthDate: Type.Optional(Day()),
      iin: Type.Optional(Str(20, 'Individual identification number (12 digits).')),
      identityDocument: Type.Optional(
        Obj(mode, {
          kind: Type.Enum(IDENTITY_DOCUMENT_KINDS),
          number: Str(NUMBER),
          issueDate: Day(),
          expiryDate: Type.Optional(Day()),
          issuer: Type.Optional(Str(200, 'Annex 7: the issuing body.')),
          country: Type.Optional(Str(20)),
        }),
      ),
      migrationRegistration: Type.Optional(
        Obj(mode, { number: Str(NUMBER), date: Day(), validUntil: Day() }, '§11.1: migration registration.'),
      ),
    },
    'A person as the forms record them (domain.md §2).',
  );
}

function representative(mode: Mode) {
  return Obj(
    mode,
    {
      person: person(mode),
      powerOfAttorney: Obj(mode, {
        number: Str(NUMBER),
        date: Day(),
        notary: Str(200),
        validUntil: Day(),
      }),
    },
    'A representative under a notarised power of attorney (§11, §15).',
  );
}

function affiliation(mode: Mode) {
  return Obj(
    mode,
    {
      confession: Str(NUMBER, "An id of the rule version's list of confessions, or 'other'."),
      otherText: Type.Optional(Str(TEXT, "Only with 'other'.")),
    },
    'Religious affiliation: special-category data (domain.md §8), shown only to the roles that need it.',
  );
}

/** Names that state a religion are hidden with the affiliation itself (domain.md §8). */
const hideable = <T extends TSchema>(mode: Mode, t: T) => (mode === 'response' ? Type.Optional(t) : t);

function missionaryFields(mode: Mode) {
  return {
    applicationDate: Day('Annex 7: the date of the application.'),
    applicant: person(mode),
    address: Str(TEXT),
    affiliation: hideable(mode, affiliation(mode)),
    term: Obj(mode, { from: Day(), to: Day() }, 'Annex 7: the term of missionary activity.'),
    territory: Str(TEXT),
    territoryUnit: Type.Optional(
      Type.String({
        pattern: '^(office:[0-9]{2}-[0-9]{3}|region:[0-9]{2})$',
        description:
          '§1, §13: where the activity takes place, by the directory: office:RR-NNN (that district or town) or region:RR (several districts or the whole region). The case then warns when its office is not the competent one.',
      }),
    ),
    sendingAssociation: Obj(mode, {
      name: hideable(mode, Str(TEXT)),
      country: Str(20),
      registrationDocument: Obj(mode, {
        title: Str(TEXT),
        number: Type.Optional(Str(NUMBER)),
        date: Type.Optional(Day()),
      }),
    }),
    mandate: Obj(
      mode,
      {
        title: Str(TEXT),
        number: Type.Optional(Str(NUMBER)),
        date: Day(),
        validUntil: Type.Optional(Day()),
      },
      '§11.1: the mandate of the sending association.',
    ),
    invitingAssociation: Obj(mode, { name: hideable(mode, Str(TEXT)), bin: Str(20) }),
    representative: Type.Optional(representative(mode)),
    materials: Type.Array(
      Obj(mode, {
        title: Str(TEXT),
        kind: Type.Enum(['book', 'printed', 'audio', 'video', 'other']),
        language: Str(NUMBER),
        quantity: Type.Integer({ minimum: 1, maximum: 10000 }),
      }),
      { maxItems: 200, description: '§11.1 literature and audio/video materials handed in.' },
    ),
  };
}

function groupFields(mode: Mode) {
  return {
    applicationDate: Day('Annex 8: the date of the application.'),
    groupName: Str(TEXT),
    affiliation: hideable(mode, affiliation(mode)),
    leader: person(mode),
    members: Type.Array(person(mode), {
      maxItems: 1000,
      description: 'The other members (the leader is not repeated).',
    }),
    adultMemberCount: Type.Integer({ minimum: 0, maximum: 100000 }),
    location: Str(TEXT),
    religiousBuilding: Obj(mode, {
      has: Type.Boolean(),
      address: Type.Optional(Str(TEXT, 'When there is one.')),
    }),
    territory: Str(TEXT),
    territoryUnit: Type.Optional(
      Type.String({
        pattern: '^(office:[0-9]{2}-[0-9]{3}|region:[0-9]{2})$',
        description:
          '§1, §13: where the activity takes place, by the directory: office:RR-NNN (that district or town) or region:RR (several districts or the whole region). The case then warns when its office is not the competent one.',
      }),
    ),
    premises: Obj(mode, {
      documentKind: Type.Enum(['lease-contract', 'purchase-contract', 'registered-title']),
      documentNumber: Type.Optional(Str(NUMBER)),
      documentDate: Day(),
      owner: owner(mode),
      consentDate: Type.Optional(Day("The natural-person owner's consent (§11.2).")),
    }),
    representative: Type.Optional(representative(mode)),
  };
}

function owner(mode: Mode) {
  const branches = [
    Obj(mode, { kind: Type.Literal('natural-person'), person: person(mode) }),
    Obj(mode, { kind: Type.Literal('legal-entity'), name: Str(TEXT), bin: Type.Optional(Str(20)) }),
  ];
  return mode === 'request' ? discriminated('kind', branches) : Type.Union(branches);
}

/**
 * A union told apart by one property, as OpenAPI writes it (`oneOf` + `discriminator`): the
 * validator checks only the branch the property names, so errors speak of that branch's fields.
 */
export function discriminated<T extends TSchema[]>(propertyName: string, branches: [...T]) {
  return Type.Unsafe<Static<TUnion<T>>>({
    type: 'object',
    required: [propertyName],
    discriminator: { propertyName },
    oneOf: branches,
  });
}

export const MISSIONARY_KINDS = ['missionary-registration', 'missionary-re-registration'] as const;
export const GROUP_KINDS = ['group-registration', 'group-re-registration'] as const;

/** Annex 7 as taken in: the kind and the office come from the request and the clerk's office. */
export const MissionaryApplicationRequest = Obj('request', missionaryFields('request'));
/** Annex 8 as taken in. */
export const GroupApplicationRequest = Obj('request', groupFields('request'));

/** The application as staff read it; religious affiliation only for the roles that need it. */
export const ApplicationResponse = Type.Union([
  Obj('response', {
    kind: Type.Enum(MISSIONARY_KINDS),
    officeCode: Type.String(),
    ...missionaryFields('response'),
  }),
  Obj('response', {
    kind: Type.Enum(GROUP_KINDS),
    officeCode: Type.String(),
    ...groupFields('response'),
  }),
]);
