// Forms with files (§11 scans): multipart/form-data through @fastify/multipart, beside the urlencoded
// forms of @fastify/formbody (each parser answers only its own content type, so those forms are
// untouched). Fields land in `req.body` as strings, like the urlencoded forms, so the CSRF token
// travels as the `_csrf` field and @fastify/csrf-protection finds it where it always looks. A file
// lands as an `UploadedFile`: its bytes cut at the size limit (and flagged), never written to disk.
// Files past the per-case count are read to the end and dropped, so memory holds at most
// maxPerCase × maxBytes per request; a multipart body is parsed only for a signed-in member of staff.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { DomainError } from '../../app/errors.js';

export interface UploadedFile {
  kind: 'uploaded-file';
  /** As the browser sent it (sanitised before it is stored). */
  fileName: string;
  bytes: Buffer;
  /** Longer than the limit: cut there, the rest read and thrown away. */
  tooLarge: boolean;
  /** Past the count one request may carry: read and thrown away. */
  dropped: boolean;
}

/** The portal's upload page and its draft cookie (http/routes/portal-apply.tsx). */
export const DRAFT_COOKIE_NAME = 'tirkeu_draft';
const PORTAL_UPLOAD = /^\/(kk|ru|en)\/apply\/documents$/;
/** The public complaint form and its token cookie (http/routes/public-complaints.tsx): §24's copy. */
export const COMPLAINT_FORM_COOKIE = 'tirkeu_complaint_form';
const COMPLAINT_UPLOAD = /^\/(kk|ru|en)\/complaints$/;

const counted = new WeakMap<FastifyRequest, number>();
/** The requests whose body was read and validated: their handlers have started. */
const parsed = new WeakSet<FastifyRequest>();

/**
 * Whether an error is a multipart body that could not be read (cut short, a wrong boundary): the
 * parser's own errors carry no status, but they come from the client's bytes, before any handler ran.
 */
export function isUnreadableUpload(req: FastifyRequest, error: { statusCode?: number }): boolean {
  return (
    error.statusCode === undefined &&
    !parsed.has(req) &&
    /^multipart\//i.test(req.headers['content-type'] ?? '')
  );
}

export function isUploadedFile(v: unknown): v is UploadedFile {
  return typeof v === 'object' && v !== null && (v as UploadedFile).kind === 'uploaded-file';
}

/** The files posted under one field name (a file input with `multiple` sends several). */
export function uploadsIn(body: unknown, field: string): UploadedFile[] {
  if (!body || typeof body !== 'object') return [];
  const v = (body as Record<string, unknown>)[field];
  return (Array.isArray(v) ? v : [v]).filter(isUploadedFile);
}

export async function registerUploads(
  app: FastifyInstance,
  limits: { maxBytes: number; maxPerCase: number },
): Promise<void> {
  // Only staff post files — and an online applicant their draft's scans (issue 8), on that one page
  // with the draft's cookie, and a complainant the copy of their application (§24) on the complaint
  // form with its token cookie: refuse any other anonymous multipart body before reading it.
  // The most a request with files may carry: every scan one request may hold at its size limit, and
  // the form's fields. A body declared larger is refused before a byte of it is read.
  const maxBody = limits.maxPerCase * limits.maxBytes + FIELDS_ALLOWANCE;
  app.addHook('preParsing', async (req, _reply, payload) => {
    if (!/^multipart\//i.test(req.headers['content-type'] ?? '')) return payload;
    const applicant =
      (PORTAL_UPLOAD.test(req.url) && Boolean(req.cookies?.[DRAFT_COOKIE_NAME])) ||
      (COMPLAINT_UPLOAD.test(req.url) && Boolean(req.cookies?.[COMPLAINT_FORM_COOKIE]));
    if (!req.actor && !applicant)
      throw new DomainError(req.sessionState === 'expired' ? 'SESSION_EXPIRED' : 'NOT_SIGNED_IN');
    if (Number(req.headers['content-length']) > maxBody) throw new DomainError('PAYLOAD_TOO_LARGE');
    return payload;
  });
  app.addHook('preHandler', async (req) => {
    // Only a multipart request's parse errors are told apart (isUnreadableUpload).
    if (/^multipart\//i.test(req.headers['content-type'] ?? '')) parsed.add(req);
  });
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    // A file over the limit is a per-field error on the form, not a failed request.
    throwFileSizeLimit: false,
    limits: {
      fileSize: limits.maxBytes,
      // Dropped files (past maxPerCase) still count here; far past it the request is refused.
      files: Math.max(50, limits.maxPerCase * 2),
      // The intake form of a group with many members has a few thousand fields.
      fields: 5_000,
      parts: 6_000,
      fieldSize: 16 * 1024,
      headerPairs: 100,
    },
    async onFile(this: FastifyRequest, part: MultipartFile) {
      capBody(this, maxBody);
      // An empty file input sends a part with no name and no bytes: nothing was chosen.
      if (part.filename === '') {
        await drain(part);
        return;
      }
      const n = (counted.get(this) ?? 0) + 1;
      counted.set(this, n);
      if (n > limits.maxPerCase) {
        await drain(part);
        setValue(part, { fileName: part.filename, bytes: Buffer.alloc(0), tooLarge: false, dropped: true });
        return;
      }
      const bytes = await part.toBuffer();
      setValue(part, { fileName: part.filename, bytes, tooLarge: part.file.truncated, dropped: false });
    },
  });
}

const capped = new WeakSet<FastifyRequest>();

/**
 * A body sent without its length (chunked) is counted as it arrives, from its first file on (the
 * fields before it are bounded by the parser's own field limits), and stopped at `maxBody`: past
 * the size limit the parser reads a file to its end and throws the rest away, so without a cap a
 * client could stream without end. The counter listens beside the parser's pipe, which is already
 * flowing once a file part has begun, so it takes nothing from it. At the cap the request stream
 * reports PAYLOAD_TOO_LARGE as its error: @fastify/multipart listens for that, unpipes the parser and
 * ends the parts with it, whatever part the parser is in; the answer is a 413 that closes the
 * connection (error-handler.tsx) instead of reading the rest.
 */
function capBody(req: FastifyRequest, maxBody: number): void {
  if (capped.has(req)) return;
  capped.add(req);
  let read = 0;
  const count = (chunk: Buffer): void => {
    read += chunk.length;
    if (read <= maxBody) return;
    req.raw.off('data', count);
    req.raw.unpipe();
    req.raw.pause();
    req.raw.emit('error', new DomainError('PAYLOAD_TOO_LARGE'));
  };
  req.raw.on('data', count);
}

async function drain(part: MultipartFile): Promise<void> {
  for await (const _chunk of part.file) {
    // read to the end, keep nothing
  }
}

// With attachFieldsToBody 'keyValues', a part's `value` is what the body gets under its field name.
function setValue(part: MultipartFile, file: Omit<UploadedFile, 'kind'>): void {
  (part as unknown as { value: UploadedFile }).value = { kind: 'uploaded-file', ...file };
}

/** The room a form's own fields take beside its files (a group's intake: a few thousand short fields). */
const FIELDS_ALLOWANCE = 16 * 1024 * 1024;
