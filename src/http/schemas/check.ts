// The public check over JSON (domain.md §6, §17): what leaves the server is declared here and nothing
// else — number, holder, territory, dates, status; never religious affiliation.
import Type, { type TSchema } from 'typebox';
import { SEAL_TEXT_LIMIT } from '../../app/documents/check-document.js';
import { ANNULMENT_REASONS } from '../../domain/certificate/public-status.js';
import { refusals } from './error.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Day = (description: string) => Type.String({ format: 'date', description });

const VERDICTS = [
  'genuine',
  'differs',
  'unregistered',
  'revoked_key',
  'unknown_key',
  'forged',
  'altered',
  'malformed',
] as const;

export const CheckNumberParams = Type.Object({
  office: Type.String({ maxLength: 20, description: 'The office code, e.g. 35-004.' }),
  year: Type.String({ maxLength: 10, description: 'The year of issue, e.g. 2026.' }),
  seq: Type.String({
    maxLength: 20,
    description: '1-NNNN for a certificate (annex 5), 2-NNNN for a reference (annex 6).',
  }),
});

export const PublicDocumentJson = Type.Object(
  {
    number: Type.String({ description: 'domain.md §5, e.g. 35-004/2026/1-0009.' }),
    kind: Type.Enum(['certificate', 'reference']),
    holder: Type.String({ description: "The missionary's full name, or the group's name." }),
    territory: Type.String({ description: 'The territory of activity.' }),
    issuedOn: Day('The day the head signed it.'),
    validUntil: Nullable(Day('Annex 5 «valid until»; null for a reference (no expiry).')),
    status: Type.Enum(['valid', 'expired', 'superseded', 'annulled', 'replaced'], {
      description:
        'expired: from the day after valid-until, in the office’s legal day; superseded: by re-registration; annulled: by a decision (see reason); replaced: by a duplicate (see successorNumber).',
    }),
    statusText: Type.String({ description: "The status in words, in the request's language." }),
    reason: Nullable(Type.Enum(ANNULMENT_REASONS, { description: 'Why it was annulled.' })),
    successorNumber: Nullable(Type.String({ description: 'The document that superseded or replaced it.' })),
    checkedOn: Day('The legal day the status was judged on.'),
    source: Type.Enum(['system', 'paper'], {
      description:
        "paper: imported from an office's paper register — a genuine registry entry, printed without a seal (no QR to verify).",
    }),
  },
  { description: 'A certificate or reference in the registry.' },
);

export const SealBody = Type.Object(
  {
    seal: Type.String({
      minLength: 1,
      maxLength: 2 * SEAL_TEXT_LIMIT,
      description: 'The whole text of the QR code: the check address with everything after «#».',
    }),
  },
  { additionalProperties: false },
);

export const SealCheckJson = Type.Object(
  {
    verdict: Type.Enum(VERDICTS, {
      description:
        'genuine: a true seal saying what the registry says; differs: a true seal, but the registry now says otherwise (see differs); unregistered: a true seal with no document under its number; revoked_key: made with a key since revoked, no longer to be trusted; unknown_key: a key never published; forged: the signature is not the service’s; altered: the signature printed on this document over changed fields; malformed: not a seal of this service.',
    }),
    message: Type.String({ description: "The verdict in words, in the request's language." }),
    keyId: Nullable(Type.String()),
    sealed: Nullable(
      Type.Object(
        {
          number: Type.String(),
          holder: Type.String(),
          territory: Type.String(),
          issuedOn: Type.String({ format: 'date' }),
          validUntil: Nullable(Type.String({ format: 'date' })),
        },
        { description: 'What a true seal says (null unless its signature is true).' },
      ),
    ),
    differs: Type.Array(Type.Enum(['number', 'holder', 'territory', 'issued', 'validUntil'])),
    document: Nullable(PublicDocumentJson),
  },
  { description: 'The seal verified against the published keys, and the registry’s record.' },
);

export const PublicKeysJson = Type.Object(
  {
    algorithm: Type.Literal('Ed25519'),
    encoding: Type.Literal('base64url'),
    keys: Type.Array(
      Type.Object({
        keyId: Type.String({ description: 'The id every seal names.' }),
        publicKey: Type.String({ description: 'The raw 32-byte public key, base64url.' }),
        status: Type.Enum(['active', 'retired', 'revoked'], {
          description:
            'active: seals new documents; retired: no longer seals, its documents stay checkable; revoked: no longer to be trusted.',
        }),
        createdAt: Type.String({ format: 'date-time' }),
        retiredAt: Nullable(Type.String({ format: 'date-time' })),
        revokedAt: Nullable(Type.String({ format: 'date-time' })),
      }),
    ),
  },
  { description: 'Every key that ever sealed a document, oldest first.' },
);

export const checkKeysSchema = {
  summary: 'The public keys of the integrity seal (domain.md §6)',
  tags: ['check'],
  response: { 200: PublicKeysJson, ...refusals(429) },
};

export const checkNumberSchema = {
  summary: 'A certificate or reference by its number: status and key fields',
  tags: ['check'],
  params: CheckNumberParams,
  response: { 200: PublicDocumentJson, ...refusals(400, 404, 429) },
};

export const checkSealSchema = {
  summary: "A QR code's seal verified against the published keys and the registry",
  tags: ['check'],
  body: SealBody,
  response: { 200: SealCheckJson, ...refusals(400, 413, 429) },
};
