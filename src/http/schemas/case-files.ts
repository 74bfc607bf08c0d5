// §11 scans and the §11.1 inventory over JSON: what the routes of api-case-files.ts accept and answer.
import Type from 'typebox';
import { SCAN_MEDIA_TYPES } from '../../domain/files/scan-content.js';
import { CaseParams, IdempotencyHeaders } from './cases.js';
import { refusals } from './error.js';

const SESSION = [{ session: [] }];
const SESSION_AND_CSRF = [{ session: [], csrf: [] }];
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const CaseFileParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  fileId: Type.String({ format: 'uuid' }),
});

export const CaseFileJson = Type.Object({
  id: Type.String({ format: 'uuid' }),
  checklistItemId: Nullable(
    Type.String({ description: "The §11 item (or alternative) the scan shows; null for 'other'." }),
  ),
  purpose: Type.Enum(['document', 'delivery_proof', 'other']),
  fileName: Type.String({ description: 'As attached (empty once purged).' }),
  mediaType: Type.Enum(SCAN_MEDIA_TYPES, { description: 'Recognised from the content, not the name.' }),
  byteSize: Type.Integer(),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the bytes, in hex.' }),
  uploadedAt: Type.String({ description: 'ISO 8601.' }),
  purged: Type.Boolean({ description: 'The content was purged after its retention period (domain.md §8).' }),
});

export const CaseFilesJson = Type.Object(
  { files: Type.Array(CaseFileJson) },
  { description: "The case's scans, without their content; the read goes to the access log (§17)." },
);

export const AttachedFilesJson = Type.Object(
  { files: Type.Array(CaseFileJson) },
  { description: 'The scans stored (or, for a retried key, those the first request stored).' },
);

/** The multipart body, for the document (validated by the route: a file part is not a string). */
export const AttachFilesBody = Type.Object({
  checklistItemId: Type.String({
    description: "An item (or an item's alternative) of the case's §11 checklist, or 'other'.",
  }),
  file: Type.Array(Type.String({ format: 'binary' }), {
    description: 'One or more parts named `file`: PDF, JPEG or PNG, checked by content.',
  }),
});

export const MaterialJson = Type.Object({
  position: Type.Integer({ description: 'The place in the list handed in, from 1.' }),
  title: Type.String(),
  kind: Type.Enum(['book', 'printed', 'audio', 'video', 'other']),
  language: Type.String(),
  quantity: Type.Integer(),
  returnedAt: Nullable(Type.String({ description: 'ISO 8601: handed back to the applicant.' })),
  returnedBy: Nullable(Type.String({ format: 'uuid', description: 'The account that recorded it.' })),
});

export const MaterialsJson = Type.Object(
  { materials: Type.Array(MaterialJson) },
  { description: '§11.1, §14: the religious materials handed in, and what was returned.' },
);

export const ReturnMaterialsBody = Type.Object(
  {
    positions: Type.Union(
      [Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 200 }), Type.Literal('all')],
      {
        description: "The items handed back, by position, or 'all' still held.",
      },
    ),
  },
  { additionalProperties: false },
);

export const ReturnedMaterialsJson = Type.Object(
  { returned: Type.Array(Type.Integer(), { description: 'The positions this request marked returned.' }) },
  { description: 'Items already returned keep their first return.' },
);

export const listFilesSchema = {
  summary: "A case's scans (§11)",
  tags: ['cases'],
  security: SESSION,
  params: CaseParams,
  response: { 200: CaseFilesJson, ...refusals(400, 401, 404) },
};

export const attachFilesSchema = {
  summary: 'Attach scans to a case (§11): multipart/form-data',
  description:
    "Each part named `file` is checked by content (PDF, JPEG or PNG), against the size limit and the case's count limit; a refused file stores nothing of the request and is named in `fields` (file) with `details.names`.",
  tags: ['cases'],
  security: SESSION_AND_CSRF,
  consumes: ['multipart/form-data'],
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: AttachFilesBody,
  response: { 201: AttachedFilesJson, ...refusals(400, 401, 403, 404, 409, 413) },
};

export const downloadFileSchema = {
  summary: 'One scan: its bytes, as an attachment of its stored media type',
  description: 'Every download is written to the access log (§17).',
  tags: ['cases'],
  security: SESSION,
  params: CaseFileParams,
  response: {
    200: {
      description: 'The scan (Content-Disposition: attachment; X-Content-Type-Options: nosniff).',
      content: Object.fromEntries(
        SCAN_MEDIA_TYPES.map((m) => [m, { schema: { type: 'string', format: 'binary' } }]),
      ),
    },
    ...refusals(400, 401, 404),
  },
};

export const removeFileSchema = {
  summary: 'Remove a scan from a case (audited)',
  tags: ['cases'],
  security: SESSION_AND_CSRF,
  params: CaseFileParams,
  response: {
    204: { description: 'Removed.', type: 'null' },
    ...refusals(400, 401, 403, 404),
  },
};

export const listMaterialsSchema = {
  summary: "A case's inventory of religious materials (§11.1, §14)",
  tags: ['cases'],
  security: SESSION,
  params: CaseParams,
  response: { 200: MaterialsJson, ...refusals(400, 401, 404) },
};

export const returnMaterialsSchema = {
  summary: 'Record items of the inventory returned to the applicant (§11.1)',
  tags: ['cases'],
  security: SESSION_AND_CSRF,
  params: CaseParams,
  headers: Type.Partial(IdempotencyHeaders),
  body: ReturnMaterialsBody,
  response: { 200: ReturnedMaterialsJson, ...refusals(400, 401, 403, 404, 409) },
};
