// §11 scans and the §11.1 inventory over JSON (the same use-cases as the pages): list, attach
// (multipart/form-data, an Idempotency-Key), download (access-logged, as an attachment with its stored
// media type and nosniff), remove; the inventory and "returned to the applicant".
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import { attachScans, listScans, readScan, removeScan } from '../../app/cases/case-scans.js';
import { listMaterials, returnMaterials } from '../../app/cases/case-materials.js';
import type { CaseFileMeta } from '../../db/case-files-store.js';
import { DomainError } from '../../app/errors.js';
import { IdempotencyKeyReusedError } from '../../db/idempotency.js';
import { originOf } from '../request-context.js';
import {
  attachFilesSchema,
  downloadFileSchema,
  listFilesSchema,
  listMaterialsSchema,
  removeFileSchema,
  returnMaterialsSchema,
} from '../schemas/case-files.js';
import { validateRequest } from '../schemas/validate-request.js';
import { apiActor, requireApiActor } from './api-actor.js';
import { sendScan } from './staff-case-files.js';
import { scanUploadsOf } from './staff-case-scans-input.js';

function fileJson(f: CaseFileMeta) {
  return {
    id: f.id,
    checklistItemId: f.checklistItemId,
    purpose: f.purpose,
    fileName: f.fileName,
    mediaType: f.mediaType,
    byteSize: f.byteSize,
    sha256: f.sha256,
    uploadedAt: f.uploadedAt.toISOString(),
    purged: f.purged,
  };
}

/** A multipart body holds file parts, which no JSON schema describes as data: the route checks it. */
const multipartBody: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === 'body' ? (data: unknown) => ({ value: data }) : validateRequest(route);

function keyReused(e: unknown): unknown {
  return e instanceof IdempotencyKeyReusedError
    ? new DomainError('CONFLICT', { 'idempotency-key': 'KEY_REUSED' }, { reason: 'IDEMPOTENCY_KEY_REUSED' })
    : e;
}

export async function registerApiCaseFiles(app: FastifyInstance): Promise<void> {
  await app.register(async (api) => {
    api.setValidatorCompiler(validateRequest);
    const write = { onRequest: requireApiActor, preHandler: app.csrfProtection };
    type CaseReq = { Params: { id: string } };
    type FileReq = { Params: { id: string; fileId: string } };

    api.get<CaseReq>(
      '/api/v1/cases/:id/files',
      { schema: listFilesSchema, onRequest: requireApiActor },
      async (req, reply) => {
        const files = await listScans(app.deps, apiActor(req), originOf(req), req.params.id);
        reply.header('cache-control', 'no-store');
        return { files: files.map(fileJson) };
      },
    );

    api.post<CaseReq>(
      '/api/v1/cases/:id/files',
      { schema: attachFilesSchema, validatorCompiler: multipartBody, ...write },
      async (req, reply) => {
        if (!req.isMultipart()) throw new DomainError('VALIDATION_FAILED', { body: 'multipart_required' });
        const uploads = scanUploadsOf(req.body, 'checklistItemId', 'file');
        try {
          const { fileIds } = await attachScans(
            app.deps,
            apiActor(req),
            originOf(req),
            req.params.id,
            uploads,
            req.headers['idempotency-key'] as string,
          );
          const files = await listScans(app.deps, apiActor(req), originOf(req), req.params.id);
          return reply.code(201).send({ files: files.filter((f) => fileIds.includes(f.id)).map(fileJson) });
        } catch (e) {
          throw keyReused(e);
        }
      },
    );

    api.get<FileReq>(
      '/api/v1/cases/:id/files/:fileId',
      { schema: downloadFileSchema, onRequest: requireApiActor },
      async (req, reply) =>
        sendScan(
          reply,
          await readScan(app.deps, apiActor(req), originOf(req), req.params.id, req.params.fileId),
        ),
    );

    api.delete<FileReq>(
      '/api/v1/cases/:id/files/:fileId',
      { schema: removeFileSchema, ...write },
      async (req, reply) => {
        const removed = await removeScan(
          app.deps,
          apiActor(req),
          originOf(req),
          req.params.id,
          req.params.fileId,
        );
        if (!removed) throw new DomainError('NOT_FOUND');
        return reply.code(204).send();
      },
    );

    api.get<CaseReq>(
      '/api/v1/cases/:id/materials',
      { schema: listMaterialsSchema, onRequest: requireApiActor },
      async (req, reply) => {
        const rows = await listMaterials(app.deps, apiActor(req), originOf(req), req.params.id);
        reply.header('cache-control', 'no-store');
        return {
          materials: rows.map((m) => ({
            position: m.position,
            title: m.title,
            kind: m.kind,
            language: m.language,
            quantity: m.quantity,
            returnedAt: m.returnedAt?.toISOString() ?? null,
            returnedBy: m.returnedBy,
          })),
        };
      },
    );

    api.post<CaseReq & { Body: { positions: number[] | 'all' } }>(
      '/api/v1/cases/:id/materials/returned',
      { schema: returnMaterialsSchema, ...write },
      async (req) => {
        const key = req.headers['idempotency-key'];
        try {
          return await returnMaterials(
            app.deps,
            apiActor(req),
            originOf(req),
            req.params.id,
            req.body.positions,
            typeof key === 'string' ? key : undefined,
          );
        } catch (e) {
          throw keyReused(e);
        }
      },
    );
  });
}
