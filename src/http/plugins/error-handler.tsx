// One table from error codes to HTTP statuses; messages come from the catalogues in the request's
// language. Production never shows a stack trace; bad input never reaches the user as one.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode } from '../../app/errors.js';
import { translate, negotiateLang } from '../../i18n/i18n.js';
import { ErrorPage } from '../../views/pages/error-page.js';
import { LANG_COOKIE, sendPage } from '../request-context.js';
import { isUnreadableUpload } from './uploads.js';
import { describeStorageError, storageFaultOf, type StorageFault } from '../../db/storage-faults.js';

const FAULT_CODES: Record<StorageFault, ErrorCode> = {
  unreachable: 'UNAVAILABLE',
  'disk-full': 'STORAGE_FULL',
  'read-only': 'STORAGE_READ_ONLY',
};
/** Seconds a client is asked to wait before trying again after a storage fault. */
const RETRY_AFTER_SECONDS = '5';

export const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  SIGN_IN_FAILED: 401,
  SESSION_EXPIRED: 401,
  NOT_SIGNED_IN: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CASE_ACTION_NOT_ALLOWED: 409,
  CASE_CHANGED: 409,
  FOUR_EYES: 409,
  CORRECTION_DECIDED: 409,
  DOCUMENT_NOT_READY: 409,
  DOCUMENT_NOT_ISSUED: 409,
  DOCUMENT_NOT_VALID: 409,
  QUEUE_CLOSED: 409,
  QUEUE_FULL: 409,
  QUEUE_DESK_TAKEN: 409,
  QUEUE_DESK_BUSY: 409,
  QUEUE_ACT_NOT_ALLOWED: 409,
  LOGIN_TAKEN: 409,
  PASSWORD_TOO_WEAK: 400,
  PASSWORD_WRONG: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  // 507 Insufficient Storage (RFC 4918): the server cannot store what the request needs stored.
  STORAGE_FULL: 507,
  STORAGE_READ_ONLY: 503,
  INTERNAL: 500,
};

function codeOf(error: FastifyError): ErrorCode {
  if (error instanceof DomainError) return error.code;
  // The database down or restarting, its disk full or read-only: the request is not at fault, and the
  // answer says so in the user's language (issue 11 §3) instead of the unexpected-error page.
  const fault = storageFaultOf(error);
  if (fault) return FAULT_CODES[fault];
  if (error.code?.startsWith('FST_CSRF_')) return 'CSRF_FAILED';
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'PAYLOAD_TOO_LARGE';
  // @fastify/multipart's parts, files and fields limits (a form far past what any form sends).
  if (error.statusCode === 413) return 'PAYLOAD_TOO_LARGE';
  if (
    error.validation ||
    error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
    error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
  )
    return 'VALIDATION_FAILED';
  if (error.statusCode === 429) return 'RATE_LIMITED';
  if (error.statusCode === 404) return 'NOT_FOUND';
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return 'VALIDATION_FAILED';
  return 'INTERNAL';
}

export function sendError(
  req: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  fields: Record<string, string> = {},
  details: Record<string, unknown> = {},
) {
  req.lang ??= negotiateLang(req.headers['accept-language'], req.cookies?.[LANG_COOKIE]);
  const status = STATUS[code];
  // The rest of a body too large to take is not read: the connection closes after the answer
  // (Node would otherwise read and throw away the rest to keep the connection alive).
  if (code === 'PAYLOAD_TOO_LARGE') void reply.header('connection', 'close');
  // RFC 9110 §10.2.3: a limit's refusal says when to come back. @fastify/rate-limit sets it for the
  // public check; the limits counted by the use-cases (track, sign-in, submissions) carry it in details.
  const retryAfter = details.retryAfterSeconds;
  if (code === 'RATE_LIMITED' && typeof retryAfter === 'number' && !reply.hasHeader('retry-after'))
    reply.header('retry-after', String(retryAfter));
  if (req.url.startsWith('/api/')) {
    return reply
      .code(status)
      .send({ error: { code, message: translate(req.lang, `error.${code}`), fields, details } });
  }
  return sendPage(req, reply, 'error.title', (ctx) => <ErrorPage ctx={ctx} code={code} />, status);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    // A DomainError thrown by our own hooks keeps its code; the parser's own errors are bad input.
    const code =
      !(error instanceof DomainError) && isUnreadableUpload(req, error) ? 'VALIDATION_FAILED' : codeOf(error);
    if (code === 'INTERNAL') req.log.error({ err: error }, 'request failed');
    else if (!(error instanceof DomainError) && storageFaultOf(error)) {
      // Logged without the failed query's parameters (personal data, §17); one line per request.
      req.log.error({ code, storage: describeStorageError(error) }, 'storage unavailable');
      void reply.header('retry-after', RETRY_AFTER_SECONDS);
    } else req.log.info({ code }, 'request refused');
    return error instanceof DomainError
      ? sendError(req, reply, code, error.fields, error.details)
      : sendError(req, reply, code);
  });
  app.setNotFoundHandler((req, reply) => sendError(req, reply, 'NOT_FOUND'));
}
